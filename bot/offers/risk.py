"""Red flags of scam-compound recruiting in a job offer (en, ko, id), with their evidence.

The flags are those of /work/shared/data/red-flags.md (section 4): compound hubs and
travel-ban areas, pay far above the norm, no experience needed, costs paid, tourist or
visa-free entry, vague office work, crypto or gambling, messaging apps only, urgency or
secrecy, no company or contract, passport handed over, fees or debts, and the overland
route via Thailand. Every pattern covers all three languages at once, because offers are
forwarded across languages (an English ad sent to a Korean user).

Scoring is deliberately transparent: each flag has a weight (the chance, roughly, that
this sign alone means a compound recruiter) and the weights combine like independent
pieces of evidence, score = 1 - Π(1 - weight). Levels: high ≥ 0.60, medium ≥ 0.30, low
below. No single weak sign reaches high: a Phnom Penh hotel with a contract and normal pay
(destination only, 0.25) is low; a hub plus high pay plus Telegram (0.25, 0.35, 0.20) is
0.61, high.

No Telegram code here: `analyse()` takes text and returns plain data.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from bot.language import nationality_guess
from bot.offers.salary import Amount, parse_amounts

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
)

# How much each sign alone points to a compound recruiter (0..1). Signs legitimate
# employers also show (a visa arranged, a customer-service title) weigh little; signs a
# lawful employer never shows (a tourist visa for work, a passport kept, an overland
# border crossing, a travel-ban area) weigh most.
WEIGHTS: dict[str, float] = {
    "destination_hub": 0.25,
    "travel_ban_area": 0.45,
    "vague_destination": 0.20,
    "salary_too_high": 0.35,
    "no_experience": 0.20,
    "costs_paid": 0.25,
    "tourist_visa_work": 0.40,
    "vague_office_job": 0.15,
    "crypto_gambling": 0.30,
    "messaging_app_only": 0.20,
    "urgency_secrecy": 0.20,
    "no_company_or_contract": 0.30,
    "passport_handover": 0.45,
    "fees_or_debt": 0.25,
    "border_route": 0.45,
}
HIGH_THRESHOLD = 0.60
MEDIUM_THRESHOLD = 0.30
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
_DESTINATION_NORMS: list[tuple[str, float]] = [
    (r"korea(?!n)|korsel|한국(?![어말인계])|서울|부산|안산|seoul|busan", 1450.0),
    (r"japan|jepang|일본|tokyo|도쿄|osaka|오사카", 1300.0),
    (r"taiwan|대만|taipei|타이베이", 750.0),
    (r"singapore|singapura|싱가포르", 2000.0),
    (r"australia|호주|melbourne|sydney|brisbane|perth", 3000.0),
    (r"new zealand|selandia baru|뉴질랜드", 3000.0),
    (r"united kingdom|\buk\b|england|inggris|영국|london|leeds|manchester", 2500.0),
    (r"united states|\busa\b|amerika|미국|canada|캐나다|germany|jerman|독일", 2500.0),
    (r"hong kong|홍콩", 650.0),
    (r"saudi|사우디|riyadh|dubai|두바이|\buae\b|qatar|카타르|kuwait", 800.0),
    (r"malaysia|말레이시아|kuala lumpur", 400.0),
    (r"thailand|태국|bangkok|방콕", 400.0),
    (r"vietnam|viet nam|베트남|hanoi|하노이|ho chi minh|호치민|bac ninh", 350.0),
    (r"philippines|filipina|필리핀|manila|마닐라|makati", 400.0),
    (r"indonesia|인도네시아|jakarta|자카르타|bekasi|surabaya|bandung|bali|cikarang", 350.0),
]
# Pay is judged against twice the norm for unskilled or unnamed work (the fact sheet's
# scam promises run 2–5× the norm), five times for a named skilled trade.
UNSKILLED_MULTIPLIER = 2.0
SKILLED_MULTIPLIER = 5.0

_I = re.I
_DESTINATION_NORM_RES = [(re.compile(p, _I), norm) for p, norm in _DESTINATION_NORMS]


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), _I)


# -- places -------------------------------------------------------------------------
# Korea's level-4 travel-ban areas (verify-and-advice.md section 2) and the compound
# towns inside them: Bokor, Bavet, Poipet; Myawaddy with KK Park and Shwe Kokko; eastern
# and northern Shan (Tachileik, Laukkaing); Laos's Golden Triangle SEZ in Bokeo.
_BAN = _rx(
    r"\bbokor\b|\bbavet\b|\bpoi\s?pet\b|myawadd?[iy]|myawadi|\bkk\s?park\b|shwe\s?ko\s?kko|shwe\s?kokko",
    r"tachil[ei]c?k|tachileik|laukk?aing|golden\s+triangle|\bgtsez\b|\bbokeo\b|segitiga\s+emas|\bhpa\s?lu\b",
    r"보코|보꼬|바벳|바베트|포이펫|뽀이뻿|포이뻿|미야와디|먀와디|미와디|kk\s?파크|케이케이\s?파크|쉐\s?코코|슈웨\s?코코",
    r"타칠렉|타치렉|타칠레익|따칠렉|라우카잉|골든\s?트라이앵글|황금\s?삼각|보케오",
)
_HUB_TOWNS = _rx(
    r"sihanouk(?:ville)?|sihanoukvile|preah\s+sihanouk|kampong\s+som|kompong\s+som|phnom\s?penh|pnom\s?penh|\bkampot\b",
    r"시아누크빌|시하누크빌|시하눅빌|시아눅빌|프놈\s?펜|캄폿|깜폿|깜뽓",
)
_HUB_COUNTRIES = _rx(
    r"cambodia|kamboja|kampuchea|myanmar|burma|\blaos\b|lao\s+pdr",
    r"캄보디아|미얀마|버마|라오스",
)
_VAGUE_PLACE = _rx(
    r"south[-\s]?east\s+asia|\bse\s+asia\b|neighbou?ring\s+countr(?:y|ies)|a\s+country\s+near\s+thailand",
    r"(?:can(?:'|no)?t|cannot|won't)\s+(?:tell|say|share|reveal|disclose)\s+(?:you\s+)?the\s+(?:exact\s+)?(?:place|location|country|city)",
    r"location\s+(?:will\s+be\s+|is\s+)?(?:disclosed|shared|given|told|confidential|secret)",
    r"동남아(?:시아)?|근무지\s?(?:는|은)?\s?(?:합격\s?후|추후|도착\s?후|현지에서|비공개)",
    r"asia\s+tenggara|negara\s+tetangga|lokasi\s+(?:kerja\s+)?(?:dirahasiakan|menyusul|dikasih\s+tahu\s+nanti)",
)
_ABROAD = _rx(r"\babroad\b|\boverseas\b|luar\s+negeri|해외")

# -- the job -----------------------------------------------------------------------------
_NO_EXPERIENCE = _rx(
    r"no\s+(?:prior\s+|previous\s+|work\s+)?experience(?:\s+(?:needed|required|necessary))?",
    r"experience\s+(?:is\s+)?not\s+(?:needed|required|necessary)|without\s+experience",
    r"no\s+(?:qualifications?|degree|diploma|skills?|education|cv)\s*(?:needed|required)?",
    r"anyone\s+can\s+(?:apply|do\s+(?:it|this))|beginners?\s+(?:welcome|ok)",
    r"무경험|경험\s?무관|경력\s?무관|학력\s?무관|스펙\s?무관|경험\s?(?:이\s?)?없(?:어도|이도)|경력\s?(?:이\s?)?없(?:어도|이도)",
    r"초보\s?(?:가능|환영|ok|오케이)|누구나\s?(?:가능|지원|할\s?수)|(?:경험|경력)\s?(?:이\s?|은\s?)?필요\s?없",
    r"tanpa\s+(?:syarat\s+)?(?:pengalaman|ijazah|pendidikan)|(?:tidak|tak|ga|gak|nggak|enggak)\s+(?:perlu|butuh|harus)\s+(?:ber)?(?:pengalaman|ijazah)",
    r"belum\s+berpengalaman\s+(?:boleh|bisa|diterima)|(?:pendidikan\s+)?min(?:imal)?\.?\s+(?:sd|smp)\b|lulusan\s+(?:sd|smp)\b",
)
_SKILLED = _rx(
    r"engineer|developer|programmer|teacher|lecturer|professor|nurse|doctor|physician|\bchef\b|pilot|architect|accountant|lawyer|technician|mechanic|welder|electrician|pharmacist",
    r"엔지니어|개발자|프로그래머|교사|강사|교수|간호사|의사|주방장|셰프|조리사|건축|회계사|변호사|기술자|용접|전기\s?기사|약사",
    r"insinyur|\bguru\b|dosen|perawat|dokter|\bkoki\b|teknisi|akuntan|pengacara|tukang\s+las|apoteker",
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
)
_CRYPTO_GAMBLING = _rx(
    r"crypto(?:currency)?|bitcoin|\bbtc\b|\busdt\b|tether|forex|\bfx\s+trading|investment\s+(?:platform|company|scheme|project)|trading\s+platform",
    r"casino|gambling|betting|baccarat|slot\s+(?:games?|sites?|online)|online\s+slots?|judi\s+slot",
    r"코인|가상\s?화폐|암호\s?화폐|비트코인|테더|투자\s?(?:회사|상담|리딩)|리딩방|카지노|도박|바카라|토토|슬롯|베팅|배팅|거래소",
    r"kripto|investasi|trading\s+(?:kripto|crypto|forex|online)|kasino|\bjudi\b|judol|taruhan|togel",
)

# -- costs, visas, channels ---------------------------------------------------------------
_COST_ITEM = r"(?:air\s*|plane\s+)?tickets?|flights?|airfare|air\s+fare|visas?|accommodation|housing|hotel|room|dorm(?:itory)?|meals?|food|travel\s+(?:costs?|expenses)|all\s+(?:costs?|expenses)"
_COSTS_PAID = _rx(
    rf"\bfree\s+(?:\w+\s+){{0,2}}?(?:{_COST_ITEM})",
    rf"\b(?:{_COST_ITEM})(?:\s*(?:,|\+|&|and|/)\s*(?:{_COST_ITEM}))*\s+(?:is\s+|are\s+|will\s+be\s+)?(?:paid|covered|provided|included|free|reimbursed)\b",
    rf"(?:company|employer|we|they)\s+(?:will\s+)?(?:pays?|covers?|provides?|books?|buys?)\s+(?:for\s+)?(?:your\s+|the\s+|all\s+)?(?:{_COST_ITEM})",
    r"(?:항공권|비행기\s?표|왕복\s?항공권?|항공|숙소|숙식|숙박|기숙사|식사|비자)[^.\n]{0,12}?(?:제공|지원|무료|지급|부담|대\s?준다?|해\s?드(?:려요|립니다|리고|림)?|끊어\s?드(?:려요|립니다|림)?|공짜)",
    r"무료\s?(?:숙소|항공|숙박)",
    r"(?:tiket|pesawat|visa|mess|akomodasi|tempat\s+tinggal|makan|penginapan|asrama)[^.\n]{0,30}?(?:ditanggung|gratis|dibayar(?:in|kan)?|disediakan)",
    r"(?:gratis|free)\s+(?:tiket|mess|makan|visa)|makan\s+tidur\s+ditanggung",
)
_TOURIST_VISA = _rx(
    r"tourist\s+visa|visit(?:or)?\s+visa|visa\s+on\s+arrival|visa[-\s]free|visa\s+exempt(?:ion)?|come\s+(?:as|on)\s+a\s+tourist",
    r"no\s+(?:work\s+)?(?:visa|permit)\s+(?:is\s+)?(?:needed|required|necessary)|(?:don'?t|do\s+not|no)\s+need\s+(?:a\s+|any\s+)?(?:work\s+)?(?:visa|permit)",
    r"without\s+(?:a\s+)?(?:work\s+)?visa",
    r"무비자|비자\s?없이|비자\s?(?:가|는)?\s?(?:필요\s?없|필요없|없어도)|관광\s?비자|관광\s?목적\s?(?:으로\s?)?입국|관광(?:객)?\s?으로\s?입국|도착\s?비자|여권만\s?있으면",
    r"visa\s+(?:turis|wisata|kunjungan|on\s+arrival)|\bvoa\b|bebas\s+visa|tanpa\s+visa|(?:tidak|tak|ga|gak)\s+perlu\s+visa(?:\s+kerja)?|cukup\s+paspor|paspor\s+saja\s+cukup",
)
_MESSAGING = _rx(
    r"telegram|whats\s?app|wa\.me\b|t\.me\b|\bwa\b|\bsignal\b|wechat|kakao\s?talk|(?:on|via|by|add)\s+line\b|\bline\s+(?:id|app)\b|instagram|messenger|tiktok|\bdm\b",
    r"텔레그램|텔레(?![비콤마])|왓츠앱|위챗|카톡|카카오톡|오픈\s?채팅|(?<![가-힣])라인\s?(?:문의|아이디|id)?(?=\s|$|[./,])",
    r"japri|inbox",
)
# Another way to reach the employer than a chat app: then the channel is not "only".
_IN_PERSON = _rx(
    r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}",
    r"walk[-\s]?in|interviews?\s+(?:at|in)\s+(?:our|the)\s+(?:office|hotel|school|branch)",
    r"방문\s?면접|datang\s+langsung|interview\s+di\s+kantor",
)
_URGENCY = _rx(
    r"\burgent(?:ly)?\b|\basap\b|as\s+soon\s+as\s+possible|start\s+immediately|leave\s+(?:this|next)\s+week|fly\s+out\s+in\s+\d{1,3}\s+days|within\s+\d{1,3}\s+days",
    r"limited\s+(?:slots|places|seats|quota)|only\s+\d{1,3}\s+(?:places|slots|seats|spots)\s+left|(?<!\d)\d{1,3}\s+(?:places|slots|seats|spots)\s+left",
    r"(?:don'?t|do\s+not)\s+tell|keep\s+(?:it|this)(?:\s+offer)?\s+(?:private|secret|confidential|quiet)",
    r"급구|긴급|즉시\s?출국|바로\s?출국|이번\s?주\s?(?:안에|내에?)?\s?(?:출국|출발)|선착순|자리가\s?(?:얼마\s?)?(?:안|몇)\s?남|마감\s?임박",
    r"비밀(?!번호)|보안\s?유지|주변에\s?알리지|(?:가족|부모님|주위|주변)[^.\n]{0,20}?(?:말하지|알리지|여행\s?(?:간다고|이라고))",
    r"\bsegera\b|secepatnya|butuh\s+cepat|\burgent\b|kuota\s+(?:terbatas|tinggal)|berangkat\s+(?:minggu\s+ini|minggu\s+depan|besok|lusa|dalam\s+\d{1,3}\s+hari)",
    r"wajib\s+berangkat|jangan\s+bilang|rahasiakan|\brahasia\b",
)
_NO_CONTRACT = _rx(
    r"no\s+(?:written\s+)?contract|without\s+(?:a\s+)?contract|contract\s+(?:will\s+be\s+)?(?:signed|given|provided|made)\s+(?:after|on|upon)\s+(?:arrival|you\s+arrive)",
    r"sign\s+the\s+contract\s+(?:there|on\s+arrival|after\s+(?:you\s+)?arriv\w*)",
    r"company\s+name\s+(?:will\s+be\s+)?(?:given|disclosed|shared|revealed|told)\s+(?:later|after)|company\s+name\s+(?:is\s+)?(?:confidential|secret)",
    r"can(?:'|no)?t\s+(?:tell|reveal|disclose)\s+(?:you\s+)?the\s+company",
    r"계약서\s?(?:는|은)?\s?(?:없음|없이|없어|현지|도착\s?후|입국\s?후)|현지(?:에서)?\s?계약|출국\s?전\s?계약서\s?없",
    r"(?:회사|업체)\s?(?:명|이름)\s?(?:은|는)?\s?(?:비공개|추후|합격\s?후|현지)",
    r"(?:tanpa|tidak\s+ada)\s+kontrak|kontrak\s+(?:kerja\s+)?(?:ditandatangani\s+|dibuat\s+|diurus\s+)?(?:di\s+(?:sana|lokasi|tempat)|setelah\s+(?:tiba|sampai))",
    r"nama\s+perusahaan\s+(?:dirahasiakan|belum\s+bisa\s+disebut|menyusul|nanti)|perusahaan\s+dirahasiakan",
)
_PASSPORT = _rx(
    r"passport[^.\n]{0,40}?(?:we|they|our\s+\w+|company|hr|agent)\s+(?:will\s+)?(?:keep|hold|take)\s+it",
    r"(?:hand\s+over|handover|surrender|give|send|submit|leave|deposit)\s+(?:us\s+|him\s+|them\s+)?(?:your\s+|the\s+)?(?:original\s+)?passport",
    r"passports?\s+(?:will\s+be\s+|is\s+|must\s+be\s+|are\s+|to\s+be\s+)?(?:kept|held|collected|taken|retained|confiscated)",
    r"passport[^.\n]{0,40}?(?:send\s+it|send\s+to|to\s+our\s+agent|kept\s+by|held\s+by)",
    r"여권[^.\n]{0,12}?(?:맡기|맡겨|보관|제출|회수|걷어|가져가|압수)",
    r"paspor[^.\n]{0,25}?(?:ditahan|disimpan|dipegang|diserahkan|dititipkan|dikumpulkan)|(?:serahkan|titipkan|kumpulkan)\s+paspor",
)
_FEES = _rx(
    r"(?:registration|processing|placement|recruitment|admin(?:istration)?|training|medical|visa|agency|application|booking)\s+fees?",
    r"\bdeposit\b|pay\s+back\s+(?:the\s+)?(?:flight|ticket|training|visa|costs?)|deduct(?:ed|ion)?\s+from\s+(?:your\s+)?(?:salary|pay|wages)",
    r"(?:\$|usd|usdt)\s?[\d,.]+\s+(?:compensation|penalty|fine)|(?:pay|paying)\s+(?:a\s+)?(?:compensation|penalty|fine)|\bdebts?\b",
    r"수수료|보증금|위약금|선입금|참가비|등록비|교육비|알선비|소개비|(?:월급|급여)에서\s?(?:공제|차감)|배상금|벌금|빚",
    r"biaya\s+(?:pendaftaran|proses|admin|administrasi|medical|pelatihan|penempatan|keberangkatan|visa)|bayar\s+(?:di\s?muka|duluan|dulu)|uang\s+(?:jaminan|muka|pendaftaran)",
    r"potong\s+gaji|dipotong\s+(?:dari\s+)?gaji|ganti\s+rugi|\bdenda\b|\butang\b|\bhutang\b",
)
_BORDER = _rx(
    r"(?:fly|flight|land|arrive)\s+(?:to|in|into|at)\s+(?:bangkok|thailand|chiang\s+rai|chiang\s+mai)[^.\n]{0,100}?(?:by\s+(?:car|van|bus|boat|road|land)|\bdriv(?:e|en|er)\b|overland|border)",
    r"(?:bring|take|drive|transfer|move)s?\s+you\s+across|cross(?:ing)?\s+(?:the\s+)?border|border\s+crossing|across\s+the\s+border|near\s+the\s+border|overland|by\s+boat",
    r"mae\s?sot|mae\s?sai|chiang\s+saen|sa\s?kaeo|aranyaprathet|back\s?door|river\s+crossing",
    r"국경|매솟|메솟|매싸이|매사이|태국\s?경유|방콕[^.\n]{0,30}?(?:차량|차로|버스|배로|육로|픽업)|육로로|밀입국|보트로",
    r"perbatasan|jalur\s+(?:darat|tikus|belakang)|(?:lewat|via)\s+(?:darat|thailand|bangkok)|dijemput\s+di\s+bandara[^.\n]{0,40}?(?:darat|perbatasan|mobil)",
    r"naik\s+(?:perahu|kapal\s+kecil)|transit\s+(?:di\s+)?(?:bangkok|thailand)",
)

_RULES: dict[str, list[re.Pattern[str]]] = {
    "travel_ban_area": [_BAN],
    "destination_hub": [_HUB_TOWNS, _HUB_COUNTRIES],
    "vague_destination": [_VAGUE_PLACE],
    "no_experience": [_NO_EXPERIENCE],
    "costs_paid": [_COSTS_PAID],
    "tourist_visa_work": [_TOURIST_VISA],
    "vague_office_job": [_VAGUE_OFFICE],
    "crypto_gambling": [_CRYPTO_GAMBLING],
    "messaging_app_only": [_MESSAGING],
    "urgency_secrecy": [_URGENCY],
    "no_company_or_contract": [_NO_CONTRACT],
    "passport_handover": [_PASSPORT],
    "fees_or_debt": [_FEES],
    "border_route": [_BORDER],
}

# A sign that is denied is no sign: "no placement fee", "never travel on a tourist visa"
# (a denial at most three words before, in the same clause),
# "수수료 없음", "관광비자 불가", "paspor tidak boleh ditahan".
_NEGATED_FLAGS = {"fees_or_debt", "tourist_visa_work", "passport_handover", "no_company_or_contract"}
# ...unless the denial already has its own object: in "tanpa pengalaman tiket visa
# ditanggung" (loker style, no commas) "tanpa" belongs to "pengalaman", not to the visa.
_NEG_OWN_OBJECT = re.compile(r"experience|qualification|degree|diploma|pengalaman|ijazah|syarat|pendidikan", _I)
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|without|zero|free\s+of|tanpa|bebas|tidak(?:\s+(?:ada|boleh|dipungut))?|bukan|jangan|dilarang|don'?t|do\s+not)\b(?:[\s-]+[\w']+){0,3}[\s-]*$",
    _I,
)
_NEG_AFTER_KO = re.compile(r"^\s*(?:은|는|이|가|로는?|으로는?)?\s*(?:없음|없습니다|없어요|없이|불가|안\s?됨|안\s?돼|금지|절대|받지\s?않|0원|무료)")
_NEG_INSIDE = re.compile(r"\b(?:not|never|tidak|jangan|bukan)\b|본인|직접|않", _I)

# Amounts near these words are costs or debts, not pay.
_FEE_CONTEXT = re.compile(
    r"fee|deposit|penalt|fine\b|compensation|debt|pay\s+back|biaya|denda|ganti\s+rugi|uang\s+jaminan|utang|수수료|보증금|위약금|참가비|등록비|공제|배상|벌금",
    _I,
)

_CLAUSE_END = re.compile(r"[.!?;,\n]\s|[.!?;\n]$|[。]")

# -- language ---------------------------------------------------------------------------
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN_OR_HANGUL = re.compile(r"[A-Za-z\uac00-\ud7a3]")
_ID_WORDS = re.compile(
    r"\b(?:dan|yang|di|ke|untuk|dengan|gaji|kerja|lowongan|loker|tanpa|hubungi|bisa|tidak|perlu|ditanggung|berangkat|kak|saja|bulan|juta|sebulan|dibutuhkan|dicari|syarat|pengalaman|ada|atau|ini|itu|dari|sudah|akan|kami|saya|anda|lokasi|penempatan|gratis|minat|info|lebih|lanjut|pakai|nanti|sana|jadi|orang|per|hari|tiket)\b",
    _I,
)
_EN_WORDS = re.compile(
    r"\b(?:the|and|to|of|for|with|you|your|is|are|we|our|salary|job|work|no|in|on|month|experience|contact|free|will|be|hiring|wanted|needed|apply|per|a|an|at|by)\b",
    _I,
)


def detect_language(text: str) -> str:
    """ko when Hangul makes up a fifth of the letters; id or en by common words."""
    letters = _LATIN_OR_HANGUL.findall(text)
    if letters and sum(1 for ch in letters if _HANGUL.match(ch)) / len(letters) >= 0.2:
        return "ko"
    ids, ens = len(_ID_WORDS.findall(text)), len(_EN_WORDS.findall(text))
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
_PHONE_CUE = re.compile(r"(?:wa|whatsapp|tel|telp|phone|hp|call|line|연락처|전화|문의)\W{0,3}$", _I)
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
    language: str  # the offer's language: en, ko, id
    flags: list[Flag]
    identifiers: list[Identifier]
    citizen: Optional[str] = None

    def flag_ids(self) -> list[str]:
        return [f.flag for f in self.flags]

    def to_dict(self) -> dict[str, Any]:
        """The check-offer command's JSON object."""
        return {
            "risk": self.risk,
            "score": round(self.score, 2),
            "language": self.language,
            "flags": [{"flag": f.flag, "evidence": f.evidence} for f in self.flags],
            "identifiers": [asdict(i) for i in self.identifiers],
        }


