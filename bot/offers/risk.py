"""Red flags of scam-compound recruiting in a job offer (en, ko, id, th, vi, zh), with their evidence.

The flags are those of /work/shared/data/red-flags.md (section 4): compound hubs and
travel-ban areas, pay far above the norm, no experience needed, costs paid, tourist or
visa-free entry, vague office work, crypto or gambling, messaging apps only, urgency or
secrecy, no company or contract, passport handed over, fees or debts, and the overland
route via Thailand. Every pattern covers all six languages at once, because offers are
forwarded across languages (an English ad sent to a Korean user).

How the patterns read text: they run on a folded copy of the offer of the same length,
where Latin letters lose their diacritics (Vietnamese "không cần kinh nghiệm" and the
unaccented "khong can kinh nghiem" both read "khong can kinh nghiem", so Vietnamese
patterns are written without diacritics) and full-width ASCII becomes ASCII; evidence is
quoted from the original. Thai and Chinese are written without spaces, so their terms
carry no word boundaries; word boundaries and word characters are ASCII-only (re.ASCII),
so a Latin name glued to Thai or Chinese text ("去Poipet", "在KK园区") still has its boundary.

Scoring is deliberately transparent: each flag has a weight, learned from labelled offers
in six languages (a logistic regression, `bot/offers/learn.py`), and the score is the
logistic of the bias plus the weights of the flags found, each quoting its words. Levels
and weights are in `bot/offers/weights.json`. No single sign reaches high: a Phnom Penh
hotel with a contract and normal pay (destination only) is low; a hub plus high pay plus
Telegram is high. Warnings, news and lessons about the scam quote the same red flags; their
own cues (who warns, what happened to victims, what only an explainer says) weigh against
them, one cue outweighing three red flags and two different cues seven. Someone who asks
whether an offer they were sent is a scam forwards an offer: no warning is counted then.

No Telegram code here: `analyse()` takes text and returns plain data.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from bot.language import nationality_guess, script_language
from bot.language.fold import LATIN_FOLD
from bot.offers.learn import load as learned_weights
from bot.offers import wording as _wording
from bot.offers import pressure
from bot.offers.salary import Amount, parse_amounts
from bot.offers.scripted import ScriptedPattern

FLAG_IDS: tuple[str, ...] = (
    "destination_hub",
    "travel_ban_area",
    "vague_destination",
    "salary_too_high",
    "no_experience",
    "costs_paid",
    "tourist_visa_work",
    "vague_office_job",
    "crypto_gambling",
    "messaging_app_only",
    "urgency_secrecy",
    "no_company_or_contract",
    "passport_handover",
    "fees_or_debt",
    "border_route",
    "kept_inside",
    "accounts_in_your_name",
    "scam_work",
)
# warning_notice: a text that warns about such ads, not an ad; warning_second_cue: a second,
# different cue of a warning in the same text ("PSA" and "scam centres"). Long warnings quote
# many red flags; they also give more than one cue, and an ad that borrows a warning's words
# ("not a scam, beware of fakes") rarely gives two.
ASSURANCE_IDS: tuple[str, ...] = ("work_permit_contract", "experience_required", "known_platform", "warning_notice",
                                   "warning_second_cue")

# How much each sign weighs (log-odds), learned from the development set by a logistic
# regression (bot/offers/learn.py, bot/offers/weights.json): the chance that an offer is
# a compound recruiter's is the logistic of the bias plus the found flags' weights.
_LEARNED = learned_weights()
WEIGHTS: dict[str, float] = {flag: _LEARNED.flags.get(flag, 0.0) for flag in FLAG_IDS + ASSURANCE_IDS}
HIGH_THRESHOLD = _LEARNED.high
MEDIUM_THRESHOLD = _LEARNED.medium
# The score shown for an offer with a sign that is reason enough on its own (a kept passport's
# kind: instructions to deceive, a debt before the work, being kept inside, one's own bank
# accounts, work that is the scam itself). It was 40, the high threshold, which read as a
# middling risk beside "HIGH RISK"; all 67 such offers among the 10,043 labelled ones are lures.
DECISIVE_SCORE = 0.9
# The signs no lawful job abroad has, whatever else the ad gets right: each alone makes it high.
DECISIVE_FLAGS: tuple[str, ...] = ("kept_inside", "accounts_in_your_name", "scam_work")
# Only this much of an offer is read: Telegram messages stop at 4,096 characters, and it
# bounds the time of pathological input (pages of digits) to a few tens of milliseconds.
MAX_TEXT = 5000

# Typical entry-level office pay, USD per month, from verify-and-advice.md section 5:
# KR call-centre base ≈ KRW 1.8–2.0 M and the 2026 minimum KRW 2.16 M; ID Jakarta UMP
# Rp 5.7 M; PH call-centre PHP 20–30 k; KH entry level USD 250–500; VN ≈ VND 6 M;
# CN RMB 4–7 k. "other" is used when the applicant's country is not known.
HOME_NORMS_USD: dict[str, float] = {
    "KR": 1450.0,
    "ID": 350.0,
    "PH": 400.0,
    "KH": 300.0,
    "VN": 250.0,
    "TH": 350.0,
    "CN": 700.0,
    "other": 500.0,
}
# A job in a richer country pays more; what its ads promise is judged against the
# destination's own usual pay (rounded, approximate), unless the offer also points to a
# scam-compound region, where the applicant's home norm is the honest comparison.
# Names are matched on the folded text (see above): Vietnamese ones without diacritics.
# China (RMB ≈ 5,000: the fact sheet's tier-1 customer-service range is RMB 4,000–7,000)
# was added with the Thai, Vietnamese and Chinese patterns; Chinese "中国" alone is not a
# destination there, since compound ads use it for the applicants ("招中国人").
_DESTINATION_NORMS: list[tuple[str, float]] = [
    (r"(?<!bahasa\s)(?<!bhs\s)korea(?!n)|korsel|한국(?![어말인계])|서울|부산|안산|seoul|busan|(?<!ภาษา)เกาหลี|han\s+quoc|韩国|韓國|南韩|南韓|首尔|首爾", 1450.0),
    (r"japan(?!ese)|(?<!bahasa\s)(?<!bhs\s)jepang|일본(?!어)|tokyo|도쿄|osaka|오사카|(?<!ภาษา)ญี่ปุ่น|nhat\s+ban|\b(?:sang|di|o|tai)\s+nhat\b|日本(?![语語])|东京|東京|大阪", 1300.0),
    (r"taiwan|대만|taipei|타이베이|ไต้หวัน|dai\s+loan|台湾|台灣|台北", 750.0),
    (r"singapore|singapura|싱가포르|สิงคโปร์|新加坡|狮城|獅城", 2000.0),
    (r"australia|호주|melbourne|sydney|brisbane|perth|ออสเตรเลีย|\b(?:sang|di|o|tai|nuoc)\s+uc\b|澳大利亚|澳大利亞|澳洲", 3000.0),
    (r"new zealand|selandia baru|뉴질랜드|นิวซีแลนด์|新西兰|紐西蘭", 3000.0),
    (r"united kingdom|\buk\b|england|(?<!bahasa\s)(?<!bhs\s)inggris|영국|london|leeds|manchester|สหราชอาณาจักร|(?<!ภาษา)อังกฤษ|vuong\s+quoc\s+anh|\bnuoc\s+anh\b|英国|英國|伦敦|倫敦|\bnhs\b|birmingham|west\s+midlands|£|\bgbp\b", 2500.0),
    (r"united states|\busa\b|amerika|미국|canada|캐나다|germany|(?<!bahasa\s)(?<!bhs\s)jerman|독일(?!어)|สหรัฐ|อเมริกา|แคนาดา|เยอรมนี|hoa\s+ky|\b(?:sang|nuoc|tai|o|di)\s+(?:my|duc)\b|美国|美國|加拿大|德国|德國|\bcounty\b|\bu\.?s\.?\s+(?:hours|company|e-?commerce|store|clients?)|\b(?:eu|european)\s+(?:hours|clients?)", 2500.0),
    (r"€|\beur\b|portugal|lisbon|spain|madrid|france|paris|italy|netherlands|amsterdam|ireland|dublin|belgium|poland|europe|유럽|ยุโรป|chau\s+au|欧洲|歐洲", 2000.0),
    (r"hong kong|홍콩|ฮ่องกง|香港|港幣|港币|葵涌|九龍|九龙", 650.0),
    (r"saudi|사우디|riyadh|dubai|두바이|\buae\b|qatar|doha|카타르|kuwait|ซาอุ|ดูไบ|กาตาร์|a\s+rap\s+xe\s+ut|沙特|迪拜|杜拜|卡塔尔|卡達", 800.0),
    (r"malaysia|말레이시아|kuala lumpur|มาเลเซีย|\bma\s+lai\b|马来西亚|馬來西亞|大马|大馬|吉隆坡", 400.0),
    (r"thailand|태국(?!어)|bangkok|방콕|ประเทศไทย|กรุงเทพ|ภูเก็ต|พัทยา|เชียงใหม่|ชลบุรี|ระยอง|thai\s+lan|泰国|泰國|曼谷|芭提雅|普吉", 400.0),
    (r"vietnam|viet nam|베트남(?!어)|hanoi|하노이|ho chi minh|호치민|bac ninh|เวียดนาม|ฮานอย|โฮจิมินห์|\bha\s+noi\b|sai\s+gon|tp\.?\s?hcm|da\s+nang|hai\s+phong|binh\s+duong|越南|胡志明|河内|河內", 350.0),
    (r"philippines|filipina|필리핀|manila|마닐라|makati|ฟิลิปปินส์|phi\s?lip\s?pin|菲律宾|菲律賓|马尼拉|馬尼拉", 400.0),
    (r"indonesia|인도네시아|jakarta|자카르타|bekasi|surabaya|bandung|bali|cikarang|อินโดนีเซีย|印尼|印度尼西亚", 350.0),
    (r"china|shanghai|beijing|shenzhen|guangzhou|중국(?![어인])|상하이|베이징|ประเทศจีน|เซี่ยงไฮ้|ปักกิ่ง|เซินเจิ้น|กวางโจว|trung\s+quoc|thuong\s+hai|bac\s+kinh|tham\s+quyen|quang\s+chau"
     r"|中国大陆|中國大陸|中国境内|中國境內|国内|國內|北京|上海|深圳|广州|廣州|杭州|东莞|東莞|苏州|蘇州|成都|重庆|重慶|天津|武汉|武漢|南京|厦门|廈門|义乌|義烏", 700.0),
]
# Pay is judged against twice the norm for unskilled or unnamed work (the fact sheet's
# scam promises run 2–5× the norm), five times for a named skilled trade.
UNSKILLED_MULTIPLIER = 2.0
SKILLED_MULTIPLIER = 5.0

_I = re.I | re.ASCII  # \b and \w ASCII-only: Thai and Chinese letters are boundaries
_DESTINATION_NORM_RES = [(re.compile(p, _I), norm) for p, norm in _DESTINATION_NORMS]


def _rx(*parts: str) -> ScriptedPattern:
    """One pattern of many parts (most in one language each), searched per script (`scripted.py`)."""
    return ScriptedPattern(parts, _I)


# -- places -------------------------------------------------------------------------
# Korea's level-4 travel-ban areas (verify-and-advice.md section 2) and the compound
# towns inside them: Bokor, Bavet, Poipet; Myawaddy with KK Park and Shwe Kokko; eastern
# and northern Shan (Tachileik, Laukkaing); Laos's Golden Triangle SEZ in Bokeo.
_BAN = _rx(
    r"\bbokor\b|\bbavet\b|\bpoi\s?pet\b|myawadd?[iy]|myawadi|\bkk\s?park\b|shwe\s?ko\s?kko|shwe\s?kokko",
    r"tachil[ei]c?k|tachileik|laukk?aing|golden\s+triangle|\bgtsez\b|\bbokeo\b|segitiga\s+emas|\bhpa\s?lu\b",
    r"보코|보꼬|바벳|바베트|포이펫|뽀이뻿|포이뻿|미야와디|먀와디|미와디|kk\s?파크|케이케이\s?파크|쉐\s?코코|슈웨\s?코코",
    r"타칠렉|타치렉|타칠레익|따칠렉|라우카잉|골든\s?트라이앵글|황금\s?삼각|보케오",
    r"ปอยเปต|ปอยเปด|บาเวต|บาแวต|บาเว็ต|เมียวดี|เคเค\s?พาร์ค|เคเค\s?ปาร์ค|ชเวโก๊กโก่|ชเวโกกโก่|ชเวโก๊กโก|ท่าขี้เหล็ก|เล้าก์ก่าย|เล่าก์ก่าย|เหล่ากาย|สามเหลี่ยมทองคำ|บ่อแก้ว|โบกอร์|บูกอร์",
    r"\bba\s?vet\b|mya\s?wa\s?di\b|tam\s+giac\s+vang|\bkk\s?(?:park|vien)\b",
    r"木牌|巴域|波贝|波貝|妙瓦底|妙瓦迪|KK\s?园区|KK\s?園區|KK\s?公园|亚太新城|亞太新城|大其力|果敢|老街(?:园区|園區|市)|缅北|緬北|金三角|金木棉|会晒|會曬|博胶|博膠|波哥山|波哥(?=园区|園區|赌场|賭場)",
    # six-33: the Golden Triangle SEZ named only as "the special economic zone" beside Laos
    r"special\s+economic\s+zone\b[^.\n]{0,40}?\blaos\b|\blaos\b[^.\n]{0,40}?special\s+economic\s+zone|kawasan\s+ekonomi\s+khusus\b[^.\n]{0,40}?\blaos\b|\blaos\b[^.\n]{0,40}?kawasan\s+ekonomi\s+khusus",
    r"\bdac\s+khu\s+kinh\s+te\b[^.\n]{0,30}?\blao\b|\blao\b[^.\n]{0,30}?\bdac\s+khu\s+kinh\s+te\b|老挝\S{0,10}(?:经济特区|經濟特區)|老撾\S{0,10}(?:經濟特區)",
)
_HUB_TOWNS = _rx(
    r"sihanouk(?:ville)?|sihanoukvile|preah\s+sihanouk|kampong\s+som|kompong\s+som|phnom\s?penh|pnom\s?penh|\bkampot\b",
    r"시아누크빌|시하누크빌|시하눅빌|시아눅빌|프놈\s?펜|캄폿|깜폿|깜뽓",
    r"สีหนุวิลล์|สีหนุวิล|สีหนุ|ชีหนุ|พนมเปญ|กำปอต|สวายเรียง",
    r"\bnam\s+vang\b|\bx?svay\s?rieng\b|\bcam\s?pot\b|\bkompong\s?som\b",
    r"西港|西哈努克|金边|金邊|贡布|貢布|柴桢|柴楨",
    # six-28: Laos's special economic zone, as Vietnamese say it
    r"\bdac\s+khu\s+kinh\s+te\s+(?:o\s+)?lao\b",
)
_HUB_COUNTRIES = _rx(
    r"cambodia|kamboja|kampuchea|myanmar|burma|\blaos\b|lao\s+pdr",
    r"캄보(?:디아)?|미얀마|버마|라오스",
    r"กัมพูชา|เขมร|พม่า|เมียนมา|(?<!ชาว)ลาว(?!ัณ|า)|สปป\.?\s?ลาว",
    r"campuchia|\bcam\s?pu\s?chia\b|\bcpc\b|\b(?:sang|qua|ben|o|di)\s+cam\b(?!\s+(?:ket|on|nhan|thay|xuc|giac|tinh))|mien\s+dien|\b(?:nuoc|sang|qua|ben|tai|o|den|di)\s+lao\b(?!\s+(?:dong|cong|vao|xao|dau))|\bvieng\s?chan\b",
    r"(?:柬埔寨|柬国|柬國|缅甸|緬甸|老挝|老撾|寮國)(?![语語])",
    # six-28: Cambodia shortened, as in '去柬'
    r"(?<=[去赴到在])柬(?!埔)",
)
_VAGUE_PLACE = _rx(
    r"옆\s?나라",
    # where exactly is kept from the family ("don't tell your parents the exact city", "정확한 지역
    # 말하지 마", "别跟你妈说具体在哪", "ถ้าแม่ถามบอกว่าภูเก็ต", "đến nơi mới rõ")
    r"(?:exact|which)\s+(?:city|place|location|town)|where\s+exactly|정확한\s?(?:지역|위치|장소)|장소는\s?가면|(?:lokasi|tempat)(?:nya)?\s+(?:pasti|persis)(?:nya)?\s+(?:nanti|dikasih\s+tau|rahasia)|(?:den|toi)\s+noi\s+moi\s+(?:ro|biet)|具体在哪|具體在哪|到了(?:就|再)知道|ถ้าแม่ถาม|อย่าบอกว่า(?:อยู่|ไป)?(?:พม่า|เขมร|กัมพูชา|ลาว|เมียวดี)|(?:dung|ko|khong)\s+noi\s+(?:la\s+)?di\s+(?:myanmar|campuchia|cam|lao|mien\s+dien)",
    r"south[-\s]?east\s+asia(?!n\s+(?:studies|languages?|history|politics|art))|\bse\s+asia\b|neighbou?ring\s+countr(?:y|ies)|a\s+country\s+near\s+thailand|near\s+the\s+(?:thai|cambodian|myanmar|lao)\s+border|(?:main|head)\s+office\s+in\s+asia|transfer(?:red)?\s+(?:you\s+)?to\s+(?:our\s+)?(?:main\s+|head\s+)?office",
    r"(?:can(?:'|no)?t|cannot|won't)\s+(?:tell|say|share|reveal|disclose)\s+(?:you\s+)?the\s+(?:exact\s+)?(?:place|location|country|city)",
    r"location\s+(?:will\s+be\s+|is\s+)?(?:disclosed|shared|given|told|confidential|secret)",
    r"동남아(?:시아)?|근무지\s?(?:는|은)?\s?(?:합격\s?후|추후|도착\s?후|현지에서|비공개)",
    r"kota\s+perbatasan|ditransfer\s+ke\s+kantor|asia\s+tenggara|negara\s+tetangga|lokasi\s+(?:kerja\s+)?(?:dirahasiakan|menyusul|dikasih\s+tahu\s+nanti)|lokasi(?:nya)?\s+(?:aku\s+|saya\s+|kami\s+|nanti\s+)?(?:kasih\s+ta(?:h)?u|kabarin|infokan|dikasih\s+ta(?:h)?u|diinfokan)(?=\s+(?:di|lewat|via|pas|kalau|kalo)\b)",
    r"ประเทศเพื่อนบ้าน|เอเชียตะวันออกเฉียงใต้|(?:แถบ|ใน|ประเทศใน)อาเซียน|(?:สถานที่|ที่)ทำงาน(?:จะ)?(?:แจ้ง|บอก)(?:ให้ทราบ)?(?:ทีหลัง|ภายหลัง|ตอนไปถึง)|ไม่(?:บอก|ระบุ|เปิดเผย)(?:สถานที่|ประเทศ|ที่ทำงาน)",
    r"nuoc\s+lang\s+gieng|\bdong\s+nam\s+a\b|dia\s+(?:diem|chi)\s+(?:lam\s+viec\s+)?(?:se\s+)?(?:bao|thong\s+bao|noi|gui)\s+sau|(?:khong\s+tien|chua\s+the)\s+(?:noi|bao|tiet\s+lo)\s+(?:dia\s+diem|noi\s+lam|nuoc\s+nao)",
    r"东南亚|東南亞|周边国家|周邊國家|(?:地址|地点|地點|位置)(?:暂时)?(?:保密|不方便(?:透露|说|說)|到了(?:再说|再說|就知道))",
)
# A region's name ("Southeast Asia"), vague only when no city or country is named beside it.
_REGION = _rx(r"south[-\s]?east\s+asia|\bse\s+asia\b|동남아(?:시아)?|asia\s+tenggara|เอเชียตะวันออกเฉียงใต้|\bdong\s+nam\s+a\b|东南亚|東南亞")
# A country or a city of Southeast Asia outside the compound regions, named beside the region.
_REGION_PLACE = _rx(
    r"vietnam|viet\s+nam|ho\s+chi\s+minh|hanoi|bac\s+ninh|thailand|bangkok|malaysia|kuala\s+lumpur|singapore|indonesia|jakarta|philippines|manila",
    r"베트남|호치민|하노이|박닌|태국|방콕|말레이시아|싱가포르|인도네시아|자카르타|필리핀|마닐라",
    r"เวียดนาม|ประเทศไทย|กรุงเทพ|มาเลเซีย|สิงคโปร์|อินโดนีเซีย|ฟิลิปปินส์",
    r"\bthai\s+lan\b|\bma\s+lai\b|\bsai\s+gon\b|\bha\s+noi\b|\bbinh\s+duong\b|\bbac\s+ninh\b",
    r"越南|胡志明|河内|河內|泰国|泰國|曼谷|马来西亚|馬來西亞|吉隆坡|新加坡|印尼|菲律宾|菲律賓|马尼拉|馬尼拉",
)
_ABROAD = _rx(r"\babroad\b|\boverseas\b|luar\s+negeri|해외(?!\s?(?:지사|법인|본사|파트너|고객|영업|바이어))|(?<!กระทรวงการ)ต่างประเทศ|เมืองนอก|งานนอก|\bkhi\s+sang\s+(?:toi|den|ben\s+do)\b|nuoc\s+ngoai|海外|国外|國外|出国|出國|境外")
# ...but not "at home or abroad" ("dalam/luar negeri", "국내외") nor a denied move ("해외 이동 없음").
_ABROAD_EITHER = re.compile(r"(?:dalam|domestic|local|home|국내|ในประเทศ|trong)\s*(?:/|atau|or|and|dan|&|및|หรือ|hoac|va)\s*(?:di\s+|ke\s+)?$", _I)
_ABROAD_DENIED = re.compile(r"^\s?(?:\S{1,4}\s?)?(?:없음|없습니다|없어요|없는|없이|불가|아님)")

# -- the job -----------------------------------------------------------------------------
_NO_EXPERIENCE = _rx(
    r"no\s+(?:prior\s+|previous\s+|work\s+)?experience(?:\s+(?:needed|required|necessary))?",
    r"experience\s+(?:is\s+)?not\s+(?:needed|required|necessary)|without\s+experience",
    r"no\s+(?:qualifications?|degree|diploma|skills?|education|cv)\s*(?:needed|required)?",
    r"anyone\s+can\s+(?:apply|do\s+(?:it|this))|beginners?\s+(?:welcome|ok)",
    r"무경험|경험\s?무관|경력\s?무관|학력\s?무관|스펙\s?무관|경험\s?(?:이\s?)?없(?:어도|이도)|경력\s?(?:이\s?)?없(?:어도|이도)",
    r"초보\s?(?:가능|환영|ok|오케이)|누구나\s?(?:가능|지원|할\s?수)|(?:경험|경력)\s?(?:이\s?|은\s?)?필요\s?없",
    r"tanpa\s+(?:syarat\s+)?(?:pengalaman|ijazah|pendidikan)|(?:tidak|tak|ga|gak|nggak|enggak)\s+(?:perlu|butuh|harus)\s+(?:ber)?(?:pengalaman|ijazah)",
    r"\btidak\s+perlu\s+sertifikat\b|belum\s+berpengalaman\s+(?:boleh|bisa|diterima)|(?:pendidikan\s+)?min(?:imal)?\.?\s+(?:sd|smp)\b|lulusan\s+(?:sd|smp)\b",
    r"ไม่(?:จำเป็น)?ต้องมีประสบการณ์|ไม่มีประสบการณ์ก็|ไม่เน้นประสบการณ์|ไม่จำกัดวุฒิ(?:การศึกษา)?|ไม่ต้อง(?:ใช้|มี)วุฒิ|มือใหม่(?:ก็)?ทำได้|ใครก็ทำได้|ไม่ต้องมีความรู้",
    r"(?:khong|ko|k|kg|khg)\s+(?:can|yeu\s+cau|doi\s+hoi|bat\s+buoc)\s+(?:co\s+)?(?:kinh\s+nghiem|\bkn\b|bang\s+cap|trinh\s+do)|chua\s+co\s+kinh\s+nghiem\s+(?:cung|van|duoc)",
    r"ai\s+cung\s+lam\s+duoc|khong\s+gioi\s+han\s+trinh\s+do|khong\s+can\s+biet\s+(?:ngoai\s+ngu|tieng)",
    r"无需经验|無需經驗|无须经验|無須經驗|无经验|無經驗|免经验|免經驗|零经验|零經驗|零基础|零基礎|经验不限|經驗不限|不(?:需要|用|需)(?:任何)?经验|不(?:需要|用|需)(?:任何)?經驗|0经验|0經驗|小白(?:可|也|均|都)|新手可|学历不限|學歷不限|不限学历|不限學歷|有手就行|会打字就行|會打字就行",
    r"\bno\s+exp\b|경력\s?無|只招新手|(?:不需要|不要|无需|無需|不限)(?:学历|學歷)|\bkhong\s+can\s+hoc\s+tieng\b",
)
_SKILLED = _rx(
    r"production\s+(?:manager|supervisor)|engineer|developer|programmer|teacher|lecturer|professor|nurse|doctor|physician|\bchef\b|pilot|architect|accountant|lawyer|technician|mechanic|welder|electrician|pharmacist",
    r"엔지니어|개발자|프로그래머|교사|강사|교수|간호사|의사|주방장|셰프|조리사|건축|회계사|변호사|기술자|용접|전기\s?기사|약사",
    r"insinyur|\bguru\b|dosen|perawat|dokter|\bkoki\b|teknisi|akuntan|pengacara|tukang\s+las|apoteker|operator\s+alat\s+berat|heavy\s+equipment\s+operator|\bmekanik\b",
    r"วิศวกร|ครู|อาจารย์|พยาบาล|แพทย์|เชฟ|พ่อครัว|นักบัญชี|ช่างเชื่อม|ช่างไฟ|ช่างยนต์|ช่างเทคนิค|โปรแกรมเมอร์|เภสัชกร",
    r"\bky\s+su\b|giao\s+vien|giang\s+vien|\by\s+ta\b|dieu\s+duong|bac\s+si|dau\s+bep|ke\s+toan|tho\s+han|tho\s+dien|tho\s+co\s+khi|lap\s+trinh|duoc\s+si|luat\s+su",
    r"生产主管|生產主管|生产经理|生產經理|工程师|工程師|教师|教師|护士|護士|医生|醫生|厨师|廚師|会计|會計|律师|律師|技术员|技術員|电焊|電焊|焊工|电工|電工|程序员|程序員|药剂师|藥劑師|技工",
)
_VAGUE_OFFICE = _rx(
    r"customer\s+(?:service|support|care)|\bcsr?\b|chat\s*(?:support|agent|operator)|chatting|typists?|typing|data\s+(?:entry|encoder|input)",
    r"telemarketing|(?:online|digital)\s+(?:marketing|sales)|\bmarketing\b|online\s+game|game\s+operator|translat(?:or|ion)s?|call\s+cent(?:er|re)",
    r"\bit\s+support|tech(?:nical)?\s+support|office\s+job|computer\s+work|resort\s+part[-\s]?time|admin\s+(?:chat|online|staff|job)",
    r"(?:online\s+)?chat(?:ting)?\s+(?:work|jobs?)|online\s+chat|replying\s+to\s+(?:messages|chats|customers)",
    r"고객\s?(?:상담|센터|응대|서비스)|상담\s?(?:원|직|업무|직원)|채팅(?:\s?(?:상담|업무))?|사무\s?보조|타자|타이핑|데이터\s?입력|단순\s?(?:컴퓨터\s?)?(?:업무|사무|작업)",
    r"컴퓨터\s?업무|사무직|텔레마케팅|마케팅|번역|통역|게임\s?(?:운영|회사|상담)|온라인\s?게임|리조트\s?알바|콜\s?센터|전화\s?상담",
    r"layanan\s+pelanggan|input\s+data|entry\s+data|mengetik|ngetik|\bketik\b|penerjemah|operator\s+(?:game|judi|online)|admin\s+(?:marketing|chat)",
    r"marketing\s+online|kerja\s+(?:kantoran|komputer)|bisa\s+komputer",
    r"bagian\s+(?:chat|cs|ketik|input)\b|chat[-\s]?chatan|\bnge[-\s]?chat\b|(?:pegang|megang|main|depan)\s+(?:komputer|laptop|hp)\b",
    r"แอดมิน|ตอบแชท|แชทกับลูกค้า|คอลเซ็นเตอร์|คอลเซนเตอร์|บริการลูกค้า|คีย์ข้อมูล|พิมพ์งาน|งานพิมพ์|พิมพ์ดีด|การตลาด(?:ออนไลน์|ดิจิทัล|ดิจิตอล)|เทเลเซล|เทเลมาร์เก็ตติ้ง|ล่าม|แปลภาษา|งานคอมพิวเตอร์|งานนั่งโต๊ะ|งานออนไลน์|ซัพพอร์ต|เกมออนไลน์|ใช้คอม(?:พิวเตอร์)?เป็น",
    r"งานง่าย(?:\s?ๆ)?(?:\s?รายได้(?:ดี|สูง))?|งานสบาย(?:\s?รายได้(?:ดี|สูง))?|นั่ง(?:พิมพ์|แชท|หน้าคอม|คอม)",
    r"cham\s+soc\s+khach\s+hang|\bcskh\b|truc\s+(?:page|fanpage|chat|tin\s+nhan)|tra\s+loi\s+tin\s+nhan|(?:nhan\s+tin|chat)\s+(?:voi\s+)?khach|danh\s+may|nhap\s+(?:du\s+)?lieu|telesales?|tu\s+van\s+(?:vien\s+)?online|sale\s+online|phien\s+dich|bien\s+dich",
    r"viec\s*nhe(?:\s*(?:luong\s*cao|cao\s*luong))?|admin\s+(?:page|fanpage|group|web(?:site)?)\b|lam\s+viec\s+(?:tren|voi|bang)\s+may\s+tinh|cong\s+viec\s+(?:van\s+phong\s+)?(?:don\s+gian|nhe\s+nhang)|ngoi\s+van\s+phong|\bviec\s+van\s+phong",
    r"客服(?!电话|電話|热线|熱線)|打字员|打字員|打字|打(?:中文|中|汉|漢)字|会电脑|會電腦|录入|錄入|聊天|推广|推廣|网络营销|網絡營銷|网络销售|網絡銷售|电销|電銷|话务|話務|翻译|翻譯|文员|文員|坐办公室|坐辦公室|电脑操作|電腦操作",
    r"高薪轻松|轻松高薪|高薪輕鬆|輕鬆高薪|轻松(?:月入|赚|賺)|輕鬆(?:月入|賺)|工作轻松|工作輕鬆|活(?:很|超|特别|特別|比较|比較)?(?:轻松|輕鬆)",
    # the work as friends describe it ("computer work", "kerjaan komputer doang", "gõ phím",
    # "ngồi máy tính nhắn tin", "คนพิมพ์เร็ว", "做电脑工作", "한국어 잘하는 사람")
    r"(?:work|jobs?)\s+on\s+(?:a\s+|the\s+)?computers?|admin\s+game|game\s+admin|chat(?:ting)?\s+with\s+(?:customers|clients|people)\s+online|live\s?stream(?:ing|er)?\s+(?:host|seller|sales)|live\s+(?:host|seller)|people\s+for\s+computer|online\s+customer|(?:kerjaan|kerja)\s+(?:komputer|online)\b|bagian\s+online|bal[ea]s(?:in)?\s+chat|staf\s+admin|admin\s+staf",
    r"\bgo\s+phim\b|\bnhan\s+vien\s+game\b|\bngoi\s+nhan\s+tin\b|\blm\s+game\s+online\b|\bngoi\s+(?:may\s+tinh|may|laptop)\b|lam\s+(?:tren|bang|voi)\s+may\s+tinh|may\s+tinh\s+nhan\s+tin|nhan\s+tin\s+(?:thoi|suot\s+ngay|voi\s+khach)",
    r"คนพิมพ์|ไลฟ์สด|(?:女)?主播|直播带货|直播帶貨|라이브\s?(?:방송|커머스)\s?(?:진행|호스트)|\blivestream\b|\bhost\s+live\b|พิมพ์เร็ว|พิมพ์(?:คอม)?(?:ได้|เป็น)|งานคอม(?!พิวเตอร์)|นั่งคอม",
    r"(?:做|搞)(?:电脑|電腦)(?:工作|的活)?|(?:电脑|電腦)(?:工作|上的活)|(?:做|搞|干|幹)(?:直播)?(?:运营|運營)|直播运营|直播運營|打字聊天|\bsales\s+chat\b|\bchat\s+sales\b",
    # work read from a script to strangers: how the compounds' chat work is described
    r"(?:give|gives|follow)\s+(?:u\s+|you\s+)?(?:the\s+|a\s+)?script|대본(?:대로|만)|(?:ikut|pake|pakai)\s+naskah|สคริปต์|\bco\s+(?:san\s+)?kich\s+ban|kich\s+ban\s+het|话术|話術",
    r"한국어\s?(?:잘하는|가능(?:한|자)|능통한?|되는)\s?(?:사람|분|직원|인력)|컴퓨터\s?(?:일|작업|만\s?하)",
)
_CRYPTO_GAMBLING = _rx(
    r"crypto(?:currency)?|bitcoin|\bbtc\b|\busdt\b|tether|forex|\bfx\s+trading|investment\s+(?:platform|company|scheme|project)|trading\s+platform",
    r"casino|gambling|betting|baccarat|slot\s+(?:games?|sites?|online)|online\s+slots?|judi\s+slot",
    r"코인|가상\s?화폐|암호\s?화폐|비트코인|테더|투자\s?(?:회사|상담|리딩)|리딩방|카지노|도박|바카라|토토|슬롯|베팅|배팅|거래소",
    r"kripto|investasi|ajak\s+(?:main\s+)?trading|trading\s+(?:kripto|crypto|forex|online)|kasino|\bjudi\b|judol|taruhan|togel",
    r"คริปโต|บิทคอยน์|บิตคอยน์|เหรียญดิจิทัล|เทรด|ฟอเร็กซ์|คาสิโน|บาคาร่า|การพนัน|พนันออนไลน์|เว็บพนัน|สล็อต|แทงบอล|หวยออนไลน์|ลงทุนออนไลน์",
    r"\bru\s+(?:khach|ho|nguoi)\s+(?:nap\s+tien|choi\s+san|dau\s+tu)|get\s+them\s+to\s+invest|(?:ชวน|ให้)\S{0,8}ลงทุน|tien\s+(?:ao|dien\s+tu|ma\s+hoa)|\bcoin\b|san\s+(?:giao\s+dich|dau\s+tu|coin|forex)|dau\s+tu\s+(?:tai\s+chinh|tien\s+ao|coin|forex|sinh\s+loi)",
    r"song\s+bac|\bco\s+bac\b(?!\s+si)|\bca\s+do\b|\bca\s+cuoc\b|nha\s+cai|tai\s+xiu|xoc\s+dia|\blo\s+de\b|game\s+bai|danh\s+bai\s+online",
    r"博彩|博弈|(?:推荐|推薦|拉)(?:他|她|人)?上平台|菠菜|赌场|賭場|赌博|賭博|网赌|網賭|百家乐|百家樂|棋牌|币圈|幣圈|虚拟币|虛擬幣|虚拟货币|虛擬貨幣|数字货币|數字貨幣|加密货币|加密貨幣|区块链|區塊鏈|杀猪盘|殺豬盤|资金盘|資金盤|跑分|时时彩|時時彩|彩票|外汇|外匯|炒币|炒幣|交易所",
)

# -- costs, visas, channels ---------------------------------------------------------------
_COST_ITEM = r"(?:air\s*|plane\s+)?tickets?|flights?|airfare|air\s+fare|visas?|accommodation|housing|hotel|room|dorm(?:itory)?|meals?|food|travel\s+(?:costs?|expenses)|all\s+(?:costs?|expenses)"
_COSTS_PAID = _rx(
    rf"\bfree\s+(?:\w+\s+){{0,2}}?(?:{_COST_ITEM})",
    rf"\b(?:{_COST_ITEM})(?:\s*(?:,|\+|&|and|/)\s*(?:{_COST_ITEM}))*\s+(?:is\s+|are\s+|will\s+be\s+)?(?:paid|covered|provided|included|free|reimbursed)\b",
    rf"(?:company|employer|we|they)\s+(?:will\s+)?(?:pays?|covers?|provides?|books?|buys?)\s+(?:for\s+)?(?:your\s+|the\s+|all\s+)?(?:{_COST_ITEM})",
    r"(?:항공권|비행기\s?표|왕복\s?항공권?|항공|숙소|숙식|숙박|기숙사|식사|비자)[^.\n]{0,12}?(?:제공|지원|무료|지급|부담|대\s?준다?|해\s?드(?:려요|립니다|리고|림)?|끊어\s?드(?:려요|립니다|림)?|공짜|(?:내\s?|끊어\s?|대\s?)?(?:준대|준다고|줄게|줘요|줍니다))",
    r"(?:밥|식사|숙소|숙식|기숙사)(?:\s?(?:이랑|랑|하고|,|/|·))?\s?(?:(?:밥|식사|숙소|숙식|기숙사)\s?)?(?:다|전부|모두)?\s?(?:나와|나옴|나온|제공)|비용(?:은|는)?\s?(?:다|전부|모두)?\s?회사(?:에서|가)\s?(?:냅|내|부담|지원|대)|무료\s?(?:숙소|항공|숙박)|(?:비행기|항공)\s?(?:값|비|료)\S{0,2}\s?(?:내\s?준|대\s?준|내줌|대줌)|(?:다|전부)\s?(?:대줌|대준다|내줌|내준다)",
    r"(?:tiket|pesawat|visa|mess|akomodasi|tempat\s+tinggal|makan|penginapan|asrama)[^.\n]{0,30}?(?:ditanggung|gratis|dibayar(?:in|kan)?|disediakan|ditalangi|(?:kami\s+)?talangin)(?!\s+(?:oleh\s+)?(?:peserta|sendiri|pelamar|calon|masing))",
    r"(?:gratis|free)\s+(?:tiket|mess|makan|visa)|makan\s+tidur\s+ditanggung",
    r"บินฟรี|ฟรี\s?(?:ตั๋ว(?:เครื่องบิน)?|ค่าตั๋ว|ค่าเดินทาง|ค่ารถ|ที่พัก|หอพัก|อาหาร|ค่าอาหาร|ค่าที่พัก)|(?:ตั๋วเครื่องบิน|ค่าตั๋ว|ตั๋ว|หอพัก|ที่พัก|ค่าเดินทาง|ค่าที่พัก|ค่าอาหาร|ค่ารถ|รถรับส่ง|อาหาร(?:\s?\d\s?มื้อ)?)\s?(?:ฟรี|(?:บริษัท|นายจ้าง|เขา|เจ้านาย|หัวหน้า|เถ้าแก่)\s?(?:ออก|จ่าย)(?:ให้)?|ออกให้)",
    r"(?:บริษัท|นายจ้าง)\s?(?:ออก|จ่าย|รับผิดชอบ)\s?(?:ค่า)?(?:ตั๋ว|เดินทาง|ที่พัก|วีซ่า|ค่าใช้จ่าย)|ออกค่า(?:ตั๋ว|เดินทาง|ที่พัก|วีซ่า|รถ)ให้|ออกค่าใช้จ่าย(?:ให้)?(?:หมด|ทั้งหมด)|จัดการ(?:เรื่อง)?(?:การ)?เดินทางให้|มี(?:ที่พัก|หอพัก)(?:ให้|ฟรี|ในบริษัท)|กิน(?:ฟรี)?อยู่ฟรี|ทำวีซ่าให้ฟรี|ฟรีทุกอย่าง",
    r"\bbao\s+(?:ve\s+may\s+bay|ve\s+(?:khu\s+hoi|hai\s+chieu|2\s+chieu|di)|an\s*,?\s*o\b|an\s+ngu|an\s+uong|o\s+an|cho\s+o|nha\s+o|visa|(?:het\s+|toan\s+bo\s+|100\s*%\s*)?chi\s+phi|tron\s+goi|di\s+lai|dua\s+don)",
    r"mien\s+phi\s+(?:ve(?:\s+may\s+bay)?|an\s+o|an\s+uong|cho\s+o|nha\s+o|visa)|(?:ve\s+may\s+bay|an\s+o|cho\s+o|visa)\s+(?:mien\s+phi|free|cong\s+ty\s+(?:chiu|lo|tra|bao))|cong\s+ty\s+(?:chiu|lo|tra|chi\s+tra|bao|ho\s+tro)\s+(?:toan\s+bo\s+|het\s+|100\s*%\s+)?(?:ve|chi\s+phi|tien\s+ve|tien\s+xe|an\s+o|visa)",
    r"包(?:吃|住|食宿|机票|機票|签证|簽證|路费|路費|来回|來回|往返|机酒|機酒)(?:\s?[、,，+＋]?\s?包(?:吃|住|食宿|机票|機票|签证|簽證|路费|路費|来回|來回|往返))*",
    r"(?:机票|機票|路费|路費|签证|簽證|食宿|住宿|吃住)[^，。,.!！\n]{0,6}?(?:报销|報銷|全包|公司(?:出|承担|承擔|负责|負責|包)|免费|免費)|(?:免费|免費)(?:提供)?(?:住宿|吃住|食宿|机票|機票|宿舍)|提供(?:食宿|吃住|住宿|宿舍|机票|機票)|报销(?:机票|路费)|報銷(?:機票|路費)|(?:费用|費用)(?:由)?(?:公司)?(?:全包|全免|全部承担|全部承擔)",
    r"(?:plus|\+|with|including|incl\.?)\s+(?:free\s+)?(?:food|meals?|room|board|accommodation|housing|lodging)\s+(?:and|&|\+)\s+(?:room|board|food|meals?|accommodation|housing|lodging)\b",
    r"อยู่ฟรี|กินฟรี",
    r"(?:항공권|비행기\s?표|티켓)(?:은|을|도)?\s?(?:저희가|저희\s?쪽에서|회사에서|회사가)\s?(?:보내|끊어|지원|제공|사)",
    r"(?:they|we)(?:'ll|\s+will)\s+send\s+(?:you\s+)?(?:the\s+|a\s+)?(?:plane\s+|flight\s+|air\s+)?tickets?",
    # said the way friends pass it on ("covered the flight and the house", "비행기값은 회사가
    # 낸다던데", "숙식 다 주고", "tiket & penginapan kami tanggung", "vé có người trả",
    # "住的也是公司的")
    rf"(?:cover(?:s|ed)?|paid\s+for|pays?\s+for)\s+(?:the\s+|your\s+|his\s+|her\s+|my\s+)?(?:{_COST_ITEM}|house|place\s+to\s+stay)",
    r"(?:비행기|항공)\s?(?:값|비|표|권)\S{0,2}\s?(?:회사|사장|업체)(?:가|에서)\s?(?:낸|내|부담|대|끊)|(?:숙식|숙소|밥|기숙사)(?:도|은|는)?\s?(?:다|전부|모두|공짜로)?\s?(?:주고|준대|준다|줘|대주)",
    r"(?:kami|perusahaan|bos|pt|agen|mereka|majikan)\s+(?:yang\s+|yg\s+)?(?:tanggung|tanggungin|bayarin|bayar)\b(?!\s+sendiri)",
    r"\bve(?:\s+may\s+bay)?\s+(?:co\s+nguoi|cong\s+ty|ben\s+(?:kia|do)|ho|sep)\s+(?:tra|lo|bao|chiu|mua)",
    r"(?:来|來)就(?:安排|给|給|包)(?:机票|機票)|(?:住的|吃的|吃住|住宿)(?:也|都)?(?:是|都是)?(?:公司|老板|老闆)的|公司(?:管|包)(?:吃|住)|(?:机票|機票)(?:是)?(?:公司|老板|老闆)(?:出|买|買)",
    r"ไม่ต้องเตรียมอะไร|ค่ารถ\S{0,4}ออก(?:ให้|หื้อ)|(?<!tuyen\s)(?<!lam\s)(?<!vien\s)(?<!nguoi\s)\bbao\s+ve\b(?=\s*(?:[,.!;/+&]|va\b|voi\b|xe\b|may\b|lun\b|luon\b|het\b|$))|(?:帮忙|幫忙)出(?:机票|機票)|(?:비행기\s?표|항공권)(?:도|는)?\s?(?:그쪽|회사|사장)(?:에서)?\s?(?:해\s?준|보내\s?준|끊어\s?준)|(?:tiket|tiketnya)\s+(?:perusahaan|bos|kantor)\s+(?:yg|yang)\s+bayar|ออกตั๋ว(?:เครื่องบิน)?ให้|ไม่ต้องสำรองจ่าย|公司(?:出|包|报销|報銷|承担|承擔)(?:机票|機票|路费|路費)|不用(?:垫付|墊付)|\bcong\s+ty\s+lo\s+het\s+(?:tu\s+)?(?:ve|nha|an)|\blo\s+(?:het\s+|luon\s+)?ve\s+may\s+bay\b|(?:company|they|we)\s+pays?\s+(?:for\s+)?everything|(?:ค่า)?ตั๋ว(?:เครื่องบิน)?(?:เขา|บริษัท)?(?:จ่าย|ออก)ให้",
)
_TOURIST_VISA = _rx(
    r"tourist\s+visa|visit(?:or)?\s+visa|visa\s+on\s+arrival|visa[-\s]free|visa\s+exempt(?:ion)?|(?:come|go|travel|fly|enter)\s+(?:as|on)\s+a\s+tourist|as\s+tourists?\s+first",
    r"no\s+(?:work\s+)?(?:visa|permit)\s+(?:is\s+)?(?:needed|required|necessary)|(?:don'?t|do\s+not|no)\s+need\s+(?:a\s+|any\s+)?(?:work\s+)?(?:visa|permit)",
    r"without\s+(?:a\s+)?(?:work\s+)?visa|no\s+passport\s+stamp",
    r"무비자|비자\s?없이|비자\s?(?:가|는)?\s?(?:필요\s?없|필요없|없어도)|관광\s?비자|관광\s?목적\s?(?:으로\s?)?입국|관광(?:객)?\s?으로\s?입국|도착\s?비자|여권만\s?있으면",
    r"(?:berangkat|masuk|pergi|terbang)(?:nya)?\s+(?:sebagai|pakai\s+visa|jadi)\s+(?:turis|wisatawan)|visa\s+(?:turis|wisata|kunjungan|on\s+arrival)|\bvoa\b|bebas\s+visa|tanpa\s+visa|(?:gak|ga|nggak|tidak)\s+usah\s+visa(?:\s+kerja)?|(?:tidak|tak|ga|gak)\s+perlu\s+visa(?:\s+kerja)?|cukup\s+paspor|paspor\s+(?:saja|aja|doang)\s+cukup|(?:bawa|siapin|siapkan|modal)\s+paspor\s+(?:saja|aja|doang)\b",
    r"วีซ่าท่องเที่ยว|ฟรีวีซ่า|วีซ่าฟรี|ไม่ต้อง(?:ใช้|ทำ|มี)วีซ่า(?:ทำงาน)?|ไม่ต้องมีใบอนุญาตทำงาน|ไม่ต้องทำเวิร์คเพอร์มิท|บัตรผ่านแดน",
    r"ใช้(?:แค่|เพียง)(?:พาสปอร์ต|หนังสือเดินทาง)(?:เล่มเดียว)?|(?:มีแค่|แค่มี|มี)(?:พาสปอร์ต|หนังสือเดินทาง)(?:เล่มเดียว)?ก็(?:ไปได้|พอ|เดินทางได้)|(?:เข้า|ไป)(?:แบบ|ในฐานะ)นักท่องเที่ยว|(?:ไป|เข้า)(?:แบบ)?เที่ยว(?:ก่อน)?แล้ว(?:ค่อย)?(?:ทำงาน|เริ่มงาน)",
    r"visa\s+du\s+lich|thi\s+thuc\s+du\s+lich|(?:di|sang|qua|nhap\s+canh)\s+(?:theo\s+)?(?:dien|dang|duong|kieu|hinh\s+thuc)\s+du\s+lich|di\s+du\s+lich\s+(?:roi|truoc|sau\s+do)\s*(?:moi\s+)?(?:lam|o\s+lai)|di\s+du\s+lich\s+truoc|(?:khong|ko|k)\s+(?:phai|can)\s+lo\s+(?:visa|giay\s+to)",
    r"(?:khong|ko|k)\s+can\s+(?:visa|thi\s+thuc|giay\s+phep\s+lao\s+dong|work\s+permit)|mien\s+thi\s+thuc|chi\s+can\s+(?:gui\s+)?(?:anh\s+|hinh\s+)?(?:ho\s+chieu|passport|cccd|can\s+cuoc)|co\s+ho\s+chieu\s+la\s+(?:di|bay)\s+duoc",
    r"旅游签|旅遊簽|观光签|觀光簽|落地签|落地簽|免签|免簽|商务签|商務簽|(?:不需要|不用|无需|無需|不必|不需)(?:办理?|辦理?)?(?:工作)?(?:签证|簽證|工签|工簽|工作签|工作簽)",
    r"비자(?:는|도)?\s?(?:들어가서|현지(?:에서|가서)|가서|도착해서)\s?(?:해결|처리|만들|받)",
    r"(?:ช่วงแรก|ตอนแรก|ระยะแรก)ยังไม่ต้อง(?:ใช้|มี|ทำ)(?:ใบอนุญาตทำงาน|วีซ่า|เวิร์คเพอร์มิ[ตท])",
    r"先(?:来|來|去|过来|過來)?(?:旅游|旅遊)|(?:工作)?(?:准证|准證|签证|簽證|工签|工簽)(?:由)?公司(?:后续|後續|之后|之後|过去后|過去後)?(?:处理|處理|办理|辦理|解决|解決)",
    r"以(?:旅游|旅遊|商务|商務|探亲|探親|留学|留學)(?:的)?(?:名义|名義|身份)|(?:只要|只需|只需要)(?:有)?(?:护照|護照)|有(?:护照|護照)就(?:行|可以|能)",
    r"(?:tell|say\s+to)\s+(?:the\s+)?immigration\s+(?:that\s+)?(?:you(?:'re|\s+are)\s+)?(?:a\s+|on\s+)?(?:touris[tm]|holiday|vacation)|\bnoi\s+(?:la\s+)?(?:di\s+)?du\s+lich|'?관광'?(?:이라고|으로)\s?(?:만\s?)?(?:답|말|대답)|บอก(?:เขา)?(?:ว่า)?(?:มา|ไป)?เที่ยว|(?:就说|说是|說是|就說)(?:来|去|來)?(?:旅游|旅行|旅遊)|bilang(?:nya)?\s+(?:mau\s+)?(?:liburan|wisata|jalan2|jalan-jalan)",
    r"(?:jangan|gak\s+usah|ga\s+usah|tidak\s+perlu|gak\s+perlu)\s+(?:daftar|lapor)\s+(?:ke\s+)?(?:siskop2mi|kp2mi|bp2mi|disnaker)",
    r"'?관광'?(?:이라고|으로)\s?(?:만\s?)?하세요",
    # a tourist first, the work visa "sorted out there" ("visa liburan dulu", "일단 관광으로
    # 들어가고", "ไปเที่ยวก่อน", "先去曼谷玩几天", "the visa gets sorted once you're there")
    r"visa\s+(?:liburan|jalan[-\s]?jalan|jalan2)|(?:liburan|jalan[-\s]?jalan|jalan2|wisata)\s+dulu\b|visa\s+(?:kerja\s+)?(?:diurus(?:in)?|dibuatin|dibikinin)\s+(?:di\s+sana|nanti|belakangan)",
    r"관광(?:객)?\s?(?:으로|비자로|목적으로)\s?(?:들어가|들어오|가서|가고|가면|입국)|(?:여행|놀러)\s?(?:가는\s?걸로|온\s?걸로|간다고)\s?(?:들어가|입국)",
    r"(?:ไป|เข้า)(?:แบบ)?(?:ท่อง)?เที่ยวก่อน|(?:วีซ่า|ใบอนุญาต)(?:ทำงาน)?(?:ให้)?(?:ที)?หลัง|จัดการวีซ่า(?:ทำงาน)?ให้ที(?:หลัง)",
    r"先(?:去|来|來|过去|過去|到)\S{0,6}?(?:玩|旅游|旅遊|旅行)|(?:到了|过去|過去|那边|那邊)(?:以后|以後|后|後)?(?:再)?(?:帮|幫)?(?:你|我)?(?:办|辦)(?:工作签|工签|工作簽|工簽|工作证|工作證)",
    r"(?:work\s+)?(?:visa|permit|papers)\s+(?:will\s+be\s+|gets?\s+|is\s+)?(?:sorted|arranged|done|processed|fixed|changed)\s+(?:out\s+)?(?:there|later|after|once\s+you|when\s+you)",
    # what to tell the border officer, what to wear so as not to look like a worker: a
    # recruiter's onboarding instructions ("if immigration asks: holiday", "don't mention
    # work", "act like a tourist", "the hotel booking is only for show", "ถ้าด่านถาม บอกไปเที่ยว",
    # "边检问就说出去旅游", "di imigrasi jawab liburan", "hải quan hỏi thì nói đi chơi")
    r"if\s+(?:immigration|the\s+officers?|anyone\s+at\s+the\s+airport|anyone|they)\s+asks?\b[^.\n]{0,40}?(?:holiday|vacation|visit\w*|touris[tm]|cousin|friends?|girlfriend|boyfriend)|(?:don'?t|do\s+not|never)\s+(?:mention|talk\s+about|say\s+anything\s+about)\s+(?:the\s+)?(?:work|job|company)|\b(?:act|dress|look)\s+like\s+a\s+tourist|\bremember\s*:?\s*tourist\b|(?:only|just)\s+for\s+(?:show|immigration)|(?:don'?t|do\s+not)\s+(?:carry|bring)\s+(?:your\s+|ur\s+)?(?:certificates?|diplomas?|offer\s+letter|contract)",
    r"관광\s?(?:목적|여행)(?:이라고|으로)(?:만)?\s?(?:답|말|대답|해)|친구\s?만나러\s?(?:간다고|왔다고)|(?:공항|입국|심사)(?:에서|때)?\s?(?:누가\s?)?물어보면|(?:업무|일|회사)\s?(?:관련\s?)?(?:얘기|이야기|이름)[^.\n]{0,8}?(?:절대\s?)?(?:금지|하지\s?마|말고|노노)|계약서\s?출력물|여권\s?도장[^.\n]{0,12}?(?:신경|안\s?찍)",
    r"\bremember\s*:?\s*tourist\b|petugas\s+nanya[^.\n]{0,20}?(?:liburan|wisata)|biar\s+(?:gak|ga|nggak|tidak)\s+dicurigai|visa\s+pelancong|(?:ditakoni|ditaros)\b|jawab\s+(?:wae|bae|aja)\s+(?:arep|rek|mau)\s+liburan|ojo\s+ngomong\s+kerj[oa]|sabihin\s+(?:nyo|mo)\s+[^.\n]{0,20}?(?:trip|bakasyon|tourist|vacation)|mukhang\s+tourist|(?:gak|ga|tidak|nggak)\s+(?:usah|perlu)\s+(?:lewat\s+)?(?:pt|bp2mi|medical)\b|(?:inget|ingat)\s*:?\s*turis\b|jangan\s+sebut\s+kerja|(?:di\s+)?imigrasi\s+(?:\w+\s+)?(?:jawab|bilang|ngomong)|(?:kalo|kalau|klo)?\s*ditanya\s+(?:petugas|imigrasi|orang\s+bandara)|(?:jangan|jgn)\s+(?:ada\s+(?:yg|yang)\s+)?(?:bilang|ngomong)\s+(?:mau\s+)?kerja|nanti\s+dicurigai[n]?|paspor\s+(?:ga|gak|nggak|tidak)\s+usah\s+dicap|(?:jangan|jgn|ga\s+usah|gak\s+usah)\s+lewat\s+(?:bp2mi|agen\s+resmi|p3mi|disnaker|jalur\s+resmi)|(?:ijazah|map\s+ijazah)\s+(?:tinggal|taruh)\s+di\s+rumah",
    r"ถ้า(?:ด่าน|ตม\.?|เจ้าหน้าที่|ใคร|เขา)ถาม|บอก(?:ด่าน|ตม\.?|เจ้าหน้าที่)ว่า|(?:อย่า|ห้าม)พูดเรื่องงาน|ทำตัว(?:เหมือน|ให้เหมือน)(?:มา|ไป)?เที่ยว|(?:อย่า|ไม่ต้อง)(?:ไป)?ทำเรื่อง(?:ที่|ผ่าน)จัดหางาน|วุฒิไม่ต้องเอา",
    r"(?:hai\s+quan|xuat\s+nhap\s+canh|xnc|bien\s+phong|cua\s+khau|ai)\s+hoi\s+(?:thi\s+)?(?:cu\s+)?(?:noi|bao|tra\s+loi)|(?:dung|ko|khong|k)\s+(?:noi|nhac)\s+(?:gi\s+)?(?:den\s+|ve\s+)?(?:chuyen\s+)?(?:di\s+)?(?:lam|cong\s+viec)|di\s+(?:ho\s+chieu|visa)\s+du\s+lich|(?:khoi|ko\s+can|khong\s+can)\s+qua\s+(?:cty|cong\s+ty)\s+xuat\s+khau\s+lao\s+dong",
    r"(?:海关|海關|边检|邊檢|移民局|有人)(?:的时候|的時候)?(?:问|問)(?:你|起来|起來)?(?:就)?(?:说|說)|(?:千万|千萬)?(?:别|別|不要)提工作|(?:工作|上班|公司)的事[^，。\n]{0,6}?(?:别|別|不要)(?:提|说|說)|(?:公司名字|公司名)(?:千万|千萬)?(?:别|別|不要)(?:说|說)|只是给(?:边检|邊檢|海关|海關)看|(?:毕业证|畢業證|学历证|學歷證)留(?:在)?家|(?:别|別|不要)找(?:什么|甚麼)?正规(?:劳务|勞務|中介)",
)
_MESSAGING = _rx(
    r"telegram|whats\s?app|wa\.me\b|t\.me\b|\bwa\b|\bsignal\b|wechat|kakao\s?talk|(?:on|via|by|add)\s+line\b|\bline\s+(?:id|app)\b|instagram|messenger|tiktok|\bdm\b",
    r"텔레그램|텔레(?![비콤마])|왓츠앱|위챗|카톡|카카오톡|오픈\s?채팅|(?<![가-힣])라인\s?(?:문의|아이디|id)?(?=\s|$|[./,])|(?<![가-힣])라인으로만",
    r"japri|(?<!your\s)(?<!in\s)(?<!the\s)(?<!my\s)(?<!email\s)inbox|\bpm\s+(?:me|us|for|po)\b",
    r"แอดไลน์|แอด\s?line|ทักไลน์|ไอดีไลน์|(?<!ออน)ไลน์(?!ผลิต|การผลิต)|line\s*(?:id)?\s*[:：@]|เทเลแกรม|เทลิแกรม|วอทส์แอป|วอทส์แอพ|วอทแอพ|ทักแชท|อินบ็อกซ์|ทักเพจ|ทักข้อความ",
    r"\bzalo\b|\bib\b|(?<!your\s)(?<!in\s)(?<!the\s)(?<!my\s)\binbox\b|nhan\s+tin\s+(?:rieng|qua)|\btele\b|\bviber\b|\b(?:qua|ib|inbox|nhan\s+tin|lien\s+he|nt|chat)\s+(?:qua\s+)?mess\b|\bmess\s+(?:minh|em|chi|anh|rieng)\b",
    r"加(?:微信|威信|薇信|微)|微信|威信|薇信|[vV]信|加\s?[vVＶ](?![a-zA-Z])|[+＋➕]\s?[vV](?![a-zA-Z])|\bvx\b|\bwx\b|(?:纸|紙)(?:飞机|飛機)|(?:在)?(?:飞机|飛機)上?(?:聊|谈|談|沟通|溝通)|(?:加|联系|聯繫|聯絡|联络|私聊|私信|找)(?:我的?|本人)?(?:飞机|飛機)",
    r"(?:飞机|飛機)(?:号|號|联系|聯繫|私聊|私信|(?=\s*[:：@]))|(?:电报|電報)(?:号|號|联系|聯繫|(?=\s*[:：@]))|\btg\b|\bqq\b|蝙蝠|私聊|私信|加赖|加賴|(?:加|联系|聯繫|聯絡)\s?line",
)
# Another way to reach the employer than a chat app: then the channel is not "only".
_IN_PERSON = _rx(
    r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}",
    # an application by e-mail, the address left out ("Kirim CV via email", "이력서 이메일 접수")
    r"\b(?:via|by|through|ke|lewat|to|qua|ve|cv|resume)\s+e-?mail\b|\be-?mail\s+(?:your\s+)?(?:cv|resume|hr|hrd|lamaran|application)\b|이메일\s?(?:로\s?)?(?:지원|접수)|이력서\s?이메일"
    r"|ส่ง\S{0,20}อีเมล|(?:简历|簡歷|投递|投遞|发送|發送)\S{0,6}(?:邮箱|郵箱)",
    r"walk[-\s]?in|interviews?\s+(?:at|in)\s+(?:our|the)\s+(?:office|hotel|school|branch)",
    r"방문\s?면접|datang\s+langsung|interview\s+di\s+kantor",
    r"สัมภาษณ์ที่(?:บริษัท|สำนักงาน)|สมัครด้วยตนเอง|(?:ที่ตั้ง|ที่อยู่)(?:บริษัท|สำนักงาน)\s*[:：]?",
    r"phong\s+van\s+(?:truc\s+tiep\s+)?tai\s+(?:van\s+phong|cong\s+ty|tru\s+so|cua\s+hang|nha\s+may|nha\s+hang)|den\s+truc\s+tiep\s+(?:van\s+phong|cong\s+ty|cua\s+hang|nha\s+may|nha\s+hang)|tru\s+so\s*(?:chinh)?\s*[:：]|dia\s+chi\s+(?:van\s+phong|cong\s+ty)\s*[:：]",
    r"现场面试|現場面試|(?:到|来|來)(?:公司|厂|廠)(?:门口|門口)?面(?:试|試)|面试地[点點]|面試地點|公司地址\s*[:：]",
)
_URGENCY = _rx(
    r"\burgent(?:ly)?\b|\basap\b|as\s+soon\s+as\s+possible|start\s+immediately|leave\s+(?:this|next)\s+week|fly\s+out\s+in\s+\d{1,3}\s+days|within\s+\d{1,3}\s+days",
    r"limited\s+(?:slots|places|seats|quota)|only\s+\d{1,3}\s+(?:places|slots|seats|spots)\s+left|(?<!\d)\d{1,3}\s+(?:places|slots|seats|spots)\s+left",
    r"(?:don'?t|do\s+not)\s+tell|keep\s+(?:it|this)(?:\s+offer)?\s+(?:private|secret|confidential|quiet)",
    r"급구|다음\s?주\s?(?:에\s?)?(?:바로\s?)?출국|긴급|급하게\s?(?:구|모집|뽑|채용)|즉시\s?출국|바로\s?출국|이번\s?주\s?(?:안에|내에?)?\s?(?:출국|출발)|선착순|자리가\s?(?:얼마\s?)?(?:안|몇)\s?남|마감\s?임박",
    r"비밀(?!번호)|(?:微信|whatsapp|wa|카톡|zalo|line)\S{0,6}\s?(?:不安全|is\s+not\s+safe|not\s+safe|khong\s+an\s+toan|ไม่ปลอดภัย|(?:tidak|gak|ga)\s+aman|안전하지\s?않)|(?:부모님|가족|엄마)(?:한텐|한테는)?\s?(?:\S{1,6}\s?)?어학\s?연수\s?간다고|(?:대화|채팅|톡)(?:도|는)?\s?(?:\S{1,8}\s?)?지워|(?:가족|부모님?|엄마|아빠)(?:한텐|한테는|에게는|께는|한테)?\s?(?:그냥\s?)?(?:\S{1,6}\s?)?(?:여행|놀러)\s?(?:이라고|간다고)|(?:읽고\s?)?(?:바로\s?)?삭제\s?부탁|(?:채팅|대화|톡)\s?(?:기록|내용)?\s?(?:다\s?)?지우|위치\s?(?:공유)?\s?(?:꺼|끄)|(?:정확한\s?)?(?:지역|위치|장소)\s?(?:는\s?)?(?:말하지|알리지|비공개)|장소는\s?가면\s?알려|sns\s?(?:업로드\s?)?금지|가족(?:한텐|한테는|에게는)\s?나중에|보안\s?유지|주변에\s?알리지|(?:가족|부모님|주위|주변|다른\s?사람|아무(?:한테|에게|도)|누구(?:한테|에게|도))[^.\n]{0,20}?(?:말하지|알리지|(?:여행|어학\s?연수|연수|유학|출장)\s?(?:간다고|이라고|라고|간다\s?해))",
    r"\bsegera\b|secepatnya|butuh\s+cepat|\burgent\b|kuota\s+(?:terbatas|tinggal)|berangkat(?:nya)?(?:\s+(?:bareng|bersama|rame[-\s]?rame|rame2))?\s+(?:minggu\s+ini|minggu\s+depan|besok|lusa|dalam\s+\d{1,3}\s+hari)",
    r"wajib\s+berangkat|(?:kalo|kalau)\s+ditanya\s+keluarga\s+bilang|minggu\s+depan\s+(?:udah\s+|sudah\s+)?berangkat|harus\s+cepet\s+putus\w*|jangan\s+bilang|rahasiakan|\brahasia\b|jangan\s+(?:bikin|upload|posting|post|update)\s+(?:story|status|sosmed|ig)|(?:chat|grup|obrolan)\s+(?:ini\s+)?(?:sama\s+aku\s+)?(?:juga\s+)?(?:hapus|dihapus|bubarin|dibubarin)|admin\s+bubarin|(?:jangan|jgn)\s+cerita\s+ke\s+(?:bapak|ibu|ortu|keluarga|mama|papa|siapa)|bilang\s+aja\s+(?:di\s+)?(?:malaysia|kerja\s+di\s+luar|liburan|jakarta)|ga\s+usah\s+dikasih\s+tau|jangan\s+banyak\s+nanya|(?:jgn|jangan)\s+dengerin\s+(?:omongan\s+)?orang|jangan\s+langsung\s+(?:wa|hubungi|telpon)\s+keluarga",
    r"ด่วน|(?:ออกเดินทาง|บิน|ไป)(?:ได้)?(?:ภายใน)?(?:อาทิตย์|สัปดาห์)นี้|เดินทางได้ทันที|บินได้(?:ทันที|เลย)|ไปได้เลย|เริ่มงานได้ทันที|จำนวนจำกัด|(?:เหลือ|รับ)(?:อีก)?(?:แค่|เพียง)\s?\d{1,3}\s?(?:ที่|คน|ตำแหน่ง)",
    r"(?:อย่า|ห้าม)บอก(?:ใคร|ครอบครัว|พ่อแม่|ที่บ้าน)|ไม่ต้องบอกที่บ้าน|บอกแค่ว่าไปทำงาน|อย่าเพิ่งเล่า|ลบแชท|(?:แชท|ข้อความ)\S{0,8}ลบ(?:ให้)?หมด|(?:ปิด|ห้ามแชร์)(?:โลเคชั่น|โลเคชัน|ตำแหน่ง|gps)|(?:อย่า|ไม่ต้อง)บอก(?:พ่อแม่|แม่|พ่อ|ที่บ้าน)|ถ้าแม่ถาม(?:บอก)?ว่า|(?:อย่า|ไม่ต้อง)(?:ไป)?เชื่อข่าว|ห้าม(?:โพสต์|ถ่ายรูป)|ตามเขาไปไม่ต้องถาม|อย่าเพิ่งบอกใคร|(?:เก็บ)?เป็นความลับ|บอก(?:ที่บ้าน|ครอบครัว|พ่อแม่)ว่า(?:ไป)?เที่ยว",
    r"tuyen\s+gap|can\s+gap(?!\s+(?:truc|mat|nhau|ban|anh|chi|em))|\b(?:di|bay|xuat\s+canh)\s+(?:gap|ngay)\b|gap\s+gap|\bdi\s+(?:nhanh|ngay)\s+trong\s+(?:tuan|thang)|so\s+luong\s+co\s+han|chi\s+con\s+\d{1,3}\s+(?:suat|cho|slot)",
    r"(?:giu|can|phai|tuyet\s+doi)\s+bi\s+mat|cu\s+noi\s+(?:la\s+)?(?:di\s+)?lam\s+o\s+(?:sai\s+gon|ha\s+noi|binh\s+duong|dong\s+nai)|dung\s+ke\s+chi\s+tiet|xoa\s+(?:het\s+)?(?:tin\s+nhan|doan\s+chat|chat|nhom)|(?:dung|ko|khong|dung\s+co)\s+(?:noi|ke|bao)\s+(?:cho\s+|voi\s+)?(?:me|ba|bo|ba\s+me|gia\s+dinh|nguoi\s+nha|ai)|(?:tat|ko\s+duoc\s+chia\s+se|khong\s+duoc\s+chia\s+se)\s+(?:dinh\s+vi|vi\s+tri|gps)|dung\s+(?:nghe|tin)\s+(?:ai|bao\s+chi|tin\s+tuc|tiktok)|bao\s+chi\s+viet\s+vay\s+thoi|(?:dung|ko)\s+dang\s+story|di\s+theo\s+dung\s+hoi|(?:noi|bao)\s+(?:la\s+)?(?:lam\s+)?o\s+(?:binh\s+duong|sai\s+gon|ha\s+noi|dong\s+nai)|(?:dung|khong\s+duoc|khong\s+nen)\s+(?:noi|ke|bao)\s+(?:voi|cho)\s+(?:ai|gia\s+dinh|nguoi\s+nha|bo\s+me)|noi\s+voi\s+(?:gia\s+dinh|nguoi\s+nha)\s+la\s+di\s+du\s+lich",
    r"急招|急聘|急需|急缺|马上出发|馬上出發|立即出发|立即出發|即刻(?:出发|出發|上岗|上崗)|随时出发|隨時出發|(?:本周|本週|这周|這週|明天|后天|後天)(?:就)?(?:出发|出發|走|飞|飛)|名额有限|名額有限|(?:仅剩|僅剩|只剩)\s?\d{1,3}\s?个?(?:名额|名額|位置|人)|先到先得",
    r"保密(?!协议|協議|条款|條款)|(?:跟|和)家里人?就说|(?:跟|和)家裡人?就說|先别跟(?:他们|家里|家人)说|(?:家里|家裡|家人)(?:那边|那邊)?(?:先)?(?:别|別)(?:说|說)|(?:删|刪)(?:掉|除|了)?(?:聊天记录|聊天記錄|记录|記錄|这个群|這個群)|(?:聊天记录|聊天記錄)(?:也|都|全)?(?:删|刪)|(?:定位|位置)(?:关|關)(?:了|掉)|(?:关|關)(?:掉|闭|閉)(?:手机)?(?:定位|位置)|(?:别|別|不要|先别|先別)(?:跟|和|告诉|告訴)?(?:你妈|你媽|家里|家裡|爸妈|爸媽|父母)(?:说|說)|(?:朋友圈|抖音)(?:先)?(?:别|別|不要)发|(?:别|別|不要)发朋友圈|(?:别|別|不要)(?:拍|照)公司|跟着走别多问|跟著走別多問|(?:不要|别|別|不能|切勿|勿)(?:告诉|告訴|跟|和|对|對)(?:家人|家里|家裡|任何人|别人|別人|朋友)|(?:跟|和|对|對)(?:家人|家里|家裡)(?:说|說)(?:是)?(?:去)?(?:旅游|旅遊)|(?:家人|家里人?|家裡人?)(?:问|問)(?:起来|起來)?就(?:说|說)",
    r"(?:don'?t|do\s+not)\s+(?:post|share|talk)\s+(?:anything\s+)?about\s+(?:the|this|it)",
    r"(?:ga|gak|nggak|ngga|jangan|ga\s+usah|gak\s+usah|nggak\s+usah)\s+(?:bilang|kasih\s+tau|cerita)\s+(?:ke\s+|sama\s+)?(?:ortu|orang\s+tua|keluarga|siapa)",
    r"(?:엄마|아빠|부모님?)(?:한테|한텐|에게|에겐|께)?(?:는)?\s?(?:아직\s?)?말하지\s?(?:말|마)",
    r"ห้ามโพสต์|(?:khong|dung|ko)\s+(?:duoc\s+)?(?:dang|post)\s+(?:gi\s+)?len\s+(?:facebook|fb|mang)|tat\s+dinh\s+vi|不要(?:和|跟)(?:别人|其他人|別人)(?:搭话|說話|说话|搭話)|do\s+not\s+talk\s+to\s+(?:other|anyone)|(?:회사|일)\s?얘기는?\s?(?:절대\s?)?하지\s?마",
    r"(?:don'?t|do\s+not)\s+post\s+(?:your\s+)?(?:location|where\s+you\s+are)|burahin\s+(?:nyo|mo)?\s*(?:yung\s+)?(?:chat|convo|messages)|delete\s+(?:this|our|the|all)\s+(?:chat|convo|conversation|messages?|group)|delete\s+(?:it|this)\s+once|(?:don'?t|do\s+not)\s+post\s+anything|(?:switch|turn)\s+off\s+(?:the\s+|your\s+|ur\s+)?location|(?:no\s+need\s+to|don'?t|do\s+not)\s+tell\s+(?:ur|your)\s+(?:parents|family|mum|mom|dad)|(?:don'?t|do\s+not)\s+(?:share|tell)\s+(?:this\s+)?(?:with\s+)?anyone|don'?t\s+say\s+the\s+company\s+name|(?:don'?t|dont|do\s+not)\s+believe\s+the\s+(?:tiktok|news|videos?|media)|뉴스(?:는|에서)?\s?(?:다\s?)?(?:과장|부풀|거짓)|ข่าวปั่น|(?:ไม่ได้)?น่ากลัว(?:อย่าง|เหมือน)ที่ข่าว|(?:ko|khong)\s+(?:dang\s+so|ghe)\s+nhu\s+(?:bao|tin)|(?:没|沒)(?:有)?新闻说的那么|(?:没|沒)(?:有)?新聞說的那麼|berita\s+(?:jelek|negatif)\s+di\s+(?:fb|facebook|tiktok)|media\s+(?:always\s+)?exaggerat\w*|without\s+asking\s+questions|(?:don'?t|do\s+not)\s+(?:message|contact|call)\s+anyone|don'?t\s+overthink|(?:slots?|places|seats|spots)\b[^.\n]{0,15}?(?:going|filling(?:\s+up)?)\s+fast|fill(?:s|ing)?\s+up\s+fast|(?:keberangkatan|berangkat(?:nya)?)\s+(?:harus\s+)?(?:minggu|bulan)\s+ini|harus\s+berangkat\s+(?:minggu|bulan|hari)\s+ini|don'?t\s+tell\s+(?:your\s+)?(?:family|parents|anyone)\s+too\s+much|(?:don'?t|do\s+not|never)\s+tell\s+anyone\s+the\s+company|(?:이\s?방|단톡방?|채팅방)(?:은|는)?\s?(?:출국\s?(?:후|하면)\s?)?(?:삭제|폭파)",
    # six-27 (read after its blind run): decide tonight, a confidential offer, parents told nothing
    r"\bdecide\s+(?:it\s+)?(?:tonight|now|today)\b|\b(?:do\s+not|don'?t)\s+discuss\s+(?:the|this)\s+offer\b|\boffer\s+is\s+valid\s+for\s+\d{1,2}\s+hours\b",
    r"오늘\s?(?:안에\s?)?결정|딴\s?사람(?:한테|에게)(?:는)?\s?말하지",
    r"\b(?:putusin|diputusin|finalisasi)\s+(?:\w+\s+)?malam\s+ini\b|\bslot\s+tinggal\s+\d",
    r"ตัดสินใจ(?:ภายใน)?คืนนี้|คืนนี้ต้องตัดสินใจ|พ่อแม่ไม่ต้องบอก",
    r"\btoi\s+nay\s+chot\b|\bquyet\s+nhanh\b|\bchot\s+(?:trong\s+)?toi\s+nay\b",
    r"今晚(?:就)?(?:定|决定|決定)|(?:快点|快點)(?:决定|決定)",
)
_NO_CONTRACT = _rx(
    r"no\s+(?:written\s+)?contract|without\s+(?:a\s+)?contract|contract\s+(?:will\s+be\s+)?(?:signed|given|provided|made)\s+(?:after|on|upon|when|once)\s+(?:arrival|you\s+arrive)",
    r"sign\s+the\s+contract\s+(?:there|on\s+arrival|after\s+(?:you\s+)?arriv\w*)",
    r"company\s+name\s+(?:will\s+be\s+)?(?:given|disclosed|shared|revealed|told)\s+(?:later|after)|company\s+name\s+(?:is\s+)?(?:confidential|secret)",
    r"can(?:'|no)?t\s+(?:tell|reveal|disclose)\s+(?:you\s+)?the\s+company|(?:told|tell|give)\s+(?:me|us|you)\s+the\s+company\s+name[^.\n]{0,40}?(?:confidential|until|later)|confidential\s+until\s+(?:i|you|we)\s+arrive",
    r"계약서\s?(?:는|은)?\s?(?:없음|없이|없어|현지|도착\s?후|입국\s?후)|현지(?:에서)?\s?계약|출국\s?전\s?계약서\s?없",
    r"(?:회사|업체)\s?(?:명|이름)\s?(?:은|는|도)?\s?(?:보안상\s?)?(?:비공개|추후|합격\s?후|현지|모르|몰라|안\s?알려|말\s?안|도착)",
    r"(?:tanpa|tidak\s+ada)\s+kontrak|kontrak\s+(?:kerja\s+)?(?:akan\s+)?(?:ditandatangani\s+|dibuat\s+|diurus\s+)?(?:di\s+(?:sana|lokasi|tempat|thailand|kamboja|myanmar|laos|negara\s+tujuan)|setelah\s+(?:tiba|sampai)|(?:pas|waktu|saat)\s+(?:udah\s+|sudah\s+)?(?:sampe|sampai|nyampe|tiba))",
    r"nama\s+perusahaan\s+(?:dirahasiakan|belum\s+bisa\s+disebut|menyusul|nanti)|perusahaan\s+dirahasiakan",
    r"ไม่มีสัญญา(?:จ้าง)?|ไม่ต้อง(?:ทำ|เซ็น)สัญญา|(?:เซ็น|ทำ)สัญญา(?:ที่|ตอน)(?:หน้างาน|ปลายทาง|ไปถึง|โน่น|นู่น)|(?:ไปถึง|ถึงที่)(?:แล้ว)?(?:ค่อย)?(?:เซ็น|ทำ)สัญญา|สัญญา(?:จ้าง)?(?:จะ)?(?:เซ็น|ทำ)(?:กัน)?(?:ที่|ตอน|เมื่อ|หลัง)(?:ไป)?ถึง|สัญญา(?:เป็น)?ภาษา(?:จีน|เขมร|พม่า)",
    r"ไม่(?:ระบุ|บอก|เปิดเผย)ชื่อบริษัท|ชื่อบริษัท(?:จะ)?(?:แจ้ง|บอก)(?:ทีหลัง|ภายหลัง|ตอนไปถึง)",
    r"(?:khong|ko|k)\s+(?:co|can|ky)\s+hop\s+dong|hop\s+dong\s+(?:se\s+)?(?:ky|lam)\s+(?:o\s+)?(?:ben\s+(?:do|kia)|tai\s+cho|khi\s+(?:sang|qua|den))|(?:sang|qua|den)\s+(?:ben\s+(?:do|kia)|noi)\s+(?:roi\s+)?(?:moi\s+)?ky\s+hop\s+dong",
    r"ky\s+hop\s+dong\s+(?:khi|sau\s+khi)\s+(?:sang|qua|den|toi)|ten\s+cong\s+ty\s+(?:se\s+)?(?:bao\s+sau|bao\s+mat|giu\s+kin|khong\s+tien)|(?:khong|ko)\s+(?:tiet\s+lo|tien\s+noi)\s+ten\s+cong\s+ty|hop\s+dong\s+(?:bang\s+)?tieng\s+(?:trung|khmer|campuchia)",
    r"(?:无|無|没有|沒有|不签|不簽|不用签|不用簽|不需要签|不需要簽|无需签|無需簽)(?:劳动|勞動|正式|书面|書面)?(?:合同|合约|合約)|(?:合同|合约|合約)(?:到了|到那边|到那邊|到当地|到當地|落地后|落地後|过去|過去)(?:以后|以後|后|後)?(?:再)?(?:签|簽)",
    r"(?:到了|到那边|到那邊|过去|過去)(?:以后|以後|后|後)?再(?:签|簽)(?:合同|合约|合約)?|(?:合同|合约|合約)(?:是)?(?:柬文|缅文|緬文|柬埔寨文)|公司(?:名字|名称|名稱)(?:暂时|暫時)?(?:保密|不方便(?:透露|说|說)|到了(?:再说|再說|就知道))",
    r"(?:ไป)?เซ็น(?:สัญญา)?(?:กัน)?ที่(?:นู่น|โน่น|นั่น|ปลายทาง)|ยังไม่(?:ได้)?(?:เซ็น|ทำ)สัญญา",
    # six-28 (read after its blind run)
    r"\bno\s+need\s+(?:a\s+|the\s+)?contract\b|\bsign\s+(?:the\s+contract\s+)?when\s+(?:you\s+|u\s+)?arrive",
    # six-33 (read after its blind run): a company that needs no website, "many of your people already here"
    r"\bwebsite\s+(?:is\s+)?not\s+needed|\bno\s+need\s+(?:for\s+)?(?:a\s+)?website|\b(?:company|we)\s+(?:has|have)\s+no\s+website\b[^.\n]{0,30}?\b(?:private|because|but)",
    r"\b(?:gak|ga|tidak|nggak|ngga)\s+perlu\s+(?:web|website)\b|ไม่ต้องมีเว็บ|\b(?:ko|khong|k)\s+can\s+(?:web|website)\b|不需要官网|不需要官網|不用官网|不用官網|홈페이지\s?(?:는\s?|가\s?)?(?:필요\s?없|안\s?만들)",
)
_PASSPORT = _rx(
    r"passport[^.\n]{0,40}?(?:we|they|our\s+\w+|company|hr|agent)\s+(?:will\s+)?(?:keep|hold|take)\s+it",
    r"(?:hand\s+over|handover|surrender|give|send|submit|leave|deposit)\s+(?:us\s+|him\s+|them\s+)?(?:your\s+|the\s+)?(?:original\s+)?passport",
    r"passports?\s+(?:will\s+be\s+|is\s+|must\s+be\s+|are\s+|to\s+be\s+)?(?:kept|held|collected|taken|retained|confiscated)",
    r"passport[^.\n]{0,40}?(?:send\s+it|send\s+to|to\s+our\s+agent|kept\s+by|held\s+by)",
    r"(?:we|they|company|employer|agent|hr|boss|manager|admin|supervisor|leader|office|driver|staff)\s+(?:will\s+)?(?:keeps?|holds?|takes?|collects?|keeping|holding)\s+(?:your\s+|the\s+|all\s+|my\s+|our\s+)?(?:original\s+)?passports?|\bpassports?\s+for\s+safe\s?keeping",
    r"여권(?!\s?(?:사본|복사본|스캔|사진))[^.\n]{0,20}?(?:맡기|맡겨|맡아|보관|제출|회수|걷어|가져가|압수)",
    r"paspor[^.\n]{0,25}?(?:ditahan|disimpan|dipegang|diserahkan|dititip(?:kan)?|dikumpulkan|(?:yg|yang)\s+pegang)|(?:serahkan|titipkan|kumpulkan)\s+paspor",
    # "majikan akan simpan paspor saya": the employer (not the worker) keeps it
    r"\b(?:majikan|perusahaan|pt|agen|agency|bos|boss|kantor|hrd?|sponsor|calo|penyalur)\s+(?:akan\s+|mau\s+|bakal\s+|yang\s+|yg\s+)?(?:simpan|simpen|pegang|pegangin|tahan|ambil|kumpulin)\s+paspor",
    r"(?:บริษัท|นายจ้าง|หัวหน้า|เอเย่นต์|นายหน้า)(?:จะ)?(?:ขอ)?(?:ยึด|เก็บ|ถือ|ริบ)(?:พาสปอร์ต|พาสปอร์ท|หนังสือเดินทาง)|ยึด(?:พาสปอร์ต|พาสปอร์ท|หนังสือเดินทาง)",
    r"(?:ส่ง|ฝาก|มอบ)(?:พาสปอร์ต|พาสปอร์ท|หนังสือเดินทาง)(?:ตัวจริง)?(?:ไว้)?(?:ให้|กับ|ที่)(?:บริษัท|นายจ้าง|นายหน้า|เอเย่นต์|หัวหน้า|เรา)|(?:พาสปอร์ต|หนังสือเดินทาง)[^\n.]{0,20}?(?:ให้บริษัทเก็บ|บริษัท(?:จะ)?(?:เป็นคน)?เก็บ|ยึดไว้)|(?:พาสปอร์ต|หนังสือเดินทาง)(?:ต้อง)?(?:ฝาก|ให้)ไว้(?:กับ|ที่)(?:ฝ่ายบุคคล|บริษัท|หัวหน้า|แอดมิน|นายจ้าง|เอชอาร์|HR)",
    r"(?:cong\s+ty|quan\s+ly|ben\s+(?:do|kia)|chung\s+toi|sep|chu|moi\s+gioi)\s+(?:se\s+)?(?:giu|thu|cam|quan\s+ly|tam\s+giu)\s+(?:ho\s+)?(?:ho\s+chieu|passport)",
    r"(?:ho\s+chieu|passport)[^.\n]{0,30}?(?:cong\s+ty\s+(?:se\s+)?(?:giu|thu|quan\s+ly)|(?:giao|de)\s+(?:lai\s+)?(?:cho|o)\s+(?:cong\s+ty|quan\s+ly|sep|moi\s+gioi)|tam\s+giu|bi\s+giu)|(?:giao|de\s+lai)\s+(?:ho\s+chieu|passport)\s+(?:goc\s+)?(?:cho|o)\s+(?:cong\s+ty|quan\s+ly|sep|chung\s+toi|moi\s+gioi|ben\s+minh)",
    r"(?:护照|護照)[^，。,.！!\n]{0,10}?(?:交(?:给|給)?(?:公司|老板|老闆|主管|我们|我們|他们|他們|中介|对方|對方)(?:统一|統一)?(?:保管|代管)?|由公司(?:统一|統一)?(?:保管|代管|收)|公司(?:统一|統一)?(?:保管|代管|收走|收)|(?:统一|統一)(?:保管|收取|上交)|上交|押在|扣(?:押|留|下)|寄(?:给|給)|收走|没收|沒收)",
    r"(?:上交|交出|没收|沒收|扣押|扣留|收走|押下)(?:你的|大家的|所有人的)?(?:护照|護照)",
    r"\bphones?\s+will\s+be\s+(?:checked|collected|kept|taken)\b|\bno\s+second\s+phone\b|passport[^.\n]{0,60}?(?:hand|give)\s+it\s+(?:over\s+)?to\s+(?:our|the|my|his|her)\s+\w+|passport\s+will\s+be\s+(?:handed|given)\s+(?:over\s+)?to\s+(?:our|the)\s+(?:admin|hr|company|team|manager|office)",
    r"여권[^.\n]{0,30}?(?:매니저|회사|담당자|팀장|사장|실장)[^.\n]{0,8}?(?:보관|맡아|가지고\s?있)",
    r"(?:ben\s+(?:minh|em|anh|chi)|minh|cong\s+ty\s+minh)\s+(?:se\s+)?(?:giu|thu|cam|tam\s+giu)\s+(?:ho\s+)?(?:ho\s+chieu|passport)",
    r"(?:personal\s+)?(?:phones?|mobiles?)\s+(?:will\s+be\s+|are\s+|is\s+|must\s+be\s+)?(?:kept|collected|handed\s+in|taken\s+away|confiscated)|(?:개인\s?)?(?:폰|휴대폰|핸드폰)[^.\n]{0,25}?(?:팀장|관리자|실장|회사)\S{0,4}\s?(?:한테|에게|에)?\s?맡겨|เครื่องส่วนตัว\S{0,8}(?:หัวหน้า|บริษัท)(?:จะ)?เก็บ|\bmay\s+ca\s+nhan\s+(?:truong\s+nhom|quan\s+ly|cong\s+ty|sep)\s+(?:giu|thu)|(?:个人|個人)(?:手机|手機)\S{0,8}?(?:交给|交給)(?:组长|組長|主管|公司|老板)|(?:한국\s?)?유심(?:은)?\s?(?:빼고|버리고|두고)|여분\s?폰|외출(?:은|할\s?때)?\s?(?:주말에\s?)?관리자(?:랑|와|허락)|hp\s+(?:pribadi\s+)?(?:disimpen|disimpan|ditaruh)\s+di\s+loker|dikasih\s+hp\s+kantor|\bhp\s+(?:cadangan|kantor)\b|kartu\s+\w+\s+(?:kamu\s+)?(?:cabut|copot)|(?:keluarga|ortu)\s+(?:mau\s+)?(?:hubungin|hubungi|nelpon|telpon)\s+lewat\s+(?:admin|kantor)|paspor\s+(?:nanti\s+)?(?:kakak|aku|kami|bos|kita)\s+(?:pegangin|pegang|simpen|simpan)|keluar\s+kawasan\s+harus\s+izin|hand\s+in\s+(?:your\s+)?(?:personal\s+)?phones?|no\s+need\s+to\s+bring\s+(?:your\s+)?(?:own|personal)\s+phone",
    r"개인\s?(?:폰|휴대폰|핸드폰)[^.\n]{0,15}?(?:안\s?가져오|제출|반납|회수|보관)|(?:휴대폰|핸드폰|폰)[^.\n]{0,10}?(?:걷어|회수해|제출하|반납하|수거)",
    r"dien\s+thoai\s+(?:ca\s+nhan\s+)?(?:phai\s+)?(?:nop\s+lai|nop\s+cho|bi\s+thu|cong\s+ty\s+giu|gui\s+lai)|(?:ko|khong|k)\s+(?:dung|duoc\s+dung)\s+(?:dien\s+thoai|dt)\s+rieng|(?:ho\s+chieu|passport)\s+(?:nop|giao|dua)\s+cho\s+(?:ke\s+toan|admin|quan\s+ly|chi|anh)|\bdua\s+ho\s+chieu\s+cho\s+(?:ho|nguoi\s+(?:don|cam\s+bang))|(?:ho\s+chieu|passport)\s+(?:chi|anh|cty|cong\s+ty)\s+giu|admin\s+giu\s+(?:ho\s+chieu|passport)|(?:ko|khong|k)\s+mang\s+(?:dt|dien\s+thoai)\s+du\s+phong|co\s+sim\s+moi|(?:em\s+)?khoi\s+can\s+goi\s+ve|muon\s+ra\s+ngoai\s+phai\s+(?:co\s+the|xin\s+phep)|nop\s+(?:lai\s+)?dien\s+thoai",
    r"(?:手机|手機)(?:统一|統一)(?:管理|保管|上交)|(?:证件|證件|护照|護照)(?:放|交)(?:到)?公司|(?:护照|護照)(?:我|我们|我們|公司)?(?:先)?(?:帮你|幫你)?(?:拿着|拿著|收着|收著|保管)|(?:护照|護照)(?:和|跟|、)?(?:手机|手機)?(?:交|给|給)(?:行政|人事|公司)|(?:护照|護照)(?:跟|和|與|与)(?:手机|手機)(?:先)?(?:交给|交給)|公司(?:给|給|发|發)(?:你)?(?:新卡|工作(?:手机|手機))|(?:个人|個人)(?:手机|手機)(?:培训期|培訓期)?(?:不能|不准|禁止)(?:用|使用)|(?:不要|别|別)带(?:电脑|電腦)?[、,，]?(?:备用机|備用機)|家里人要找你就打公司|(?:上交|交出|没收|沒收|收走)(?:个人|個人)?(?:手机|手機)",
    r"(?:ยึด|เก็บ|ริบ)(?:มือถือ|โทรศัพท์)|(?:พาสปอร์ต|หนังสือเดินทาง)(?:น้อง)?(?:เดี๋ยว)?(?:ให้)?(?:พี่|เรา|นายหน้า|บริษัท)?(?:ขอ)?(?:ฝาก|เก็บ)ไว้|(?:ห้ามใช้|ไม่ให้ใช้)มือถือ(?:ส่วนตัว)?|มือถือ(?:ต้อง)?ฝากไว้|ฝาก(?:โทรศัพท์|มือถือ)(?:ส่วนตัว)?ไว้(?:ที่|กับ)(?:หัวหน้า|บริษัท|แอดมิน|ทีม)|ไม่เอามือถือสำรอง|ซิม(?:ไทย)?ไม่ต้องเอาไป|(?:ติดต่อ|โทรหาบ้าน)(?:ได้)?(?:\S{0,12})?ผ่าน(?:แอดมิน|เครื่องบริษัท)|(?:จะ)?ออก(?:ไป)?ข้างนอกต้องขออนุญาต|ไม่ต้องถือมือถือ|(?:มือถือ|โทรศัพท์)(?:ส่วนตัว)?(?:ต้อง)?(?:ฝาก|ส่ง|ให้)(?:ไว้)?(?:ที่|กับ)(?:บริษัท|หัวหน้า)",
    r"(?:hp|handphone|ponsel)\s*(?:nya\s+)?(?:pribadi\s+)?(?:dikumpul(?:kan|in)?|disita|dititip(?:kan)?|ditahan)",
    r"(?:โทรศัพท์|มือถือ)(?:จะ)?(?:ถูก)?(?:เก็บ|ยึด)|\bsim\b[^.\n]{0,25}?(?:thu\s+lai|bi\s+thu)|(?:cong\s+ty|ben\s+do|ben\s+anh)\s+(?:se\s+)?giu\s+(?:dien\s+thoai|dt)|(?:여권|휴대폰|핸드폰|폰)[^.\n]{0,20}?(?:저희가|관리팀에서|회사에서)\s?(?:\S{1,3}\s)?(?:맡아|보관)",
    r"hand\s+(?:your|the)\s+passport\s+to|paspor\s+(?:kasih|kasihin|serahin)\s+ke\s+(?:driver|sopir|admin|bos|kantor)|(?:passport|พาสปอร์ต|พาส)\S{0,4}\s?(?:ให้)?\s?(?:hr|เขา|บริษัท|หัวหน้า)\s?เก็บ|พาสปอร์ต(?:เขา|บริษัท)?เก็บไว้ให้|(?:护照|護照)是?公司(?:帮你|幫你)拿去|(?:护照|護照)先?(?:交)?(?:给|給)(?:司机|司機|接你的人|接机的人|接機的人)|(?:手机|手機)(?:也)?(?:要)?(?:先)?(?:交给|交給)(?:主管|组长|組長|公司|老板|老闆)|(?:휴대폰|핸드폰|폰)(?:은|는)?[^.\n]{0,10}?회사\s?폰(?:으로|로)\s?(?:교체|바꿔|바꿈)|개인\s?(?:휴대폰|핸드폰|폰)\s?사용\s?불가|ห้ามใช้โทรศัพท์(?:ส่วนตัว)?|chua\s+duoc\s+dung\s+dien\s+thoai\s+rieng|personal\s+phones?\b[^.\n]{0,40}?(?:team\s+leader|supervisor|manager|boss)\s+(?:keeps?|holds?)|(?:boss|company|they|hr|leader|admin)\s+collects?\s+(?:all\s+)?(?:the\s+|your\s+|ur\s+)?phones|(?:company|they)\s+(?:gives?|will\s+give)\s+(?:you\s+|u\s+)?(?:a\s+)?(?:new\s+sim|work\s+phone|company\s+phone)|(?:don'?t|do\s+not)\s+bring\s+(?:your\s+|ur\s+)?(?:sim|own\s+phone)|\bno\s+extra\s+phone|phone\s+stays\s+in\s+(?:the\s+|a\s+)?locker|(?:family|parents)\s+can\s+(?:reach|contact|call)\s+(?:you|u)\s+(?:thru|through|via)\s+(?:the\s+)?(?:company|office|admin)|passport\s+(?:they|we|i)\s+(?:hold|keep)|(?:hr|we|they)\s+will\s+keep\s+your\s+passport|(?:won'?t|will\s+not|don'?t|do\s+not)\s+need\s+your\s+own\s+phone|your\s+own\s+phone\s+you\s+(?:won'?t|will\s+not)\s+need|(?:switch\s+off|turn\s+off|remove)\s+your\s+(?:local\s+)?sim[^.\n]{0,30}?company\s+phone|(?:휴대폰|핸드폰|폰)(?:은|는)?\s?(?:회사\s?폰|업무\s?폰)(?:으로|로)\s?(?:교체|바꿔)",
    # retold: "护照已经给中介了", "hộ chiếu để anh giữ", "người ta giữ hộ chiếu" (six-41, offers passed on by voice)
    r"(?:护照|護照)(?:已经|已經)?(?:交|给|給|交给|交給)(?:了)?(?:中介|介绍人|介紹人|老板|老闆|那边|那邊)",
    r"(?:ho\s+chieu|passport)\s+(?:de\s+)?(?:anh|chi|bon\s+anh|ben\s+anh|cty|cong\s+ty)\s+giu|(?:nguoi\s+ta|ho|ben\s+do|moi\s+gioi)\s+(?:da\s+|dang\s+)?giu\s+(?:ho\s+)?(?:ho\s+chieu|passport)",
)
_FEES = _rx(
    r"(?:registration|processing|placement|recruitment|admin(?:istration)?|training|medical|visa|agency|application|booking)\s+fees?",
    r"(?:refund|pay\s+back|repay|reimburse)\s+(?:the\s+)?company|(?:ticket|flight)s?\s+(?:they|the\s+company|the\s+agent)\s+(?:advance|lend)|pay\s+(?:it\s+)?back\s+from\s+(?:my|your|ur|the)\s+(?:salary|pay)|(?:kalo|kalau|klo)\s+batal\s+(?:harus\s+)?(?:ganti|bayar)|phai\s+boi\s+thuong|tra\s+no\s+giup\s+truoc|(?:赔|賠)(?:机票|機票)|(?:钱|錢)(?:借|垫|墊)给你",
    r"(?:takes?|charges?|asks?\s+for|pay)\s+(?:\$?\s?[\d.,]+\s?k?|a\s+fee|money)\s+for\s+(?:the\s+)?(?:processing|the\s+visa|visa|placement|papers|paperwork|documents)",
    r"\bdeposit\b|pay\s+back\s+(?:the\s+)?(?:flight|ticket|training|visa|costs?)|deduct(?:ed|ion)?\s+from\s+(?:your\s+)?(?:salary|pay|wages)",
    r"(?:\$|usd|usdt)\s?[\d,.]+\s+(?:compensation|penalty|fine)|(?:pay|paying)\s+(?:a\s+)?(?:compensation|penalty|fine)|\bdebts?\b",
    r"수수료|보증금|위약금|선입금|참가비|등록비|교육비|알선비|소개비|(?:월급|급여)에서\s?(?:공제|차감)|배상금|벌금|빚",
    r"biaya\s+(?:pendaftaran|proses|admin|administrasi|medical|pelatihan|penempatan|keberangkatan|visa)|bayar\s+(?:di\s?muka|duluan|dulu)|uang\s+(?:jaminan|muka|pendaftaran)",
    r"potong\s+gaji|dipotong\s+(?:dari\s+)?gaji|ganti\s+rugi|\bdenda\b|\butang\b|\bhutang\b",
    r"ค่าดำเนินการ|ค่าหัวคิว|ค่าหัว|ค่านายหน้า|ค่าสมัคร|ค่าเอกสาร|ค่ามัดจำ|เงินมัดจำ|มัดจำ|เงินประกัน(?!สังคม|ชีวิต|สุขภาพ|ภัย|อุบัติเหตุ)|ค่าปรับ|หนี้|หัก(?:จาก)?เงินเดือน|(?:ชดใช้|ใช้คืน)ค่า|ค่าเสียหาย",
    r"(?<!บริษัท)(?<!นายจ้าง)(?:เสีย|จ่าย|ชำระ|โอน)ค่าใช้จ่าย|โอนเงิน(?:มา)?ก่อน|จ่ายเงินก่อน",
    r"phi\s+(?:moi\s+gioi|dich\s+vu|xuat\s+canh|xuat\s+khau|ho\s+so|dao\s+tao|visa|lam\s+visa|trung\s+gian|gioi\s+thieu|dang\s+ky|tuyen\s+dung|bao\s+lanh|lam\s+giay\s+to|giu\s+cho)|\b(?:thu|nop|dong|mat|chiu|tra)\s+phi\b",
    r"tien\s+(?:coc|dat\s+coc|the\s+chan|boi\s+thuong|phat|ky\s+quy)|dat\s+coc|\bcoc\s+(?:truoc|\d)|ky\s+quy|boi\s+thuong\s+(?:hop\s+dong|\d|cho\s+cong\s+ty)|den\s+(?:bu\s+)?hop\s+dong|phat\s+hop\s+dong|bi\s+phat",
    r"tru\s+(?:vao\s+)?luong|\b(?:tra|mac|khoan|tien|so)\s+no\b|\bno\s+nan\b|(?:nop|dong|chuyen)\s+(?:khoan\s+)?tien\s+truoc",
    r"中介费|中介費|仲介费|仲介費|手续费|手續費|报名费|報名費|押金|保证金|保證金|(?<![，,、：:])(?:服务费|服務費)|(?:服务费|服務費)(?![，,、。])|培训费|培訓費|体检费|體檢費|签证费|簽證費|办证费|辦證費|介绍费|介紹費|人头费|人頭費",
    r"赔偿金|賠償金|赔偿(?:公司|费|\d)|賠償(?:公司|費|\d)|违约金|違約金|赎金|贖金|赎身|贖身|罚款|罰款|欠款|债务|債務|欠债|欠債|扣(?:工资|工資|薪|钱|錢)|(?:从|從)工资(?:里|裡)?扣|收费|收費|(?:先|预先|預先)(?:交|付|缴|繳)(?:钱|錢|费|費)|交(?:钱|錢)",
    # six-27 (read after its blind run)
    r"\b(?:document(?:ation)?|agent)\s+fees?\b|\bbiaya\s+pengurusan\b|\bphi\s+(?:xu\s+ly|lam\s+giay\s+phep|kham)\b",
    r"办理费|辦理費|审核费|審核費",
)
_BORDER = _rx(
    r"(?:fly|flight|land|arrive)\s+(?:to|in|into|at)\s+(?:bangkok|thailand|chiang\s+rai|chiang\s+mai)[^.\n]{0,100}?(?:by\s+(?:car|van|bus|boat|road|land)|\bdriv(?:e|en|er)\b|overland|border)",
    r"(?:bring|take|drive|transfer|move)s?\s+you\s+across|cross(?:ing)?\s+(?:the\s+)?border|border\s+crossing|across\s+the\s+border|near\s+the\s+border|overland|by\s+boat",
    r"mae\s?sot|mae\s?sai|chiang\s+saen|sa\s?kaeo|aranyaprathet|back\s?door|river\s+crossing",
    r"국경|매솟|메솟|매싸이|매사이|태국\s?경유|방콕[^.\n]{0,30}?(?:차량|차로|버스|배로|육로|픽업)|육로로|밀입국|보트로",
    r"perbatasan|jalur\s+(?:darat|tikus|belakang)|(?:lewat|via)\s+(?:darat|thailand|bangkok)|dijemput\s+di\s+bandara[^.\n]{0,40}?(?:darat|perbatasan|mobil)",
    r"naik\s+(?:perahu|kapal\s+kecil)|nyebrang\s+sungai|(?:gak|ga|tidak|nggak)\s+perlu\s+cap\s+paspor|transit\s+(?:di\s+)?(?:bangkok|thailand)|(?:lewat|via|transit|jalur)\s+(?:batam|tanjung\s?pinang|nunukan|entikong|dumai|tarakan)\b",
    r"ข้ามแดน|ข้ามชายแดน|ข้ามด่าน|ลักลอบ(?:ข้าม|เข้าเมือง)|ช่องทางธรรมชาติ|แม่สอด|แม่สาย|เชียงแสน|สระแก้ว|อรัญประเทศ|คลองลึก|ชายแดน|นั่งเรือข้าม|ข้ามแม่น้ำ|ข้ามน้ำ",
    r"vuot\s+bien|di\s+chui|tieu\s+ngach|duong\s+mon|cua\s+khau|moc\s+bai|\bxa\s+mat\b|tinh\s+bien|bien\s+gioi|\b(?:qua|vuot)\s+song\b|duong\s+bo\s+(?:sang|qua)|do\s+thuyen|\bdi\s+thuyen|xuong\s+(?:thuyen|ghe)",
    r"(?:bay|di)\s+(?:sang|qua|den)\s+(?:thai\s+lan|bangkok|ban\s+khok)[^.\n]{0,60}?(?:\bxe\b|duong\s+bo|bien\s+gioi)",
    r"偷渡|走小路|走山路|翻山|过河|過河|(?:坐|乘)(?:船|快艇)(?:过|過)|边境|邊境|过境|過境|口岸|美索|湄索|美塞|美赛|美賽|湄赛|蛇头|蛇頭|落地曼谷|(?:飞|飛)(?:到)?(?:曼谷|泰国|泰國|清莱|清萊)[^，。\n]{0,20}?(?:接|车|車|转|轉|过去|過去)",
    r"(?:via|through|first\s+to|(?:fly|flies|flying|send|sends|take|takes)\s+(?:you\s+|us\s+|him\s+|her\s+|them\s+)?to|go(?:es|ing)?\s+to)\s+(?:dubai|malaysia|kuala\s+lumpur|singapore|manila|the\s+philippines|bangkok|thailand)\b[^.\n]{0,60}?\bthen\b[^.\n]{0,20}?(?:transfer|move|go|continue|cross|proceed|take\s+you)\w*\s+(?:to|into|on)",
    r"(?:qua|sang|bay\s+(?:qua|sang|den))\s+(?:dubai|malaysia|ma\s+lai|singapore|philippines|phi(?:lippin)?|thai(?:\s+lan)?|bangkok)\b[^.\n]{0,60}?(?:roi|sau\s+do)\s+(?:chuyen|qua|sang|di)\s+(?:sang|qua|den)",
    r"(?:ke|via|lewat|transit)\s+(?:dubai|malaysia|kl|singapura|manila|filipina|bangkok|thailand)\b[^.\n]{0,60}?\b(?:baru|terus|lalu|kemudian|habis\s+itu)\s+(?:pindah|lanjut|dibawa|nyebrang|diantar)",
    r"(?:迪拜|马来西亚|馬來西亞|新加坡|菲律宾|菲律賓|曼谷|泰国|泰國)[^，。\n]{0,12}?(?:然后|然後|再)(?:转|轉)",
    r"先(?:去|到|飞|飛)(?:越南|泰国|泰國|马来西亚|馬來西亞|迪拜|新加坡|菲律宾|菲律賓|曼谷|老挝|老撾)(?:转|轉|中转|中轉)",
    r"(?:di|ke)\s+(?:malaysia|kl|dubai|singapura|thailand|bangkok|filipina)\b[^.\n]{0,30}?(?:terus|lalu|kemudian|baru)\s+(?:nanti\s+)?(?:dipindah|dipindahin|dioper|dikirim|dibawa)\s+(?:ke|lagi)",
    r"พาข้าม(?!ชายแดน|แดน|ด่าน|แม่น้ำ|น้ำ)(?:ไป|ฝั่ง)?|ข้ามไป(?:ทำงาน)?(?:ที่)?ฝั่ง(?:โน้น|โน่น|นู้น|นู่น|พม่า|ลาว|เขมร|กัมพูชา)",
    r"\b(?:move|moves|moved|transfer|transfers|transferred|send|sends|sent|relocate[sd]?)\s+(?:us|you|u|them|him|her|everyone)\s+to\s+(?:a|an|another|the|our)\s+['\"‘“]?(?:branch(?:\s+office)?|other\s+(?:office|site|country|branch)|sister\s+company|partner\s+company|office\s+(?:in|near)\s+(?:the\s+)?(?:border|another\s+country))|"
    r"\bfrom\s+there\s+by\s+(?:van|car|bus|road)\b|\bdari\s+(?:hcmc|kl|bandara|bangkok|sana)\s+(?:\w+\s+){0,3}jemput\s+(?:pakai|naik)\s+mobil|\btu\s+(?:kl|bangkok|san\s+bay|sai\s+gon|tp\.?\s?hcm)\s+(?:se\s+)?co\s+(?:nguoi|xe)\s+(?:don|dua)|(?:坐|要坐)\S{0,4}(?:[五六七八九十]|\d)\S{0,3}(?:个|個)?(?:小时|小時)(?:的)?车|"
    r"(?:take|drive|bring)s?\s+you\s+by\s+(?:road|car|van|land)\s+(?:in)?to|(?:first\s+stop|start\s+in|first\s+you\s+go\s+to)\s+(?:dubai|malaysia|kuala\s+lumpur|singapore|bangkok|thailand|manila)\b[^.\n]{0,40}?\bthen\s+(?:u|you|we)\s+(?:move|go|transfer|cross)|(?:into|to)\s+thailand\s+and\s+then\s+across",
    r"(?:ดูไบ|มาเลเซีย|สิงคโปร์|ฟิลิปปินส์)[^\n]{0,30}?(?:แล้ว(?:จะ)?|ค่อย)(?:ต่อ|ย้าย|ส่ง)(?:ไป)?(?:ประเทศ|ที่|กัมพูชา|เขมร|พม่า|ลาว)",
    r"(?:두바이|말레이시아|싱가포르|필리핀|방콕|태국)[^.\n]{0,20}?(?:거쳐서?|경유해서?|들렀다가|갔다가)\s?(?:캄보디아|미얀마|라오스|다른\s?나라)",
    r"(?:don'?t|do\s+not|u\s+don'?t|you\s+don'?t|won'?t)\s+go\s+(?:thru|through)\s+(?:the\s+)?(?:main\s+)?(?:checkpoint|immigration)|by\s+the\s+river|on\s+a\s+boat|handles?\s+the\s+(?:officers|police|immigration)|(?:at|to|near)\s+the\s+bridge|skip\s+the\s+(?:checkpoint|queue\s+at\s+immigration)",
    r"(?:공식\s?)?(?:출입국\s?)?심사대?\s?안\s?거치|\bno\s+stamp\s+needed\b|(?:khong|ko)\s+can\s+dong\s+dau|(?:입국\s?)?도장\s?안\s?찍|不用盖章|不用蓋章|배\s?타고\s?강|강(?:만|을)?\s?건너면|(?:ga|gak|tidak|nggak)\s+lewat\s+pos|lewat\s+kebun|di\s+jembatan\s+ada|urusan\s+petugas\s+biar",
    r"ไม่ต้องไปด่าน|ไม่ผ่านด่าน|เลี่ยงด่าน|ท่าเรือหลัง|ริมเมย|รอที่สะพาน|เคลียร์เจ้าหน้าที่|(?:ko|khong|k)\s+di\s+(?:qua\s+)?cua\s+khau\s+chinh|(?:cho|dua)\s+(?:toi\s+)?bo\s+song|cho\s+chan\s+cau|(?:ho|ben\s+do)\s+lo\s+voi\s+ben\s+kia|dua\s+ho\s+chieu\s+cho\s+(?:anh|ong)\s+(?:ay|ta|ao)|(?:ko|khong)\s+can\s+xep\s+hang",
    r"(?:河边|河邊)(?:有人|那边|那邊)|桥头等|橋頭等|(?:跟|和)那边打招呼|(?:跟|和)那邊打招呼|不走(?:口岸|关口|關口)|(?:护照|護照)(?:用不上|不用盖章|不用蓋章)|(?:边上|邊上)接应|(?:边上|邊上)接應",
    r"no\s+need\s+(?:to\s+bring\s+|for\s+)(?:a\s+|your\s+)?passport|don'?t\s+bring\s+(?:your\s+)?passport|no\s+passport\s+(?:needed|required)|ไม่ต้อง(?:ใช้|เอา|มี)(?:บัตรประชาชน(?:กับ|และ))?(?:พาสปอร์ต|หนังสือเดินทาง)|(?:khong|ko|k)\s+can\s+(?:mang\s+|co\s+)?ho\s+chieu|(?:不用|不需要|无需|無需|不必)(?:带|帶)?(?:护照|護照)|여권\s?(?:없이도|필요\s?없|안\s?가져와)|(?:gak|ga|tidak|nggak|ngga)\s+(?:perlu|usah)\s+(?:bawa\s+)?paspor",
    r"\b(?:first|work)\s+in\s+(?:dubai|malaysia|singapore|bangkok|thailand)\b[^.\n]{0,40}?\bthen\s+(?:they\s+)?(?:take|send|move|bring)\s+you\s+to|(?:베트남|태국|방콕|말레이시아|두바이)(?:을|를)?\s?통해서?\s?(?:들어가|입국|넘어가)",
    # six-28 (read after its blind run)
    r"\btransfer\s+(?:you\s+)?by\s+land\b|\bby\s+land\s+to\s+(?:the\s+)?company\b",
)

# Words read from dev-17 (written apart, read after its first run): phones and passports
# "managed" or handed to HR on arrival, entry "as a tourist", the work "told there".
_PASSPORT_MORE = _rx(
    r"(?:여권|핸드폰|휴대폰)(?:이랑|과|와|은|는)?\s?(?:\S{1,6}\s?){0,3}일괄\s?(?:관리|보관|수거)",
    r"\b(?:yang\s+|yg\s+)?pegang\s+semua\s+dokumen",
    r"ฝาก(?:พาสปอร์ต|หนังสือเดินทาง)ไว้(?:กับ|ที่)",
    r"(?:手机|手機)\S{0,2}上交|统一发工作机|統一發工作機",
    # six-15 (read after its blind run): to the driver, to admin, kept by the company on arrival
    r"\bpassport\s+(?:you\s+)?(?:hand|give)\s+(?:it\s+)?(?:to|over\s+to)\s+(?:the\s+)?(?:admin|hr|office|driver|company|manager)",
    r"여권(?:은|을)?\s?(?:\S{1,8}\s?){0,3}(?:회사|사무실)에서\s?(?:\S{1,8}\s?){0,2}보관|(?:휴대폰|핸드폰)(?:은|을)?\s?(?:\S{1,8}\s?){0,2}(?:회사|사무실)에\s?제출",
    r"\bpaspor\b[^.\n]{0,30}\b(?:kasih|serahkan|serahin)\s+(?:ke|kepada)\s+(?:sopir|supir|driver|admin|hrd?|kantor)",
    r"\bdien\s+thoai\b[^.\n]{0,20}\bnop\s+(?:cho|lai\s+cho)\s+(?:quan\s+ly|cong\s+ty|admin)",
    # six-30: passports collected on arrival "to register", kept by HR "for the visa"
    r"\bpaspor(?:nya)?\s+dikumpulin\b",
    r"\bho\s+chieu\s+hr\s+giu\b|\bhr\s+giu\s+(?:ho\s+chieu|hc)\b",
    r"(?:护照|護照)到了人事先收|人事先收着护照|人事先收著護照",
    # six-32: "they'll keep ur passport for the work permit, it's normal there"
    r"\b(?:keep|hold)\s+(?:ur|yr)\s+passport\b|(?:เขา|เค้า|บริษัท|นายจ้าง)(?:จะ)?เก็บ(?:พาสปอร์ต|หนังสือเดินทาง)ไว้",
    # six-35/36 and relay-2: the passport handed to HR or finance on arrival "for the permit"
    r"(?:到了)?(?:公司)?(?:先)?把?(?:护照|護照)(?:统一|統一)?(?:交给|交給|放)(?:到)?(?:人事|财务|財務|主管|公司)",
)
_TOURIST_MORE = _rx(
    r"\bmasuk\s+(?:sbg|sebagai|pakai\s+visa)\s+turis\b|เข้ามา(?:แบบ|เป็น)(?:นัก)?ท่องเที่ยว",
    r"(?:不用|不需要|无需|無需)(?:办|辦)?(?:护照|護照)",
)
_VAGUE_MORE = _rx(
    r"무슨\s?일인지(?:는)?\s?(?:가서|도착하면|현지에서)|일은\s?가서\s?알려",
    r"\bjob\s+details?\s+(?:will\s+be\s+)?(?:given|explained|told)\s+(?:there|on\s+arrival)",
    # six-28 (read after its blind run)
    r"\bngoi\s+chat\b",
)
# No interview, no CV, no test: "just your passport and you leave Friday" leaves no time to check.
_URGENCY_MORE = _rx(
    r"\bno\s+(?:interviews?|cv|resume|tests?)\b(?!\s+(?:fees?|charges?))|\bwithout\s+(?:an?\s+)?(?:interview|cv|resume)\b|\bdon'?t\s+need\s+(?:a\s+|an\s+)?(?:cv|resume|interview)\b",
    r"면접\s?(?:없|안\s?봐|필요\s?없|생략)|이력서\s?(?:도\s?)?(?:필요\s?)?없",
    r"\btanpa\s+(?:interview|wawancara|tes)\b|\b(?:ga|gak|nggak|tidak|tdk)\s+(?:perlu|ada|usah)\s+(?:cv|interview|wawancara|tes)\b",
    r"ไม่ต้อง(?:วิดีโอคอล|วีดีโอคอล|คอลวิดีโอ)|ไม่ต้องสัมภาษณ์|ไม่มีสัมภาษณ์|ไม่มีการสัมภาษณ์|ไม่ต้องใช้เรซูเม่|ไม่ต้องมีเรซูเม่",
    r"\bkhong\s+(?:can\s+)?phong\s+van\b|\bkhong\s+can\s+cv\b",
    r"不用视频|不用視頻|不需要视频|不需要視頻|不用面试|不用面試|无需面试|無需面試|免面试|免面試|不要简历|不要簡歷|不用简历|不用簡歷",
    # six-32: a friend fined or shamed if you do not come after all
    r"\bif\s+(?:u|you)\s+(?:back\s+out|don'?t\s+come)\b[^.\n]{0,30}?\b(?:my\s+name|i\s+(?:get|will\s+be|'ll\s+be)\s+(?:fined|in\s+trouble))",
    r"안\s?오면\s?(?:내가|나)\s?(?:벌금|혼나|깨져|곤란)",
    r"\b(?:gak|ga|tidak|nggak)\s+(?:jadi\s+)?(?:datang|berangkat|ikut)\b[^.\n]{0,20}?\b(?:aku|gw|gue)\s+(?:kena\s+denda|didenda|kena\s+potong)",
    r"ถ้า\S{0,6}ไม่มา\S{0,8}(?:โดนปรับ|ถูกปรับ|โดนหักเงิน)",
    r"\b(?:ko|khong|k)\s+(?:di|qua|sang)\b[^.\n]{0,12}?\b(?:bi\s+phat|bi\s+tru\s+tien)",
    r"不来\S{0,6}(?:被罚|被罰|扣钱|扣錢)",
    # arranged13 blind set: the phone switched off on the way, so no one can follow the trip
    r"\b(?:switch|turn|shut)\s+(?:off\s+(?:ur|your|the|my)?\s*(?:phone|hp|cellphone|mobile|cp)\b|(?:ur|your|the|my)?\s*(?:phone|hp|cellphone|mobile|cp)\s+off\b)|\bkeep\s+(?:ur|your|the)\s+(?:phone|hp|cellphone|mobile)\s+off\b",
    r"(?:폰|휴대폰|핸드폰|휴대전화)\s?(?:은|을|는|도|좀)?\s?(?:꺼\s?두|꺼\s?놓|끄고|끄라|꺼\s?라)",
    r"\b(?:disuruh|suruh|harus|wajib)\s+(?:\w+\s+)?mati(?:in|kan)\s+(?:hp|handphone|ponsel)\b|\b(?:hp|handphone|ponsel)\s+(?:\w+\s+)?(?:disuruh|harus|wajib)\s+(?:di)?mati(?:in|kan)\b|\b(?:hp|handphone|ponsel)\s+(?:di)?mati(?:in|kan)\s+(?:\w+\s+)?(?:selama|pas|saat|waktu)\s+perjalanan\b",
    r"(?:ให้|ต้อง|ห้าม)\S{0,4}ปิด(?:มือถือ|โทรศัพท์|เครื่อง)|ปิด(?:มือถือ|โทรศัพท์|เครื่อง)\S{0,6}(?:ตอนเดินทาง|ระหว่างทาง|ระหว่างเดินทาง|ตลอดทาง)",
    r"\b(?:phai|nho|bao|bat|di\s+duong|tren\s+duong|luc\s+di)\s+(?:\w+\s+)?tat\s+(?:may|dien\s+thoai|dt)\b|\btat\s+(?:may|dien\s+thoai|dt)\s+(?:\w+\s+)?(?:tren\s+duong|khi\s+di|luc\s+di|suot\s+chuyen)",
    r"(?:路上|途中|一路|全程|要|得|先|请|請|必须|必須)\s?(?:关机|關機)|(?:手机|手機)(?:要|得|先|就)?(?:关掉|關掉)|(?:关掉|關掉)(?:手机|手機)|把(?:手机|手機)(?:关|關)",
)
_RULES: dict[str, list[re.Pattern[str]]] = {
    "travel_ban_area": [_BAN],
    "destination_hub": [_HUB_TOWNS, _HUB_COUNTRIES],
    "vague_destination": [_VAGUE_PLACE],
    "no_experience": [_NO_EXPERIENCE],
    "costs_paid": [_COSTS_PAID],
    "tourist_visa_work": [_TOURIST_VISA, _TOURIST_MORE],
    "vague_office_job": [_VAGUE_OFFICE, _VAGUE_MORE],
    "crypto_gambling": [_CRYPTO_GAMBLING],
    "messaging_app_only": [_MESSAGING],
    "urgency_secrecy": [_URGENCY, _URGENCY_MORE],
    "no_company_or_contract": [_NO_CONTRACT],
    "passport_handover": [_PASSPORT, _PASSPORT_MORE],
    "fees_or_debt": [_FEES],
    "border_route": [_BORDER],
}

# Signs of a lawful employer (they lower the score; scammers copy them, so none clears an
# offer alone): a work permit or employment visa arranged, a contract signed before leaving
# or social insurance; years of experience or a degree required; and texts that are
# warnings about such ads, not ads ("เตือนภัย", "反诈提醒").
_WORK_PERMIT = _rx(
    r"\b(?:dmw|poea)[-\s]?(?:licensed|accredited|registered)\b|\blicensed\s+by\s+(?:the\s+)?(?:dmw|poea)\b|\bno\s+placement\s+fee\b|work\s+permits?|employment\s+(?:card|visa|pass)|working\s+visa|work\s+visa|non-?b\s+visa|\bnssf\b|social\s+security|health\s+insurance|contract\s+signed\s+before|signed\s+before\s+(?:departure|arrival|you\s+leave)|(?:written|employment|labou?r)\s+contract",
    r"워킹\s?비자|\b9g\b|계약서\s?(?:를\s?)?미리|취업\s?비자|노동\s?허가|\bkoica\b|코이카|워크\s?퍼밋|4대\s?보험|근로\s?계약서",
    r"visa\s+kerja|izin\s+kerja|\bkitas\b|bpjs|p3mi|siskop2mi|bp2mi|kp2mi|bp3mi|perjanjian\s+kerja|kontrak\s+(?:kerja\s+)?(?:resmi|ditandatangani(?!\s+(?:di\s+(?:sana|lokasi)|setelah|pas|waktu|saat|nanti)))",
    r"ใบอนุญาตทำงาน|เวิร์คเพอร์มิต|work\s*permit|ประกันสังคม|วีซ่าทำงาน|สัญญาจ้าง|กรมการจัดหางาน",
    r"giay\s+phep\s+lao\s+dong|thi\s+thuc\s+lao\s+dong|visa\s+lao\s+dong|visa\s+e\b|hop\s+dong\s+lao\s+dong|bao\s+hiem\s+xa\s+hoi|\bbhxh\b|dolab|giay\s+phep\s+(?:xuat\s+khau|hoat\s+dong\s+dich\s+vu)",
    r"工签|工簽|工作签证|工作簽證|劳工证|勞工證|工作证|工作證|工作许可|工作許可|劳动合同|勞動合同|五险一金|五險一金|社保",
)
_EXPERIENCE_REQUIRED = _rx(
    r"\b\d{1,2}\s*\+?\s*(?:years?|yrs?)(?:'|’)?\s+(?:of\s+)?(?:\w+\s+){0,3}?experience|experience\s*(?:of\s+)?(?:at\s+least\s+|min(?:imum)?\.?\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?)|(?:bachelor|master)(?:'|’)?s?\s+(?:degree|in)|degree\s+in|licen[cs]e\s+required|\bph\.?\s?d\.?\s+(?:is\s+)?required|doctorate\s+required",
    r"경력\s?\d{1,2}\s?년|\d{1,2}\s?년\s?이상\s?경력|학사|석사|자격증\s?(?:필수|소지)",
    r"\bwajib\s+(?:punya\s+|memiliki\s+)?(?:sio|sim\s+b[12](?:\s+umum)?)\b|pengalaman\s+(?:min(?:imal)?\.?\s+)?\d{1,2}\s*(?:th|tahun)|min(?:imal)?\.?\s+\d{1,2}\s*(?:th|tahun)\s+pengalaman|\bs1\b|sarjana",
    r"ประสบการณ์\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s?ปี|ประสบการณ์(?:อย่างน้อย|ขั้นต่ำ)\s?\d|ปริญญาตรี|ปริญญาโท|\bhsk\s?\d",
    r"\d{1,2}\s+nam\s+kinh\s+nghiem|kinh\s+nghiem\s+(?:tu\s+|toi\s+thieu\s+)?\d{1,2}\s+nam|tot\s+nghiep\s+(?:dai\s+hoc|cao\s+dang)",
    r"\d{1,2}\s*年(?:以上)?(?:工作|相关|相關)?经验|\d{1,2}\s*年(?:以上)?(?:工作|相关|相關)?經驗|本科|硕士|碩士|博士|大专以上|大專以上",
)
# A warning, a news report, a fact-check or a lesson about such ads (not an ad): who warns
# ("Police warn", "경찰청:", "KBRI mengimbau", "กรมการจัดหางานเตือน", "Bộ Công an khuyến
# cáo", "使馆提醒"), what happened to people (victims, rescued, "속아 출국", "ถูกหลอก",
# "bị lừa sang", "被骗至") and what only an explainer says ("how the scam works", "ciri-ciri
# lowongan palsu", "dấu hiệu", "scam centres", "인신매매", "แก๊งคอลเซ็นเตอร์", "电诈园区").
# Written for general cues, not single texts, and kept off what ads say of themselves
# ("Job alert:", "[채널 공지]", "ข่าวดี", "không lừa đảo", "不会被骗", "绝无陷阱").
_WARNING_NOTICE = _rx(
    r"^\W{0,3}(?:warning|beware|scam\s+alert|advisory|alert|psa|news|breaking)\b|\bfact[-\s]?check|\barrested\b|\bsuspects?\b"
    r"|\b(?=[anp])(?<!job\s)(?<!jobs\s)(?<!hiring\s)(?<!vacancy\s)(?<!good\s)(?<!great\s)(?:alert|advisory|psa|news)\s*:"
    r"|\bdon'?t\s+(?:fall\s+for|believe|apply)\b|\bdo\s+not\s+apply\b|\bred\s+flags?\s+(?:of|to|in)\b|\bif\s+you\s+(?:get|see|receive)\s+(?:an?\s+)?(?:offer|message|ad|job)\s+like\s+(?:that|this)\b|\bended\s+up\s+(?:in|across|at)\b|\bwarns?\b|\bbe(?:ing)?\s+lured\b|forced\s+(?:in)?to\s+(?:run\s+)?(?:online\s+)?(?:scams?|fraud)|the\s+classic\s+trap|\bvictims?\b",
    r"\b(?=t)(?<!not\s)(?<!no\s)traffick(?:ing|ed|ers?)\b|\bawareness\b|\bshare\s+my\s+story\b|\bcould\s+save\s+someone\b|\bpublic\s+notice\b|\bare\s+warned\b|\bintercepted\b|\breminded\s+the\s+public\b|\bna-?rescue\b|\bmaniniwala\b|\bfalls?\s+for\s+it\b|\bso\s+no\s+one\s+else\b|\bhow\s+to\s+check\s+if\b|\bwalk\s+away\b|\bsafe[-\s]migration\b|\b(?:i|we)\s+(?:already\s+)?reported\b|\bone\s+of\s+those\s+\w+\s+traps?\b|\bhow\s+to\s+spot\b|\bscam\s+compan(?:y|ies)\b|\bcame\s+back\s+from\b|\bif\s+anyone\s+offers\s+you\b|\bsurvivors?\b|\b(?:rescued|repatriat\w+)\b|\bhow\s+(?:the|this|these|such)\s+(?:scams?|traps?|schemes?|frauds?)\s+works?"
    r"|\bsigns?\s+of\s+(?:a\s+)?(?:fake|scam|bogus|fraudulent)|\bwarning\s+signs\b|\b(?=f)(?<!not\s)fake\s+(?:job\s+)?(?:ads?|offers?|recruiters?|agenc(?:y|ies)|postings?|jobs?)\b"
    r"|\bscam\s+(?:cent(?:er|re)s?|compounds?|operations?|networks?|syndicates?|hubs?|factor(?:y|ies)|gangs?|rings?)\b"
    r"|\b(?:were|have\s+been|had\s+been)\s+(?:promised|lured|tricked|deceived|trafficked|recruited\s+(?:with|through|via|by))\b"
    r"|\b(?:do\s+not|don'?t|never)\s+(?:contact|reply\s+to|respond\s+to|accept|trust)\s+(?:the|these|such|any|this|that|them|job|offers?|unknown|strangers?)\b"
    r"|\breport\s+(?:suspicious|such|these|them|it\b|the\s+(?:account|recruiter|handle|post|ad|number))|\bblocked\s+and\s+reported\b|\bstay\s+safe\b|\bplease\s+share\b|\bpublic\s+notice\b|\b(?:are|is)\s+(?:strongly\s+)?advised\s+(?:to|not\s+to)\b|\bopinion\s*:|\bop-?ed\b|\btestimon(?:y|ies)\b|\bdocumentary\b"
    r"|\b(?=[st])(?<!not\s)(?<!n't\s)(?<!never\s)(?<!to\s)(?:share\s+(?:this\s+)?with|tell)\s+(?:your\s+)?(?:family|parents|loved\s+ones)\b(?!\s+(?:that\s+)?(?:u|you)(?:'re|\s+are|\s+r)?\s+(?:go(?:ing)?|on|visiting|just)\b)"
    r"|\bno\s+(?:real|legit(?:imate)?|genuine|lawful)\s+(?:employer|company|agency|recruiter|job)s?\b|\bembassy\s+(?:posted|says|said|warns|advises|urges)\b"
    r"|\b(?:real|legit(?:imate)?|genuine|lawful)\s+(?:employers|agencies|recruiters|companies)\s+(?:never|don'?t|do\s+not|won'?t|will\s+never|always)\b",
    r"\[기획\]|보도\s?자료|증언|다큐|주의하세요|사기\s?주의|절대\s?(?:가지|믿지|지원하지|연락하지)\s?마|사기\s?구별|구별법|속지\s?마세요|경찰청\s?알림|의심하세요|감금되는\s?사례|사례가\s?(?:발생|이어지)"
    r"|\[(?![^\]\n]{0,12}(?:채용|구인|모집|채널|알바|구직|공고|출국|출발|일정|입사|준비))[^\]\n]{0,12}(?:안전|주의|경고|기사|뉴스|속보|보도|단독|공지|알림|안내)[^\]\n]{0,6}\]|^\W{0,3}(?:기사|뉴스|속보|경고)\s?[:：!]|경고\s?[:：!]"
    r"|피해자|피해\s?(?:사례|예방|주의|신고)|조심하세요|절대\s?하지\s?마|제가\s?겪은\s?일|경험담|예방\s?교육|특강|빙자|소비자\s?경보|가정\s?통신문|100%\s?의심|여행\s?경보|유의\s?당부|다\s?거짓말|무조건\s?거르|사기\s?제보|의심되면\s?\d{3}|광고\s?주의|-\s?경찰청|도망치라고|끌려간대|끌려갔대|차단했|똑같은\s?수법|주의\s?(?:하시기\s?)?바랍니다|구출|답장(?:하지|도\s?하지)\s?말|(?:단톡방?|카페|맘카페)(?:에|에서)?\s?공유(?:드려요|드립니다|합니다|해요)|검거|체포|구속\s?기소|일당(?!\s?[0-9]|\s?(?:은|이)?\s?[0-9])|감금|감금\s?피해|인신\s?매매|범죄\s?(?:단지|조직)|속아|속은|속았"
    r"|(?:경찰청|경찰서|외교부|대사관|영사관|고용노동부|국정원|금감원|당국)\s?[:：]|신고(?:하세요|해\s?주세요|바랍니다)|주의\s?당부|각별한\s?주의"
    r"|(?:가족|부모님?)(?:에게|한테|께)\s?(?:반드시\s?|꼭\s?)?(?:알리|말씀|상의)|(?:정상적인|정식|진짜)\s?(?:회사|업체|기업|채용)(?:라면|(?:는|은)\s?(?:절대|결코))",
    r"^\W{0,3}(?:waspada|awas|perhatian|berita|opini|artikel)\b|\bopini\s*:|\bberita\s*:|jangan\s+(?:pernah\s+)?(?:mudah\s+)?(?:percaya|tergiur|mau|daftar(?!\s+(?:ke\s+)?(?:siskop2mi|kp2mi|bp2mi|disnaker))|berangkat)|mengimbau|imbauan|\bmodus(?:nya)?\b|\btppo\b|\bkorban\b|\bpelaku\b|\btersangka\b|\bbareskrim\b|\b(?:di|me)?nangkap\b|\bditangkap\b"
    r"|\bhati[-\s]?(?:hati|2)\b(?!\s+di\s+jalan)|\bciri[-\s]?ciri(?:nya)?\b|\bciri\s+(?:lowongan|loker|tawaran)|\btanda[-\s]tanda\s+(?:lowongan|loker|penipuan)"
    r"|\b(?:lowongan|loker|tawaran|perekrut|agen|akun)\s+(?:kerja\s+)?(?:palsu|bodong|abal[-\s]?abal|hoaks|hoax)\b|\bitu\s+(?:palsu|hoaks|hoax|penipuan)\b"
    r"|bagikan\s+(?:ke|kepada|pada)\s+(?:keluarga|orang\s+tua|saudara|kerabat)|sebarkan\s+(?:info|informasi|ini)\b|\bedukasi\b|\bsosialisasi\b"
    r"|\bterjerat\b|\bterjebak\b|\bciri2\b|\bketipu\b|\bbiar\s+(?:nggak|gak|ga)\s+ada\s+lagi\s+yang\s+kena\b|\bpenyintas\b|\bliputan\b|\bkhotbah\b|\bkhatib\b|\bhampir\s+berangkat\b|\bdokumenter\b|\bjebakan\b|\b(?:udah|sudah)\s+(?:aku|saya|sy)\s+lapor(?:in|kan)\b|\bkompleks\s+penipuan\b|\bikut2an\b|\bmengaku\s+(?:direkrut|dijanjikan|ditawari)\b|\btiba\s+di\s+bandara\b|\bdipulangkan\b|\bdiselamatkan\b|\bdievakuasi\b|\bdisekap\b|perdagangan\s+orang|\blaporkan\s+(?:ke|kepada|pada)\b"
    r"|\b(?:perusahaan|penempatan|agen|p3mi|lowongan|rekrutmen)\s+(?:yang\s+)?(?:resmi|asli|legal)\s+(?:tidak|tak|nggak|gak|ga)\s+(?:pernah|akan|mungkin)\b",
    r"^\W{0,3}บทความ|เรื่องจริงจาก|เตือนภัย|อย่าไปเด็ดขาด|เล่าประสบการณ์|อย่า(?:หลง)?เชื่อ|(?:กรม\S{0,12}|ตำรวจ\S{0,10}|ฝาก|แจ้ง)เตือน|ระวังประกาศ|ให้สงสัยไว้ก่อน"
    r"|^\W{0,3}ข่าว(?!ดี)|ข่าว\s?[:：]|เป็นข่าว|ตามข่าว|(?=[ถโ])(?<!ไม่)(?:ถูก|โดน)หลอก|(?=ห)(?<!ไม่)หลอก(?:ลวง|ไป|ให้ไป)"
    r"|ผู้เสียหาย|เหยื่อ|ห้ามไปเด็ดขาด|สัญญาณ(?:อันตราย|ว่า)|ผู้รอดชีวิต|ประชาสัมพันธ์|แนะแนว|รู้ทัน|ระวังไว้ก่อน|ขอเตือน|กับดัก|พบเห็นแจ้ง|อุทาหรณ์|ตัดไฟ|สกัด(?:กั้น)?แก๊ง|ห้ามโพสต์งาน|ประกาศจากแอดมิน|(?:กระทรวง\S{0,20}|สถานทูต\S{0,10})(?:ขอ)?เตือน|ไปทำงานต่างประเทศอย่างปลอดภัย|ตึกแก๊งคอล|สารคดี|งานหลอก|อย่าไปนะ|ติดอยู่ที่นั่น|ฝากแชร์|ค่าไถ่(?:ถึง|จึง|กว่า)|จับกุม|ผู้ต้องหา|ค้ามนุษย์|แก๊ง|ขบวนการ|(?:ระวัง|แก๊ง)มิจฉาชีพ|ช่วยเหลือ(?:คนไทย|แรงงาน|ผู้เสียหาย|เหยื่อ)|ส่งตัวกลับ|ถูก(?:กักขัง|บังคับ|ขาย)|(?:บริษัท|นายจ้าง)(?:ที่)?(?:จริง|ถูกกฎหมาย)(?:จะ)?ไม่(?:มีทาง|เคย)",
    r"^\W{0,3}(?:phong\s+su|bai\s+viet)\b|\bnhan\s+biet\b|\bloa\s+phat\s+thanh\b|\bthong\s+bao\s+cua\s+ubnd\b|\bru\s+re\b|\bkhong\s+cho\s+phep\s+dang\b|\bbiet\s+lua\b|\bshare\s+cho\s+nguoi\s+nha\b|\bbi\s+thu\s+ho\s+chieu\b|\bbi\s+bat\s+lua\b|\bnoi\s+quy\s+nhom\b|\bcam\s+dang\s+tin\b|\bhoa\s+ra\s+(?:la\s+)?bi\b|\bmoi\s+nguoi\s+can\s+than\b|\bcoi\s+chung\b|\bdung\s+co\s+di\b|\bmat\s+lien\s+lac\b|\btuyen\s+truyen\b|\bdi\s+cu\s+an\s+toan\b|\bbao\s+admin\b|\blua\s+qua\s+cam\b|\bde\s+y\s+giup\b|\bda\s+bao\s+(?:to\s+truong|cong\s+an)|\blua\s+tuyen\s+dung\b|\bban\s+giao\b|\bthoat\s+khoi\b|\bchuoc\s+(?:ve|nguoi|ra)\b|\bdung\s+(?:cho|de)\s+(?:con|chau|con\s+chau|nguoi\s+nha|ai)\b[^.\n]{0,10}?\bdi\b|canh\s+bao|dung\s+tin|can\s+trong\s+(?:voi|truoc)|canh\s+giac|thu\s+doan|nan\s+nhan"
    r"|dau\s+hieu|\b(?:tuyen\s+dung|viec\s+lam|loi\s+moi|chieu|tin)\s+lua\b|\b(?=l)(?<!khong\s)(?<!ko\s)(?<!phai\s)lua\s+dao\b|\b(?=b)(?<!khong\s)(?<!ko\s)(?<!so\s)bi\s+lua\b|giai\s+cuu|^\W{0,3}tin\s+tuc|\btin\s+tuc\s*[:：]|khuyen\s+cao"
    r"|\b(?:moi\s+nguoi|cac\s+ban|ca\s+nha|anh\s+chi(?:\s+em)?|ba\s+con)\s+(?:nen\s+|hay\s+)?(?:can\s+than|canh\s+giac|luu\s+y|chu\s+y)\b"
    r"|mua\s+ban\s+nguoi|giam\s+giu|\bbat\s+giu\b|khoi\s+to|\bdoi\s+tuong\b|\bbi\s+(?:giam|ep|ban\s+(?:sang|qua))\b|\bep\s+(?:lam|buoc)\b|\b(?:cong\s+ty|doanh\s+nghiep|don\s+vi)\s+(?:uy\s+tin|hop\s+phap|chinh\s+thong|that)\s+(?:khong\s+bao\s+gio|se\s+khong|khong\s+he)\b",
    r"(?:电影|電影|纪录片|紀錄片)(?:上映|播出|里|裡|中)|剧里|劇裡|套路|劝住|勸住|科普|立刻报警|立刻報警|请小心|請小心|不要相信|各位家长|各位家長|96110|新华社|新華社|押解|涉诈|涉詐|掉馅饼|掉餡餅|千祈唔好|唔好信|呃咗|醒醒吧|救一个是一个|救一個是一個|回不来了|回不來了|打击|打擊|断电|斷電|禁止(?:发布|發布)|本群禁止|寻人|尋人|联系不上了|聯繫不上了|报案|報案|民警|派出所|宣传|宣傳|骗去|騙去|(?:园区|園區)待了|(?:转|轉)(?:给|給)家里人|(?:转|轉)(?:给|給)家裡人|中招|反诈|反詐|千万别(?!提|说|跟|和|告诉|发)|千萬別(?!提|說|跟|和|告訴|發)|(?:别|別|不要)(?:信|相信)(?:这|這|那|此|任何|网上|網上)|(?:是|就是)(?:个|個)套|被逼|(?:卖|賣)到|被(?:带|帶)过河|被(?:带|帶)過河|警方(?:提示|提醒)|谨防|謹防|切勿轻信|切勿輕信|不要轻信|不要輕信|警惕|骗至|騙至|受害"
    r"|新[闻聞](?!推广|推廣|稿)|据\S{0,8}报道|據\S{0,8}報導|记者|記者|(?=被)(?<!不会)(?<!不會)(?<!不)(?<!担心)(?<!擔心)(?<!怕)(?:被骗|被騙)|受骗|受騙|(?=上)(?<!不会)(?<!不會)(?<!不)(?:上当|上當)"
    r"|(?:一定|千万|千萬|务必|務必)要?(?:小心|当心|當心|谨慎|謹慎)|小心(?:被骗|被騙|上当|上當|陷阱)|(?=陷)(?<!无)(?<!無)(?<!没有)(?<!沒有)(?<!不是)陷阱"
    r"|获救|獲救|抓获|抓獲|落网|落網|嫌疑人|怎么辨别|怎麼辨別|如何辨别|如何辨別|真的存在吗|真的存在嗎|解救|营救|營救|遣返|电诈|電詐|(?:诈骗|詐騙)(?:园区|園區|集团|集團|团伙|團夥|窝点|窩點)|人口(?:贩运|販運|贩卖|販賣)|拐卖|拐賣"
    r"|提醒\s?[:：]|(?:使馆|使館|领事|領事|警察|公安|人力部|外交部|中心)\S{0,2}(?:提醒|提示|通报|通報)|(?:正规|正規|合法)(?:公司|企业|企業|单位|單位|中介)(?:绝不|絕不|不会|不會|从不|從不)",
)
# More words of a warning, from blind sets read after their runs (six-11, six-12): a story
# told after the fact ("nearly fell for it", "the company doesn't exist", "took his
# passport", "赎回来"), what experts advise, how a checklist says no ("하면 거부").
_WARNING_MORE = _rx(
    r"\bred\s+flags?\s*:|\balmost\s+(?:went|left|got\s+on|flew)\b|\bbeing\s+targeted\b|\bransom\b|\bthe\s+red\s+flags\b|\bnearly\s+(?:got|went|left|flew)\b|\btalk\s+to\s+your\s+(?:kids|children|sons?|daughters?)\b|\bdon'?t\s+take\s+(?:the|this|that|any)\b[^.\n]{0,30}\bjob\b|\bpaid\s+(?:\S+\s+){0,2}to\s+get\s+(?:him|her|them|me)\s+(?:out|back)|"
    r"\bnearly\s+fell\s+for|\balmost\s+fell\s+for|\b(?:does\s+not|did\s+not|doesn'?t|didn'?t)\s+(?:even\s+)?exist\b|\bit(?:'s|\s+is|\s+was)\s+a\s+scam\b"
    r"|=\s*(?:a\s+)?trap\b|\bexperts?\s+(?:say|warn|advise|urge)|\bfraudulent\b|\bcontact\s+us\s+if\s+you\s+or\s+someone|\bif\s+a\s+friend\s+gets\b|\btell\s+them\s+to\s+stop\b"
    r"|\bstop\s+applying\b|\bstill\s+(?:stuck|held|trapped)\s+in\b|=\s*run\b|\bauthorities\s+(?:said|say)\b|\bfreed\s+from\b|\bknown\s+scam\b|\bhome\s+and\s+safe\b"
    r"|\btook\s+(?:his|her|their|my)\s+(?:passports?|phones?)\b|\bhad\s+to\s+pay\s+(?:\S+\s+){0,2}to\s+get\s+(?:him|her|them|me)\s+(?:out|back)|\bcommon\s+signs\b|\bscam-compounds?\b",
    r"100\s?%\s?거르|가정에서도|지도\s?부탁|부모님들께|경찰\s?(?:공지|알림|안내)|처벌\s?받을\s?수|범죄에\s?이용|꼭\s?보세요|(?:이런|이러한)\s?공고(?:는|들은|에)|유인이라고|(?:꼭\s?)?얘기해\s?주세요|가지\s?마세요|100\s?%\s?사기|피해가\s?잇따|신고해\s?(?:달라|주십시오)|^\W{0,3}경찰(?:청)?은|믿지\s?마(?:세요|요|시고)|말려\s?주세요|(?:이런|이러한)\s?광고\s?특징|단속\s?좀|있다가\s?(?:겨우\s?)?나왔|뺏겼|빼앗겼|무관(?:하니|합니다|함)|각별히\s?주의|겨우\s?(?:나왔|탈출|빠져)|진짜\s?회사는|몸값|"
    r"조심하래|(?:갈|당할|속을)\s?뻔|존재하지(?:도)?\s?않|말렸(?:는데|어요|다)|겨우\s?돌아왔|한\s?푼도\s?못\s?받|숨진|모집책|전문가(?:들은|들이|는)|조언했|의심해야|뺏기고|(?:하면|라면)\s?(?:즉시\s?)?(?:거부|거절)",
    r"\bpemulangan\b|\bmengingatkan\s+masyarakat\b|\bbiar\s+(?:gak|ga|nggak|tidak)\s+ada\s+(?:yang|yg)\s+kena\b|\bbisa\s+pulang\s+(?:lewat|berkat|dengan)\s+bantuan\b|\bjangan\s+(?:diambil|diterima)\b|\bdiimbau\b|\btebusan\b|\b(?:yg|yang)\s+dialami\b|"
    r"\bhampir\s+(?:kena|ketipu|tertipu)|\btidak\s+terdaftar\b|\bperusahaan(?:nya)?\s+(?:fiktif|gak\s+ada|tidak\s+ada)",
    r"กฎของ\s?(?:openchat|กลุ่ม|ห้อง)|แจ้งแอดมิน|โพสต์น่าสงสัย|ฝากถึง(?:พ่อแม่|ผู้ปกครอง)|อย่าให้(?:ลูก|หลาน|น้อง)?ไป|(?<!หลัง)หายไป\S{0,6}(?:เดือน|ปี|สัปดาห์)แล้ว|อย่าไปนะ|เล่าไว้|กฎกลุ่ม|รอดมา|รอดกลับมา|ประสบการณ์จริง|โดนทำร้าย|ระวังการ(?:ชักชวน|หลอก)|กลับไม่ได้|ไถ่ตัว|"
    r"เกือบโดน|ไม่มีบริษัท(?:นี้)?(?:อยู่)?จริง|แชร์(?:ไว้)?เตือน|กลโกง|เจอแบบนี้|อย่าให้ใคร|ให้ระวัง|เช็[กค](?:ให้)?ชัวร์|ออกหมายจับ|โดนยึด|ค่าไถ่",
    r"\bdung\s+di\b|\b(?:cac\s+)?(?:ba\s+me|bo\s+me|phu\s+huynh)\s+(?:trong\s+nhom\s+)?(?:luu\s+y|chu\s+y)\b|\bnhac\s+(?:cac\s+)?(?:chau|con|em)\b|\by\s+(?:nhu|het)\s+vu\b|\btien\s+chuoc\b|"
    r"\bsuyt\s+(?:dinh|bi|di)\b|\bkhong\s+ton\s+tai\b|\bchieu\s+tro\b|\bcanh\s*giac\b|\bke\s+xau\b|\bdung\s+ai\s+tin\b|\bchuoc\b|\bbat\s+di\s+lua\b|\bbi\s+thu\s+(?:dien\s+thoai|ho\s+chieu)|\bdu\s+do\b|\bbao\s+ngay\s+cho\s+cong\s+an\b",
    r"诱骗|誘騙|不肖業者|不法业者|遭扣押|限制人身自由|急難救助|急难救助|千万不要去|千萬不要去|说说我的经验|說說我的經驗|(?:家人|家里|家裡)报警|(?:家人|家裡)報警|家长群|家長群|请大家提醒|請大家提醒|直接拉黑|常见话术|常見話術|一律不要|醒醒|单程票|單程票|宁可|寧可|(?:别|別)冒险|(?:别|別)冒險|请勿前往|請勿前往|(?<!不)(?<!不会)(?<!不會)(?:均|都|就|一律)?(?:是|为|為)(?:诈骗|詐騙)(?!吗|嗎)|提高警[觉覺]|切勿|[局署部厅廳]提醒|提个醒|提個醒|我的(?:经历|經歷)|(?:诈骗|詐騙)公司|赎金|贖金|"
    r"(?<!不是)(?:骗子|騙子)|根本不存在|(?:转|轉)给身边|(?:转|轉)給身邊|别去|別去|赎回|贖回|专家|專家|常见特征|常見特徵|正规渠道|正規渠道",
    # from blind sets six-21 and six-22: pinned posts of parents' groups, channels disowning
    # DMs sent in their name, embassies' reminders, survivors telling what was done to them
    r"\bred\s+flags?\s+(?:we'?ve|we\s+have|i'?ve|i\s+have)\s+seen\b|\b(?:we|they)\s+will\s+never\s+ask\b|\bwill\s+not\s+ask\s+you\s+to\b|\bis\s+not\s+an\s+employer\b"
    r"|\breminds?\s+(?:nationals|citizens|the\s+public|applicants|job\s*seekers|jobseekers)\b|\bi\s+was\s+(?:held|trapped|detained|locked\s+up|kept)\b|\btalk\s+to\s+(?:someone|your\s+family)\s+before\s+(?:you|u)\s+(?:go|leave|accept|decide)\b|\breport\s+any\s+(?:dms?|messages?|accounts?)\b|\b(?<!don't\s)(?<!dont\s)(?<!not\s)(?<!never\s)share\s+this\b|\bstop\s+them\b|\bpost\s+it\s+here\b",
    r"\balmost\s+got\s+(?:taken|trafficked|scammed|sold)\b|^\W{0,3}parents,?\s+please\s+read\b|\bi'?ve\s+been\s+back\s+home\b|\bagar\s+waspada\b",
    r"갇혀\s?있(?:다가|었)|끌려갔었|\(맘카페\s?공유\)|정리해\s?봤어요|꼭\s?확인하세요|(?:라고|하면)\s?위험\)|똑같더라|하나하나\s?다\s?똑같|경찰\s?조사|끌려갔(?:어요|습니다|다)|차단하고\s?신고|신고했어요",
    r"^\W{0,3}reminder\s*:|\bit(?:'s|\s+is|\s+was)\s+a\s+trap\b|\bi\s+was\s+in\s+a\s+compound\b|\b(?:share|tell)\s+(?:this\s+)?(?:with|to)?\s*your\s+(?:kids|children|sons?|daughters?)\b|\b(?:do\s+not|don'?t|never)\s+trust\s+(?:anyone|anybody|people)\b",
    r"\btolong\s+(?:sampaikan|kasih\s+tau|bilangin)\s+(?:ke\s+)?(?:anak|adik|keluarga)",
    r"เตือนลูกหลาน|ถ้าเจอโพสต์",
    r"\btung\s+bi\s+(?:ban|lua|giam|nhot)\b|\bla\s+lua\s+(?:day|do)\b|\btuyet\s+doi\s+(?:khong|dung)\s+(?:di|nghe|tin)\b|\bbao\s+ngay\s+(?:cho\s+)?cong\s+an\b",
    r"我在\S{0,6}(?:待过|待過|呆过|呆過)|评论区说一句|評論區說一句|百分之百是(?:园区|園區|骗|騙)",
    r"\bchannel\s+rules\b|\bnever\s+pay\s+to\s+apply\b|jangan\s+pernah\s+transfer|(?:yg|yang)\s+ngaku\s+admin|ใครเห็นโพสต์|อันนี้แก๊ง|เคยโดนหลอก|\bke\s+lai\b",
    r"\bbukan\s+kami\b|\blaporkan\s+(?:&|dan)\s+blokir\b|\b(?:harus|patut|perlu)\s+dicurigai\b|\bbisa\s+pulang\s+setelah\b|\bbiar\s+(?:gak|ga|nggak|tidak)\s+ada\s+lagi\s+(?:yang|yg)\b|\btolong\s+(?:share|bagikan|sebarkan)\b",
    r"ลักษณะงานหลอก|ถ้า(?:ลูก|หลาน|น้อง)\S{0,6}ได้(?:รับ)?ข้อความ|เอามาถามในกลุ่ม|อย่าไปเลย|หนีออกมาได้|ครูประจำชั้น|ขอให้ผู้ปกครอง|(?:แจ้ง|บอก)ครู",
    r"\bnhom\s+phu\s+huynh\b|\bcan\s+nghi\s+ngo\b|\bchup\s+lai\s+gui\s+nhom\b",
    r"冒用|(?:与|與)本(?:频道|頻道|群|公司|平台|平臺)无关|(?:与|與)本(?:频道|頻道|群|公司|平台|平臺)無關|(?:举报|舉報)拉黑|拉黑(?:举报|舉報)|(?:别|別)被\S{0,20}忽悠",
    # six-27/28 (read after their blind runs): red-flag checklists, a relative's warning, community notices
    r"(?:^|(?<=\n))❌(?=[^\n]*\n\s*❌)|\bred\s+flags?\s*🚨|\bscam\s+alert\b",
    r"하나라도\s?(?:있으면|해당되면)\s?의심|피해가?\s?의심되면|위험\s?신호(?:입니다|예요|에요)",
    r"\bjangan\s+mau\s+(?:ya\s+)?(?:kalau|kalo|klo)\s+ada\s+(?:yg|yang)\s+(?:nawarin|menawarkan)|\bwaspada\s+penawaran\b|\blewat\s+(?:pt|p3mi|agen|perusahaan)\s+resmi\b",
    r"ระวังนะ|ตร\.?\s?ไซเบอร์เตือน|เตือนมิจฉาชีพ",
    r"\bnhom\s+lua\b|\bdau\s+hieu\s+lua\b",
    r"被骗的特征|被騙的特徵|骗局特征|騙局特徵",
    # six-29/30 (read after their blind runs): a family's "please don't go", someone who decided not to go
    r"\bplease\s+don'?t\s+go\b|\blet'?s\s+(?:call|check\s+with)\s+the\s+embassy\b|\blet'?s\s+check\s+(?:it\s+)?together\b|\bverify\s+with\s+your\s+embassy\b|\bif\s+you\s+see\s+these\s+signs\b|\bare\s+red\s+flags\b",
    r"절대\s?가지\s?마|영사\s?콜센터에\s?(?:먼저\s?)?(?:물어|확인)|#취업사기",
    r"\bitu\s+bahaya\s+(?:lho|loh|lo)\b|\bmending\s+daftar\s+(?:yg|yang)\s+resmi\b|\bmending\s+jangan\b",
    r"อย่าเพิ่งไปนะ|อย่าไปนะลูก|โทรถามจัดหางาน",
    r"\b(?:em|toi|minh)\s+quyet\s+dinh\s+khong\s+di\b|\bkhong\s+di\s+nua\b",
    r"我不去了|不要通过个人微信|不要以旅游名义",
    # six-33 (offers pasted with the sender's own words, read after its blind run): the account already
    # blocked and reported, the relative home safe, the post shared "so other parents know"
    r"\bblock(?:ed)?\s+(?:and|&|\+)\s+report|\breported\s+(?:the|that|this|their)\s+(?:account|page|number|recruiter|profile)|\bhome\s+safe\b|\bso\s+(?:other|more)\s+(?:parents|people|families)\s+know\b|\bdon'?t\s+even\s+reply\b",
    r"\bblokir\s*(?:\+|dan|&)\s*report\b|\b(?:udah|sudah)\s+(?:dilaporin|dilaporkan)\b|\b(?:udah|sudah)\s+pulang\b[^.\n]{0,40}?\b(?:dibantu|kbri)",
    r"차단\s?(?:하고\s?|후\s?)?신고|신고했고|경고한\s?유형|계정\s?(?:이\s?)?(?:삭제|정지)됨",
    r"บล็อก\S{0,8}รีพอร์ต|รีพอร์ตแอค|แจ้งตำรวจ\S{0,12}แล้ว|เพจโดนปิด|โพสต์ไว้ให้\S{0,10}รู้",
    r"\bblock\s+(?:roi\s+)?(?:bao\s+cao|report)|\bda\s+report\b|\bbao\s+cao\s+luon\b|\bdung\s+rep\b|\bcho\s+cac\s+phu\s+huynh\b",
    r"已经报警|已經報警|账号被封|帳號被封|已经回家|已經回家|交给公安|交給公安|把人接出来|把人接出來",
    # six-34: people rescued telling how they were lured, a ministry's notice
    r"ได้รับการช่วยเหลือ(?:จาก|กลับ)|被解救的|獲救的|获救的|^\W{0,3}\[외교부\]|\bwere\s+rescued\s+from\b|\bberhasil\s+diselamatkan\b|\bduoc\s+giai\s+cuu\b",
)
# A notice headed by an authority or a public body ("[고용노동부]", "外交部領事事務局：",
# "[ประกาศสถานเอกอัครราชทูต ...]"): its red flags are the ones it warns of.
_AUTHORITY = (r"고용노동부|외교부|경찰청|경찰서|대사관|영사관|관광공사|지원센터|시청|구청|군청|법무부|출입국"
              r"|สถานเอกอัครราชทูต|สถานทูต|กรมการจัดหางาน|จัดหางานจังหวัด|กระทรวง|ตำรวจ|ศูนย์ดำรงธรรม"
              r"|外交部|领事|領事|使馆|使館|公安|警方|反诈|反詐|人社局|商务部|商務部"
              r"|KBRI|Kemnaker|BP2MI|KP2MI|Disnaker|Kelurahan|Polri|Imigrasi"
              r"|Bo\s+Ngoai\s+giao|Dai\s+su\s+quan|Cong\s+an\s+(?:tinh|thanh\s+pho|xa|phuong)|Cuc\s+Quan\s+ly\s+lao\s+dong|DOLAB|UBND"
              r"|Embassy|Ministry|Police|DMW|POEA|PESO|Department\s+of|Consulate")
_AUTHORITY_HEADER = _rx(rf"^\W{{0,3}}\[[^\]\n]{{0,40}}(?:{_AUTHORITY})[^\]\n]{{0,40}}\]",
                        rf"^\W{{0,3}}(?:ประกาศ(?:จาก)?|notice\s+(?:from\s+)?(?:the\s+)?|pengumuman\s+|thong\s+bao\s+(?:cua\s+)?|通知|公告)?\s?(?:{_AUTHORITY})[^\n:：]{{0,30}}[:：]",
                        rf"^\W{{0,3}}(?:ประกาศ(?:จาก)?|notice\s+from\s+(?:the\s+)?|pengumuman|thong\s+bao\s+cua|通知|公告)\s?(?:{_AUTHORITY})[^\n:：]{{0,30}}\n")
# "No work permit needed", "tanpa urus di BP2MI": a permit or a licence said to be unneeded is no assurance.
_NOT_NEEDED = _rx(r"(?:\btanpa|\bwithout|\bno\s+need\s+(?:for|of)?|\bdon'?t\s+need|\bnot\s+need|ไม่ต้อง(?:มี|ทำ|ใช้)?|\bkhong\s+can(?:\s+co)?|不用|不需要|无需|無需|필요\s?없)\s*(?:\S+\s+){0,3}\S*$")
# A recruiter's "not a scam" is no warning: a cue right after a denial is not counted.
_DENIED_CUE = _rx(r"(?:\bnot\s+(?:a\s+|an\s+)?|\bbukan\s+|ไม่ใช่|\bkhong\s+phai\s+(?:la\s+)?|不是)$")


# Someone asking whether an offer they were sent is a scam forwards the offer, whatever
# words of a warning it has ("Is this a scam?", "apakah ini penipuan", "위험한 거 맞죠",
# "ใช่มิจฉาชีพไหม", "có phải lừa không", "是不是诈骗"), and an ad that warns of fakes
# using its own name is still an ad ("beware of fake recruiters using our name",
# "mengatasnamakan perusahaan kami", "冒充我司"): then no warning notice is counted.
_NOT_A_WARNING = _rx(
    r"\b(?:using|use|uses|in)\s+our\s+(?:company(?:'s)?\s+)?name\b|\bimpersonat\w*\s+(?:us|our)\b|\bmengatasnamakan\s+(?:kami|perusahaan\s+kami|pt\s+kami)\b",
    r"(?:저희|당사|우리\s?회사)\S{0,6}\s?사칭|แอบอ้าง(?:ชื่อ)?(?:บริษัท)?(?:เรา|ของเรา)|gia\s+mao\s+(?:cong\s+ty\s+)?(?:chung\s+toi|ben\s+minh)|冒充(?:我司|本公司|我们|我們)",
    r"\b(?:is|was)\s+(?:this|it|that)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:scam|legit|real|safe|fake|trafficking)\b[^.!\n]{0,40}\?|\bscam\s*\?|\blegit\s*\?",
    r"\bpenipuan\s*(?:ya|bukan|gak|nggak|ga|tidak)?\s*\?|apakah\s+(?:ini|itu)\s+(?:penipuan|asli|aman|legal)|\basli\s+atau\s+(?:tidak|nggak|gak|ga|palsu)",
    r"(?:사기|위험)(?:인가요|일까요|인지|맞죠|맞나요|아닌가요|한\s?거\s?(?:맞죠|맞나요|아닌가요|아니에요))",
    r"(?:มิจฉาชีพ|หลอก|โกง)(?:หรือเปล่า|รึเปล่า|ไหม|มั้ย|หรือไม่)",
    r"\b(?:co\s+phai\s+)?lua(?:\s+dao)?\s+(?:khong|ko|k)\b\s*\?|\bco\s+phai\s+(?:la\s+)?lua\b",
    r"(?:能|可以)去(?:吗|嗎)|能不能去|可不可以去|(?:帮|幫)我看看|\bshould\s+(?:i|we|he|she)\s+(?:go|take\s+(?:it|this|the\s+job))\b|가도\s?(?:될까요|되나요|돼요\?)|\bco\s+nen\s+(?:cho\s+(?:con|chau|em)\s+)?di\s+(?:khong|ko)\b|ควร(?:ให้\S{0,6})?ไป(?:ไหม|มั้ย|หรือเปล่า)|\b(?:boleh|aman)\s+(?:berangkat|gak|nggak|ga)\b|"
    r"是不是(?:诈骗|詐騙|骗子|騙子|骗局|騙局|骗人|騙人)|(?:诈骗|詐騙|骗子|騙子|骗局|騙局)(?:吗|嗎|么|麼)|靠谱吗|靠譜嗎",
)
# A family's plea about someone held there now, asking what to do ("now she texts only late at
# night... What should I do?", "giờ nhà mình phải làm sao", "现在…我们家该怎么办"): its ransom and
# taken passport are a live case, not a warning's words (six-21, read after its blind run).
_RELATIVE = (r"(?:brother|sister|son|daughter|husband|wife|cousin|nephew|niece|boyfriend|girlfriend|fianc\w*|friend)\b"
             r"|\b(?:adik\w*|adek\w*|kakak\w*|kakakku|anak\w*|suami\w*|istri\w*|sepupu\w*|keponakan\w*)\b"
             r"|\b(?:em\s+trai|em\s+gai|anh\s+trai|chi\s+gai|con\s+trai|con\s+gai|chong|vo|chau|em\s+ho)\b"
             r"|น้อง|ลูก|สามี|ภรรยา|แฟน|หลาน|동생|아들|딸|남편|아내|오빠|언니|누나|조카|弟弟|妹妹|哥哥|姐姐|儿子|兒子|女儿|女兒|老公|老婆|表妹|表弟|我弟|我妹|我哥|我姐")
_LIVE_CASE = _rx(
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?\b(?:now|currently|right\s+now|these\s+days)\b[^\n]{{0,400}}?\b(?:what\s+(?:should|can|do)\s+(?:i|we)\s+do|who\s+(?:should|can|do)\s+(?:i|we)\s+(?:call|contact|report\s+to))\b",
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?\b(?:sekarang|kemarin)\b[^\n]{{0,400}}?(?:harus\s+(?:lapor\s+ke\s+mana|gimana|bagaimana)|gimana\s+(?:ini|dong)|lapor\s+ke\s+mana)",
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?\b(?:gio|bay\s+gio|hien\s+tai)\b[^\n]{{0,400}}?\b(?:phai\s+lam\s+(?:sao|gi)|lam\s+sao\s+(?:bay\s+)?gio|lien\s+(?:he|lac)\s+ai)\b",
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?ตอนนี้[^\n]{{0,400}}?(?:ทำยังไงดี|ควรทำยังไง|ติดต่อใคร)",
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?지금[^\n]{{0,400}}?(?:어떻게\s?해야|어디에?\s?(?:신고|연락))",
    rf"(?:{_RELATIVE})[^\n]{{0,400}}?(?:现在|現在)[^\n]{{0,400}}?(?:怎么办|怎麼辦|找谁|找誰)",
)
_LATER = _rx(
    r"\b(?:there|later|locally|after\s+(?:you\s+)?arriv\w*|(?:on|upon)\s+arrival|when\s+you\s+(?:arrive|get\s+there))\b",
    r"\b(?:di\s+sana|nanti|setelah\s+(?:tiba|sampai)|belakangan|di\s+(?:thailand|kamboja|myanmar|laos|lokasi\s+kerja|tempat\s+kerja|negara\s+tujuan))\b|현지에서|도착\s?후|나중에|입국\s?후|ที่นั่น|ทีหลัง|(?:เมื่อ|ตอน|ไป)ถึง|หน้างาน|ปลายทาง|\b(?:sau|tai\s+do|ben\s+do)\b|到了|到达后|到達後|以后|以後",
)
# Words of a job, a wage or hiring. A tour, a flight deal, a remittance notice or a
# traveller's question ("visa on arrival at Poipet?", "WNI bebas visa ke Laos") has none:
# there "visa-free", a border crossing, a price or "WhatsApp us to book" are not the signs
# of a job lure they are in an ad (tourist_visa_work means a tourist visa *for work*): such
# a text is at most "medium", its signs still shown.
_JOB_CONTEXT = _rx(
    r"\b(?:jobs?|work(?:ers?|ing)?|hiring|hire|recruit\w*|vacanc(?:y|ies)|positions?|salary|salaries|wages?|pay|paid|earn\w*|income|employ\w*|apply|staff|agents?|operators?|typists?|roles?|wanted|career|opening|shifts?|commission|interview|cv|resume)\b",
    r"채용|모집|구인|구직|합격하셨|구함|구해|구합|사람\s?구|자리|근무|일자리|일할|일하|업무|급여|월급|연봉|수당|세후|세전|알바|직원|상담원|취업|지원|면접|인센|주급|일당|시급|남녀\s?무관|사무실",
    r"\b(?:kerja\w*|bekerja|pekerja|gawe\w*|loker|lowongan|gaji\w*|karyawan|rekrut\w*|pegawai|posisi|lamar\w*|melamar|operator|admin|staf)\b",
    r"งาน|รับสมัคร|เงินเดือน|พนักงาน|รายได้|ค่าจ้าง|ค่าแรง|สมัคร|ตำแหน่ง|เทส|อบรม|ต้องการคน|หาคน|รับคน|คนพิมพ์",
    r"\b(?:viec|(?<!suot\s)(?<!moi\s)tuyen(?!\s+(?:duong|xe|bay|tau|du\s+lich|tham\s+quan|di)\b)|luong|nhan\s+vien|lam\s+(?!(?:visa|e-?visa|ho\s+chieu|thu\s+tuc|giay\s+to)\b)\w+|ung\s+vien|thu\s+nhap|phong\s+van|hoa\s+hong)\b|\b(?:qua|sang|di)\s+\w+(?:\s+\w+)?\s+lam\b",
    r"工作|招聘|招工|招人|诚聘|誠聘|招募|薪|工资|工資|职位|職位|岗位|崗位|上班|员工|員工|待遇|收入|提成|面试|面試|打工|兼职|兼職|做事|招|缺人|找活|的活|活儿",
    # who runs the place, in instructions sent after someone said yes ("our man collects you,
    # the company gives you a new SIM", "ngày đầu admin giữ hộ chiếu", "公司车来接你"): a tour
    # or a traveller's question names a tour company or agency, never a boss or an office
    r"@\w*(?:hr|jobs?|loker|vieclam|tuyendung|kerja|work|recruit|career)\w*|\b(?:boss|probation|team\s+leader|testers?|(?<!tour\s)(?<!travel\s)(?<!bus\s)(?<!ferry\s)company|(?:our|my)\s+(?:man|guy|staff|people|escort|team)\b)",
    r"(?<!여행)(?<!관광)회사(?!\s?출장|에서\s?(?:보내|출장))|근로|입사|출근|사장님?|팀장|관리자|실장|\b(?:kantor|bos|(?<!tour\s)leader|perusahaan|orang\s+kita|kontrak|resign)\b|บริษัท(?!ทัวร์|ท่องเที่ยว|นำเที่ยว)|หัวหน้า|แอดมิน|ออฟฟิศ|คนของเรา",
    r"\b(?:cty|sep|admin|quan\s+ly|nguoi\s+(?:cua\s+)?minh|cong\s+ty(?!\s+(?:du\s+lich|lu\s+hanh|tour|\w+\s+cu\s+di)))\b|(?<!旅游)(?<!旅遊)公司(?!派)|海外项目|海外項目|老板|老闆|园区|園區|组长|組長|行政|我们的人|我們的人",
)
# Remote work paid through a known freelancing or tutoring platform: the platform holds the
# pay and the contract, and nobody travels ("via Upwork, $8-12/hour", "크몽에서 번역").
_KNOWN_PLATFORM = _rx(
    r"\b(?:upwork|fiverr|freelancer\.com|toptal|preply|italki|cambly|sribulancer|projects\.co\.id|fastwork|vlance)\b",
    r"크몽|숨고|猪八戒|豬八戒",
)
_BUSINESS_VISA = _rx(r"商务签|商務簽|business\s+visa|비즈니스\s?비자|상용\s?비자|visa\s+bisnis|วีซ่าธุรกิจ|visa\s+(?:doanh\s+nghiep|cong\s+tac)")


def _kept_or_smuggled(found: dict[str, "Flag"]) -> bool:
    """A passport or phone kept, or work on a tourist visa: what no lawful employer does,
    whatever contract it promises (a business visa, which firms do use, is not one)."""
    if "passport_handover" in found:
        return True
    visa = found.get("tourist_visa_work")
    return bool(visa and not _BUSINESS_VISA.search(visa.evidence))


_ASSURANCE_RULES: dict[str, re.Pattern[str]] = {
    "work_permit_contract": _WORK_PERMIT,
    "experience_required": _EXPERIENCE_REQUIRED,
    "known_platform": _KNOWN_PLATFORM,
    "warning_notice": _rx(_WARNING_NOTICE.pattern, _WARNING_MORE.pattern),
}

# A sign that is denied is no sign: "no placement fee", "never travel on a tourist visa"
# (a denial at most three words before, in the same clause, or before an "or": "never
# via Telegram or WhatsApp"),
# "수수료 없음", "관광비자 불가", "paspor tidak boleh ditahan"; "ไม่มีค่าหัวคิว",
# "ฟรีค่าสมัคร", "không thu phí", "miễn phí hồ sơ", "不收中介费", "零押金", "严禁旅游签".
_NEGATED_FLAGS = {"fees_or_debt", "tourist_visa_work", "passport_handover", "no_company_or_contract", "messaging_app_only"}
# ...unless the denial already has its own object: in "tanpa pengalaman tiket visa
# ditanggung" (loker style, no commas) "tanpa" belongs to "pengalaman", not to the visa.
_NEG_OWN_OBJECT = re.compile(
    r"experience|qualification|degree|diploma|pengalaman|ijazah|syarat|pendidikan|kinh\s+nghiem|bang\s+cap|\bkn\b|trinh\s+do"
    r"|ประสบการณ์|วุฒิ|ยาก|经验|經驗|学历|學歷|基础|基礎",
    _I,
)
# Vietnamese (folded): không/ko/k, chưa, miễn, nghiêm cấm, cấm, but not "sang Cam" (Cambodia).
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|without|zero|free\s+of|tanpa|bebas|tidak(?:\s+(?:ada|boleh|dipungut))?|bukan|jangan|dilarang|don'?t|do\s+not"
    r"|khong|ko|k|kg|khg|chua|mien|(?<!sang\s)(?<!qua\s)(?<!ben\s)(?<!o\s)cam)\b(?:[\s-]+[\w']+){0,3}(?:\s+(?:or|nor|atau|hoac|hay))?[\s-]*$",
    _I,
)
# Thai: a denial in the same run of letters ("ไม่มีค่าหัวคิว", "ห้ามยึดพาสปอร์ต"), or a
# denying verb and one space ("ไม่มี ค่าหัวคิว").
_NEG_BEFORE_TH = re.compile(r"(?:(?:ไม่|ห้าม|ปลอด|งด|ยกเว้น|ฟรี)[^\s,.!?]{0,14}|(?:ไม่มี|ไม่เสีย|ไม่เก็บ|ไม่ต้องจ่าย|ห้าม)\s)$")
# Chinese: a denial then only verbs, quantifiers or other fee words ("不收取押金和保证金",
# "无任何中介费", "严禁使用旅游签"), not any words ("工作不累押金500" is a fee).
_NEG_BEFORE_ZH = re.compile(
    r"(?:不|無|无|没|沒|免|零|禁止|严禁|嚴禁|拒绝|拒絕|非|勿|杜绝|杜絕)"
    r"[收取需要用会會扣押任何交缴繳付支额外額外使用持办辦理以走签簽存有的和及与與、得能可是再另一分钱錢金费費中介手续續服务務保证證报名報名或也均都]{0,8}$"
)
_NEG_AFTER_KO = re.compile(r"^\s*(?:은|는|이|가|로는?|으로는?)?\s*(?:없음|없습니다|없어요|없이|불가|안\s?됨|안\s?돼|금지|절대|받지\s?않|0원|무료)")
_NEG_AFTER_ASIA = re.compile(
    r"^\s*[:：]?\s*(?:无|無|没有|沒有|全免|免收|免费|免費|0\s*元|零元|不收|ไม่มี|ไม่เก็บ|ฟรี|0\s*บาท|mien\s+phi|0\s*(?:d|dong|vnd)\b|khong\s+(?:co|thu|mat)\b)",
    _I,
)
_KEPT_BY_WORKER = re.compile(
    r"^\s*(?:oleh\s+)?(?:pekerja|karyawan|pmi|tki|tenaga\s+kerja)?\s*(?:sendiri|masing)\b|^\s*(?:oleh\s+)?(?:pekerja|karyawan)\b(?!\s+(?:lain|baru|senior))|^\s*(?:by\s+)?(?:the\s+)?(?:workers?|employees?)\s+themselves\b", _I)
_NEG_INSIDE = re.compile(r"\b(?:not|never|tidak|jangan|bukan|khong|ko)\b|본인|직접|않|ไม่|เอง|\btu\s+giu\b|ban\s+than|自己|本人|自行|不|勿|别|別|莫", _I)

# Amounts near these words are costs or debts, not pay.
_FEE_CONTEXT = re.compile(
    r"fee|deposit|penalt|fine\b|compensation|debt|pay\s+back|biaya|denda|ganti\s+rugi|uang\s+jaminan|utang|수수료|보증금|위약금|참가비|등록비|공제|배상|벌금"
    r"|ค่าดำเนินการ|ค่าหัว|ค่านายหน้า|ค่าสมัคร|มัดจำ|ค่าปรับ|ค่าไถ่|หนี้|\bphi\b|\bcoc\b|boi\s+thuong|tien\s+phat|ky\s+quy|tien\s+no\b|khoan\s+no\b|chuoc"
    r"|中介|手续费|手續費|报名费|報名費|服务费|服務費|培训费|培訓費|押金|保证金|保證金|赔偿|賠償|违约|違約|罚款|罰款|赎|贖|欠款|债|債",
    _I,
)

# Big pay promised without a figure ("gajinya gede", "고수익 알바", "เงินดีมาก", "lương khủng",
# "海外高薪"): the same bait as a figure far above the norm. Counted only when the offer
# names no pay at all; puffery that sits next to a normal salary is no sign.
_PAY_CLAIM = _rx(
    r"\b(?:big|high|huge|very\s+high)\s+(?:pay|salary|salaries|income|earnings)\b|\bbig\s+money\b|\bearn\s+big\b",
    r"\bgaji(?:nya)?\s+(?:besar|gede|gedhe|tinggi|fantastis|menggiurkan|dolar|dollar)\b|\bgaji\s+(?:2|dua)\s+digit\b|\bbayaran(?:nya)?\s+(?:besar|gede|tinggi)\b",
    r"고수익|고액\s?(?:알바|아르바이트|일자리|급여|월급|연봉|보장)|큰\s?돈|대우\s?(?:가\s?)?(?:좋|최고|확실|끝내)",
    r"เงินเดือน(?:เป็น)?แสน|เงินเดือน(?:สูง|ดี(?!\s?\d))|ค่า(?:แรง|จ้าง)(?:ดี|สูง)(?!\s?\d)|รายได้(?:สูง|ดีมาก)|เงินดี(?!\s?\d)|(?:ได้)?เงินเยอะ|(?:เกือบ|ร่วม)\s?แสน",
    r"\b(?:luong|thu\s+nhap)\s+(?:khung|cuc\s+cao|hau\s+hinh|(?:vai\s+|may\s+|mot\s+)?(?:ngan|nghin)(?:\s+ruoi)?\s+(?:do|usd)|cao\s+ngat)\b",
    r"(?:海外|境外|出国|出國)高薪|高薪(?:海外|境外|出国|出國)|高收入|(?:赚|賺)大(?:钱|錢)|(?:工资|工資|薪资|薪資|薪水|收入)(?:很|超|特别|特別)?高|待遇(?:很|超)?(?:好|高|优厚|優厚)",
    r"\b(?:[2-9]|two|three|four|five|double|triple)\s*(?:x|times)\s+(?:what|the\s+pay|my|your|the\s+salary)",
    r"\bgap\s+(?:[2-9]|hai|ba|bon|nam|doi)\s+(?:lan\s+)?(?:o\s+nha|o\s+vn|trong\s+nuoc|luong|viet\s+nam|o\s+(?:xuong|que|cong\s+ty|nha\s+may))",
    r"\b[2-9]\s*x\s*lipat|\b(?:dua|tiga|empat)\s+kali\s+lipat",
    r"(?:개월|달)\s?(?:만\s?)?(?:일하면|하면|일해도)\s?(?:\S{1,6}\s?)?(?:천|억|목돈)\s?(?:만\s?원\s?)?(?:번다|벌|모은|모아|손에)|월\s?천\s?(?:번대|이상|넘게)|(?:월급|돈|수입)[^.\n]{0,10}?[2-9]배",
    r"(?:工资|工資|收入|薪水)(?:是)?(?:国内|國內|家里|家裡|这边|這邊)的?[两兩三四五2-5]倍",
    r"เงิน(?:มากกว่า|เยอะกว่า)[^\n]{0,10}?[2-5]\s?เท่า",
    r"\b(?:double|twice|triple|[2-9]\s*x)\s+(?:what\s+you\s+(?:earn|make|get)|your\s+(?:pay|salary))|(?:두|세|네|[2-9])\s?배(?:\s?(?:는|나|로))?\s?(?:준|받|벌|번|래|라|이)|(?:\d+|한|두|세)\s?(?:개월|달)\s?(?:만\s?)?일하면[^.\n]{0,15}?(?:1년|일\s?년)",
    r"(?:干|幹|做)[一两兩三仨四五六\d]+(?:个|個)?月(?:就)?(?:顶|頂|抵|等于|等於)(?:国内|國內|家里|家裡|这边|這邊)?(?:干|幹|做)?(?:一|1)年",
    r"\bgaji(?:nya)?\s+(?:belasan|puluhan)\s+juta|\bluong\s+(?:cao|kha\s+cao)\s+(?:lam|qua|lem)\b|돈\s?(?:꽤|많이|엄청)\s?(?:준|줘|벌)",
    # "lương gấp ba ở xưởng", "tiga kali gaji pabrik", "hơn chục củ", "gajinya 15an",
    # "월급도 꽤 세다", "工资开得挺高"
    r"\b(?:luong|kiem|thu\s+nhap)\b[^.\n]{0,12}?\b(?:hon\s+)?(?:chuc|\d{2,3})\s+cu\b",
    r"\b(?:dua|tiga|empat|lima|[2-5])\s+kali\s+(?:lipat\s+)?(?:gaji|upah|penghasilan)|\bgaji(?:nya)?\s+(?:\d{1,2}an|(?:sepuluh|lima\s+belas|dua\s+puluh)\s+(?:juta|jt))\b",
    r"(?:월급|급여|돈|페이)(?:도|이|가|은|는)?\s?(?:꽤|엄청|되게|진짜|완전|아주)\s?(?:세|쎄|높|많|짭짤)",
    r"(?:工资|工資|薪水|待遇)(?:开得|開得|给得|給得)(?:挺|很|特别|特別|超|非常)?(?:高|多|好)",
    r"(?:salary|pay)\s+(?:there\s+)?=\s*(?:my|your|ur)\s+(?:whole\s+)?year|\b(?:in\s+)?(?:1|one|a)\s+month\b[^.\n]{0,40}?\b(?:\d+|six|three|twelve)\s+months\s+(?:back\s+home|at\s+home|there|here)|clear\s+(?:all\s+)?(?:your|ur)\s+(?:family'?s\s+)?debts?|buy\s+a\s+(?:car|house|motorbike)\s+after|\b(?:[2-9]|two|three|four|five)\s*x\s+the\s+\w+\s+(?:rate|salary|pay)|bought\s+a\s+(?:car|motorbike|house)\s+after",
    r"연봉을?\s?반년에|(?:한국|국내)\s?(?:월급|급여)\s?(?:의\s?)?[2-5]\s?배|(?:\d+|여섯|세)\s?(?:달|개월)(?:만)?\s?[^.\n]{0,15}?(?:전세금|집\s?(?:산|사|삼)|목돈|차\s?(?:산|뽑|삼))|(?:받는\s?)?월급\s?(?:의\s?)?(?:세|두|네|다섯)\s?배|(?:[1-9]|한|두|세)\s?(?:달|개월)(?:이면|만에|만\s?하면)\s?(?:다\s?)?(?:갚|끝|청산)|평생\s?(?:놀고먹을|먹고살)|집에\s?\d+씩\s?보낸|돈\s?(?:엄청|많이)\s?(?:번대|벌었|줌)|국내\s?대비\s?\d|벌써\s?차\s?(?:샀|뽑)",
    r"(?:gaji|penghasilan)\s+\w+(?:\s+\w+){0,3}\s+dikali\s+(?:dua|tiga|empat|lima|\d)|\bsebulan\b[^.\n]{0,30}?\b(?:sama|setara)\s+(?:kayak|kaya|dengan|dgn)\s+(?:\d+|enam|tiga)\s+bulan|bawa\s+pulang\s+\d+\s*(?:jt|juta)|(?:\d|tiga|enam|dua)\s+bulan\s+(?:udah\s+|langsung\s+)?lunas|biaya\s+operasi\s+beres",
    r"(?:เดือนเดียว|เดือนละ)?เท่า(?:ทำนา|ทำงาน)?ทั้งปี|รายได้(?:มากกว่า|เยอะกว่า)[^\n]{0,15}?[2-5]\s?เท่า|เก็บเงินได้(?:เป็น)?(?:หลัก)?แสน|เดือนเดียว\S{0,12}?(?:\d+|หก|สาม)\s?เดือน|ปลดหนี้(?:ให้)?|ส่งเงินให้แม่\s?\d|(?:\d|หก|สาม)\s?เดือน(?:ก็)?ปิด(?:หนี้)?หมด|กลับบ้านพร้อมเงินก้อน",
    r"\b(?:1|mot)\s+thang\s+bang\s+(?:lam\s+)?\w+(?:\s+\w+){0,4}\s+(?:nua\s+nam|ca\s+nam|\d\s+nam)|#?\bthu\s*nhap\s*cao\b|\blg\s+cao\b|월급\s?(?:많이|엄청)\s?준|\bdoi\s+doi\b|#doidoi|\b(?:1|mot)\s+thang\s+(?:o\s+(?:day|do)\s+|ben\s+(?:nay|do)\s+)?(?:bang|=)\s+[^.\n]{0,25}?(?:nua\s+nam|ca\s+nam|\d+\s+thang)|\b\d\s+thang\s+bang\s+(?:tao|minh|em)\s+\w+(?:\s+\w+)?\s+\d\s+nam|(?:ca\s+doi|nua\s+nam)\s+(?:ko|khong)?\s*(?:tra\s+no|la\s+xong)|nua\s+nam\s+la\s+xong|\d\s+thang\s+la\s+sach",
    r"(?:一个月|一個月)(?:比|顶|頂|抵)(?:你)?(?:在)?(?:厂里|廠裡|国内|國內|家里|家裡)\S{0,6}?(?:一年|半年)|(?:一个月|一個月)(?:顶|頂|抵|比|等于|等於)\S{0,10}?(?:半年|一年|[三六]个月|[三六]個月)|(?:半年|三个月|三個月)(?:家里|家裡)?(?:的)?(?:债|債)(?:就)?(?:还清|還清)|(?:国内|國內)(?:的)?(?:三|两|兩|四|五)倍|(?:工资|工資)上不封顶|(?:工資)上不封頂",
)

_CLAUSE_END = re.compile(r"[.!?;,\n]\s|[.!?;\n]$|[。，！？；、]")

# -- folding ----------------------------------------------------------------------------
def _fold_table() -> dict[int, str]:
    """One character for one: Latin letters without diacritics (ệ → e, Đ → D), full-width
    letters, digits, @, $, + and % as ASCII (３０００Ｕ → 3000U), odd spaces as spaces.
    Chinese punctuation (，。：) stays: it ends clauses where "," would need a space."""
    table = dict(LATIN_FOLD)
    table.update({0x00A0: " ", 0x3000: " "})
    fullwidth = [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), *map(ord, "＠＄＋％")]
    table.update({cp: chr(cp - 0xFEE0) for cp in fullwidth})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """The text the patterns read: same length and offsets, diacritics gone."""
    return text.translate(_FOLD)


# -- language ---------------------------------------------------------------------------
_LATIN_OR_HANGUL = re.compile(r"[A-Za-z\uac00-\ud7a3]")
_SCRIPT_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\uac00-\ud7a3\u0e01-\u0e4e\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Letters only Vietnamese uses (ă, đ, ơ, ư and the stacked tone marks of ạ, ế, ộ ...).
_VI_LETTER = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
# Common Vietnamese words written without diacritics (folded), none of them English or
# Indonesian words: "viec nhe luong cao bao an o lien he zalo".
_VI_WORDS = re.compile(
    r"\b(?:khong|kinh|nghiem|luong|viec|lam|nhe|bao|lien|thang|trieu|nguoi|cong|tuyen|dung|xuat|khau|chieu|nhan|duoc"
    r"|nhieu|tien|moi|ngay|tuoi|biet|nha|qua|rat|thu|nhap|viet|campuchia|hoac|mot|nay|thi|neu|tot|cua|cho|nhung|ho|tro"
    r"|ve|bay|sang|ben|chi|phi|truoc|sau|khi|roi|minh|ban|em|anh|voi|cac|nhan|vien|dang|gap|ngoai|nuoc|lao|hop|dong)\b",
    re.I,
)
_ID_WORDS = re.compile(
    r"\b(?:dan|yang|di|ke|untuk|dengan|gaji|kerja|lowongan|loker|tanpa|hubungi|bisa|tidak|perlu|ditanggung|berangkat|kak|saja|bulan|juta|sebulan|dibutuhkan|dicari|syarat|pengalaman|ada|atau|ini|itu|dari|sudah|akan|kami|saya|anda|lokasi|penempatan|gratis|minat|info|lebih|lanjut|pakai|nanti|sana|jadi|orang|per|hari|tiket)\b",
    _I,
)
_EN_WORDS = re.compile(
    r"\b(?:the|and|to|of|for|with|you|your|is|are|we|our|salary|job|work|no|in|on|month|experience|contact|free|will|be|hiring|wanted|needed|apply|per|a|an|at|by)\b",
    _I,
)


def detect_language(text: str) -> str:
    """ko, th or zh when Hangul, Thai or Chinese characters make up a fifth of the letters;
    vi by letters only Vietnamese uses, or by its common words when written without
    diacritics; otherwise id or en by common words."""
    by_script = script_language(text)
    if by_script in ("ko", "th", "zh"):
        return by_script
    letters = _SCRIPT_LETTER.findall(text)
    if letters:
        marked = sum(1 for ch in letters if _VI_LETTER.match(ch))
        if marked >= 2 and marked / len(letters) >= 0.03:
            return "vi"
    folded = fold(text)
    ids, ens, vis = len(_ID_WORDS.findall(folded)), len(_EN_WORDS.findall(folded)), len(_VI_WORDS.findall(folded))
    if vis >= 3 and vis > max(ids, ens):
        return "vi"
    # "per" and "di" style overlaps are rare; a tie goes to English
    return "id" if ids > ens else "en"


# -- identifiers ------------------------------------------------------------------------
@dataclass(frozen=True)
class Identifier:
    """A way to reach the recruiter: phone (digits, country code when written), handle
    (lower-case, no @) or link (lower-case host, no scheme or www)."""

    kind: str
    value: str
    text: str


_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[a-z0-9-]{1,63}\.){1,6}(?:com|net|org|info|io|me|ly|cc|xyz|top|vip|kr|id|kh|mm|la|th|ph|vn|sg|my|co|biz|asia|site|online|shop)(?:/[^\s,)\]]*)?",
    _I,
)
# Lengths are bounded (DNS labels ≤ 63, e-mail local parts ≤ 64) so long runs of
# letters or digits cannot make these patterns backtrack quadratically.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
_HANDLE = re.compile(r"(?<![\w.@/])@([A-Za-z][A-Za-z0-9_]{2,31})\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{6,20}\d(?![\w])")
_PHONE_CUE = re.compile(r"(?:wa|whatsapp|tel|telp|phone|hp|call|line|연락처|전화|문의|zalo|sdt|sđt|đt|ไลน์|โทร|เบอร์|微信|电话|電話|手机|手機|联系|聯繫)\W{0,3}$", re.I)
_DATE_LIKE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{3}-\d{2}-\d{5}$")  # dates, KR business numbers
_MESSENGER_LINK = re.compile(r"^(?:t\.me|telegram\.me|wa\.me|line\.me)/(?:\+)?([\w]+)", _I)


def _normalise_link(raw: str) -> str:
    link = re.sub(r"^https?://", "", raw.strip(), flags=_I)
    link = re.sub(r"^www\.", "", link, flags=_I)
    link = link.rstrip("/.,;:!?")
    host, _, path = link.partition("/")
    return host.lower() + (("/" + path.lower()) if path else "")


def _normalise_phone(raw: str) -> Optional[str]:
    digits = re.sub(r"\D", "", raw)
    stripped = raw.strip()
    if stripped.startswith("00"):
        digits = digits[2:]
    if not 8 <= len(digits) <= 15:
        return None
    return digits


def extract_identifiers(text: str, money_spans: list[tuple[int, int]] = ()) -> list[Identifier]:
    """Phones, @handles and links in an offer, normalised for matching, without duplicates."""
    found: list[Identifier] = []
    taken: list[tuple[int, int]] = list(money_spans)

    def add(kind: str, value: str, raw: str) -> None:
        if value and not any(i.kind == kind and i.value == value for i in found):
            found.append(Identifier(kind, value, raw))

    emails = [m.span() for m in _EMAIL.finditer(text)]
    taken.extend(emails)
    for m in _LINK.finditer(text):
        if any(s <= m.start() < e for s, e in emails):
            continue  # the domain of an e-mail address: the employer's, not a recruiter's
        link = _normalise_link(m.group(0))
        add("link", link, m.group(0))
        taken.append(m.span())
        msg = _MESSENGER_LINK.match(link)
        if msg:
            target = msg.group(1)
            if link.startswith("wa.me") and target.isdigit():
                add("phone", target, m.group(0))
            elif not target.isdigit():
                add("handle", target.lower(), m.group(0))
    for m in _HANDLE.finditer(text):
        add("handle", m.group(1).lower(), m.group(0))
    for m in _PHONE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        raw = m.group(0).strip()
        if _DATE_LIKE.match(raw):
            continue
        cue = _PHONE_CUE.search(text[max(0, m.start() - 14) : m.start()])
        if not (raw.startswith(("+", "0")) or cue):
            continue
        value = _normalise_phone(raw)
        if value:
            add("phone", value, raw)
    return found


# -- analysis ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Flag:
    """One red flag: its id, the exact words of the offer that raised it, and why."""

    flag: str
    evidence: str
    start: int
    end: int
    weight: float
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Analysis:
    risk: str  # high, medium, low
    score: float  # 0..1
    language: str  # the offer's language: en, ko, id, th, vi, zh
    flags: list[Flag]
    identifiers: list[Identifier]
    citizen: Optional[str] = None
    assurances: list[Flag] = field(default_factory=list)  # signs of a lawful employer, quoted
    # Why a score of "high" was held at "medium": "no_job" (no job in the text: a tour, a
    # traveller's question) or "warning" (a warning that quotes the red flags it warns of).
    held_back: Optional[str] = None
    # Instructions to deceive the border or the family ("at immigration just say you're visiting
    # a friend", "đừng nói với bố mẹ"), or a handler's plan: the words of a recruiter, never of
    # someone asking the way home.
    instructed: bool = False
    # How much the wording alone reads like a compound recruiter's (0..1; None without the
    # learned weights), and where it decided the level: the words that weigh most, quoted.
    wording: Optional[float] = None
    telling: list[Flag] = field(default_factory=list)
    flag_chance: Optional[float] = None  # the chance from the signs alone, before the wording

    def flag_ids(self) -> list[str]:
        return [f.flag for f in self.flags]

    def signs(self) -> list[str]:
        """Every sign the score is made of: the red flags and the reassuring ones."""
        return self.flag_ids() + [a.flag for a in self.assurances]

    def to_dict(self) -> dict[str, Any]:
        """The check-offer command's JSON object."""
        return {
            "risk": self.risk,
            "score": round(self.score, 2),
            "language": self.language,
            "flags": [{"flag": f.flag, "evidence": f.evidence} for f in self.flags],
            "assurances": [{"sign": a.flag, "evidence": a.evidence} for a in self.assurances],
            "held_back": self.held_back,
            "wording": None if self.wording is None else round(self.wording, 2),
            "telling": [t.evidence for t in self.telling],
            "identifiers": [asdict(i) for i in self.identifiers],
        }


