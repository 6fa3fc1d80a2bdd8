"""Money and pressure that no lawful recruiter uses: read by the offer checker (`risk.analyse`).

Each function takes the folded text (`risk.fold`: Vietnamese without its marks, full-width as ASCII) and
returns the words that show the sign, or None. They were read off blind sets six-27 (trust and
pressure: "transfer the visa fee before 23:59 today or the position goes to the next candidate")
and six-28 (chats as they arrive: a son's "I can't come home until I pay the contract penalty,
don't call the police").
"""
from __future__ import annotations

import re
from typing import Optional

from bot.offers.scripted import ScriptedPattern

_I = re.I | re.ASCII


def _rx(*parts: str) -> ScriptedPattern:
    return ScriptedPattern(parts, _I)


# A same-day deadline, or the place given away: "before 23:59 today", "by midnight", "this
# offer is valid 24 hours", "the slot goes to the next candidate".
_DEADLINE = _rx(
    r"\b(?:today|tonight|by\s+midnight|before\s+midnight|within\s+(?:24|48)\s+h(?:ou)?rs?|valid\s+for\s+(?:24|48)\s+h(?:ou)?rs?|(?:24|48)\s+h(?:ou)?rs?\s+only)\b"
    r"|\blose\s+(?:the|your|ur)\s+(?:slot|seat|place|position|spot)\b|\b(?:slot|seat|place|position|spot)\s+(?:will\s+)?go(?:es)?\s+to\s+(?:someone|another|the\s+next)\b|\bprice\s+will\s+(?:increase|go\s+up)\s+tomorrow\b",
    r"오늘\s?(?:자정|밤|중|안|까지|내로)|자정\s?까지|(?:다음\s?분|다른\s?분)(?:께|에게|한테)\s?넘어|자리\s?(?:를\s?)?홀딩",
    r"\bhari\s+ini\b|\bmalam\s+ini\b|\bmax(?:imal)?\s+jam\b|\bpaling\s+lambat\b|\bposisi\s+(?:akan\s+)?dialihkan\b|\btiket\s+naik\s+besok\b|\bbatas\s+waktu\b",
    r"ภายในวันนี้|ภายในคืนนี้|ก่อน\s?(?:24|เที่ยงคืน)|ตำแหน่งจะ(?:ถูก)?(?:ส่งต่อ|ให้คนอื่น)|(?:วันนี้|คืนนี้)(?:เท่านั้น|ก่อน)",
    r"\bhom\s+nay\b|\btoi\s+nay\b|\b\d{1,2}h\s*(?:\d{2}\s*)?(?:dem|toi)\b|\btruoc\s+\d{1,2}h|\b(?:het|qua)\s+han\b",
    r"今天之内|今天之內|今天内|今晚|今日内|(?:名额|名額|岗位|崗位|位置)(?:就)?(?:给|給|让|讓|顺延|順延)(?:给|給)?(?:别人|別人|下一位)|逾期|保留(?:岗位|崗位|名额|名額)",
)
# Asked to pay or transfer: the verb beside the money ("transfer", "pay", "보내주시면", "โอน").
_PAY_NOW = _rx(
    r"\b(?:pay|paid|transfer|send|deposit|wire)\b|\bfee\b[^.\n]{0,30}?\b(?:is|are)\s+required\b",
    r"입금|송금|보내\s?주|보내\s?셔야|결제|내\s?주",
    r"\b(?:transfer|tf|bayar|kirim)\b",
    r"โอน|จ่าย|ชำระ",
    r"\b(?:chuyen\s+(?:khoan|tien)?|chuyen|dong|nop|thanh\s+toan|dat\s+coc)\b",
    r"(?:转|轉)(?:过来|過來|账|賬|给|給)?|缴纳|繳納|交(?:钱|錢|费|費)?|付款|支付",
)


def fee_deadline(folded: str) -> Optional[re.Match[str]]:
    """A payment asked against a same-day deadline: how a fee scam or a lure rushes the victim
    before anyone can check (no lawful employer's offer lapses at midnight over a fee)."""
    if not _PAY_NOW.search(folded):
        return None
    return _DEADLINE.search(folded)


# The fee paid in crypto: no agency or employer takes a visa or permit fee in USDT.
_CRYPTO_PAYMENT = _rx(r"\busdt\b|\btether\b|\bbitcoin\b|\bbtc\b", r"泰达币|泰達幣")


