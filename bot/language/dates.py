"""Dates, "don't know" and "cancel" as people write them, in every supported language.

`dateparser` 1.2.0 (the newest that fits Rasa 3.6's `regex` and `pytz` pins) reads "3 minggu
lalu", "3주 전", "two weeks ago", but not "2주 전에 카톡으로", "지난주 금요일", "last friday" or
"三天前"; those are read here first.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from bot.language import small_talk

_NUMBER_WORDS = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
}
_UNIT_DAYS = {"일": 1, "주": 7, "주일": 7, "달": 30, "개월": 30, "년": 365, "天": 1, "周": 7, "星期": 7, "个月": 30,
              "年": 365}
_KO_AGO = re.compile(r"(\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(주일|개월|일|주|달|년)\s*(?:전|前)")
_ID_AGO = re.compile(
    r"\b(\d+|satu|dua|tiga|empat|lima|enam|se)\s*(hari|hr|minggu|mgg|pekan|bulan|bln|tahun|thn)\s*(?:yang\s+|yg\s+)?(?:lalu|yll)\b",
    re.IGNORECASE,
)
_ID_UNITS = {"hari": 1, "hr": 1, "minggu": 7, "mgg": 7, "pekan": 7, "bulan": 30, "bln": 30, "tahun": 365, "thn": 365}
_ZH_AGO = re.compile(r"(\d+|[一两二三四五六七八九十])\s*(个月|個月|星期|天|周|週|年)\s*(?:前|之前|以前)")
_TH_AGO = re.compile(r"(\d+|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)\s*(วัน|อาทิตย์|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน|มาแล้ว)")
_VI_AGO = re.compile(r"\b(\d+|một|mot|hai|ba|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi)\s*"
                     r"(ngày|ngay|tuần|tuan|tháng|thang|năm|nam)\s*(?:trước|truoc|rồi|roi)\b", re.IGNORECASE)
_LOCAL_UNITS = {"วัน": 1, "อาทิตย์": 7, "สัปดาห์": 7, "เดือน": 30, "ปี": 365, "ngày": 1, "ngay": 1, "tuần": 7,
                "tuan": 7, "tháng": 30, "thang": 30, "năm": 365, "nam": 365, "個月": 30, "週": 7}
_LOCAL_NUMBERS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10,
                  "một": 1, "mot": 1, "hai": 2, "ba": 3, "bốn": 4, "bon": 4, "năm": 5, "nam": 5, "sáu": 6, "sau": 6,
                  "bảy": 7, "bay": 7, "tám": 8, "tam": 8, "chín": 9, "chin": 9, "mười": 10, "muoi": 10}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6,
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัส": 3, "พฤหัสบดี": 3, "ศุกร์": 4, "เสาร์": 5, "วันอาทิตย์": 6,
    "thứ hai": 0, "thu hai": 0, "thứ 2": 0, "thu 2": 0, "t2": 0, "thứ ba": 1, "thu ba": 1, "thứ 3": 1, "thu 3": 1, "t3": 1,
    "thứ tư": 2, "thu tu": 2, "thứ 4": 2, "thu 4": 2, "t4": 2, "thứ năm": 3, "thu nam": 3, "thứ 5": 3, "thu 5": 3, "t5": 3,
    "thứ sáu": 4, "thu sau": 4, "thứ 6": 4, "thu 6": 4, "t6": 4, "thứ bảy": 5, "thu bay": 5, "thứ 7": 5, "thu 7": 5, "t7": 5,
    "chủ nhật": 6, "chu nhat": 6, "cn": 6,
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
}
_VI_DAY = (r"thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|t[2-7]|chủ\s*nhật|chu\s*nhat|cn")
# The most recent such day ("last friday", "jumat lalu", "ศุกร์ที่แล้ว").
_LAST_WEEKDAY = re.compile(
    r"\blast\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(senin|selasa|rabu|kamis|jum'?at|sabtu)\s+(?:lalu|kemarin)\b"
    r"|(?:วัน)?(จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์)\s*(?:ที่แล้ว|ก่อน|ที่ผ่านมา)|(วันอาทิตย์)\s*(?:ที่แล้ว|ก่อน|ที่ผ่านมา)"
    r"|\b(" + _VI_DAY + r")\s*(?:vừa\s*rồi|vua\s*roi|rồi|roi|trước|truoc)(?!\s*(?:tuần|tuan))\b",
    re.IGNORECASE,
)
# That day of the week before this one ("지난주 금요일", "thứ sáu tuần trước", "上周五").
_WEEKDAY_LAST_WEEK = re.compile(
    r"지난\s*주\s*([월화수목금토일])요일"
    r"|\b(" + _VI_DAY + r")\s*(?:tuần|tuan)\s*(?:trước|truoc)\b"
    r"|(?:上|上个|上個)\s*(?:周|週|星期|礼拜|禮拜)\s*([一二三四五六日天])",
    re.IGNORECASE,
)
_FIXED = [
    (re.compile(r"그저께|그제|엊그제|kemarin\s+lusa|day before yesterday|前天|เมื่อวานซืน|hôm kia|hom kia"), 2),
    (re.compile(r"어제|kemarin|kmrn|yesterday|昨天|เมื่อวาน|hôm qua|hom qua"), 1),
    (re.compile(r"오늘|hari ini|today|今天|วันนี้|hôm nay|hom nay"), 0),
    (re.compile(r"지난\s*주|minggu\s+lalu|last\s+week|上周|上個星期|上个星期|上週|อาทิตย์ที่แล้ว|สัปดาห์ที่แล้ว|"
                r"tuần trước|tuan truoc"), 7),
    (re.compile(r"지난\s*달|bulan\s+lalu|last\s+month|上个月|上個月|เดือนที่แล้ว|เดือนก่อน|tháng trước|thang truoc"), 30),
]


def when(text: str, language: str, today: Optional[dt.date] = None) -> Optional[dt.date]:
    """The date a message gives, in the past ("2주 전에 카톡으로" → 14 days ago); None if none."""
    today = today or dt.date.today()
    text = (text or "").strip()
    if not text:
        return None
    match = _WEEKDAY_LAST_WEEK.search(text)
    if match:
        return today - dt.timedelta(days=today.weekday() + 7 - _weekday(match))
    match = _LAST_WEEKDAY.search(text)
    if match:
        back = (today.weekday() - _weekday(match)) % 7 or 7
        return today - dt.timedelta(days=back)
    match = _ID_AGO.search(text)
    if match:
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        return today - dt.timedelta(days=count * _ID_UNITS[match.group(2).lower()])
    for pattern in (_KO_AGO, _ZH_AGO, _TH_AGO, _VI_AGO):
        match = pattern.search(text)
        if match:
            raw = match.group(1).lower()
            count = int(raw) if raw.isdigit() else (_NUMBER_WORDS.get(raw) or _LOCAL_NUMBERS[raw])
            unit = match.group(2).lower() if pattern is _VI_AGO else match.group(2)
            return today - dt.timedelta(days=count * (_UNIT_DAYS.get(unit) or _LOCAL_UNITS[unit]))
    for pattern, days in _FIXED:
        if pattern.search(text):
            return today - dt.timedelta(days=days)
    return _dateparser(text, language, today)


def _weekday(match: "re.Match[str]") -> int:
    name = next(g for g in match.groups() if g).lower().replace("'", "")
    return _WEEKDAYS[re.sub(r"\s+", " ", name)]


def warm(languages: "tuple[str, ...]") -> None:
    """Import dateparser and load its data for each language ahead of the first form answer
    that needs it (about 0.5 s, which would otherwise stall that turn and every turn behind it)."""
    for language in languages:
        _dateparser("3 March 2024", language, dt.date.today())


def _dateparser(text: str, language: str, today: dt.date) -> Optional[dt.date]:
    import dateparser
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": dt.datetime.combine(today, dt.time())}
    languages = list(dict.fromkeys([language, "en"]))
    try:
        found = dateparser.parse(text, languages=languages, settings=settings)
        if found is None:
            hits = search_dates(text, languages=languages, settings=settings) or []
            found = hits[0][1] if hits else None
    except Exception:  # dateparser raises on some odd inputs; a date we cannot read is no date
        return None
    if found is None or found.date() > today:
        return None
    return found.date()


_DONT_KNOW = re.compile(
    r"\b(?:don'?t know|dont know|do not know|dunno|not sure|no idea|idk|skip|unknown)\b"
    r"|\b(?:gak|ga|nggak|ngga|tidak|tdk|gk|enggak)\s*(?:tau|tahu|tw|ingat|inget)\b|\bgatau\b|\bgktau\b|\blewati\b|\blewat\b"
    r"|몰라|모르겠|모름|기억\s*안|건너뛰|패스"
    r"|ไม่รู้|ไม่ทราบ|จำไม่ได้|ข้าม|ไม่แน่ใจ"
    r"|không biết|khong biet|ko biet|k biet|hong biet|không nhớ|khong nho|bỏ qua|bo qua|không rõ|khong ro"
    r"|不知道|不清楚|不记得|不記得|跳过|跳過|没有|沒有",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"^\W*(?:cancel|stop|quit|never\s*mind|nevermind|forget\s+it|no\s+thanks?|i\s+changed\s+my\s+mind)\b"
    r"|\b(?:cancel(?:led)?|never\s*mind)\b"
    r"|\b(?:batal(?:in|kan)?|gak\s+jadi|ga\s+jadi|nggak\s+jadi|ngga\s+jadi|tidak\s+jadi|gk\s+jadi|gajadi|udahan|"
    r"berhenti|sudahlah|stop\s+aja|ga\s+usah|gak\s+usah|nggak\s+usah)\b"
    r"|취소|그만\s*(?:할|하|둘|두)|안\s*할래|됐어요|됐어|관둘|관두|그만요|그만해"
    r"|ยกเลิก|ไม่เอาแล้ว|ช่างมัน|พอแล้ว"
    r"|\b(?:hủy|huỷ|huy bo|hủy bỏ|không cần nữa|ko can nua|dừng lại|dung lai)\b|^\W*(?:thôi|thoi)\b"
    r"|取消|算了|不用了|不要了|停止",
    re.IGNORECASE,
)


# Only a greeting, as typed on coming back to a chat ("hi again", "halo kak", "안녕하세요",
# "สวัสดีค่ะ", "chào ad", "在吗"): inside a report it is no answer to the question asked.
_HELLO = re.compile(
    r"^\W*(?:hi+|hello+|hel+o|hey+|hai|halo+|hallo|hola|yo|good\s+(?:morning|afternoon|evening|day)|"
    r"selamat\s+(?:pagi|siang|sore|malam)|assalamu'?alaikum|permisi|"
    r"안녕(?:하세요|하십니까)?|하이|저기요|"
    r"สวัสดี|หวัดดี|ดีจ้า|"
    r"xin\s+ch[aà]o|ch[aà]o|alo+|al[oô]|"
    r"你好|您好|哈[喽囉]|嗨|早上好|早安|晚上好|在吗|在嗎|喂)"
    r"(?:[\s,.!~]*(?:again|there|all|everyone|bot|sir|maam|ma'am|bro|sis|po|kak|kakak|min|admin|mas|mbak|"
    r"lagi|ya|dong|bang|다시|요|ค่ะ|คะ|ครับ|จ้า|จ้ะ|นะ|อีกครั้ง|ad|admin|bạn|ban|anh|chị|chi|em|ạ|a|nha|nhé|lại|lai|"
    r"啊|呀|呢|了|又|大家))*[\W_]*$",
    re.IGNORECASE,
)


# Only thanks ("thank you", "ok thanks", "makasih kak", "감사합니다", "ขอบคุณค่ะ", "cảm ơn ad", "谢谢"):
# inside a report it is no answer either (it was stored as a missing relative's name).
_THANKS = re.compile(
    r"^\W*(?:ok(?:ay)?[\s,.!]*|oke[\s,.!]*|baik[\s,.!]*|네[\s,.!]*|好的?[\s,，.!]*|ครับ[\s,.!]*|ค่ะ[\s,.!]*|dạ[\s,.!]*|vâng[\s,.!]*)?"
    r"(?:thanks?(?:\s+(?:you|u|a\s+lot|so\s+much|very\s+much))?|thx|tq|ty|thank\s+you\s+(?:so|very)\s+much|salamat(?:\s+po)?|"
    r"terima\s*kasih(?:\s+banyak)?|makasih(?:\s+banyak)?|makasi|mksh|trims|"
    r"감사(?:합니다|해요|드려요)|고마워(?:요)?|고맙습니다|ㄱㅅ|ㄳ|"
    r"ขอบคุณ(?:มาก)?(?:ค่ะ|คะ|ครับ|นะ|จ้า)*|ขอบใจ|"
    r"c[aả]m\s+[oơ]n(?:\s+(?:nhiều|nhieu|nha|nhé|nhe|ad|admin|bạn|ban|ạ|a))*|thank\s+ad|"
    r"谢谢(?:你|您|啦|了)?|謝謝(?:你|您)?|多谢|多謝|感谢|感謝)"
    r"(?:[\s,.!~]*(?:kak|kakak|min|admin|ya|yaa|bang|sis|bro|po|sir|ma'?am|요|ค่ะ|คะ|ครับ|นะ|จ้า|ạ|nha|nhé|啊|呀|了|啦|🙏|😊))*[\W_]*$",
    re.IGNORECASE,
)


# "Done" typed under a menu with a done button ("done", "selesai", "완료", "เสร็จแล้วค่ะ", "xong", "好了").
_DONE = re.compile(
    r"^\W*(?:ok(?:ay)?[\s,.!]*)?(?:done|finished|that'?s\s+(?:it|all)|selesai|udah|sudah|beres|cukup|"
    r"완료|다\s?했어요|끝|됐어요|เสร็จ(?:แล้ว)?|พอแล้ว|xong(?:\s+r[oồ]i)?|đủ\s+r[oồ]i|du\s+roi|好了|完成|完了|可以了|就这些|就這些)"
    r"(?:\s*(?:ค่ะ|คะ|ครับ|kak|min|ya|nha|ạ|요|啦|了))*\W*$",
    re.IGNORECASE,
)


def says_done(text: str) -> bool:
    """"done" and nothing else."""
    return bool(_DONE.match((text or "").strip()))


def says_only_thanks(text: str) -> bool:
    """"thank you" and nothing else ("cheers mate", "hatur nuhun" too): no name, no answer."""
    return bool(_THANKS.match((text or "").strip())) or small_talk.only("thanks", text)


def says_only_hello(text: str) -> bool:
    """"hi again" after a pause, nothing else: no name, no place, no answer to a question."""
    return bool(_HELLO.match((text or "").strip())) or small_talk.only("hello", text)


def says_dont_know(text: str) -> bool:
    return bool(_DONT_KNOW.search(text or ""))


def says_cancel(text: str) -> bool:
    """"never mind, cancel" / "gak jadi deh, batal aja" / "취소할게요": leave what is being filled in."""
    return bool(_CANCEL.search(text or ""))


# A typed answer to "stop the questions?" (the buttons say the same): yes stops, no goes on.
_YES_WORDS = (
    r"y|ya|yes|yeah|yep|yup|ok|okay|sure|stop|iya|iy|y[ao]h?|yoi|boleh|betul|hentikan|berhenti|stop\s+aja|"
    r"네|예|응|ㅇㅇ|그래요?|그만(?:할게요|해요|하세요)?|ครับ|ค่ะ|คะ|ใช่|ได้|โอเค|หยุด|có|co|vâng|vang|dạ|da|ừ|u|ok\s*a|đúng|dung|dừng|dung\s+lai|"
    r"是|是的|好|好的|对|對|嗯|可以|停|停止"
)
_NO_WORDS = (
    r"n|no|nope|nah|go\s+on|continue|keep\s+going|carry\s+on|don'?t\s+stop|tidak|gak|ga|nggak|enggak|engga|ndak|bukan|jangan|lanjut(?:kan|in)?|terus|"
    r"아니(?:요|오)?|ㄴㄴ|계속(?:할게요|해요|하세요)?|ไม่|ไม่ใช่|ต่อ|ทำต่อ|ไปต่อ|không|khong|ko|k|tiếp|tiep|tiếp tục|tiep tuc|"
    r"不|不是|不要|继续|繼續"
)
# One word, or two run together ("no, continue", "yes stop", "아니요 계속", "不，继续").
# Polite endings that add nothing ("ใช่ค่ะ", "không ạ", "iya kak", "네요").
_POLITE = r"(?:\s*(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|ạ|nha|kak|min|po|sir|요))*"
_YES = re.compile(rf"^\W*(?:{_YES_WORDS}){_POLITE}(?:[\s,.!、，]+(?:{_YES_WORDS}){_POLITE})?\W*$", re.IGNORECASE)
_NO = re.compile(rf"^\W*(?:{_NO_WORDS}){_POLITE}(?:[\s,.!、，]+(?:{_NO_WORDS}){_POLITE})?\W*$", re.IGNORECASE)


def yes_or_no(text: str) -> Optional[bool]:
    """True for a typed yes, False for a typed no, None for anything else."""
    text = (text or "").strip()
    if _YES.match(text):
        return True
    if _NO.match(text):
        return False
    return None