def _negated(flag: str, text: str, start: int, end: int) -> bool:
    if flag not in _NEGATED_FLAGS:
        return False
    before = text[max(0, start - 30) : start]
    for rx in (_NEG_BEFORE, _NEG_BEFORE_TH, _NEG_BEFORE_ZH):
        denial = rx.search(before)
        if denial and not _NEG_OWN_OBJECT.search(denial.group(0)):
            return True
    if _NEG_AFTER_KO.match(text[end : end + 10]) or _NEG_AFTER_ASIA.match(text[end : end + 12]):
        return True
    if flag == "passport_handover" and _KEPT_BY_WORKER.match(text[end : end + 30]):
        return True  # "Paspor dipegang pekerja sendiri": the worker keeps it
    return flag == "passport_handover" and bool(_NEG_INSIDE.search(text[start:end]))


def _first_match(flag: str, patterns: list[re.Pattern[str]], text: str) -> Optional[re.Match[str]]:
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not _negated(flag, text, m.start(), m.end()):
                return m
    return None


def _norm_for(citizen: Optional[str], text: str, compound_region: bool) -> float:
    home = HOME_NORMS_USD.get(citizen or "other", HOME_NORMS_USD["other"])
    if compound_region:
        return home
    destinations = [norm for rx, norm in _DESTINATION_NORM_RES if rx.search(text)]
    return max([home, *destinations])