def crypto_fee(folded: str) -> Optional[re.Match[str]]:
    return _CRYPTO_PAYMENT.search(folded)


# Someone held, told to pay for their release and not to call the police: a ransom, forwarded
# by the family ("need pay 3000 usd to go home", "harus bayar ganti rugi 50jt dulu, jgn lapor polisi").
_NO_POLICE = _rx(
    r"\b(?:don'?t|dont|do\s+not|pls\s+don'?t)\s+(?:call|tell|report\s+(?:it\s+)?to|contact)\s+(?:the\s+)?police\b",
    r"경찰(?:에|에게|한테)?\s?(?:신고|연락)\s?(?:하지\s?(?:마|말)|하면\s?안)",
    r"\b(?:jangan|jgn|gak\s+usah|ga\s+usah)\s+lapor\s+(?:ke\s+)?polisi\b",
    r"อย่า(?:ไป)?แจ้ง(?:ความ|ตำรวจ)|ไม่ต้องแจ้งตำรวจ",
    r"\b(?:dung|ko|khong\s+duoc)\s+bao\s+(?:cong\s+an|canh\s+sat|police)\b",
    r"(?:别|別|不要|千万别|千萬別)报警|(?:别|別|不要)報警",
)
_PAY_TO_LEAVE = _rx(
    r"\bpay\b[^.\n]{0,30}?\bto\s+(?:go\s+home|leave|get\s+out|be\s+released)\b|\b(?:can'?t|cant|cannot)\s+(?:go\s+out|leave|go\s+home)\b",
    r"(?:못\s?(?:나가|돌아가|가)|돌아갈\s?수\s?없)|(?:위약금|배상금|몸값)",
    r"\b(?:belum|blm|gak|ga|tidak)\s+(?:boleh|bisa)\s+pulang\b|\bganti\s+rugi\b|\btebusan\b",
    r"(?:ยัง)?กลับไม่ได้|ค่าชดเชย|ค่าไถ่|ค่าปรับ",
    r"\bchua\s+(?:ve|duoc\s+ve)\b|\bden\s+hop\s+dong\b|\btien\s+chuoc\b|\bboi\s+thuong\b",
    r"回不去|赔违约金|賠違約金|违约金|違約金|赎金|贖金",
)


def ransom(folded: str) -> Optional[re.Match[str]]:
    """Told not to call the police, while held or asked to pay to leave."""
    m = _NO_POLICE.search(folded)
    return _PAY_TO_LEAVE.search(folded) and m


# A debt the recruiter knows of, to be cleared by a few months abroad ("u have pinjol right?
# 3 months in Cambodia and it's paid off", "网贷欠了好几万吗？出去干三个月就还清了").
_DEBT_LURE = _rx(
    r"\b(?:debts?|loans?)\b[^.\n?]{0,80}?\b(?:paid\s+off|pay\s+(?:it\s+)?(?:all\s+)?off|clear(?:ed)?|gone)\b",
    r"(?:빚|대출|사채)[^.\n?]{0,60}?(?:다\s?갚|정리|청산|해결)",
    r"\b(?:pinjol|utang|hutang|cicilan)\b[^.\n?]{0,80}?\b(?:lunas|beres|kelar)\b",
    r"หนี้[^\n?]{0,60}?(?:หมด|ใช้หนี้|ปลดหนี้)|ใช้หนี้[^\n]{0,16}?ไป(?:เขมร|กัมพูชา|พม่า|ลาว)",
    r"\b(?:no|vay|app\s+vay|tin\s+dung\s+den)\b[^.\n?]{0,80}?\b(?:tra\s+het|het\s+no|xong\s+no)\b",
    r"(?:网贷|網貸|欠)[^。\n]{0,30}?(?:还清|還清|还完|還完)|(?:出去|过来|過來|出国|出國)(?:干|幹)\S{0,4}(?:个|個)?月\S{0,8}(?:还清|還清)",
)


def debt_lure(folded: str) -> Optional[re.Match[str]]:
    return _DEBT_LURE.search(folded)