def _negated(flag: str, text: str, start: int, end: int) -> bool:
    if flag not in _NEGATED_FLAGS:
        return False
    denial = _NEG_BEFORE.search(text[max(0, start - 30) : start])
    if denial and not _NEG_OWN_OBJECT.search(denial.group(0)):
        return True
    if _NEG_AFTER_KO.match(text[end : end + 10]):
        return True
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
    """Amounts that are pay, not a fee, deposit or penalty named in the same clause."""
    out = []
    for a in amounts:
        before = _CLAUSE_END.split(text[max(0, a.start - 25) : a.start])[-1]
        after = _CLAUSE_END.split(text[a.end : a.end + 20])[0]
        if not _FEE_CONTEXT.search(before + " " + after):
            out.append(a)
    return out


def _salary_flag(text: str, amounts: list[Amount], citizen: Optional[str], unskilled: bool, compound_region: bool) -> Optional[Flag]:
    pay = _pay_amounts(text, amounts)
    if not pay:
        return None
    best = max(pay, key=lambda a: a.monthly_usd_high)
    norm = _norm_for(citizen, text, compound_region)
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


def level(score: float) -> str:
    if score >= HIGH_THRESHOLD:
        return "high"
    if score >= MEDIUM_THRESHOLD:
        return "medium"
    return "low"


