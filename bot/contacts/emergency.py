"""The emergency card and the contacts card, built without machine learning.

Someone typing "살려주세요" with minutes before their phone is taken must get the
numbers even when the language model is missing, so the cry for help is matched
here by keywords and the cards are built from the contacts data alone. Rasa's
actions call the same builders, so both paths show the same card.

Messages come out in Rasa's shape ({"text", "buttons": [{"title", "payload"}]}),
which both channels already render.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from bot.contacts import cards
from bot.contacts.book import HOST_COUNTRIES, ContactBook
from bot.language import nationality_guess
from bot.language.texts import country_name, t

Message = dict[str, Any]
User = Optional[dict[str, Any]]

DEFAULT_HOST = "KH"  # most reports come from Cambodia; the card offers the others at once
# Nationalities the contacts data has missions for, offered as buttons.
NATIONALITIES = ("KR", "ID", "PH", "VN", "TH", "CN", "TW", "HK", "MY", "JP", "IN")
# A reader of Traditional Chinese may be from these as well as from China.
TRADITIONAL_READERS = ("TW", "HK", "MY")

# A cry for help anywhere in a message, by language. Each phrase is about the writer
# being held or hurt now; "help" alone is handled by CALLS below.
_DANGER_PHRASES: dict[str, list[str]] = {
    "en": [
        r"save me", r"rescue me", r"i'?m trapped", r"i am trapped", r"i'?m being held", r"i am being held",
        r"held captive", r"kidnapp?ed me", r"i was kidnapp?ed", r"i'?ve been kidnapp?ed", r"locked me",
        r"i'?m locked", r"they beat me", r"beating me", r"tortur\w*", r"can'?t escape",
        r"won'?t let me (?:leave|go)", r"not allowed to leave", r"took my passport", r"taken my passport", r"sold me",
        # someone who cannot call asks the bot to ("call the police for me", "tell my embassy I'm here")
        r"(?:call|contact|alert|inform|message|tell) (?:the |my )?(?:police|cops|embassy) for me", r"tell (?:the |my )?embassy i'?m here",
    ],
    "ko": [
        r"살려", r"구해\s?주", r"갇혀", r"감금", r"납치", r"여권\S*\s?(?:뺏|빼앗|압수)", r"때려요", r"맞고\s?있",
        r"폭행", r"못\s?나가", r"나가지\s?못", r"팔려", r"(?:경찰|대사관)(?:에|에다)?\s?(?:좀\s?)?(?:대신\s?)?신고(?:\s?좀)?\s?해\s?주",
        # 살려줘(요) / 도와주세요 typed as initials, fast and unreadable over a shoulder
        r"ㅅㄹㅈ", r"ㄷㅇㅈㅅㅇ",
    ],
    "id": [
        r"selamatkan saya", r"tolongin saya", r"disekap", r"dikurung", r"diculik", r"disiksa", r"dipukuli?",
        r"paspor\s+(?:saya\s+)?(?:diambil|ditahan|disita)",
        r"(?:tidak|gak|ga|nggak|ngga|tdk)\s+(?:boleh|bisa)\s+keluar", r"dijual",
        r"(?:tolong\s+)?(?:lapor(?:in|kan)?|hubungi|kabari|telpon(?:in)?)\s+(?:ke\s+)?(?:polisi|kbri)\s+(?:buat|untuk|bwt)\s+(?:saya|sy|aku|gue)",
    ],
    "th": [
        r"ช่วย(?:หนู|ผม|ฉัน|เรา|ข้า)?ด้วย", r"ถูกขัง", r"โดนขัง", r"ถูกกักขัง", r"ถูกกักตัว", r"โดนกักตัว", r"ลักพาตัว",
        r"ถูกทำร้าย", r"โดนทำร้าย", r"โดนซ้อม", r"ถูกซ้อม", r"โดนตี", r"ยึด(?:พาสปอร์ต|หนังสือเดินทาง)",
        r"ออกไปไม่ได้", r"หนีไม่ได้", r"ไม่ให้ออก", r"ถูกขาย", r"โดนขาย", r"ถูกขายต่อ", r"(?:ช่วย)?แจ้ง(?:ตำรวจ|สถานทูต)ให้(?:หน่อย|ที|ด้วย)",
    ],
    "vi": [
        r"cứu (?:tôi|em|con|mình|với)", r"cuu (?:toi|em|con|minh|voi)", r"bị (?:giam|nhốt|bắt cóc|đánh|tra tấn)",
        r"bi (?:giam|nhot|bat coc|tra tan)", r"(?:giữ|thu|lấy) hộ chiếu", r"(?:giu|thu|lay) ho chieu",
        r"không cho (?:ra|về|đi)", r"(?:ko|k|khong|hok) cho (?:ra|ve|di)", r"không thoát được", r"bị bán",
        r"(?:báo|gọi) (?:công an|cảnh sát|đại sứ quán|đsq) (?:giùm|giúp|hộ|dùm)", r"(?:bao|goi) (?:cong an|canh sat|dai su quan|dsq) (?:gium|giup|ho|dum)",
    ],
    "zh": [
        r"救命", r"救救我", r"救我", r"被(?:关|關|囚禁|扣押|绑架|綁架|殴打|毆打|卖|賣)", r"被打(?:了|得|伤|傷|死)", r"护照被(?:扣|收|拿)",
        r"護照被(?:扣|收|拿)", r"扣(?:了)?(?:我的)?(?:护照|護照)", r"出不去", r"不让我(?:走|出去|离开)",
        r"不讓我(?:走|出去|離開)", r"逃不(?:出去|掉)", r"(?:帮|幫)我(?:报警|報警|联系大使馆|聯繫大使館)",
    ],
}
# Languages written without spaces have no word boundary before a phrase.
_UNSPACED = ("th", "zh")
_DANGER = {
    lang: re.compile(("" if lang in _UNSPACED else r"(?<![\w])") + r"(?:" + "|".join(phrases) + r")", re.IGNORECASE)
    for lang, phrases in _DANGER_PHRASES.items()
}
# Words that are a call for help when a message holds nothing else ("help!!", "tolong", "SOS");
# None where the word says nothing about the language.
CALLS: dict[str, str | None] = {
    "sos": None, "help": "en", "emergency": "en", "urgent": "en",
    "tolong": "id", "toloong": "id", "tolongg": "id", "tlg": "id", "bantu": "id", "darurat": "id",
    "도와주세요": "ko", "도와줘": "ko", "도와줘요": "ko", "도와주세여": "ko", "살려주세요": "ko", "살려줘": "ko",
    "긴급": "ko", "구해주세요": "ko",
    "ช่วยด้วย": "th", "ช่วยด้วยค่ะ": "th", "ช่วยด้วยครับ": "th", "ช่วยหน่อย": "th", "ฉุกเฉิน": "th",
    "cứu": "vi", "cuu": "vi", "giúp": "vi", "giup": "vi", "khẩn": "vi",
    "救命": "zh", "救救我": "zh", "帮帮我": "zh", "幫幫我": "zh", "紧急": "zh", "緊急": "zh",
}
_FILLER = {"me", "please", "pls", "plz", "now", "asap", "saya", "aku", "dong", "cepat", "segera",
           "제발", "빨리", "지금", "급해요", "급해", "좀", "i", "need",
           "ด่วน", "tôi", "toi", "em", "với", "voi", "voi", "đi", "di", "gấp", "gap", "cấp", "cap", "快", "快点",
           # who is called on ("kbri tolong", "embassy help!!", "경찰 도와주세요"): the card has their numbers
           "embassy", "police", "kbri", "polisi", "대사관", "경찰", "สถานทูต", "ตำรวจ", "đsq", "dsq", "công", "cong", "an",
           "大使馆", "大使館", "警察"}
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def emergency_language(text: str) -> tuple[bool, str | None]:
    """Whether a message is a cry for help, and the language its words give away."""
    for lang, pattern in _DANGER.items():
        if pattern.search(text or ""):
            return True, lang
    words = [w.lower() for w in _WORDS.findall(text or "")]
    if words and any(w in CALLS for w in words) and all(w in CALLS or w in _FILLER for w in words):
        return True, next((CALLS[w] for w in words if CALLS.get(w)), None)
    return False, None


# Words that, in a message the model could not place, may mean someone is held or threatened:
# then the bot offers the card instead of "I didn't understand" (a place being held, a guard,
# a passport, a beating, a debt to leave). Matched anywhere: Korean glues endings on.
_DANGER_CUES = re.compile(
    r"(?<![\w])(?:(?:took|take|taken|confiscated?|grabbed)\s+(?:my|our|all\s+our)\s+phones?|phones?\s+(?:was\s+|were\s+)?(?:taken|confiscated)|"
    r"kk\s?park|shwe\s?kokko|myawadd?y|guards?|boss|passport|beat(?:en|ing)?|hit me|kick|shock|electric|sold|fine|debt|ransom|locked|"
    r"escape|trapped|stuck|call (?:the )?police for me|compound|quota|target|held|hostage|kidnap|scared|afraid|knock|phone check|kill|"
    r"make (?:me|us) (?:do|work|scam)|forced?|barbed|compensation|taken (?:to|across)|"
    # passed on by a relative: locked in at night, watched while typing, moved on, held for a debt
    r"lock(?:s|ing)?\s+(?:us|me|him|her|them)\s+(?:in|up)\b|watch(?:es|ing)?\s+(?:me|us|him|her)\s+(?:type|typing|text|texting|write|writing)\b|"
    r"mov(?:e|es|ing)\s+(?:us|them|me|him|her)\s+to\s+(?:another|a\s+different|a\s+new|other)\s+(?:compound|building|place|company|zone)|"
    r"makes?\s+(?:him|her|them)\s+(?:do|work|scam)|(?:can'?t|cannot|not\s+allowed\s+to)\s+(?:leave|go\s+home|come\s+home)\s+(?:until|till|unless)\s+(?:i|we|he|she|they)\s+pay|"
    r"ngunci\s+(?:kami|aku|kita|dia|mereka)|liat(?:in|)\s+(?:aku|gw|gue|saya)\s+(?:ngetik|nulis|chat)|ngawasin\s+(?:aku|gw|gue|saya)|"
    r"dipindah(?:in)?\s+ke\s+(?:komplek|kompleks|gedung|perusahaan|tempat)\s+lain|(?:sebelum|sblm|sampe|sampai)\s+lunas|"
    r"문\s?잠가|문\s?잠그|잠가\s?놔|잠궈|(?:쓰는|치는|보내는)\s?(?:거|걸)\s?(?:다\s?)?(?:보고\s?있|지켜보)|못\s?나가게|갚기\s?전(?:엔|에는)\s?못|"
    r"hurt\s+(?:me|us|him|her|them)\b|\bhit\s+(?:the|a)\s+(?:guy|girl|man|woman|boy)\b|kerja\s+paksa|nyakitin|"
    r"보이스\s?피싱\s?조직|안\s?풀어\s?(?:줘|준)|폰\s?(?:을\s?|도\s?)?뺏|"
    r"satpam|penjaga|bos|paspor|dipukul|ditendang|disetrum|dijual|denda|utang|hutang|tebusan|dikunci|kabur|"
    r"kompleks|markas|takut|terjebak|lapor(?:in|kan)? (?:ke )?polisi|ketok|disekap|ditahan|disiksa|bunuh|dibunuh|disuruh|dipaksa|kawat\s+duri|ganti\s+rugi|dibawa)"
    r"|경비|사장|여권|때리|때림|맞았|맞음|맞고|발로|전기|팔려|팔아|벌금|빚|몸값|갇|감금|탈출|단지|할당|실적|"
    r"신고\s?(?:좀|해\s?주)|경찰\s?(?:좀\s?)?불러|무서|문\s*두드|폰\s*검사|핸드폰\s*뺏|도망|죽이|죽인|죽여|시키고|시킴|시켜|철조망|배상|끌려|"
    r"ติดอยู่|แจ้งตำรวจให้|ยาม|การ์ด|เจ้านาย|บอส|พาสปอร์ต|หนังสือเดินทาง|ซ้อม|ค่าปรับ|หนี้|ค่าไถ่|กลัว|หนี|ช็อต|ขัง|ยอด|"
    r"báo công an|bao cong an|mắc kẹt|mac ket|bảo vệ|bao ve|sếp|hộ chiếu|ho chieu|bị đánh|tiền phạt|tien phat|tiền chuộc|tien chuoc|nợ|sợ|trốn|"
    r"đền hợp đồng|den hop dong|bị ép|bi ep|chỉ tiêu|thoát ra|thoat ra|thoát khỏi|thoat khoi|trốn ra|tron ra|"
    r"困在|被困|帮我报警|幫我報警|保安|老板|老闆|护照|護照|打我|电击|電擊|罚款|罰款|赔偿|賠償|赎金|贖金|欠债|害怕|园区|園區|逃跑|业绩|業績|被卖|被賣",
    re.IGNORECASE,
)


# Phrases of someone held, as Thai, Vietnamese and Chinese chats write them (written apart from
# the evaluation sets): inside any message they offer the card.
_MORE_CUES = {
    "th": (
        'โดนยิง', 'เอาหนูไปขาย', 'เอาผมไปขาย', 'ทหารถือปืน',
        'ล็อคห้อง', 'ดูหนูพิมพ์', 'ดูผมพิมพ์', 'ดูเราพิมพ์', 'ดูกูพิมพ์', 'ย้ายพวกเราไป', 'ย้ายพวกกูไป', 'ย้ายพวกหนูไป', 'ใช้หนี้ให้หมดก่อน', 'หมดก่อนถึงจะกลับ', 'ให้ทำแชทหลอก',
        'โดนขัง', 'ถูกขัง', 'ถูกกักขัง', 'ขังห้องมืด', 'ห้องมืด', 'โดนล็อคห้อง', 'ล็อกห้อง', 'ล๊อคห้อง',
        'ยึดพาส', 'ยึดพาสปอร์ต', 'ยึดพาสปอต', 'ยึดหนังสือเดินทาง', 'ไม่คืนพาส', 'มือถือโดนยึดหมด',
        'หัวหน้าเก็บมือถือ', 'การ์ดตรวจมือถือ', 'เช็คมือถือทุกคืน', 'การ์ดเดินมา', 'การ์ดเฝ้า',
        'ออกไปไหนไม่ได้', 'ออกจากตึกไม่ได้', 'ไม่ให้ออกนอกรั้ว', 'หนีไม่ได้', 'วางแผนหนี', 'แอบพิมพ์',
        'หลบในห้องน้ำ', 'โดนช็อต', 'โดนช๊อต', 'ช็อตไฟฟ้า', 'ไฟช็อต', 'กระบองไฟฟ้า', 'โดนซ้อม',
        'ยอดไม่ถึงโดนตี', 'โดนขายต่อ', 'ถูกขายต่อ', 'ขายให้บริษัทอื่น', 'บอกว่าซื้อผมมา', 'ค่าไถ่', 'ไถ่ตัว',
        'ต้องจ่ายถึงจะปล่อย', 'ติดหนี้บริษัท', 'จ่ายค่าปรับถึงจะปล่อย', 'ถูกคุมตัว', 'พาข้ามแม่น้ำ',
        'ข้ามแม่น้ำตอนกลางคืน', 'ไม่คืนหนังสือเดินทาง', 'ทหารถือปืนเฝ้า', 'เอาอวัยวะ', 'เอาไต', 'ขังน้ำ',
        'ไม่ให้กินข้าว', 'บังคับหลอกคน', 'บังคับทำแก๊งคอล', 'ติดอยู่ในเคเคปาร์ค', 'โดนขังที่ชเวโก๊กโก่',
    ),
    "vi": (
        'mặt sưng', 'mat sung', 'bán tiếp', 'ban tiep',
        'khóa cửa nhốt', 'khoa cua nhot', 'nhốt tụi', 'nhot tui', 'nhốt bọn', 'nhìn con nhắn', 'nhin con nhan', 'nhìn em nhắn', 'nhin em nhan', 'theo dõi con nhắn', 'qua khu khác', 'sang khu khác', 'qua khu khac', 'sang khu khac', 'trả hết mới', 'tra het moi', 'bắt đi lừa', 'bat di lua', 'bắt lừa đảo',
        'bị nhốt', 'bi nhot', 'bị giam', 'dang bi giam giu', 'giam lỏng', 'giam long', 'phòng tối',
        'nhot phong toi', 'thu hộ chiếu', 'thu ho chieu', 'giữ hộ chiếu', 'giu ho chieu',
        'bị thu điện thoại', 'bi thu dt', 'bảo vệ kiểm tra điện thoại', 'bảo vệ tới', 'bv toi r',
        'dùi cui điện', 'dui cui dien', 'chích điện', 'chich dien', 'điện giật', 'dien giat', 'bỏ đói',
        'bi bo doi', 'ko du kpi bi danh', 'không đủ chỉ tiêu bị đánh', 'bị bán sang', 'bi ban sang cty',
        'tiền chuộc', 'tien chuoc', 'đền hợp đồng', 'den hop dong', 'nộp phạt mới cho về',
        'không cho ra ngoài', 'ko cho ra ngoai', 'ko ra khoi khu dc', 'không ra khỏi khu được', 'bỏ trốn',
        'bo tron', 'trốn thoát', 'tron thoat', 'qua sông ban đêm', 'bị ép lừa đảo', 'bi ep lua dao',
        'lấy nội tạng', 'lay noi tang', 'kẹt trong khu', 'ket trong khu', 'nhắn lén', 'nhan tin len',
        'trốn trong nhà vệ sinh', 'bị khóa cửa', 'bi ep lam scam',
        'bị giữ lại', 'bi giu lai', 'bị giữ ở', 'bi giu o', 'kẹt ở', 'kẹt lại', 'bị kẹt', 'bi ket', 'bị lừa sang',
        'bi lua sang', 'bị lừa qua', 'bi lua qua', 'ép làm', 'không về được', 'khong ve duoc', 'ko ve dc',
        'ko ve duoc', 'k ve dc', 'tịch thu điện thoại', 'tich thu dien thoai', 'đòi tiền mới thả', 'doi tien moi tha',
        'nộp tiền mới cho về', 'nop tien moi cho ve', 'khu lừa đảo', 'khu lua dao', 'công ty lừa đảo', 'cty lua dao',
    ),
    "zh": (
        '转了三手', '转了两手', '被转了', '轉了三手', '被轉了',
        '把我们锁起来', '把我锁起来', '锁在房间', '鎖在房間', '看着我打字', '盯着我打字', '看著我打字', '转到别的园区', '轉到別的園區', '还清之前不让走', '逼他', '逼我', '逼她',
        '小黑屋', '关水房', '水牢', '电棍', '被电棍电', '挨电棍', '吊起来打', '狗推', '做杀猪盘', '被卖到', '卖人', '转卖到别的园区', '被转卖', '赎金',
        '赎身', '交钱放人', '护照被扣', '扣护照', '护照被收', '護照被扣', '手机被收', '保安查手机', '手机上交', '关着出不去', '跑不掉', '逃出去', '逃跑被抓',
        '噶腰子', '嘎腰子', '割腰子', '摘器官', '限制自由', '被控制', '被扣押', '被关押', '被关起来', '从外面反锁', '偷渡过河', '卖到缅北',
        '人在KK园区出不去', '被关在亚太城', '园区出不去', '園區出不去', '倒欠公司', '不交钱不让走', '打断腿', '持枪保安', '保安拿枪', '保安来了', '被押送',
        '不给饭吃', '业绩不达标被打',
        '回不去', '回不了国', '回不了國', '走不了', '不让走', '不讓走', '不让回', '不讓回', '被骗到', '被騙到', '被限制',
        '没收手机', '沒收手機', '收了手机', '收了手機', '关禁闭', '關禁閉', '体罚', '體罰', '交钱才放', '交錢才放', '赎人', '贖人',
        '被看着', '被看管', '有人看守', '不能离开', '不能離開', '離不開園區', '离不开园区',
    ),
}
_MORE_DANGER_CUES = re.compile("|".join(re.escape(p) for ps in _MORE_CUES.values() for p in sorted(ps, key=len, reverse=True)),
                               re.IGNORECASE)


def danger_cue(text: str) -> bool:
    """Whether an unplaced message carries words of someone held or threatened."""
    return bool(_DANGER_CUES.search(text or "") or _MORE_DANGER_CUES.search(text or ""))


def card_offer(host: str, lang: str) -> list[dict[str, str]]:
    """The two buttons offered when someone may be in danger: the card, the embassy."""
    return [
        {"title": t("btn_emergency", lang), "payload": f"card:emergency:{host}"},
        {"title": t("btn_contacts", lang), "payload": f"card:contacts:{host}"},
    ]


# Someone else's cry passed on: "my nephew sent this: 'they won't let me leave'", "con tôi nhắn về:
# cứu con với", "我弟弟发来：救命". The words of danger are the relative's, the writer is their
# family: after the card (its numbers serve whoever calls), the family's report follows even when
# the model reads the quoted words as the writer's own (`Assistant._after_card`).
_KIN = {
    "en": r"\b(?:my|our)\s+(?:\w+\s+)?(?:brother|sister|son|daughter|husband|wife|father|mother|dad|mom|mum|friend|cousin|"
          r"kid|child|boyfriend|girlfriend|nephew|niece|uncle|aunt|bro|sis|partner|fianc[eé]e?|grandson|granddaughter|mate|classmate|colleague|roommate)s?\b",
    "id": r"\b(?:anak|adik|adek|kakak|abang|suami|istri|ayah|bapak|ibu|teman|temen|sepupu|keponakan|ponakan|pacar|om|tante|paman)"
          r"(?:\s+(?:saya|sy|aku|gw|gue|kami|sma|smp|sekolah|kuliah|kampus|kantor|kerja|lama)|ku|nya)\b|\b(?:suamiku|istriku|pacarku|cowokku|cewekku)\b",
    "ko": r"(?:아들|딸|남편|아내|와이프|동생|남동생|여동생|오빠|누나|언니|형|친구|아빠|엄마|조카|사촌|남친|여친|남자친구|여자친구)",
    "th": r"(?:ลูกชาย|ลูกสาว|ลูก|สามี|ภรรยา|แฟน|น้องชาย|น้องสาว|พี่ชาย|พี่สาว|เพื่อน|หลาน|พ่อ|แม่|ญาติ)",
    "vi": r"(?<![\w])(?:con trai|con gái|con gai|con tôi|con toi|con em|con mình|chồng|chong|ck|vợ|vo|vk|em trai|em gái|em gai|"
          r"anh trai|chị gái|chi gai|bạn tôi|ban toi|bạn em|ban em|bạn thân|ban than|cháu tôi|chau toi|cháu em|chau em|người yêu|nguoi yeu|ny|bồ|"
          r"anh họ|anh ho|em họ|em ho|chị họ|chi ho|bố|ba|mẹ|má|nó|no|bạn cấp \d|ban cap \d|bạn của bạn|ban cua ban|bạn cũ|ban cu|bạn học|ban hoc|đồng nghiệp|dong nghiep)",
    "zh": r"(?:儿子|兒子|女儿|女兒|老公|老婆|丈夫|妻子|弟弟|妹妹|哥哥|姐姐|朋友|表弟|表哥|表妹|表姐|堂弟|堂哥|侄子|外甥|男朋友|女朋友|孩子|我爸|我妈|我媽)",
}
_PASSED_ON = {
    "en": r"\s+(?:\w+\s+){0,3}?(?:sent|texted|messaged|wrote|writes|says|said|told|tells|called|dm'?d|voice ?noted?|whispered|forwarded|reckons)\b",
    "id": r"\s+(?:\w+\s+){0,3}?(?:kirim|ngirim|kirimin|chat|nge-?chat|sms|wa|bilang|bilangnya|katanya|nelpon|telpon|kabarin|ngabarin|pesan|nulis|dm|ngedm)\b",
    "ko": r"\S{0,3}\s*(?:\S+\s+){0,2}?\S*(?:보낸|보냈|문자|카톡|메시지|메세지|연락\s?(?:이\s?)?왔|전화\s?(?:가\s?)?왔|라고|래요|했어요|하네요|얘기했|말했|하더라)",
    "th": r"[^\s:]{0,14}?(?:ส่งข้อความ|ส่งมา|ทักมา|ไลน์มา|บอกว่า|โทรมาบอก|พิมพ์มา|แชทมา)",
    "vi": r"\s+(?:\w+\s+){0,3}?(?:nhắn|nhan|gửi|gui|nói|noi|bảo|bao|gọi về|goi ve|kể|ke|viết|viet|rủ|ru)\b",
    "zh": r"[^，,。！!？?：:\s被]{0,4}?(?:发来|發來|发了|發了|发消息|發消息|发信息|發信息|发微信|發微信|留言|说|說|打电话|打電話)",
}
_RELAYED = re.compile("|".join(f"(?:{_KIN[lang]}{_PASSED_ON[lang]})" for lang in _KIN), re.IGNORECASE)


def relayed(text: str) -> bool:
    """Whether the words of danger in a message are a relative's, passed on by their family:
    a kin word and a verb of sending or saying come before the first cry for help."""
    text = text or ""
    frame = _RELAYED.search(text[:200])
    if frame is None:
        return False
    cries = [m.start() for m in (pattern.search(text) for pattern in _DANGER.values()) if m is not None]
    return not cries or frame.start() < min(cries)


def is_emergency(text: str) -> bool:
    """Whether a message is a cry for help that must get the card before anything else."""
    return emergency_language(text)[0]


# -- who and where ---------------------------------------------------------------------
def citizens(user: User, lang: str, named: Optional[str] = None) -> list[str]:
    """Whose embassy to show: the nationality the message names ("philippine embassy"), else
    the user's, else a guess from the language (ko → KR); none when nothing says it: then
    the card asks with one tap instead of listing other people's embassies."""
    if named:
        return [named]
    if user and user.get("nationality"):
        return [user["nationality"]]
    guess = nationality_guess(lang)
    return [guess] if guess else []