# Someone without ties sought, to leave at once ("you're single, no kids? good, this job needs
# someone who can go right away; decide tonight, fly tomorrow"): who no one will miss soon.
_NO_TIES = _rx(
    r"\bno\s+(?:family\s+)?ties\b|\b(?:are\s+)?(?:you|u)\s+(?:still\s+)?single\b[^.\n]{0,40}?\b(?:good|great|perfect)\b",
    r"미혼이(?:시|지)|딸린\s?(?:식구|가족|애)\s?(?:가\s?)?없",
    r"\b(?:masih\s+single|belum\s+(?:nikah|menikah))\b[^.\n]{0,40}?\b(?:bagus|pas|cocok)\b|\b(?:gak|ga|tidak|nggak)\s+ada\s+tanggungan\b",
    r"โสดใช่(?:มั้ย|ไหม)|ไม่มีลูกไม่มีภาระ|ไม่มีภาระ",
    r"\bchua\s+co\s+gia\s+dinh\b|\b(?:ko|khong)\s+rang\s+buoc\b",
    r"(?:没|沒)(?:结婚|結婚)|(?:没|沒)(?:什么|什麼)?(?:牵挂|牽掛)|无牵挂|無牽掛",
)


def no_ties(folded: str) -> Optional[re.Match[str]]:
    return _NO_TIES.search(folded)


# Flying tomorrow or tonight ("mai bay", "明天就飞", "พรุ่งนี้บิน"): a journey said in two words.
_FLY_SOON = _rx(
    r"\bfly\s+(?:out\s+)?(?:tomorrow|tonight)\b",
    r"내일\s?(?:바로\s?)?(?:출국|비행기)",
    r"\bbesok\s+(?:langsung\s+)?(?:terbang|berangkat)\b",
    r"พรุ่งนี้(?:ก็)?(?:บิน|เดินทาง)",
    r"\bmai\s+(?:bay|di\s+luon)\b|\bbay\s+(?:luon|ngay)\b",
    r"(?:明天|后天|後天|马上|馬上)(?:就)?(?:飞|飛|走)",
)


def fly_soon(folded: str) -> Optional[re.Match[str]]:
    return _FLY_SOON.search(folded)


# six-30 (a recruiter's answers to an applicant's questions, read after its blind run) -------------

# Hired unseen: no interview, and the ticket booked tomorrow from a passport photo and a selfie.
_NO_INTERVIEW = _rx(
    r"\bno\s+interview\b|\bno\s+need\s+(?:for\s+)?(?:an?\s+)?interview\b|\bwithout\s+(?:an?\s+)?interview\b",
    r"면접\s?(?:은\s?)?(?:없|안\s?봐|필요\s?없|생략)",
    r"\b(?:gak|ga|nggak|tidak|tdk)\s+(?:perlu|usah|ada)\s+(?:interview|wawancara)\b|\btanpa\s+(?:interview|wawancara)\b",
    r"ไม่ต้องสัมภาษณ์|ไม่มีสัมภาษณ์",
    r"\b(?:ko|khong|k|hong)\s+can\s+phong\s+van\b",
    r"不用面试|不用面試|免面试|免面試|无需面试|無需面試|不需要面试|不需要面試",
)
_TICKET_AT_ONCE = _rx(
    r"\b(?:book|issue|send)\s+(?:your\s+|ur\s+|the\s+)?(?:e-?)?ticket\s+(?:tomorrow|tonight|today|right\s+away|now)\b|\bticket\s+(?:tomorrow|tonight)\b",
    r"바로\s?(?:티켓팅|발권)|내일\s?(?:바로\s?)?(?:발권|티켓)",
    r"\bbesok\s+(?:langsung\s+)?(?:booking|book|pesan|beli)\s+tiket\b|\blangsung\s+(?:booking|book)\s+tiket\b",
    r"พรุ่งนี้(?:ก็)?ออกตั๋ว|ออกตั๋ว(?:ให้)?(?:เลย|ทันที)",
    r"\bmai\s+(?:anh\s+|chi\s+|em\s+|minh\s+)?dat\s+ve\b|\bdat\s+ve\s+(?:luon|ngay)\b",
    r"明天(?:就)?(?:给你|給你)?出票|马上(?:给你)?出票|馬上(?:給你)?出票",
)


def hired_unseen(folded: str) -> Optional[re.Match[str]]:
    """No interview and a ticket at once: no employer flies someone in unseen; a trafficker
    does, before anyone can check (the ticket's words are quoted)."""
    return _TICKET_AT_ONCE.search(folded) if _NO_INTERVIEW.search(folded) else None