def _pay_amounts(text: str, amounts: list[Amount]) -> list[Amount]:
    """Amounts that are pay, not a fee, deposit or penalty named in the same clause
    (`text` folded: Vietnamese fee words are matched without diacritics)."""
    out = []
    for a in amounts:
        before = _CLAUSE_END.split(text[max(0, a.start - 25) : a.start])[-1]
        after = _CLAUSE_END.split(text[a.end : a.end + 20])[0]
        if not _FEE_CONTEXT.search(before + " " + after):
            out.append(a)
    return out


def _salary_flag(text: str, folded: str, amounts: list[Amount], citizen: Optional[str], unskilled: bool, compound_region: bool) -> Optional[Flag]:
    pay = _pay_amounts(folded, amounts)
    if not pay:
        return None
    best = max(pay, key=lambda a: a.monthly_usd_high)
    norm = _norm_for(citizen, folded, compound_region)
    limit = norm * (UNSKILLED_MULTIPLIER if unskilled else SKILLED_MULTIPLIER)
    monthly = best.monthly_usd_high
    if monthly < limit:
        return None
    detail = {"monthly_usd": round(monthly), "norm_usd": round(norm), "ratio": round(monthly / norm, 1)}
    return Flag("salary_too_high", best.text, best.start, best.end, WEIGHTS["salary_too_high"], detail)