# Places where a person's mission in another country matters too. Myawaddy, KK Park and
# Shwe Kokko are held by armed groups; people freed there are handed over at Mae Sot, in
# Thailand, "which is why the Bangkok embassies matter for Myanmar cases" (Indonesia's
# foreign ministry, 2024, in ../shared/data/contacts-notes.md; Thai MFA via Matichon and
# MGR Online, 2025-10-06, in contacts-additions.md).
ALSO_VIA: dict[str, str] = {"Myawaddy": "TH", "KK Park": "TH", "Shwe Kokko": "TH"}


def host_of(user: User, named: Optional[str]) -> str:
    """The host country named in the message, else the last one known, else Cambodia."""
    if named in HOST_COUNTRIES:
        return named  # type: ignore[return-value]
    stored = (user or {}).get("host_country")
    return stored if stored in HOST_COUNTRIES else DEFAULT_HOST


def _host_buttons(kind: str, host: str, lang: str) -> list[dict[str, str]]:
    return [{"title": country_name(c, lang), "payload": f"card:{kind}:{c}"} for c in HOST_COUNTRIES if c != host]


def _nationality_prompt(user: User, lang: str) -> tuple[str, list[dict[str, str]]]:
    """One line and at most two buttons so that one tap confirms the nationality; a reader of
    Traditional Chinese is offered Taiwan, Hong Kong and Malaysia beside China."""
    if user and user.get("nationality_confirmed"):
        return "", []
    guess = (user or {}).get("nationality") or nationality_guess(lang)
    if guess:
        name = country_name(guess, lang)
        also = [c for c in TRADITIONAL_READERS if c != guess] if lang == "zh" and (user or {}).get("han_script") == "hant" else []
        return t("nationality_confirm", lang, country=name), [
            {"title": t("nationality_yes", lang, country=name), "payload": f"nat:{guess}"},
            *({"title": country_name(c, lang), "payload": f"nat:{c}"} for c in also),
            {"title": t("nationality_other", lang), "payload": "nat:menu"},
        ]
    return t("nationality_ask", lang), nationality_buttons(lang)