# The contract signed only over there (red flag 15 of the shared list: a contract unclear,
# absent or in a foreign language): nothing binds the employer before the journey.
_CONTRACT_THERE = _rx(
    r"\b(?:you\s+|u\s+)?sign\s+(?:it\s+|the\s+contract\s+)?(?:there|over\s+there|when\s+(?:you\s+|u\s+)?arrive|on\s+arrival)\b",
    r"(?:가서|도착해서|도착하시면|현지에서)\s?(?:\S{0,8}\s?){0,2}(?:사인|서명)",
    r"계약서?\s?(?:는|은)?[^.\n]{0,20}?(?:도착(?:해서|하면|\s?후)|현지에서|가서)\s?(?:작성|체결|써|쓰)",  # six-31
    r"\btanda\s*tangan\s+(?:kontrak(?:nya)?\s+)?(?:di\s+sana|disana|pas\s+(?:sampe|sampai|nyampe))\b",
    r"ไปเซ็นที่โน่น|เซ็นสัญญาที่โน่น|ไปถึงค่อยเซ็น|ไปถึงแล้วค่อยเซ็น",
    r"\bqua\s+(?:ben\s+)?(?:do|kia)\s+(?:roi\s+)?ky\b|\bsang\s+(?:ben\s+)?(?:do|kia)\s+(?:roi\s+)?ky\b",
    r"到了(?:那边|那邊)?(?:再)?签|到了(?:那边|那邊)?(?:再)?簽|合同(?:去了|过去|過去)(?:再)?(?:签|簽)",
    # six-33 (read after its blind run): the contract signed once there, or none written at all
    r"\bkontrak\s+(?:di)?tanda\s*tangan\w*\s+(?:pas|waktu|saat|setelah)\s+(?:udah\s+|sudah\s+)?(?:sampe|sampai|nyampe|tiba)\b",
    r"เซ็นสัญญาตอนไปถึง|ไปถึงแล้วเซ็น",
    r"\bhop\s+dong\s+(?:qua\s+)?(?:toi|den)\s+noi\s+(?:moi\s+|roi\s+)?ky\b",
    r"계약서\s?(?:같은\s?(?:거|건)\s?)?(?:는\s?|은\s?)?(?:안\s?(?:써요|씁니다|써)|없(?:어요|습니다|음))",
    r"\b(?:we|they)\s+(?:don'?t|do\s+not)\s+(?:use|sign|do|write)\s+(?:a\s+|any\s+)?contracts?\b",
)


def contract_there(folded: str) -> Optional[re.Match[str]]:
    return _CONTRACT_THERE.search(folded)


# Wages paid in USDT or "coin": how compounds pay, never a lawful employer abroad.
_CRYPTO_SALARY = _rx(
    r"\b(?:salary|wages?|paid|pay)\b[^.\n]{0,30}?\b(?:in\s+)?(?:usdt|tether|crypto|coins?)\b",
    r"(?:테더|usdt|코인)\s?(?:\(usdt\)\s?)?(?:으로|로)\s?(?:나가|드리|드림|지급|받|줘)",
    r"\bgaji\b[^.\n]{0,30}?\b(?:usdt|kripto|crypto|koin)\b",
    r"เงินเดือน\S{0,20}(?:usdt|คริปโต|เหรียญ)",
    r"\bluong\b[^.\n]{0,30}?\b(?:usdt|coin|tien\s+ao)\b",
    r"(?:工资|工資|薪水)\S{0,10}(?:usdt|泰达币|泰達幣|虚拟币|虛擬幣)",
)


def crypto_salary(folded: str) -> Optional[re.Match[str]]:
    return _CRYPTO_SALARY.search(folded)


def recruiter_reply_signs(folded: str) -> tuple[Optional[re.Match[str]], Optional[re.Match[str]], Optional[re.Match[str]]]:
    """(hired unseen, contract signed over there, wages in crypto): the words of each, or None."""
    return hired_unseen(folded), contract_there(folded), crypto_salary(folded)


# "Work visa? Not needed": a permit named to be waved away is no lawful employer's assurance.
_NOT_NEEDED = _rx(
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?(?:not\s+needed|no\s+need|don'?t\s+need|not\s+necessary)",
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?(?:필요\s?없|안\s?해도)",
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?(?:gak|ga|tidak|nggak)\s+(?:usah|perlu)",
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?ไม่ต้อง",
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?(?:ko|khong|k)\s+can\b",
    r"^\s*(?:\S{0,3}\s*[?？]\s*)?(?:不用|不需要|没必要)",
)


def waved_away(after: str) -> bool:
    """Whether the words right after a named permit wave it away."""
    return bool(_NOT_NEEDED.search(after))