def _citizen_for(citizen: Optional[str], language: str) -> Optional[str]:
    if citizen:
        return citizen.strip().upper()[:2]
    return nationality_guess(language)


# Instructions to deceive the border or the family, which no tour or traveller's question
# gives: what to answer at immigration, the chat to delete, the location to switch off, the
# checkpoint to avoid, what not to tell one's parents. A text with them is someone being
# sent, even when it never says "job" ("if immigration asks: holiday; delete this chat").
_DECEIT_FLAGS = {"urgency_secrecy", "tourist_visa_work", "border_route", "passport_handover"}
_DECEIT = _rx(
    r"\bdon'?t\s+(?:worry\s+about|believe)\s+(?:those|the|these)\s+(?:videos|news|reports|stories|posts)\b|\bjust\s+trust\s+the\s+process\b[^.\n]{0,20}\bcome\b|\b(?:do\s+not|don'?t|dont)\s+(?:share|tell)\s+(?:\w+\s+){0,3}?(?:with|to)\s+(?:your\s+)?(?:family|parents)\b(?!\s+(?:and|or)\s+friends\s+(?:about\s+)?(?:this\s+)?(?:scam|warning))|\bjust\s+say\s+(?:bangkok|thailand|malaysia|hotel\s+job|you\s+got\s+a\s+job\s+in|(?:u|you)(?:'re|\s+are|\s+r)?\s+(?:on\s+)?(?:a\s+)?(?:holiday|vacation|tourist)|(?:a\s+)?(?:holiday|vacation|tourist))|\b(?:don'?t|dont|do\s+not|never)\s+say\s+(?:u|you)?\s*(?:'re|are|r)?\s*(?:here\s+(?:to|for)\s+|going\s+(?:to|for)\s+)?(?:work|job)\b|\btell\s+(?:ur\s+|your\s+|the\s+)?(?:family|parents|mum|mom)\s+(?:that\s+)?(?:u|you)(?:'re|\s+are|\s+r)?\s+(?:go(?:ing)?|on|visiting|just)\b[^.\n]{0,25}?\b(?:holiday|vacation|trip|tour|visit\w*)\b|\bno\s+stamp\b|ditanya\s+keluarga\s+bilang|petugas\s+nanya|dicurigai|(?:ditakoni|ditaros)\b|ojo\s+ngomong\s+kerj[oa]|sabihin\s+(?:nyo|mo)\s+[^.\n]{0,20}?(?:trip|bakasyon|tourist)|mukhang\s+tourist|burahin\s+(?:nyo|mo)?\s*(?:yung\s+)?(?:chat|convo|messages)|if\s+(?:immigration|the\s+officers?|the\s+io|io|anyone)\s+asks|\b(?:go\s+out|leave|exit|travel|fly\s+out)\s+as\s+(?:a\s+)?tourists?\b|\bdon'?t\s+line\s+up\s+at\s+the\s+ofw|(?:don'?t|do\s+not|never)\s+mention\s+(?:the\s+|your\s+)?(?:work|job|company|employment)|\bif\s+asked\s+at\s+(?:the\s+)?immigration\b|\basked\s+(?:him|her|me|them|us)\s+not\s+to\s+(?:tell|inform)\s+(?:relatives|family|anyone|(?:his|her|my|their)\s+(?:family|parents))|\b(?:phone\s+)?signal\s+is\s+(?:limited|weak|bad|poor)\b[^.\n]{0,80}?\b(?:family|call)|\btell\s+(?:your|ur)\s+family\s+(?:you\s+will|you'll|u\s+will)\s+(?:only\s+)?call\b|act\s+like\s+a\s+tourist|only\s+for\s+(?:show|immigration)"
    r"|delete\s+(?:this|our|the)\s+(?:chat|convo|conversation|messages)|(?:switch|turn)\s+off\s+(?:the\s+|your\s+|ur\s+)?location|go\s+(?:thru|through)\s+the\s+main\s+checkpoint|tell\s+(?:ur|your)\s+(?:parents|mum|mom|family)\s+the\s+exact",
    r"(?:가족|부모님?|엄마|아빠)(?:한텐|한테는|에게는|께는|한테)?\s?(?:그냥\s?)?(?:\S{1,6}\s?)?(?:여행|놀러|어학\s?연수)\s?(?:이라고|간다고|간다|가는\s?걸로)|도장\s?안\s?찍|(?:대화|채팅|톡)(?:방)?(?:도|는)?\s?(?:\S{1,8}\s?)?(?:지워|지우(?:라|고|세요|시고|셔야))|(?:누가|심사관이|직원이|세관에서|가족이|부모님이|경찰이|공항에서)\s?(?:\S{1,4}\s?)?(?:물어보면|말\s?걸면)|(?:말\s?걸면|물으면)[^.\n]{0,30}?(?:라고|다고)\s?(?:하세요|해요|하시면)|출국\s?심사에서\s?(?:붙잡|걸리|잡힐)|출국\s?심사에서\s?[^.\n]{0,12}?의심|심사\s?때\s?보여\s?주|(?:부모님?|가족|엄마|아빠)(?:한테는?|께는?|에게는?)\s?(?:그냥\s?)?[^.\n]{0,30}?간다고\s?(?:말씀\s?드리|말하|하)|(?:뉴스|기사)(?:들)?\s?(?:은\s?|는\s?)?(?:다\s?)?(?:과장|거짓|가짜|뻥)|유심\s?(?:사지\s?말|사지마|사지\s?마)|라고만\s?해\s?주세요|(?:위치|건물\s?사진)[^.\n]{0,25}?(?:보내시면\s?안|보내면\s?안)|(?:일|업무|회사)\s?(?:관련\s?)?(?:얘기|이야기)[^.\n]{0,6}?(?:절대|금지)|삭제\s?부탁|기록\s?(?:다\s?)?지우|위치\s?(?:공유)?\s?(?:꺼|끄)|심사대?\s?안\s?거치|(?:지역|위치|장소)\s?(?:는\s?)?말하지",
    r"(?:gak|ga|tidak|nggak)\s+perlu\s+cap\s+paspor|\bsinyal\s+(?:agak\s+)?(?:susah|jelek|lemah)\b[^.\n]{0,60}?\b(?:telpon|telepon|hubungi|kabar)\w*\s+keluarga|\bjarang\s+bisa\s+(?:telpon|telepon|hubungi)\s+keluarga|nyebrang\s+sungai|imigrasi\s+(?:\w+\s+)?(?:jawab|bilang)|jangan\s+sebut\s+kerja|(?:inget|ingat)\s*:?\s*turis|(?:jangan|jgn)\s+(?:ada\s+(?:yg|yang)\s+)?bilang\s+kerja|(?:chat|grup)\s+(?:ini\s+)?(?:sama\s+aku\s+)?(?:juga\s+)?(?:hapus|bubarin)|(?:ga|gak|tidak)\s+lewat\s+pos|ga\s+usah\s+dikasih\s+tau|kalau\s+imigrasi\s+(?:nanya|tanya)|jangan\s+beli\s+sim|jangan\s+ngaku\s+kenal|\bshow\s+money\b|chat\s+kita\s+(?:ini\s+)?(?:di)?hapus|(?:jangan|jgn)\s+posting\b|jangan\s+bikin\s+story",
    r"บอก(?:แม่|พ่อ|พ่อแม่|ที่บ้าน)?ไปว่าได้งาน|ไม่ต้องบอก(?:ว่า|เขาว่า)?(?:ไป)?(?:กัมพูชา|พม่า|ลาว|เขมร)|ตม\.?\s?(?:สนามบิน)?\s?(?:จะ)?เรียก(?:สอบ|ถาม)|(?:แจ้งตำรวจ|โพสต์)[^\n]{0,40}?(?:ผิดสัญญา|ค่าปรับ)|สัญญาณ(?:ไม่ดี|อ่อน)[^\n]{0,40}?(?:โทรหา|ติดต่อ)(?:ที่บ้าน|ครอบครัว)|บอกแค่ว่าไปทำงาน|ไม่ต้องผ่านด่าน|ไม่ผ่านด่าน|อย่าเพิ่งเล่า|ไม่ต้องประทับตรา|พาข้ามแม่น้ำ|ถ้า\s?(?:ด่าน|ตม\.?)\s?ถาม|เบอร์เก่าปิด|ลบแชท|ปิดโลเคชั่น|ปิดโลเคชัน|ไม่ต้องไปด่าน|ทำตัว(?:ให้)?เหมือนมาเที่ยว|(?:อย่า|ไม่ต้อง)บอกพ่อแม่|บอก(?:ว่า|เขาว่า)?(?:ไป|มา)(?:หาเพื่อน|เยี่ยมญาติ|เยี่ยมเพื่อน)",
    r"(?:cu\s+)?noi\s+(?:la\s+)?(?:di\s+)?lam\s+(?:tong\s+dai\s+|cong\s+nhan\s+)?o\s+(?:sai\s+gon|ha\s+noi|binh\s+duong|dong\s+nai)|khong\s+can\s+dong\s+dau|\bmac\s+do\s+(?:binh\s+thuong\s+)?nhu\s+di\s+(?:choi|du\s+lich)|\bdang\s+xuat\s+zalo\b|\bbi\s+quet\s+tin\s+nhan\b|\bkhong\s+can\s+noi\s+chuyen\s+voi\s+ai|\bsong\s+yeu\b[^.\n]{0,60}?\b(?:goi\s+ve\s+nha|lien\s+lac)|\bnoi\s+(?:truoc\s+)?voi\s+bo\s+me\s+la\s+ban\b|dung\s+ke\s+chi\s+tiet|hoi\s+(?:thi\s+)?(?:cu\s+)?(?:noi|bao)|xoa\s+(?:het\s+)?tin\s+nhan|tat\s+dinh\s+vi|(?:ko|khong)\s+di\s+(?:qua\s+)?cua\s+khau\s+chinh|dung\s+dang\s+story|duong\s+mon",
    # posing as a tourist, a SIM thrown away, no call on the way, the chat left, no post of
    # where one goes: a handler's instructions for the journey (six-11/six-12, read after their blind runs)
    r"tell\s+(?:the\s+)?(?:immigration|officers?|border(?:\s+guards?)?)\s+(?:you'?re|you\s+are|that\s+you(?:'re|\s+are)?)\s+(?:going\s+)?(?:on\s+)?(?:a\s+)?(?:holiday|vacation|tourist|visiting|trip)"
    r"|\bsay\s+(?:you'?re|you\s+are)\s+(?:a\s+tourist|on\s+(?:a\s+)?(?:holiday|vacation)|just\s+visiting)|\bcross\s+(?:the\s+border\s+)?as\s+(?:a\s+)?tourists?"
    r"|don'?t\s+post\s+(?:on\s+\w+\s+(?:or\s+\w+\s+)?)?(?:where|about\s+where)|(?:don'?t|do\s+not)\s+(?:call|contact|text|message)\s+anyone\s+(?:on\s+the\s+way|during|while)"
    r"|(?:throw|toss)\s+(?:away\s+)?(?:your|ur|the)\s+(?:old\s+)?sim|\bleave\s+this\s+(?:chat|group)\s+after"
    r"|\bsay\s+(?:you'?re|you\s+are)\s+(?:just\s+)?(?:visiting|seeing)\s+(?:a\s+)?(?:friend|relative|family)|\bkeep\s+(?:this|our|the)\s+(?:chat|conversation|job|offer)\s+(?:private|secret|confidential)"
    r"|\bdon'?t\s+post\s+about\s+the\s+(?:job|work|company)|\bnot\s+to\s+post\s+(?:on\s+\w+\s+)?that\s+(?:i|you)(?:'m|\s+am|'re|\s+are)\s+going|\b(?:don'?t|do\s+not)\s+tell\s+(?:your|ur)\s+(?:parents|family|mum|mom|dad)\b",
    r"관광\s?(?:목적|왔다|하러\s?왔다)?이?라고\s?(?:하|해|말)|(?:여행|놀러|관광)\s?(?:왔다|간다|가는\s?거)고(?:만)?\s?(?:하|말)|유심(?:은|도|칩)?\s?(?:\S{0,4}\s?)?버리"
    r"|누구(?:한테|에게)도\s?연락하지\s?마|지인\s?방문(?:이라고|으로)|방문\s?목적(?:은|을|는)?\s?\W?관광|(?:대화|채팅|톡)\s?내용\s?(?:\S{1,4}\s?)?삭제|(?:일|취업)하러\s?왔다고\s?하(?:시|면)|주변에\s?알리지\s?마|(?:일|일하러|취업)\S{0,6}\s?(?:간다는\s?)?(?:말|얘기)(?:은|는)?\s?(?:절대\s?)?하지\s?마|(?:대화방|채팅방|톡방)(?:은|도)?\s?(?:\S{1,6}\s?){0,2}나가|(?:어디\s?가는지|행선지)\s?(?:\S{0,6}\s?)?(?:말하지|올리지|공유하지)\s?마",
    r"\bbilang\s+(?:aja\s+|saja\s+)?(?:mau\s+|lagi\s+)?(?:liburan|wisata|jalan[-\s]?jalan|jalan2|melancong)\b|\bbukti\s+liburan\b|\b(?:bilang|ngaku)\s+(?:aja\s+)?(?:mau\s+)?(?:jenguk|ketemu|kunjungi|mengunjungi)\s+(?:teman|temen|saudara)|\b(?:jangan|gausah|ga\s+usah|gak\s+usah|nggak\s+usah)\s+(?:bilang|kasih\s+tau|kasih\s+tahu|cerita)\s+(?:ke\s+|sama\s+)?(?:orang\s+tua|ortu|keluarga)\b|\bbuang\s+(?:aja\s+)?(?:sim|kartu)"
    r"|\bjangan\s+(?:hubungi|telepon|nelpon|telpon|kabari|kasih\s+tau)\s+siapa|\bjangan\s+(?:posting|upload|pamer)\s+(?:lokasi|di\s*mana|kemana|apa)",
    r"ห้าม(?:โทร|ติดต่อ)(?:หา|บอก)?ใคร|ทิ้งซิม|บอก(?:ว่า|เขาว่า)?(?:มา|ไป)เที่ยว|อย่า(?:เพิ่ง)?(?:โพสต์|ลงเฟส|เช็คอิน|เช็กอิน)"
    r"|(?:ยัง)?ไม่ต้องบอกที่บ้าน|บอก(?:ที่บ้าน)?ว่าไปทำงาน(?:ที่)?(?:กรุงเทพ|กทม|ระยอง|ชลบุรี)",
    r"\b(?:cu\s+)?noi\s+(?:la\s+)?(?:di|qua|sang)\s+du\s+lich|khong\s+(?:dang|post)\s+(?:fb|face|facebook|tiktok)?\s*(?:check[-\s]?in|vi\s+tri|dia\s+diem)"
    r"|\b(?:dung|khong\s+can)\s+(?:noi|ke|bao)\s+(?:voi\s+|cho\s+)?(?:bo\s+me|ba\s+me|gia\s+dinh|nguoi\s+nha)\b|\bnoi\s+(?:la\s+)?(?:di\s+)?tham\s+(?:ban|nguoi\s+than|ho\s+hang)\b"
    r"|\bnoi\s+voi\s+(?:hai\s+quan|cong\s+an|bien\s+phong|xuat\s+nhap\s+canh)\s+(?:la\s+)?(?:di\s+)?du\s+lich|\bdung\s+noi\s+(?:la\s+)?di\s+lam\b|\btra\s+loi\s+(?:la\s+)?(?:di\s+)?du\s+lich|\bkhong\s+dang\s+gi\s+len\s+mang|\b(?:vut|quang)\s+(?:cai\s+)?sim|\b(?:dung|khong\s+duoc)\s+(?:goi|nhan\s+tin|lien\s+lac)\s+(?:cho\s+|voi\s+)?(?:ai|bat\s+ky\s+ai)\b",
    r"(?:别|別|不要)(?:跟|和)(?:其他人|别人|別人|任何人|陌生人)(?:说话|說話|讲话|講話|聊)|(?:出关|出關|过关|過關)(?:的时候|的時候)?就?(?:说|說)|朋友圈设置三天可见|朋友圈設置三天可見|(?:别|別|不要)用国内(?:号码|號碼)|(?:跟|和)家(?:人|里|裡)(?:说|說)是?去\S{0,6}(?:玩|旅游|旅遊)|(?:别|別)(?:拍照|出声|出聲)|(?:就)?(?:说|說)(?:是)?来?(?:旅游|旅遊|玩)的?就(?:行|好|可以)|(?:别|別|不要)(?:说|說)(?:是)?[来來去]?(?:工作|上班|打工)|信号不好[^。\n]{0,30}?(?:打电话|联系|聯繫)|(?:跟|和)家里(?:人)?(?:说|說)\S{0,4}(?:一个月|一個月|一周|一星期|半个月|半個月)(?:联系|聯繫|打)|就(?:说|說)(?:是)?来?(?:找朋友|看朋友|探亲|探親)|(?:别|別|不要)(?:告诉|告訴|跟)(?:家里|家裡|家人|父母|爸妈|爸媽)|(?:手机卡|手機卡|电话卡|電話卡|旧卡|舊卡)\S{0,2}(?:扔|丢|丟)|不要(?:给|給|跟)任何人(?:打电话|打電話|联系|聯繫|说|說)"
    r"|(?:看完|读完|讀完)\S{0,6}(?:删|刪)|(?:别|別|不要)(?:发|發)朋友圈",
    # the news of compounds called lies or exaggerations by the recruiter ("ข่าวปั่นค่ะ", "báo chí viết vậy thôi")
    r"\b(?:the\s+)?news\s+(?:is|are)\s+(?:all\s+)?(?:exaggerated|fake|lies)|\bdon'?t\s+believe\s+(?:the\s+)?(?:news|tiktok|videos?|media)\b|\bnot\s+(?:as\s+)?(?:scary|bad)\s+as\s+(?:the\s+)?(?:news|media)",
    r"뉴스(?:는|가)?\s?(?:다\s?)?(?:과장|부풀|거짓)|중국계\s?이상한\s?업체|기사(?:는|가)?\s?(?:다\s?)?과장",
    r"\bjangan\s+(?:percaya|dengerin|dengar)\s+(?:berita|omongan|tiktok|video)|\bberita(?:nya)?\s+(?:lebay|dilebih|bohong|hoax)",
    r"ข่าวปั่น|อย่าไปเชื่อข่าว|ไม่ได้น่ากลัวอย่างที่ข่าว|ข่าวเกินจริง",
    r"\bbao\s+chi\s+viet\s+vay\s+thoi|\b(?:ko|khong)\s+(?:dang\s+)?so\s+nhu\s+(?:bao|tin)|\bdung\s+(?:tin|nghe)\s+(?:bao|tin\s+tren\s+mang|tiktok)",
    r"(?:没|沒)(?:有)?(?:新闻|新聞)(?:说|說)的那么|(?:新闻|新聞)(?:都是)?(?:夸张|誇張|瞎说|瞎說)|(?:别|別|不要)(?:信|相信|听|聽)(?:新闻|新聞|抖音)",
    r"(?:跟|和)家里人?就说|(?:跟|和)家裡人?就說|不用盖章|不用蓋章|就说在\S{1,4}(?:做|上班)|就說在\S{1,4}(?:做|上班)|先别跟(?:他们|家里|家人)说|(?:边检|邊檢|海关|海關)(?:的时候|的時候)?(?:问|問)(?:你)?(?:就)?(?:说|說)|(?:千万|千萬)?(?:别|別|不要)提工作|(?:删|刪)(?:了|掉)?(?:聊天记录|聊天記錄)|(?:聊天记录|聊天記錄)(?:也|都|全)?(?:删|刪)|定位(?:关|關)|(?:关|關)(?:掉)?定位|走山路|(?:河边|河邊)(?:有人|那边|那邊)|(?:边上|邊上)接(?:应|應)",
    # six-28 (read after its blind run): what to tell the border, a return ticket bought for show
    r"\b(?:airport|immigration|border)\s+(?:officers?|staff|guards?)\b[^.\n]{0,40}?\bsay\s+(?:(?:u|you)(?:'re|\s+are|\s+r)?\s+(?:on\s+)?)?(?:a\s+)?(?:holiday|vacation|tourist|trip)|\breturn\s+ticket\b[^.\n]{0,40}?\bcancel",
    r"돌아오는\s?(?:표|티켓|항공권)[^.\n]{0,30}?취소",
    r"\bbilang\s+(?:aja\s+)?(?:ke|sama)\s+(?:petugas|imigrasi|polisi)\b[^.\n]{0,30}?\b(?:liburan|wisata|jalan)|\btiket\s+(?:balik|pulang)\b[^.\n]{0,40}?\bcancel",
    r"บอก(?:เจ้าหน้าที่|ตม\.?|ด่าน)\S{0,4}ว่า(?:มา|ไป)เที่ยว|ตั๋วขากลับ[^\n]{0,30}?ยกเลิก",
    r"\bcua\s+khau\b[^.\n]{0,20}?\bnoi\s+(?:la\s+)?di\s+(?:choi|du\s+lich)|\bve\s+(?:khu\s+hoi|chieu\s+ve)\b[^.\n]{0,30}?\bhuy\b",
    r"(?:口岸|边检|邊檢|海关|海關|机场|機場)[^。\n]{0,6}?(?:就)?(?:说|說)(?:是)?(?:去|来|來)?(?:玩|旅游|旅遊)|(?:回程|返程)(?:票|机票|機票)[^。\n]{0,20}?(?:退掉|取消)",
    # six-30: the company's name kept until arrival, "connections with the police" for no work visa,
    # no taxi and no talking to anyone at the airport, nothing posted, the family told of a hotel job
    r"\bcompany\s+name\s+(?:is\s+)?(?:confidential|secret|private)\b|\b(?:will|you'?ll|u\s+will)\s+know\s+(?:the\s+name\s+)?when\s+(?:you\s+|u\s+)?arrive|\bcompany\s+ha(?:ve|s)\s+(?:connection|connections|contacts?)\s+with\s+(?:the\s+)?police|\b(?:don'?t|dont|do\s+not)\s+(?:take\s+(?:a\s+)?taxi|talk\s+to\s+anyone|post\s+(?:on\s+)?(?:fb|facebook|ig|instagram|social\s+media)\b)|\bremember\s+(?:to\s+)?say\s+(?:holiday|vacation|tourist)|\bsay\s+(?:holiday|vacation|tourist)\s+only\b",
    r"(?:도착(?:하시면|하면|해서|후에?)|가시면)\s?알려\s?드[^.\n]{0,12}?보안|보안상\s?(?:\S{0,6}\s?)?(?:알려\s?드릴\s?수\s?없|말씀\s?못)|(?:가족|부모님?)(?:분들)?(?:한테는?|께는?|에게는?)\s?(?:그냥\s?)?[^.\n]{0,30}?(?:취업했다고|일한다고)\s?(?:하는\s?게|하세요|해요|하시면)|(?:미리\s?)?주변에\s?(?:얘기|말)\s?하지\s?마|(?:인스타|페북|sns)[^.\n]{0,20}?올리지\s?마|다른\s?사람\s?따라가지\s?마|무비자로\s?(?:들어가|입국)[^.\n]{0,40}?(?:현지에서|가서)\s?(?:다\s?)?(?:해결|처리)",
    r"\bnama\s+(?:pt|perusahaan)(?:nya)?\s+(?:masih\s+)?rahasia|\bkenalan\s+(?:sama\s+)?polisi|\b(?:jgn|jangan)\s+(?:naik\s+taksi|ngobrol\s+(?:sama|dengan)\s+(?:orang|org)|cerita\s+(?:detail\s+)?(?:ke|sama)\s+keluarga)|\bbilang\s+(?:aja\s+)?turis\b|\bbilang\s+aja\s+dapet\s+kerja\s+di\s+hotel",
    r"ชื่อบริษัท(?:ยัง)?บอกไม่ได้|มีเส้นกับตำรวจ|ห้ามเรียกแท็กซี่|ห้ามคุยกับใคร|อย่าเล่ารายละเอียดให้ที่บ้าน|บอกแค่ว่าได้งาน|บอก(?:ว่า|เขาว่า)(?:มา|ไป)?เที่ยว|วีซ่า(?:เข้า)?(?:แบบ)?ท่องเที่ยว(?:ไป)?ก่อน",
    r"\bten\s+(?:cty|cong\s+ty)\s+chua\s+(?:noi|tiet\s+lo)\s+duoc|\b(?:co\s+)?quen\s+(?:cong\s+an|canh\s+sat)\s+ben\s+(?:do|kia)|\bdung\s+(?:bat\s+taxi|noi\s+chuyen\s+voi\s+ai)",
    r"公司名字暂时不方便说|公司名字暫時不方便說|公司名(?:字|称|稱)?(?:暂时|暫時)?保密|(?:跟|和)(?:那边|那邊|当地|當地)?警察(?:都)?有(?:关系|關係)|记得说去旅游|記得說去旅遊|说是旅游|說是旅遊|护照直接给他|護照直接給他",
    # six-32: the chat to be deleted
    r"\bdelete\s+(?:our|this|the)\s+(?:chat|messages|conversation)\b|\bhapus\s+(?:chat|percakapan|pesan)\s+(?:kita|ini)\b|\bxoa\s+(?:tin\s+nhan|doan\s+chat)\b|ลบแชท(?:นี้|เรา)|(?:删|刪)(?:掉|除)?(?:我们的|我們的)?(?:聊天记录|聊天記錄)|(?:대화|카톡|채팅)\s?(?:내용\s?)?(?:은\s?)?(?:삭제|지워)",
    # six-35/36: what to tell the family, the small path over the border without passport or visa
    r"\bke\s+keluarga\s+(?:cukup\s+|bilang\s+)?(?:bilang\s+)?kerja\s+di\s+(?:hotel|restoran|pabrik|kantor)|부모님(?:한테는|께는|한테)\s?(?:그냥\s?)?(?:\S+\s?){0,2}(?:이라고만|라고만)\s?해|ไม่ต้องบอกใคร(?:นะ)?ว่าไปไหน",
    r"就说(?:是)?来旅游|就說(?:是)?來旅遊|(?:别|別)说是来上班|(?:别|別)說是來上班|走小路(?:过去|過去)|ไม่ต้องทำ(?:พาสปอร์ต|หนังสือเดินทาง)|\bduong\s+tat\s+qua\s+bien\s+gioi\b",
)