def nationality_buttons(lang: str) -> list[dict[str, str]]:
    return [{"title": country_name(c, lang), "payload": f"nat:{c}"} for c in NATIONALITIES]


def _with_nationality(text: str, buttons: list[dict[str, str]], user: User, lang: str) -> Message:
    line, more = _nationality_prompt(user, lang)
    return {"text": f"{text}\n\n{line}" if line else text, "buttons": buttons + more}


# -- the cards --------------------------------------------------------------------------
def _also_via(book: ContactBook, whose: list[str], host: str, place: Optional[str], lang: str) -> list[str]:
    """The person's mission in the neighbouring country where people from `place` come out."""
    other = ALSO_VIA.get(place or "")
    if not other or other == host:
        return []
    found = [m for c in whose for m in book.missions_for(c, other) if m.phone or m.emergency]
    if not found:
        return []
    head = t("card_also_via", lang, place=place, country=country_name(other, lang))
    return [head + "\n" + cards.mission_section(found[0], lang, full=False)]


def emergency_messages(
    book: ContactBook, user: User, lang: str, host: str, *,
    named: Optional[str] = None, place: Optional[str] = None, short: bool = False,
) -> list[Message]:
    """Numbers first, in one message; then Cambodia's self-report rules; then next steps.

    `short`: the card was shown minutes ago: the numbers only (a phone a guard may check
    should not fill with long texts), with a button for the full card."""
    whose = citizens(user, lang, named)
    card = "\n\n".join([cards.emergency_card(book, whose, host, lang), *_also_via(book, whose, host, place, lang)])
    if short:
        full = [{"title": t("btn_full_card", lang), "payload": f"card:emergency:{host}"}]
        return [_with_nationality(card, full, user, lang) if not whose else {"text": card, "buttons": full}]
    out: list[Message] = [{"text": f"{t('detained_intro', lang)}\n\n{card}"}]
    if host == "KH":
        out.append({"text": t("cambodia_self_report", lang)})
    report = [{"title": t("btn_detained_report", lang), "payload": "/report_detained"}]
    out.append(_with_nationality(t("detained_next", lang), report + _host_buttons("emergency", host, lang), user, lang))
    return out


def contacts_messages(
    book: ContactBook, user: User, lang: str, host: str, *, named: Optional[str] = None, place: Optional[str] = None,
) -> list[Message]:
    """The mission's full card for the user's nationality and host country, with buttons to change either."""
    whose = citizens(user, lang, named)
    if not whose:
        text = f"{cards.local_section(book, host, lang, urgent_only=True)}\n\n{t('nationality_ask', lang)}"
        return [{"text": text, "buttons": nationality_buttons(lang)}]
    card = "\n\n".join([cards.embassy_card(book, whose, host, lang), *_also_via(book, whose, host, place, lang)])
    text = f"{card}\n\n{t('card_other_country', lang)}"
    if named and named != (user or {}).get("nationality"):
        return [{"text": text, "buttons": _host_buttons("contacts", host, lang)}]
    return [_with_nationality(text, _host_buttons("contacts", host, lang), user, lang)]


def nationality_menu(lang: str, kind: str = "contacts") -> list[Message]:
    return [{
        "text": t("nationality_ask", lang),
        "buttons": [{"title": country_name(c, lang), "payload": f"nat:{c}"} for c in NATIONALITIES],
    }]