def analyse(text: str, citizen: str | None = None, language: str | None = None) -> Analysis:
    """The red flags of one offer, its score and level, and the recruiter's identifiers.

    `citizen` (ISO country code of the applicant: KR, ID, ...) sets the salary norm;
    without it the offer's language stands in (ko → KR, id → ID). `language` is the
    offer's language, detected from the text when not given.
    """
    text = (text or "")[:MAX_TEXT]
    lang = language or detect_language(text)
    who = _citizen_for(citizen, lang)
    found: dict[str, Flag] = {}
    for flag, patterns in _RULES.items():
        m = _first_match(flag, patterns, text)
        if m:
            found[flag] = Flag(flag, m.group(0), m.start(), m.end(), WEIGHTS[flag])

    if "vague_destination" not in found and not ({"travel_ban_area", "destination_hub"} & found.keys()):
        if not any(rx.search(text) for rx, _ in _DESTINATION_NORM_RES):
            m = _ABROAD.search(text)
            if m:  # "a job abroad" that never says where
                found["vague_destination"] = Flag("vague_destination", m.group(0), m.start(), m.end(), WEIGHTS["vague_destination"])

    handle = _HANDLE.search(text)
    if "messaging_app_only" not in found and handle:
        # an @handle is a Telegram or Instagram account even when the app is not named
        found["messaging_app_only"] = Flag("messaging_app_only", handle.group(0), handle.start(), handle.end(), WEIGHTS["messaging_app_only"])
    if "messaging_app_only" in found and _IN_PERSON.search(text):
        del found["messaging_app_only"]

    amounts = parse_amounts(text)
    unskilled = bool({"vague_office_job", "no_experience"} & found.keys()) or not _SKILLED.search(text)
    compound = bool({"travel_ban_area", "destination_hub", "vague_destination", "border_route"} & found.keys())
    salary = _salary_flag(text, amounts, who, unskilled, compound)
    if salary:
        found["salary_too_high"] = salary

    flags = sorted(found.values(), key=lambda f: FLAG_IDS.index(f.flag))
    remaining = 1.0
    for f in flags:
        remaining *= 1.0 - f.weight
    score = 1.0 - remaining
    identifiers = extract_identifiers(text, [(a.start, a.end) for a in amounts])
    return Analysis(level(score), score, lang, flags, identifiers, who)