# Flags that say the job is away, or what no lawful employer asks (see `analyse`).
_AWAY_OR_DECISIVE = {"travel_ban_area", "destination_hub", "vague_destination", "border_route", "passport_handover", "tourist_visa_work"}
# A journey in the text: a flight, a ticket, a visa, a passport, going abroad.
_JOURNEY = _rx(
    r"\b(?:flights?|fly|plane|air\s*(?:fare|ticket)|airport|tickets?|visas?|passports?|abroad|overseas|cross(?:ing)?\s+the\s+border)\b",
    r"항공|비행기|공항|비자|여권|해외|출국|입국",
    r"\b(?:tiket|pesawat|bandara|visa|paspor|luar\s+negeri|terbang)\b",
    r"ตั๋ว|เครื่องบิน|บินฟรี|สนามบิน|วีซ่า|พาสปอร์ต|หนังสือเดินทาง|ต่างประเทศ|ต่างแดน|ข้ามแดน",
    r"\b(?:ve\s+may\s+bay|may\s+bay|san\s+bay|visa|ho\s+chieu|passport|nuoc\s+ngoai|xuat\s+canh|bay\s+qua|bay\s+sang)\b",
    r"机票|機票|飞机|飛機|机场|機場|签证|簽證|护照|護照|出国|出國|境外|海外|出境",
)


# An application in person at the site, with one's ID, or on the employer's official page:
# how a factory, a shop or a hotel at home hires (a lure never lets anyone see the place).
_APPLY_AT_HOME = _rx(
    r"\bwalk[-\s]?ins?\b|\bbring\s+(?:your\s+|a\s+|2\s+)?(?:photo\s+|valid\s+)?ids?\b|\bapply\s+in\s+person\b|\bapply\s+(?:at|on)\s+(?:our|the)\s+(?:official\s+)?(?:careers?\s+page|website|site\s+office|store|shop)",
    r"(?:매장|현장|방문)\s?면접|공식\s?(?:채용\s?)?홈페이지|직접\s?방문",
    r"\blamaran\s+(?:dibawa|diantar)\s+langsung|\bdatang\s+langsung\s+ke\b|\bwalk\s+in\s+interview|\bbawa\s+(?:ktp|fotokopi\s+ktp)",
    r"สมัครได้ที่หน้า(?:โรงงาน|ร้าน|บริษัท)|สมัครด้วยตนเอง|สมัครได้ที่(?:ร้าน|โรงงาน|บริษัท|สำนักงาน)|(?:ติดต่อ|สมัคร)(?:ได้)?ที่หน้าร้าน",
    r"\bphong\s+van\s+truc\s+tiep\b|\bden\s+truc\s+tiep\b|\bnop\s+ho\s+so\s+truc\s+tiep\b",
    r"(?:到店|到厂|到廠|现场|現場|厂门口|廠門口)面试|直接到(?:店|厂|廠|公司)|带身份证到|帶身份證到|(?:厂方|厂家|工厂|工廠|廠方)直招|亲临|親臨|官网(?:投递|投遞)|官方招聘(?:网站|網站|平台)",
)


# A place abroad or "over there": the countries and cities of the region, "there" as people say it.
_ELSEWHERE = _rx(
    r"\b(?:thailand|thai|bangkok|pattaya|malaysia|kuala\s+lumpur|kl|johor|philippines?|manila|clark|pampanga|vietnam|ho\s+chi\s+minh|hanoi|laos|vientiane|myanmar|burma|cambodia|dubai|asia|sez|kk|there|over\s+there|back\s+home|inside|abroad|foreign(?:ers?)?)\b"
    r"|\b(?:in|inside)\s+the\s+(?:compound|office\s+building|company\s+(?:compound|building))",
    r"태국|방콕|말레이|필리핀|마닐라|베트남|호치민|라오스|미얀마|캄보디아|두바이|동남아|현지|거기|그쪽|밖에는|외국인|회사\s?건물\s?안|단지\s?(?:안|내)",
    r"\b(?:thailand|thai|bangkok|malaysia|malay|filipina|manila|vietnam|laos|myanmar|kamboja|dubai|asia|ln|di\s+sana|sana|orang\s+asing)\b|\btinggal\s+di\s+(?:gedung|area|dalam)\s+kantor",
    r"ไทย|มาเลย์|ฟิลิปปินส์|เวียดนาม|ลาว|พม่า|เมียนมา|กัมพูชา|เขมร|ดูไบ|ที่นู่น|ฝั่งโน้น|ที่นั่น|ต่างแดน|ต่างชาติ|รอบเดินทาง|ออกเดินทาง|วันเดินทาง",
    r"\b(?:thai|thai\s+lan|bangkok|malaysia|mã\s+lai|philippines|lao|myanmar|campuchia|cam|dubai|ben\s+(?:do|kia)|qua\s+(?:do|ben)|nguoi\s+nuoc\s+ngoai|trong\s+khu\s+cong\s+ty)\b",
    r"泰国|泰國|曼谷|马来|馬來|菲律宾|菲律賓|越南|老挝|老撾|缅甸|緬甸|柬埔寨|迪拜|东南亚|東南亞|那边|那邊|邻国|鄰國|国外|國外|外国人|外國人|老外|园区|園區",
)


# "High pay" as a bare word, however little else the ad says ("việc nhẹ lương cao", "轻松高薪").
_HIGH_PAY_WORD = _rx(r"\bluong\s+cao\b|高薪|\bhigh[-\s]paying\b|\bgaji\s+tinggi\b|고수익|รายได้สูง|เงินเดือนสูง")


# A work permit named beside a business visa (`_BUSINESS_VISA`, above; see `analyse`).
_WORK_PERMIT_NAMED = _rx(r"劳工证|勞工證|工作证|工作證|work\s+permit|노동\s?허가|취업\s?허가|izin\s+kerja|ใบอนุญาตทำงาน|เวิร์[คก]\s?เพอร์มิต|giay\s+phep\s+lao\s+dong")


# Debt before the work: a deposit returned after probation, a penalty for cancelling, the fare
# and training owed if one quits early (see `analyse`).
_BONDAGE = _rx(
    r"\bif\s+(?:you|u)\s+(?:resign|quit|leave)\s+(?:before|within)\b[^.\n]{0,60}?\b(?:compensate|pay|refund|repay)\b|"
    r"\bdeposit\b[^.\n]{0,60}?\b(?:back|refund\w*|return\w*)\b[^.\n]{0,30}?\b(?:after|when|once)\b|\bif\s+(?:u|you)\s+cancel\b[^.\n]{0,40}?\b(?:refund|pay|repay)|\bticket\s+(?:already\s+)?(?:bought|booked)\s+(?:under|in)\s+(?:ur|your)\s+name",
    r"중도\s?퇴사\s?시[^.\n]{0,40}?위약금|(?:선불|가불)[^\n]{0,60}?각서|보증금[^.\n]{0,40}?(?:돌려|환불)|(?:그만두|귀국|퇴사)[^.\n]{0,25}?(?:항공료|비행기\s?값|항공권|위약금)",
    r"\buang\s+jaminan\b|\bkasbon\b[^.\n]{0,60}?\bdipotong\s+gaji|\bbiar\s+(?:kamu\s+)?(?:gak|ga|tidak|nggak)\s+kabur\b|\bdipinjam\w*\s+(?:oleh\s+)?(?:perusahaan|pt|agen|kantor)\b[^.\n]{0,40}?\bpotong\w*\s+gaji|\bdeposit\b[^.\n]{0,40}?\b(?:dikembali\w*|balik)\b|\b(?:kalo|kalau|klo)\s+batal\b[^.\n]{0,30}?\b(?:ganti|bayar)\b",
    r"ลาออกก่อนครบ[^\n]{0,40}?(?:ชดใช้|จ่ายคืน)|(?:ต้อง)?อยู่ให้ครบ(?:ปี|สัญญา)[^\n]{0,80}?ค่าปรับ|ลาออกก่อน\s?\d+\s?(?:ปี|เดือน)[^\n]{0,30}?(?:ค่าปรับ|ชดใช้|จ่ายคืน)|ค่าประกัน(?:ช่วง)?ทดลองงาน|(?:ลาออก|ยกเลิก|ไม่ไป)ก่อน[^\n]{0,30}?(?:จ่ายคืน|ชดใช้)|มัดจำ[^\n]{0,30}?คืน",
    r"\bnghi\s+(?:viec\s+)?truoc\s+(?:han|\d+\s+(?:nam|thang))\b[^.\n]{0,50}?\b(?:den|boi\s+thuong)\b|\btien\s+coc\s+thu\s+viec\b|\bcoc\b[^.\n]{0,30}?\b(?:tra\s+lai|hoan\s+lai)\b|\b(?:ko|khong)\s+di\s+thi\s+phai\s+(?:boi\s+thuong|den)|\bung\s+truoc\b[^.\n]{0,60}?\b(?:ky|lam\s+du|tru)\b|\bgiay\s+nhan\s+no\b|\btru\s+dan\s+vao\s+luong\b",
    r"试用期押金|試用期押金|押金[^。\n]{0,20}?(?:退还|退還|退)|(?:离职|離職|不去|反悔)[^。\n]{0,10}?(?:要赔|要賠|赔偿|賠償)|(?:中途|提前)(?:不干|不幹|走|离职|離職)\S{0,4}(?:要)?(?:赔|賠)|不去\S{0,8}(?:钱|錢)\S{0,4}(?:算谁|算誰|谁出|誰出)",
    # six-27/28 (read after their blind runs): the fare advanced, the rest from the salary, a fee back after months
    r"\bpay\s+(?:it\s+)?back\s+(?:later\s+)?from\s+(?:ur|your|the|my)?\s*(?:salary|pay)|\b(?:the\s+)?(?:rest|balance|other\s+half|half)\s+(?:is\s+|will\s+be\s+)?(?:deducted|from\s+(?:your\s+|ur\s+)?salary)|\bdeduct\s+the\s+rest\b|\bif\s+(?:you|u)\s+(?:don'?t|do\s+not)\s+(?:like|hit|reach|meet)\b[^.\n]{0,60}?\b(?:return|own)\s+ticket|\brefund(?:ed)?\s+after\s+\d+\s+months\b",
    r"첫\s?달\s?(?:월급|급여)\s?(?:나오면|받으면)\s?(?:\S{0,4}\s?)?돌려|발권\s?후\s?취소(?:하면|시)[^.\n]{0,20}?위약금|(?:일주일|해\s?보고)[^.\n]{0,60}?돌아가는\s?비행기표는?\s?본인\s?부담",
    r"\b(?:aku|saya|gw|gue|kami)\s+talangin\b|\bditalangin\b|\bdibalikin\s+(?:pas|waktu|saat)\s+gajian\b|\bdikembalikan\s+setelah\s+\d+\s+bulan|\btrial\b[^.\n]{0,80}?\btiket\s+pulang\b[^.\n]{0,30}?\b(?:ditanggung\s+sendiri|bayar\s+sendiri)",
    r"ครบ(?:\s?\d)?\s?เดือน\S{0,6}คืน(?:ให้)?|(?:ค่าตั๋ว|ค่าเดินทาง)\S{0,10}จ่าย(?:ให้)?ก่อน|(?:ทดลองงาน|ยอด)[^\n]{0,60}?ค่าตั๋วขากลับจ่ายเอง",
    r"\bung\s+(?:tien\s+)?ve\b|\bthang\s+dau\s+(?:tra|hoan)\s+lai\b|\bsau\s+\d+\s+thang\s+hoan\s+lai\b|\b(?:thu\s+viec|chi\s+tieu)\b[^.\n]{0,60}?\bve\s+ve\s+tu\s+tuc",
    r"(?:机票|機票|路费|路費)\S{0,4}(?:先)?(?:帮你|幫你)?(?:垫|墊)|(?:第一个月|第一個月|首月)(?:返还|返還|退还|退還)|(?:做满|做滿|干满|幹滿)\S{0,3}(?:个|個)?月\S{0,4}(?:全额|全額)?(?:退还|退還|返还|返還)|(?:試工|试工|達標|达标)[^。\n]{0,40}?(?:回程|返程)(?:機票|机票)自理"
    r"|(?:做满|做滿|干满|幹滿)\S{0,3}(?:个|個)?月\S{0,2}才(?:报|報|退|给|給|返)",  # six-31: the fare repaid only after three months
    # six-30: pay cut for a missed target, the fare and training repaid on quitting, a fee from the first salary
    r"\bif\s+not\s+reach\s+target\b[^.\n]{0,30}?\bsalary\s+deduct|\bdeduct\w*\s+from\s+(?:your\s+|ur\s+)?salary\s+if\s+(?:you\s+|u\s+)?(?:don'?t|do\s+not|fail)",
    r"실적\s?(?:을\s?)?못\s?채우면\s?(?:월급|급여)에서\s?(?:까|깎|차감)",
    r"\b(?:klo|kalo|kalau)\s+(?:bulan\s+pertama\s+)?(?:gak|ga|tidak)\s+capai\s+target\s+gaji\s+dipotong|\b(?:klo|kalo|kalau)\s+resign\s+(?:sblm|sebelum)\s+\d+\s+bulan\b[^.\n]{0,40}?\b(?:ganti|bayar)|\bdipotong\s+dr?i?\s+gaji\s+pertama",
    r"ลาออกก่อน\s?\d+\s?(?:ปี|เดือน)\S{0,6}ต้องจ่าย",
    r"\btru\s+(?:lai\s+)?vao\s+luong\s+thang\s+dau\b",
    r"(?:没|沒)(?:达标|達標)\S{0,4}扣(?:工资|工資)|(?:第一个月|第一個月)(?:工资|工資)(?:里|裡)扣",
    # six-32 (offers passed on by friends, read after its blind run): leaving early, the fare and the training repaid
    r"\bleave\s+(?:early|before)\b[^.\n]{0,30}?\bpay\s+back\b",
    r"\bkeluar\s+sebelum\s+kontrak\b[^.\n]{0,40}?\b(?:bayar|ganti|denda)\b",
    r"ออกก่อน(?:ครบ)?\S{0,12}(?:ต้อง)?(?:จ่าย|คืน|ชดใช้)ค่า(?:ตั๋ว|เดินทาง|เทรน|ที่พัก)",
    # six-35/36: quitting before the contract ends repaid with the fare, lodging and a fine
    r"\b(?:ve\s+truoc\s+han|bo\s+ngang|nghi\s+truoc\s+han)\b[^.\n]{0,40}?\b(?:boi\s+thuong|den)\b",
    r"\bmundur\b[^.\n]{0,30}?\b(?:ganti\s+rugi|bayar\s+denda)\b",
    r"ทำไม่ครบสัญญา\S{0,12}(?:ต้อง)?(?:จ่าย|คืน|ชดใช้)",
    # six-33: the fare repaid if a target is missed
    r"\bif\s+(?:you\s+|u\s+)?(?:don'?t|do\s+not|fail\s+to|can'?t)\s+(?:reach|hit|meet|make)\s+(?:the\s+|ur\s+|your\s+)?(?:kpi|target|quota)\b[^.\n]{0,40}?\b(?:pay\s+back|repay|refund)\b",
    r"\b(?:gak|ga|tidak|nggak|ngga)\s+capai\s+target\b[^.\n]{0,30}?\b(?:ganti|bayar|balikin)\s+(?:tiket|biaya)",
    r"(?:ทำ)?ยอดไม่ถึง\S{0,10}(?:ต้อง)?(?:จ่าย|คืน)ค่าตั๋ว",
    r"\b(?:ko|khong|k)\s+dat\s+(?:kpi|chi\s+tieu|target)\b[^.\n]{0,30}?\b(?:den|tra|hoan)\s+(?:lai\s+)?tien\s+ve\b",
    r"(?:没|沒|不)(?:达标|達標|完成业绩|完成業績)\S{0,6}(?:赔|賠|退|还|還)(?:机票|機票)",
)



# The worker kept inside: not allowed out of the dorm, the office or the compound ("can't go out
# the first 3 months", "吃住都在园区，不用出去", "ห้ามออกนอกบริษัท"); what a compound says of its
# guards as a perk or a rule, and no lawful employer's terms (see `analyse`).
_KEPT_INSIDE = _rx(
    r"\b(?:can'?t|cannot|can\s+not|not\s+(?:allowed|permitted)\s+to|no\s+need\s+to|won'?t\s+(?:need|be\s+able)\s+to|don'?t\s+need\s+to|never\s+need\s+to)\s+(?:go\s+out(?:side)?|leave)\b(?:\s+(?:the|your|our)\s+(?:dorm\w*|compound|building|office|company|premises|site|hotel|zone|park|area))?[^.\n]{0,40}?\b(?:first|during\s+(?:the\s+)?(?:first|probation|contract)|months?|until|without\s+permission|for\s+(?:safety|security))"
    r"|\b(?:the\s+)?first\s+(?:\d|two|three|six)\s+months?\s+(?:you\s+)?(?:can'?t|cannot|won'?t\s+be\s+able\s+to|are\s+not\s+allowed\s+to)\s+(?:go\s+out|leave)"
    r"|\bfirst\s+(?:\d|two|three|six)\s+months?\b[^.\n]{0,40}?\bstay\s+(?:in|inside)\s+(?:the\s+)?(?:company\s+)?(?:compound|dorm|building|premises)"
    r"|\bgo\s+out\s+(?:only\s+)?with\s+(?:your\s+|the\s+)?(?:team\s+leader|leader|manager|supervisor|boss)'?s?\s+(?:approval|permission)"
    r"|\b(?:no|not\s+allowed)\s+(?:going\s+out|leaving|outings?)\s+(?:of\s+the\s+(?:compound|dorm|building)\s+)?(?:for\s+(?:the\s+)?first|during\s+(?:the\s+)?first|until|without)"
    r"|\b(?:live|stay|eat)\s+(?:and\s+(?:work|eat|sleep)\s+)?(?:all\s+)?inside\s+the\s+(?:compound|company\s+(?:compound|building)|park|building)\b[^.\n]{0,40}?\b(?:no\s+need|don'?t\s+need|never\s+need|can'?t)\s+(?:to\s+)?(?:go\s+out|leave)"
    r"|\b(?:gated|closed|secured)\s+compound\b[^.\n]{0,40}?\b(?:guards?|can'?t\s+leave|no\s+going\s+out)",
    r"(?:외출|출입)\s?(?:은|이)?\s?(?:\S{0,6}\s?)?(?:금지|불가|못\s?해|안\s?됨|안\s?돼|제한)|(?:밖에|밖으로)\s?(?:는\s?)?(?:못|안)\s?나가|(?:단지|회사|숙소|건물)\s?(?:밖|밖으로|밖에)\s?(?:\S{0,4}\s?)?(?:못|안|나갈\s?수\s?없)",
    r"\b(?:(?:tidak|tdk|gak|ga|nggak|ngga|gk)\s+(?:boleh|bisa|perlu|usah)|dilarang)\s+keluar\b(?:\s+(?:dari\s+)?(?:mess|asrama|kantor|gedung|kawasan|area|komplek|kompleks|perusahaan))?[^.\n]{0,40}?\b(?:bulan|selama|sampai|tanpa\s+izin|pertama|kontrak|demi\s+keamanan)"
    r"|\bizin\s+keluar\s+(?:sama|ke|dari|dengan)\s+(?:leader|atasan|bos|mandor|supervisor|kepala)"
    r"|\b(?:\d|dua|tiga|enam)\s+bulan\s+pertama\s+(?:\w+\s+){0,2}(?:tidak|tdk|gak|ga|nggak|gk)\s+(?:boleh|bisa)\s+keluar"
    r"|\b(?:makan|tidur|tinggal)\b[^.\n]{0,20}?\bdi\s+dalam\s+(?:kawasan|komplek|kompleks|gedung|area)\b[^.\n]{0,30}?\b(?:ga|gak|tidak|nggak)\s+(?:perlu|usah|boleh|bisa)\s+keluar",
    r"(?:ห้าม|ไม่ให้|ไม่สามารถ|ไม่ได้|ไม่ต้อง)(?:ออก(?:ไป)?(?:ข้าง)?นอก|ออกจาก(?:ตึก|บริษัท|หอ|ที่พัก|โซน|พื้นที่|อาคาร|นิคม))(?:บริษัท|ตึก|หอ|ที่พัก|โซน|พื้นที่|อาคาร)?[^\n]{0,20}?(?:\d\s?เดือน|เดือนแรก|ช่วงแรก|ช่วงทดลอง|จนกว่า|ตลอดสัญญา|เพื่อความปลอดภัย|ถ้าไม่ได้รับอนุญาต|ไม่ต้อง)"
    r"|อยู่แต่ใน(?:บริษัท|ตึก|หอ|ที่พัก|โซน|อาคาร)|(?:ยัง)?ออก(?:ไป)?(?:ข้าง)?นอกไม่ได้|(?:\d|สาม|หก)\s?เดือนแรก\S{0,6}(?:ห้าม|ไม่ให้|ไม่สามารถ|ไม่ได้)ออก"
    r"|(?:กิน|นอน|อยู่)(?:และ)?(?:กิน|นอน|อยู่|ทำงาน)?(?:ใน|ข้างใน)(?:ตึก|บริษัท|โซน|พื้นที่|อาคาร|คอมเพล็กซ์|คอมปาวด์)[^\n]{0,20}?ไม่(?:ต้อง|ได้)ออก(?:ไป)?(?:ข้าง)?นอก",
    r"\b(?:\d|mot|hai|ba|sau)\s+thang\s+dau\s+(?:tien\s+)?(?:la\s+)?(?:khong|ko|k)\s+(?:duoc|the)\s+(?:ra\s+ngoai|ra\s+khoi|di\s+ra)|\b(?:khong|ko|k|hong)\s+(?:duoc|can|phai)\s+(?:ra\s+ngoai|ra\s+khoi|di\s+ra\s+ngoai|ra\s+vao)\b[^.\n]{0,40}?(?:thang|thoi\s+gian\s+dau|dau\s+tien|het\s+hop\s+dong|neu\s+khong\s+co|de\s+dam\s+bao|an\s+toan|o\s+trong)"
    r"|\b(?:khong|ko|k)\s+duoc\s+ra\s+(?:ngoai\s+)?khu\b"
    r"|\b(?:an|o|ngu)\b[^.\n]{0,16}?\btrong\s+(?:khu|toa\s+nha|cong\s+ty|dac\s+khu)\b[^.\n]{0,30}?\b(?:khong|ko|k)\s+(?:can|duoc|phai)\s+(?:ra\s+ngoai|di\s+dau)",
    r"(?:园区|園區)(?:里|裡)\S{0,8}(?:不用|不能|不让|不讓|不必)(?:出去|出门|出門)|(?:吃住|吃喝|食宿|生活)(?:都|全)?在(?:园区|園區|公司|楼里|樓裡|里面|裡面)[^。\n]{0,10}?(?:不用|不能|不可以|无需|無需|不让|不讓)(?:出去|出门|出門|外出)"
    r"|(?:前|头|頭)\S{0,2}(?:个|個)?月\S{0,4}(?:不能|不可以|不让|不讓|禁止)(?:出|外出|出门|出門|出园区|出園區)|封闭式管理|封閉式管理|(?:不能|不可以|禁止|不让|不讓)(?:随便|隨便|单独|單獨|自己)?(?:出园区|出園區|离开园区|離開園區|外出)",
    # six-30 (a recruiter's answers, read after its blind run): no visits, a closed zone, never out alone
    r"\bfamily\s+visits?\s+(?:is\s+|are\s+)?not\s+allowed|\b(?:secure|closed|restricted)\s+zone\b|\b(?:can'?t|cannot|can\s+not)\s+go\s+out\s+alone\b",
    r"가족\s?(?:면회|방문)(?:은|는)?\s?(?:첫\s?\S{1,4}\s?(?:은|는)?\s?)?(?:안\s?돼|불가|금지)|(?:단지|회사|건물)\s?안에[^.\n]{0,30}?나갈\s?일\s?(?:이\s?)?(?:거의\s?)?없",
    r"\bkeluarga\s+(?:blm|belum|gak|ga|tidak)\s+(?:bisa|boleh)\s+(?:jenguk|berkunjung|datang)|\barea\s+(?:perusahaan|kantor)\s+tertutup|\b(?:gak|ga|tidak|gk)\s+bisa\s+keluar\s+sendiri",
    r"ครอบครัว(?:มา)?เยี่ยมไม่ได้|เป็นเขตปิด|ออกไปข้างนอกคนเดียวไม่ได้",
    r"\bgia\s+dinh\s+chua\s+(?:qua\s+)?tham\s+duoc|\bkhu\s+(?:cty|cong\s+ty)\s+khep\s+kin|\b(?:ko|khong|k)\s+duoc\s+ra\s+ngoai\s+(?:1|mot)\s+minh",
    r"(?:家人|家属|家屬)\S{0,5}不能来(?:探亲|探親|探望)|封闭园区|封閉園區|不能一(?:个|個)人出去",
    # six-32: calls home cut
    r"\b(?:can'?t|cannot|not\s+allowed\s+to)\s+call\s+(?:home|my\s+(?:mom|mum|family|parents))\b",
    r"โทร(?:หา|กลับ)(?:แม่|พ่อ|บ้าน|ครอบครัว)\S{0,6}ไม่ได้",
    r"\b(?:khong|ko|k)\s+(?:duoc\s+)?goi\s+ve\s+nha\b",
    r"不能(?:经常|經常|随便|隨便)?(?:给|給|跟)(?:家里|家裡|家人|爸妈|爸媽|我妈|我媽)打(?:电话|電話)",
    # six-35/36: everything inside, going out only with the team leader
    r"出去(?:得|要)(?:先)?(?:跟|和|找)(?:主管|领导|領導|组长|組長)(?:报备|報備|请假|請假)|(?:园区|園區)(?:里|裡)[^。\n]{0,24}?不用出去"
    r"|ไม่(?:จำเป็น)?ต้องออกไปข้างนอก|ถ้าจะออก\S{0,16}พร้อมหัวหน้า",
)
# six-32: a new phone given and the worker's own left behind (quoted as the phone taken: passport_handover)
_PHONE_SWAPPED = _rx(
    r"\bnew\s+phone\b[^.\n]{0,40}?\b(?:leave|don'?t\s+bring)\b|\b(?:leave|don'?t\s+bring)\s+(?:your|ur)\s+(?:own\s+|old\s+|personal\s+)?phone\b",
    r"(?:기존|원래|개인)\s?(?:폰|핸드폰|휴대폰)(?:은|는)?\s?(?:두고|놓고|안\s?가져)",
    r"\b(?:hp|handphone)\s+(?:lama|pribadi)\s+(?:gak|ga|tidak|nggak)\s+(?:usah|perlu)\s+dibawa\b",
    r"(?:โทรศัพท์|มือถือ)(?:ก็)?มีให้ใหม่|ไม่ต้องเอา(?:โทรศัพท์|มือถือ)(?:เดิม)?มา",
    r"\bdien\s+thoai\s+(?:\S+\s+){0,3}cap\s+moi\b|\bbi\s+thu\s+dien\s+thoai\b",
    r"(?:原来|原來|自己)的手机(?:可以)?不(?:用|要)?带|手机(?:公司)?(?:都)?配新的|(?:手机|手機)\S{0,6}(?:公司)?(?:都)?配新",
    # six-35/36 (read after their blind runs): the phone kept by the company on arrival, personal phones not allowed
    r"\b(?:staff|we|company|they|the\s+company)\s+will\s+keep\s+(?:your|ur)\s+phones?\b|(?:핸드폰|휴대폰|폰)(?:은|는)?\s?(?:보안상\s?)?(?:회사에서|회사가)\s?(?:관리|보관|맡아)",
    r"\b(?:khong|ko|k)\s+cho\s+(?:dung|xai)\s+(?:dien\s+thoai|dt)\s+ca\s+nhan\b|ไม่ให้ใช้(?:มือถือ|โทรศัพท์)ส่วนตัว|不(?:让|讓|准)用(?:自己的|私人)?(?:手机|手機)",
)
_GATED_SITE = re.compile(r"封闭式管理|封閉式管理")
# Bank accounts, cards, SIMs or e-wallets in the worker's own name, brought along or handed
# over: with a journey or a job's lure, a money mule's part asked before any work (see `analyse`).
# An account in one's own name alone is how lawful employers pay wages ("본인 명의 계좌로 지급").
_OWN_ACCOUNTS = _rx(
    r"\b(?:bring|provide|hand\s+over|give\s+(?:us|me)|prepare|send\s+(?:us|me))\b[^.\n]{0,30}?\b(?:bank\s+accounts?|bank\s+cards?|atm\s+cards?|sim\s+cards?|sims|e-?wallets?|gcash|accounts?)\s+(?:registered\s+|opened\s+)?(?:in|under)\s+(?:your|ur)\s+(?:own\s+)?names?\b"
    r"|\bbring\s+(?:your\s+|ur\s+)?(?:own\s+)?(?:\d|two|three|a\s+few|several|some)?\s*(?:bank\s+)?(?:accounts?|bank\s+cards?|atm\s+cards?|bank\s+books?|passbooks?|sim\s+cards?|e-?wallets?)\b",
    r"본인\s?명의\s?(?:의\s?)?(?:계좌|통장|유심|체크\s?카드)(?:이랑|하고|와|과|,|\s|\d개|를|을|도)[^.\n]{0,16}?(?:챙겨|가져|준비해|보내)",
    r"\brekening\s+(?:atas\s+nama|a\.?n\.?)\s+(?:sendiri|kamu|kakak|pribadi|anda)\b[^.\n]{0,30}?\b(?:dibawa|bawa|siapkan|disiapkan|kirim|serahkan)\b|\b(?:bawa|siapkan)\s+(?:\w+\s+){0,2}(?:buku\s+tabungan|kartu\s+atm|atm|rekening|kartu\s+sim|e-?wallet)\b[^.\n]{0,20}?\b(?:atas\s+nama|a\.?n\.?)\s+(?:sendiri|kamu|pribadi)",
    r"(?:บัญชี(?:ธนาคาร)?|บัตร\s?ATM|ซิม)(?:\S{0,12})?ชื่อ(?:ตัว)?(?:เอง|ของ(?:คุณ|ตัวเอง|น้อง))|(?:เอา|พก|ถือ)(?:สมุด)?บัญชี(?:ธนาคาร)?\S{0,12}ไปด้วย",
    r"\b(?:sim|the\s+(?:ngan\s+hang|atm)|tai\s+khoan(?:\s+ngan\s+hang)?)\s+(?:dung\s+)?(?:chinh\s+chu|ten\s+(?:ban|minh|em|chinh\s+minh))\b|\bmang\s+(?:theo\s+)?(?:the\s+(?:ngan\s+hang|atm)|sim|so\s+tiet\s+kiem|tai\s+khoan)\b[^.\n]{0,30}?\b(?:qua|sang|di|chinh\s+chu)\b",
    r"(?:自己|本人|你)名下的?(?:银行卡|銀行卡|手机卡|手機卡|电话卡|電話卡|账户|帳戶|卡)|(?:带|帶)(?:上|好|几张|幾張)?(?:自己的)?(?:银行卡|銀行卡|U盾)",
)
# What only a money mule is asked, job or no job: to rent, lend or sell one's accounts, open
# several, a bank account and a SIM brought together, "跑分" (running funds through one's cards).
_MULE = _rx(
    r"\b(?:[2-9]|two|three|four|several|multiple)\s+(?:new\s+|local\s+)?(?:bank\s+accounts|bank\s+cards|sim\s+cards|sims|e-?wallets)\b|"
    r"\b(?:rent|lend|sell)\s+(?:out\s+)?(?:your|ur)\s+(?:bank\s+)?accounts?\b|\bopen\s+(?:\d|two|three|a\s+few|several|some|multiple)\s+(?:new\s+)?(?:bank\s+)?accounts?\b"
    r"|\b(?:bank\s+account|bank\s+card|atm\s+card)s?\s+(?:and|&|\+)\s+(?:a\s+|your\s+)?sim",
    r"(?:통장|계좌|유심|체크\s?카드)\s?(?:[2-9]|두|세|네)\s?개|(?:[2-9]|두|세)\s?개의?\s?(?:통장|계좌|유심)|"
    r"(?:계좌|통장)\s?(?:를\s?|을\s?)?(?:몇\s?개|여러\s?개|\d\s?개)\s?(?:만들|개설)|(?:계좌|통장)\s?(?:를\s?|을\s?)?(?:대여|빌려\s?주|양도|넘겨|팔)|(?:통장|계좌)(?:\s?\d개)?(?:이랑|하고|와|과|,)\s?(?:\S{0,8}\s?)?유심|(?:계좌|통장)\s?(?:\S{0,4}\s?)?제공해\s?주시면",
    r"\b(?:[2-9]|dua|tiga|empat)\s+(?:kartu\s+sim|sim(?:\s+card)?|rekening|akun\s+bank|e-?wallet)\b|\bbuka\s+rekening\s+baru\s+\w+\s*[+&,/]\s*\w+|"
    r"\bbuka\s+(?:\d|dua|tiga|beberapa|banyak)\s+rekening|\b(?:sewa|jual|pinjam\w*)\s+rekening\b|\brekening\s+(?:dan|&|\+)\s+(?:kartu\s+)?sim\b",
    r"(?:สมุดบัญชี|บัญชี)(?:ธนาคาร)?\s?(?:[2-9]|สอง|สาม)\s?(?:เล่ม|บัญชี)|ซิม(?:การ์ด)?(?:ใหม่)?\s?(?:[2-9]|สอง|สาม)\s?(?:ซิม|อัน|เบอร์)|"
    r"เปิดบัญชี(?:ธนาคาร)?(?:หลาย|เพิ่ม|\d|สอง|สาม)|(?:เช่า|ขาย|ยืม)บัญชี|บัญชีม้า|บัญชี(?:ธนาคาร)?(?:กับ|และ)ซิม",
    r"\b(?:[2-9]|hai|ba|bon)\s+(?:tai\s+khoan|tk|the\s+ngan\s+hang|sim)\b(?:\s+(?:ngan\s+hang|moi))?(?:\s+chinh\s+chu)?|\b(?:tk|tai\s+khoan)\s+(?:ngan\s+hang\s+)?(?:voi|va|\+)\s+sim\b|"
    r"\bmo\s+(?:\d|hai|ba|vai|nhieu)\s+tai\s+khoan|\b(?:thue|ban|muon)\s+tai\s+khoan\b|\bthe\s+(?:ngan\s+hang|atm)\s+(?:voi|va|\+)\s+sim\b",
    r"(?:两|兩|三|四|[2-9])张(?:一类|一類|实名|實名|新的?)?(?:银行卡|銀行卡|手机卡|手機卡|电话卡|電話卡)|(?:一类|一類)(?:银行卡|銀行卡)[^。\n]{0,12}?U盾|"
    r"跑分|(?:办|辦)(?:几张|幾張|多张|多張)(?:卡|银行卡|銀行卡)|(?:收|租|卖|賣)(?:银行卡|銀行卡)|(?:银行卡|銀行卡)(?:和|跟|加)(?:手机卡|手機卡|电话卡|電話卡)",
)
# The work described is the scam itself: chatting under a fake or a woman's profile, drawing
# strangers into "investments" (see `analyse`); what a compound's "chat job" is, never a lawful one.
_SCAM_WORK = _rx(
    r"\b(?:fake|female|girls?'?|woman'?s|women'?s|model|borrowed)\s+(?:profiles?|accounts?|personas?|identit(?:y|ies))\b|\bpretend(?:ing)?\s+to\s+be\s+(?:a\s+)?(?:girl|woman|lady|single|rich|model)|\bpos(?:e|ing)\s+as\s+(?:a\s+)?(?:girl|woman|lady|single|rich|model)",
    r"여자(?:인\s?)?\s?척|여성\s?(?:계정|프로필)|(?:가짜|가상|위장)\s?(?:계정|프로필|인물)|(?:남의|모델)\s?사진(?:으로|을)",
    r"\bakun\s+(?:cewek|cewe|perempuan|wanita|palsu|fake|bodong)\b|\b(?:pura[-\s]?pura|ngaku|nyamar)\s+(?:jadi\s+)?(?:cewek|cewe|perempuan|wanita|orang\s+kaya)\b|\bprofil\s+palsu\b|\bfoto\s+(?:cewek|orang)\s+lain\b",
    r"(?:แกล้ง|ปลอม(?:ตัว)?|สวมรอย)(?:เป็น)?(?:ผู้หญิง|สาว|คนรวย)|โปรไฟล์ปลอม|(?:แอค|บัญชี|เฟส|ไอดี)(?:ปลอม|ผู้หญิง)|รูปคนอื่น",
    r"\b(?:nick|acc|tai\s+khoan|fb)\s+(?:ao|nu|gai|gia)\b|\bgia\s+(?:lam\s+)?(?:gai|con\s+gai|phu\s+nu|nguoi\s+giau)\b|\bdong\s+vai\s+(?:gai|phu\s+nu|con\s+gai|nguoi\s+giau)\b|\banh\s+(?:gai|nguoi\s+khac)\s+(?:de\s+)?(?:lam\s+)?(?:avatar|anh\s+dai\s+dien)",
    r"(?:假装|假裝|扮演|冒充|伪装|偽裝)(?:成)?(?:女|美女|白富美|富婆|富豪|单身|單身)|女号|女號|(?:虚拟|虛擬|假)(?:账号|帳號|身份|人设|人設)|(?:用|拿)(?:别人|別人|美女)(?:的)?(?:照片|头像|頭像)",
    # six-28 (read after its blind run)
    r"\b(?:build|develop)\s+(?:a\s+)?(?:relationships?|trust)\b[^.\n]{0,60}?\b(?:investment|invest|crypto|trading)\b|\bintroduce\s+(?:them\s+to\s+)?(?:an?\s+|our\s+|the\s+)?(?:investment|crypto|trading)\s+(?:app|platform)",
    # six-30: chats with strangers from a script, deposits drawn into an "investment platform"
    r"\bchat(?:ting)?\s+with\s+(?:foreign\s+)?(?:clients?|customers?)\b[^.\n]{0,60}?\b(?:we\s+give|with\s+a|given\s+a)\s+(?:u\s+|you\s+)?scripts?\b|\bguide\s+(?:them|clients|customers)\s+to\s+(?:deposit|invest)",
    r"\bchat\s+(?:sama|dengan)\s+klien\b[^.\n]{0,60}?\bscript\b",
    r"แชทกับลูกค้าต่างชาติ[^\n]{0,40}?สคริปต์",
    r"\bhuong\s+dan\s+(?:ho|khach)\s+nap\s+tien|\bnen\s+tang\s+dau\s+tu\s+online\b[^.\n]{0,60}?\bnap\s+tien",
    r"引导(?:他们|客户)?入金|引導(?:他們|客戶)?入金|聊天[^。\n]{0,20}?(?:话术|話術)",
    # six-32: a friend's account of the work: win a stranger's trust online, then draw them to invest
    r"\brelationship['’]?\s+team\b|\bjust\s+text\s+(?:guys|men)\b",
    r"대본\s?대로\s?(?:카톡|메시지|문자|채팅)",
    r"\btarget(?:nya)?\s+(?:mereka|orang|org)\s+(?:mau\s+)?(?:invest|deposit|depo)\b|\b(?:ngikutin|ikutin)\s+script\b|\bngajak\s+(?:org|orang)\s+(?:deposit|depo|invest)",
    r"(?:ทำให้|ให้)(?:เขา|เค้า|ลูกค้า)?(?:ไว้ใจ|เชื่อใจ)\S{0,10}ชวน(?:ลงทุน|เติมเงิน)|คุยกับ(?:ผู้ชาย|ผู้หญิง|คน)ต่างชาติ\S{0,10}แอ(?:พ|ป)หาคู่",
    r"(?:带|帶|拉)(?:他们|他們|客户|客戶|对方|對方)\S{0,4}(?:去)?(?:投资|投資)(?:平台|平臺)",
)


# A fee paid before the journey, "refunded with your first salary": the debt is the hold, and a
# "work visa" named beside it is the recruiter's word for what the fee buys (see `analyse`).
_REFUNDED_WITH_PAY = _rx(
    r"\b(?:refund(?:ed)?|returned|paid\s+back|reimbursed|given\s+back)\s+(?:\w+\s+){0,2}(?:with|in|from|after|on)\s+(?:your\s+)?first\s+(?:salary|pay(?:check|cheque|day)?|month'?s?\s+(?:salary|pay))",
    r"첫\s?(?:달\s?)?(?:월급|급여)\s?(?:나올\s?때|때|에|과|지급\s?시)\s?(?:\S{0,4}\s?)?(?:환급|돌려|반환)",
    r"\bdikembalikan\s+(?:\w+\s+){0,2}(?:bersama|dengan|di|saat|pas)\s+(?:gaji|bulan)\s+pertama|\bdiganti\s+(?:dari|dengan|pakai)\s+gaji\s+(?:bulan\s+)?pertama",
    r"คืน(?:ให้)?(?:พร้อม|ใน|ตอน|กับ|จาก)(?:รอบ)?เงินเดือน(?:เดือน|งวด)?แรก|เงินเดือน(?:เดือน|งวด)?แรก\S{0,12}คืน(?:ให้)?",
    r"\bhoan\s+(?:lai|tra)\s+(?:\w+\s+){0,2}(?:cung|vao|voi|khi\s+nhan)\s+(?:thang\s+)?luong\s+(?:thang\s+)?dau|\b(?:thang\s+)?luong\s+(?:thang\s+)?dau\b[^.\n]{0,25}?\b(?:hoan\s+(?:lai|tra)|tra\s+lai)\b",
    r"(?:第一个月|第一個月|首月)的?(?:工资|工資|薪水)\S{0,3}(?:全额|全額)?(?:返还|返還|退还|退還|退回|返给|返給|还给|還給|退给|退給)|(?:从|從)(?:工资|工資)(?:里|裡)(?:返|还|還|退)|到了(?:公司)?(?:给你|給你)?(?:报销|報銷)",
)

# The fee paid into someone's own account "because the company's is locked" ("a.n. pribadi ya, bukan PT",
# "tên cậu chị, tài khoản cty đang bị khóa", "ชื่อบัญชีเป็นชื่อน้องสาวพี่ บัญชีบริษัทโอนยาก"): no lawful
# agency takes fees that way (six-26, read after its blind run)
_PERSONAL_ACCOUNT = _rx(
    r"\b(?:company'?s?|office)\s+account\s+is\s+(?:locked|frozen|blocked|under\s+maintenance|having\s+(?:issues|problems))|\b(?:to|into)\s+my\s+(?:personal|own|sister'?s|brother'?s|wife'?s|mother'?s)\s+account\b",
    r"회사\s?계좌(?:가|는)?\s?(?:막혀|정지|묶여|문제)|(?:개인|제)\s?계좌로\s?(?:보내|입금)",
    r"\bke\s+rek(?:ening)?\s+(?:bos|boss|saya|aku|gw|gue|pribadi)\b|\b(?:a\.?\s?n\.?|atas\s+nama)\s+pribadi\b|\brekening\s+pribadi\b[^.\n]{0,30}?\bbukan\s+(?:pt|perusahaan|kantor)",
    r"บัญชีบริษัท(?:โอน)?(?:ยาก|มีปัญหา|ถูกระงับ|ใช้ไม่ได้)|ชื่อบัญชี(?:เป็น)?ชื่อ(?:น้อง|พี่|แม่|ญาติ|เพื่อน)",
    r"\btai\s+khoan\s+(?:cty|cong\s+ty)\s+(?:dang\s+)?bi\s+(?:khoa|phong\s+toa)|\bstk\s+(?:ca\s+nhan|cua\s+(?:chi|anh|em|cau|me))\b",
    r"公司(?:账户|賬戶|账号|賬號)(?:被)?(?:冻结|凍結|封|有问题|有問題)|(?:转|轉)(?:到|给|給)?我(?:个人|個人)(?:账户|賬戶|卡)|先(?:转|轉)我微信",
)

_WARNED_OFF = _rx(r"\b(?:never|don'?t|do\s+not|jangan|jgn|dung)\b|đừng|อย่า|ห้าม|不要|别|別|절대|하지\s?마")


# Someone of the recruiter's who meets them, or "the rest we arrange": with an entry as a
# tourist or a border crossing, the plan of a smuggler (see `analyse`).
_HANDLER = _rx(
    r"\bthe\s+rest\s+(?:we|our\s+(?:team|agent|people))\s+(?:will\s+)?(?:arrange|handle|take\s+care|sort)|(?:someone|a\s+(?:car|driver|guy|man)|another\s+car|our\s+(?:agent|driver|guy|people|team))\s+(?:will\s+)?(?:pick\s+(?:you|u)\s+up|meet\s+(?:you|u)|be\s+waiting)",
    r"그\s?다음(?:은|부터)?\s?저희가\s?(?:안내|처리|알아서)|차\s?(?:가\s?)?대기|저희\s?쪽\s?사람이|나머지(?:는)?\s?저희가",
    r"\bsisanya\s+(?:kita|kami|aku)\s+(?:yang\s+)?(?:urus|atur)|\b(?:ada\s+)?(?:yg|yang)\s+jemput\b|\bdijemput\s+(?:tim|orang|sopir|kami)",
    r"ที่เหลือ(?:เดี๋ยว)?(?:พี่|เรา|ทาง\S{0,6})(?:จัดการ|ดูแล)|มีคน(?:มา)?รับ|จะมีผู้ชาย|(?:ให้)?มารับ",
    r"\bcon\s+lai\s+(?:de\s+)?(?:ben\s+)?(?:a|anh|chi|em|cong\s+ty|tui|toi|bon\s+(?:anh|toi))\s+lo\b|\bco\s+(?:nguoi|anh|xe)\b[^.\n]{0,30}\bdon\b",
    r"有人(?:来|來)?接(?:你|应|應)|剩下的?(?:我们|我們|交给我们|交給我們)\S{0,2}(?:安排|搞定|处理|處理)",
)


# A trip, not a job: a tour package, a business trip, studies abroad. Its "visa-free", border
# gate and "our company" are travel words; only a job's own signs or deceit make it a lure.
_TRIP_CONTEXT = _rx(
    r"\btour\s+(?:package|operator)|itinerary|\bpax\b|twin\s+shar|business\s+trip|buyer\s+audit|scholarship|\bmsc\b|study\s+abroad|visa\s+on\s+arrival\s+at",
    r"\bcorporate\s+travel\b|출장\s?항공권|다음\s?주\s?\S{0,6}\s?출장(?!\s?알바)|출장\s?(?:처음|때문|중|일정)|바이어\s?미팅|\bdinas\s+(?:ke|luar)\b|\bjadwal\s+dinas\b|\bdoan\s+cong\s+tac\b|\blam\s+viec\s+voi\s+doi\s+tac\b|\bbusiness\)|\b(?:dat|book)\s+tour\b|\btour\s+(?:campuchia|thai\s+lan|du\s+lich)\b|\b\dn\dd\b|出差|ไปดูงาน|\bperjalanan\s+dinas\b|\bdi\s+cong\s+tac\b|"
    r"展会|展會|参展|參展|ดูงาน|หอการค้า|ค่ายอาสา|\b(?:regional\s+|annual\s+)?conference\b(?!\s+call)|\bwork\s+remotely\s+for\s+my\b|\bdigital\s+nomad\b|\bdtv\b|\bpameran\b(?!\s+(?:kerja|lowongan|bursa))|\btrade\s+(?:fair|show)s?\b|ประชุมกับลูกค้า|พบลูกค้า|\bgap\s+khach\s+hang\b|见客户|見客戶|\bmeeting\s+(?:with\s+)?(?:a\s+|our\s+)?(?:client|customer)s?\b|\bketemu\s+klien\b|\bflatmate\b|출장\s?\d\s?박|협력사\s?미팅|여행사|출장\s?(?:일정|비)|관광청|paket\s+tour|info\s+tur|tur\s+murah|แพ็กเกจทัวร์|ไปเช้าเย็นกลับ|เดินทางไปประชุม|du\s+lich\s+bui|du\s+hoc|hoc\s+bong|旅行社|团费|團費|留学咨询|留學諮詢|签证小科普|簽證小科普",
    # six-27/28 (read after their blind runs): volunteering, a company's own project trip, a church mission, an internship
    r"\bvolunteer(?:ing)?\b|\bper\s+diem\b|\btravel\s+(?:request|desk)\b|단기\s?선교|선교\s?여행|\brelawan\b|อาสาสอน|มูลนิธิ|\btinh\s+nguyen\s+vien\b|志愿者|志願者|义工|義工",
)


def _held_or_used(flag: str, text: str, folded: str, found: dict[str, Flag]) -> Optional[re.Match[str]]:
    """The words of one of the three signs no lawful job has, or None: work that is the scam itself
    (`_SCAM_WORK`, offered as a job), the worker kept inside (`_KEPT_INSIDE`, at work away from
    home), their bank accounts taken (`_OWN_ACCOUNTS`, in an offer that is away or lures: a journey,
    costs paid, vague work, high pay; a mule's request, `_MULE`, needs no context). Never after
    "never" or "don't" (read in the original text, where Vietnamese "dùng", to use, is not "đừng")."""
    def fresh(m: Optional[re.Match[str]]) -> Optional[re.Match[str]]:
        return m if m and not _WARNED_OFF.search(text[max(0, m.start() - 30) : m.start()]) else None

    if flag == "scam_work":
        # posing as someone else to draw strangers in, offered as a job
        m = fresh(_SCAM_WORK.search(folded))
        return m if m and (_JOB_CONTEXT.search(folded) or found) else None
    if flag == "kept_inside":
        # kept in by the employer; "封闭式管理" alone is also how factories at home run a gated
        # site, so only a workplace away from home makes it a cage
        m = fresh(_KEPT_INSIDE.search(folded))
        if m and _GATED_SITE.fullmatch(m.group(0)):
            away = _JOURNEY.search(folded) or _ELSEWHERE.search(folded) or _AWAY_OR_DECISIVE & found.keys()
        else:
            away = _JOB_CONTEXT.search(folded) or found or _ELSEWHERE.search(folded)
        return m if m and away else None
    mule = fresh(_MULE.search(folded))
    if mule:
        return mule
    m = fresh(_OWN_ACCOUNTS.search(folded))
    away = {"costs_paid", "vague_office_job", "salary_too_high"} & found.keys() \
        or _JOURNEY.search(folded) or _AWAY_OR_DECISIVE & found.keys()
    return m if m and away else None


def _speaks_of_a_job(folded: str, found: dict[str, Flag], amounts: list[Amount], deceit: bool) -> bool:
    """A job's own signs, a wage with its period ("$1,500 monthly", "월 천"), job words, or
    instructions to deceive the border or the family (`deceit`, found once by `analyse`); a
    trip (a tour, a business trip, studies) only by a job's own signs or deceit."""
    if deceit:
        return True
    if _TRIP_CONTEXT.search(folded):
        return bool({"vague_office_job", "passport_handover"} & found.keys())
    return bool({"vague_office_job", "no_experience", "crypto_gambling", "passport_handover", "kept_inside",
                 "accounts_in_your_name", "scam_work"} & found.keys()) \
        or any(a.period_stated and a.period in ("month", "week", "day") for a in amounts) \
        or bool(_JOB_CONTEXT.search(folded))


def _weighed_with_wording(score: float, likeness: float, held_back: Optional[str], offer_like: bool,
                          warned: bool, decided: bool, kept: bool, deceiving: bool = False) -> tuple[float, Optional[str]]:
    """The flags' chance `score` weighed with the wording's `likeness` (bot/offers/wording.py), and
    why a level was held back. A rule's "reason enough" (`decided`) keeps its score; a warning's cue
    (`warned`) keeps a text below high; a kept passport or a relative held now (`kept`) stays high
    however it is worded; the wording does not raise a text with no sign and no job in it
    (`offer_like` false: "but my cousin says it's legit", whose words no offer taught); an
    instruction to deceive (`deceiving`: phone off on the way, "say you are a tourist", the passport
    handed over) is medium at least, however short the text the wording has to go on."""
    flags_high = level(score) == "high"
    blended = _wording.blend(score, likeness)
    if blended > score and not offer_like:
        blended = score
    if decided:
        blended = max(blended, score)
    elif warned and _wording.level(blended) == "high":
        blended, held_back = _wording.HIGH - 0.01, held_back or "warning"
    elif flags_high and not held_back and not warned and kept:
        blended = max(blended, _wording.HIGH)
    if deceiving and not warned and _wording.level(blended) == "low":
        blended = _wording.MEDIUM
    if _wording.level(blended) == "high" and not flags_high:
        held_back = None
    elif flags_high and _wording.level(blended) != "high":
        held_back = held_back or "wording"  # the signs are there, worded as real jobs are
    return blended, held_back


def mentions_job(text: str) -> bool:
    """Whether a text speaks of a job, a wage or hiring at all (see `_JOB_CONTEXT`)."""
    return bool(_JOB_CONTEXT.search(fold(text or "")))


def level(score: float) -> str:
    if score >= HIGH_THRESHOLD:
        return "high"
    if score >= MEDIUM_THRESHOLD:
        return "medium"
    return "low"


def _flag_at(flag: str, text: str, m: re.Match[str], weight: Optional[float] = None) -> Flag:
    """A flag (or an assurance) quoting the words `m` found in the folded text (folding keeps offsets)."""
    return Flag(flag, text[m.start() : m.end()], m.start(), m.end(), WEIGHTS[flag] if weight is None else weight)


def _overlaps(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(a < m.end() and m.start() < b for a, b in spans)


def _counts_as(sign: str, m: re.Match[str], folded: str, flag_spans: list[tuple[int, int]],
               deceit_spans: list[tuple[int, int]]) -> bool:
    """Whether words an assurance's pattern found count for it: not inside a red flag's evidence
    ("gak perlu visa kerja": no work visa); a warning's cue neither after a denial ("ไม่ใช่แก๊งคอล")
    nor inside a recruiter's instruction ("일하러 간다는 말은 절대 하지 마": the instruction's
    "never"); a permit not said to be unneeded ("tanpa urus di BP2MI")."""
    if _overlaps(m, flag_spans):
        return False
    if sign == "warning_notice":
        return not (_DENIED_CUE.search(folded[max(0, m.start() - 14) : m.start()]) or _overlaps(m, deceit_spans))
    if sign == "work_permit_contract":
        return not _NOT_NEEDED.search(folded[max(0, m.start() - 24) : m.start()])
    return True


def _reads_local(folded: str, found: dict[str, Flag]) -> bool:
    """"Urgent, no experience, free dorm" is how factories, kitchens and hotels at home hire too:
    with no journey in the text (no place abroad, no border, no flight, no visa), nothing only a
    trafficker asks, and either an application in person at the site or no pay claim and no place
    elsewhere, such signs are not a lure's."""
    if (_AWAY_OR_DECISIVE | {"kept_inside", "accounts_in_your_name", "scam_work"}) & found.keys() or _JOURNEY.search(folded):
        return False
    if _APPLY_AT_HOME.search(folded):
        return True
    return not ({"salary_too_high", "crypto_gambling"} & found.keys()) and not _ELSEWHERE.search(folded) \
        and not _PAY_CLAIM.search(folded) and not _HIGH_PAY_WORD.search(folded)


def analyse(text: str, citizen: str | None = None, language: str | None = None) -> Analysis:
    """The red flags of one offer, its score and level, and the recruiter's identifiers.

    `citizen` (ISO country code of the applicant: KR, ID, ...) sets the salary norm;
    without it the offer's language stands in (ko → KR, id → ID, th → TH, vi → VN,
    zh → CN). `language` is the
    offer's language, detected from the text when not given.
    """
    text = (text or "")[:MAX_TEXT]
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # Vietnamese typed with combining marks
    folded = fold(text)
    lang = language or detect_language(text)
    who = _citizen_for(citizen, lang)
    found: dict[str, Flag] = {}
    for flag, patterns in _RULES.items():
        m = _first_match(flag, patterns, folded)
        if m:
            found[flag] = _flag_at(flag, text, m)

    if "passport_handover" not in found:
        swapped = _PHONE_SWAPPED.search(folded)
        if swapped and not _WARNED_OFF.search(text[max(0, swapped.start() - 30) : swapped.start()]):
            found["passport_handover"] = _flag_at("passport_handover", text, swapped)
    tourist = found.get("tourist_visa_work")
    if tourist and _BUSINESS_VISA.fullmatch(tourist.evidence) and _WORK_PERMIT_NAMED.search(folded):
        # Cambodia's ordinary (E-class) visa, "商务签", is how a lawful employer brings its workers
        # in, beside the work permit it names ("办理商务签（E类）及柬埔寨劳工证"): no tourist's entry
        del found["tourist_visa_work"]
    if "vague_destination" not in found and not ({"travel_ban_area", "destination_hub"} & found.keys()):
        if not any(rx.search(folded) for rx, _ in _DESTINATION_NORM_RES):
            m = next((m for m in _ABROAD.finditer(folded)
                      if not _ABROAD_EITHER.search(folded[max(0, m.start() - 16) : m.start()])
                      and not _ABROAD_DENIED.match(folded[m.end() : m.end() + 12])), None)
            if m:  # "a job abroad" that never says where
                found["vague_destination"] = _flag_at("vague_destination", text, m)

    vague = found.get("vague_destination")
    if vague and _REGION.fullmatch(fold(vague.evidence).strip()) and _REGION_PLACE.search(folded):
        # "家里人担心东南亚不安全" beside "越南胡志明的工厂": the place is named
        del found["vague_destination"]
    handle = _HANDLE.search(text)
    if "messaging_app_only" not in found and handle:
        # an @handle is a Telegram or Instagram account even when the app is not named
        found["messaging_app_only"] = _flag_at("messaging_app_only", text, handle)
    if "messaging_app_only" in found and _IN_PERSON.search(folded):
        del found["messaging_app_only"]

    amounts = parse_amounts(text)
    unskilled = bool({"vague_office_job", "no_experience"} & found.keys()) or not _SKILLED.search(folded)
    compound = bool({"travel_ban_area", "destination_hub", "vague_destination", "border_route"} & found.keys())
    salary = _salary_flag(text, folded, amounts, who, unskilled, compound)
    if salary:
        found["salary_too_high"] = salary
    elif not _pay_amounts(folded, amounts):
        m = _PAY_CLAIM.search(folded)
        if m:  # big pay promised without a figure
            found["salary_too_high"] = _flag_at("salary_too_high", text, m)

    # instructions to deceive, found once: quoted below, and their words are no warning's cue
    deceits = list(_DECEIT.finditer(folded))
    flag_spans, deceit_spans = [(f.start, f.end) for f in found.values()], [m.span() for m in deceits]
    assurances = []
    for sign, rx in _ASSURANCE_RULES.items():
        found_here = (m for m in rx.finditer(folded) if _counts_as(sign, m, folded, flag_spans, deceit_spans))
        m = next(found_here, None)
        if m and sign == "warning_notice" and (_NOT_A_WARNING.search(folded) or _LIVE_CASE.search(folded)):
            m = None  # "I got this offer, is it a scam?", "now he is held, what do we do?": no warning
        if m and sign == "work_permit_contract" and pressure.waved_away(folded[m.end() : m.end() + 30]):
            m = None  # "Work visa? Not needed, the company knows the police there"
        if m and sign == "work_permit_contract" and _LATER.search(folded[m.end() : m.end() + 45]):
            m = None  # "a tourist visa, the work permit is arranged there": a promise, and a red flag's
        if m and sign in ("work_permit_contract", "experience_required") and _kept_or_smuggled(found) \
                and not _WARNING_NOTICE.search(folded):
            # no lawful employer keeps a passport or a phone or sends people in on a tourist
            # visa: a "contract" or a "work permit" beside it is the recruiter's word
            # ("HR keeps your passport for the work permit processing") and clears nothing
            m = None
        if m:
            assurances.append(_flag_at(sign, text, m, _LEARNED.flags.get(sign, 0.0)))
        if m and sign == "warning_notice":
            first = " ".join(m.group(0).casefold().split())
            other = next((o for o in found_here if " ".join(o.group(0).casefold().split()) != first), None)
            if other:
                assurances.append(_flag_at("warning_second_cue", text, other, _LEARNED.flags.get("warning_second_cue", 0.0)))
    if deceits and not (_DECEIT_FLAGS & found.keys()):
        # an instruction to deceive that no flag's words cover ("유심은 버리시고", "说来旅游的就行")
        # is quoted as what it is: a secret the recruiter asks to keep
        found["urgency_secrecy"] = _flag_at("urgency_secrecy", text, deceits[0])
    deceit = bool(deceits) or (
        # a handler who meets them at the border or the airport and "arranges the rest", for
        # an entry as a tourist or a crossing: a smuggler's plan, not a journey to a job
        bool({"tourist_visa_work", "border_route"} & found.keys()) and _HANDLER.search(folded) is not None)
    header = _AUTHORITY_HEADER.search(folded)
    if header and not _NOT_A_WARNING.search(folded):
        # a notice an authority signs is a warning's first cue, or its second
        kinds = {a.flag for a in assurances}
        sign = "warning_second_cue" if "warning_notice" in kinds else "warning_notice"
        if sign not in kinds:
            assurances.append(_flag_at(sign, text, header, _LEARNED.flags.get(sign, 0.0)))
    score = learned = _LEARNED.chance(list(found) + [a.flag for a in assurances])
    if deceit and not assurances and _DECEIT_FLAGS & found.keys():
        # being told what to answer at the border, which chat to delete or what not to tell
        # the family is, like a kept passport, what no lawful employer asks: reason enough
        # (quoted by the flag of that kind: secrecy, a tourist's entry, the border, the phone)
        score = max(score, DECISIVE_SCORE)
    money_holds = False  # a debt that holds the worker, or a fee into someone's own account: reason enough anywhere
    refunded = _REFUNDED_WITH_PAY.search(folded)
    bondage = _BONDAGE.search(folded) or refunded
    if bondage and _WARNED_OFF.search(folded[max(0, bondage.start() - 30) : bondage.start()]):
        bondage = None  # "never transfer a 'job deposit' to anyone": a warning's words
    cleared = bool(assurances) and not (refunded and all(a.flag == "work_permit_contract" for a in assurances))
    if bondage and not cleared and ({"costs_paid", "vague_office_job", "salary_too_high"} & found.keys()
                                       or _JOURNEY.search(folded) or _AWAY_OR_DECISIVE & found.keys()
                                       or _JOB_CONTEXT.search(folded)):
        # a deposit kept until probation ends, a penalty for turning back, the fare owed if one
        # quits: a debt that holds the worker before the work starts (an ILO sign of forced labour)
        found.setdefault("fees_or_debt", _flag_at("fees_or_debt", text, bondage))
        score = max(score, DECISIVE_SCORE)
        money_holds = True
    personal = _PERSONAL_ACCOUNT.search(folded)
    if personal and "fees_or_debt" in found and not _WARNED_OFF.search(folded[max(0, personal.start() - 40) : personal.start()]):
        score = max(score, DECISIVE_SCORE)
        money_holds = True
    fee = found.get("fees_or_debt")
    if fee and all(a.flag == "work_permit_contract" for a in assurances) and (_JOB_CONTEXT.search(folded) or _JOURNEY.search(folded) or _AWAY_OR_DECISIVE & found.keys()):
        # a fee with a same-day deadline ("transfer the visa fee before 23:59 today or the position
        # goes to the next candidate"), or paid in USDT: rushed, or untraceable, as no agency's is
        rushed, crypto = pressure.fee_deadline(folded), pressure.crypto_fee(folded)
        if rushed and not _WARNED_OFF.search(folded[max(0, fee.start - 30) : fee.start]):
            found.setdefault("urgency_secrecy", _flag_at("urgency_secrecy", text, rushed))
            score, money_holds = max(score, DECISIVE_SCORE), True
        elif crypto:
            found.setdefault("crypto_gambling", _flag_at("crypto_gambling", text, crypto))
            score, money_holds = max(score, DECISIVE_SCORE), True
    held_for_money = pressure.ransom(folded)
    if held_for_money and not any(a.flag == "warning_second_cue" for a in assurances):
        # "can't come home until I pay the penalty, don't call the police": someone held for money now
        found.setdefault("urgency_secrecy", _flag_at("urgency_secrecy", text, held_for_money))
        score, money_holds = max(score, DECISIVE_SCORE), True
    if not assurances:
        # hired unseen with a ticket tomorrow, a contract signed only over there, wages in USDT
        unseen, there, in_crypto = pressure.recruiter_reply_signs(folded)
        if unseen:
            found.setdefault("urgency_secrecy", _flag_at("urgency_secrecy", text, unseen))
        if there:
            found.setdefault("no_company_or_contract", _flag_at("no_company_or_contract", text, there))
        if in_crypto and (_JOB_CONTEXT.search(folded) or found):
            found.setdefault("crypto_gambling", _flag_at("crypto_gambling", text, in_crypto))
        if unseen or there or (in_crypto and "crypto_gambling" in found):
            score, money_holds = max(score, DECISIVE_SCORE), True
    picked = False  # someone without ties rushed to leave: reason enough, job named or not
    alone = pressure.no_ties(folded)
    if alone and "urgency_secrecy" in found and not assurances \
            and (_JOURNEY.search(folded) or _JOB_CONTEXT.search(folded) or pressure.fly_soon(folded)):
        # no family to miss them, and gone tomorrow: how a trafficker picks and rushes
        score, picked = max(score, DECISIVE_SCORE), True
    debt = pressure.debt_lure(folded)
    if debt and not assurances and (_JOURNEY.search(folded) or _ELSEWHERE.search(folded) or _AWAY_OR_DECISIVE & found.keys()):
        # a debt the recruiter knows of, "paid off after three months over there": the hook of debt bondage
        found.setdefault("fees_or_debt", _flag_at("fees_or_debt", text, debt))
        score, money_holds = max(score, DECISIVE_SCORE), True
    if {"no_company_or_contract", "fees_or_debt"} <= found.keys() and not assurances:
        # money asked before departure while the contract waits for arrival ("보증금 50만원 입금 부탁드리고,
        # 계약서는 현지 도착 후 작성"): pay first, terms later, as no lawful employer or agency does
        score = max(score, DECISIVE_SCORE)
    for flag in DECISIVE_FLAGS:
        m = None if assurances else _held_or_used(flag, text, folded, found)
        if m:
            # kept inside the compound, or one's own bank accounts and SIMs handed to the
            # employer: no lawful job abroad asks either, whatever else the ad gets right
            found[flag] = _flag_at(flag, text, m)
            score = max(score, DECISIVE_SCORE)
    identifiers = extract_identifiers(text, [(a.start, a.end) for a in amounts])
    held_back = None
    if level(score) == "high":
        # places alone ("a tour via Poipet") never make a text with no job in it a lure; and
        # two different cues of a warning ("Police warn", "victims") make it a warning that
        # quotes the red flags it warns of, however many
        if not _speaks_of_a_job(folded, found, amounts, deceit) and not money_holds and not picked:
            held_back = "no_job"
        elif any(a.flag == "warning_second_cue" for a in assurances):
            held_back = "warning"
        elif not deceit and not money_holds and not picked and _reads_local(folded, found):
            held_back = "local"
        if held_back:
            score = min(score, round(HIGH_THRESHOLD - 0.01, 2))
    flags = sorted(found.values(), key=lambda f: FLAG_IDS.index(f.flag))
    flag_chance, risk, likeness, telling = score, level(score), None, []
    model = _wording.load()
    if model is not None and text.strip():
        likeness = model.likeness(_wording.without_asking(text))  # the offer's words, not the question
        offer_like = bool(found) or _speaks_of_a_job(folded, found, amounts, deceit)
        warned = any(a.flag in ("warning_notice", "warning_second_cue") for a in assurances)
        decided = score >= DECISIVE_SCORE > learned and not held_back  # raised by a rule above
        kept = "passport_handover" in found or bool(_LIVE_CASE.search(folded))
        deceiving = bool(_DECEIT_FLAGS & found.keys())
        score, held_back = _weighed_with_wording(score, likeness, held_back, offer_like, warned, decided, kept, deceiving)
        if level(flag_chance) != "high" and _wording.level(score) == "high":
            # worded as lures are: quote the words that weigh most, besides the flags' words
            spans = model.telling_words(text, besides=[(f.start, f.end) for f in flags])
            telling = [Flag("wording", text[a:b], a, b, 0.0) for a, b in spans]
        risk = _wording.level(score)
    return Analysis(risk, score, lang, flags, identifiers, who, assurances, held_back, deceit, likeness, telling, flag_chance)
