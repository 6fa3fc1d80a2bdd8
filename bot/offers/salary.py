"""Money amounts in job offers (en, ko, id, th, vi, zh) turned into a monthly USD figure.

Scam ads promise pay in many shapes: `$2,500`, `2.5k USD/month`, `월 400만원`, `연봉 1억`,
`15 juta`, `Rp 15.000.000`, `700 ribu per hari`, `USDT 1200`; `เงินเดือน 3 หมื่น`,
`2.5 หมื่น`, `เงินเดือน 35k`; `lương 20tr`, `20 triệu/tháng`, `20 củ`, `1.500 đô`;
`月薪1万5`, `月入过万`, `底薪8000+提成`, `3000U`, `2万5港纸`. The red-flag check only needs
to know whether a promise is far above a salary norm, so every amount is converted to an
approximate monthly USD figure and returned with the exact text it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Approximate units of each currency per 1 USD: rounded market rates of 2025, fixed on
# purpose so results are repeatable. They agree with the conversions quoted in
# /work/shared/data/verify-and-advice.md (USD 600 ≈ Rp 10 juta; 20,000 USDT ≈ KRW 30
# million). Precise enough to tell whether pay is twice a norm, never for real money;
# update them when a rate drifts by more than about 10 %.
USD_RATES: dict[str, float] = {
    "USD": 1.0,
    "USDT": 1.0,  # a dollar-pegged stablecoin, paid in crypto
    "KRW": 1450.0,
    "IDR": 16500.0,
    "THB": 33.0,
    "PHP": 58.0,
    "MYR": 4.3,
    "SGD": 1.3,
    "JPY": 150.0,
    "TWD": 31.0,
    "CNY": 7.2,
    "SAR": 3.75,
    "AUD": 1.55,
    "NZD": 1.7,
    "GBP": 0.78,
    "EUR": 0.9,
    # Added 2026-12-01 for Vietnamese and Chinese offers, same kind of rounded 2025 rate:
    # VND ≈ 26,000 per USD (it moved between about 25,000 and 26,400 in 2025); HKD ≈ 7.8
    # (pegged to the USD between 7.75 and 7.85). THB 33 and CNY 7.2 above also serve th/zh.
    "VND": 26000.0,
    "HKD": 7.8,
}

# How many of each period make a month. Days: 26 working days, as the fact sheet derives
# the Philippine monthly minimum; hours: 209, Korea's statutory monthly hours.
PER_MONTH: dict[str, float] = {
    "month": 1.0,
    "day": 26.0,
    "week": 52.0 / 12.0,
    "year": 1.0 / 12.0,
    "hour": 209.0,
}

_CURRENCY_WORDS: list[tuple[str, str]] = [
    # (regex, currency); longer forms first inside each alternative
    (r"usdt|테더|泰达币|泰達幣", "USDT"),
    (r"ดอลลาร์สิงคโปร์|เหรียญสิงคโปร์|đô\s?sing", "SGD"),
    (r"ดอลลาร์ไต้หวัน|เหรียญไต้หวัน", "TWD"),
    (r"ดอลลาร์ฮ่องกง", "HKD"),
    (r"us\s?\$|usd|us\s?dollars?|dollars?|dolar|달러|불(?!가|법|안)|đô\s?-?\s?la|đô(?:\s?mỹ)?|do\s?la|ดอลลาร์|ดอลล่าร์|ดอล|美金|美元|美刀", "USD"),
    (r"s\$|sgd|新币|新幣", "SGD"),
    (r"nt\$|twd|新台币|新台幣|台币|台幣|đài\s?tệ", "TWD"),
    (r"hk\$|hkd|港币|港幣|港纸|港紙|港元", "HKD"),
    (r"a\$|aud", "AUD"),
    (r"nzd", "NZD"),
    (r"\$", "USD"),
    (r"₩|krw|won\b|원|韩元|韓元|วอน", "KRW"),
    (r"rp\.?|idr|rupiah", "IDR"),
    (r"฿|thb|baht|바트|บาท|泰铢|泰銖|bạt", "THB"),
    (r"₫|vnđ|vnd|đồng|越南盾|越盾", "VND"),
    (r"₱|php|pesos?|페소", "PHP"),
    (r"rm|myr|ringgit|링깃|令吉|马币|馬幣|ริงกิต", "MYR"),
    (r"¥|jpy|yen|yên|엔|円|日元|日圓|เยน", "JPY"),
    (r"rmb|cny|yuan|위안|人民币|人民幣|元|หยวน|nhân\s?dân\s?tệ", "CNY"),
    (r"sar|riyal", "SAR"),
    (r"£|gbp", "GBP"),
    (r"€|eur|euros?|ยูโร", "EUR"),
]
# Written only after the number: "3000U" (USDT in Chinese ads), "8000块", "2000刀", "5tr đ".
_CURRENCY_AFTER_WORDS: list[tuple[str, str]] = [
    (r"u", "USDT"),
    (r"块钱|块|塊錢|塊", "CNY"),
    (r"刀", "USD"),
    (r"đ|dong", "VND"),
]
_CUR = "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS)
_CUR_AFTER = "|".join(f"(?:{p})" for p, _ in [*_CURRENCY_WORDS, *_CURRENCY_AFTER_WORDS])
_CURRENCY_RES = [(re.compile(rf"^(?:{p})$", re.I), code) for p, code in [*_CURRENCY_WORDS, *_CURRENCY_AFTER_WORDS]]

_NUM = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_KO_DIGIT = "일이삼사오육칠팔구"
_ZH_DIGIT = "一二两兩三四五六七八九十"
_TH_DIGITS = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_TH_DIGIT = "|".join(_TH_DIGITS)
# A value: Korean units (1억 2천만, 400만, 천만; a bare 천 or 2천, which "월 천" counts in
# 만원), an Indonesian/English scale word (15 juta, 700 ribu, 2.5k, 2.2 million), Thai units
# (3 หมื่น, 3หมื่น5 = 35,000, หลักแสน, สามหมื่นห้า = 35,000 in words),
# Vietnamese ones (20 triệu, 20tr, 7tr5 = 7.5 million, 20 củ, 500 nghìn), Chinese ones
# (1万5 = 15,000, 1.5万, 2w, 8千, 三万, 过万) or a plain number.
_VALUE = (
    rf"(?:(?:{_NUM})\s*억(?:\s*(?:(?:{_NUM})|[{_KO_DIGIT}])?\s*[천백]?\s*만)?"
    rf"|(?:(?:{_NUM})\s*[천백]?|[{_KO_DIGIT}]?[천백])\s*만"
    rf"|(?:{_NUM})\s*(?:หมื่น|แสน|ล้าน)(?:\d(?!\d))?|(?:{_NUM})\s*พัน|หลัก(?:หมื่น|แสน)|(?:{_TH_DIGIT})\s?(?:หมื่น|แสน)(?:{_TH_DIGIT})?"
    rf"|(?:{_NUM})\s*(?:triệu|trieu|tr|củ)(?:\d(?!\d))?(?![^\W\d_])|(?:{_NUM})\s*(?:nghìn|ngàn|nghin|ngan)(?![^\W\d_])"
    rf"|(?:{_NUM})\s*[万萬wW](?:\d(?:\s*[千仟])?(?!\d)|\d{{4}}(?!\d))?(?![a-z])|(?:{_NUM})\s*[千仟]"
    rf"|[{_ZH_DIGIT}]{{1,2}}\s*[万萬](?:[一二两兩三四五六七八九](?![万萬千百]))?|[{_ZH_DIGIT}]{{1,2}}\s*千|(?:过|過|上|破)\s*[万萬]"
    rf"|(?:{_NUM})\s*(?:juta|jt|ribu|rb|million|mio|mn|k)(?![a-z])"
    rf"|(?:(?:{_NUM})|[{_KO_DIGIT}])?[천백](?!(?!원)[가-힣])"
    rf"|(?:{_NUM}))"
)
_RANGE = r"\s*(?:-|–|—|~|〜|to|sampai|hingga|s/d|s\.d\.|đến|den|tới|toi|ถึง|至|到)\s*"
# Before a number: not a letter or digit of a spaced script (so "abc123" is no amount),
# but Thai and Chinese run words and numbers together ("เงินเดือน35,000บาท", "月薪8000").
_NOT_GLUED = r"(?<![^\W\u0e00-\u0e7f\u3400-\u9fff\uf900-\ufaff]|\$)"
_AMOUNT = re.compile(
    rf"{_NOT_GLUED}(?:(?P<pre>{_CUR})\s?)?(?P<v1>{_VALUE})(?:\s?(?P<cur1>{_CUR_AFTER})(?![a-z]))?"
    rf"(?:{_RANGE}(?:(?P<pre2>{_CUR})\s?)?(?P<v2>{_VALUE})(?:\s?(?P<cur2>{_CUR_AFTER})(?![a-z]))?)?"
    rf"(?![\d])",
    re.I,
)

_PERIOD_WORDS: dict[str, str] = {
    "month": r"months?|mo|mth|monthly|bulan|bln|bulanan|sebulan|perbulan",
    "day": r"days?|daily|hari|harian|sehari|perhari",
    "week": r"weeks?|weekly|minggu|mingguan|seminggu",
    "year": r"years?|yearly|annum|annually|yr|tahun|tahunan|setahun",
    "hour": r"hours?|hourly|hr|jam",
}
# Korean period words follow an amount only after a slash ("$2,000/월"); a bare "주" or
# "일" after an amount usually starts the next phrase ("주 5일 근무").
_KO_PERIOD_AFTER: dict[str, str] = {"month": "월|달", "day": "일", "week": "주", "year": "년|연", "hour": "시간"}
# Thai, Vietnamese and Chinese period words follow an amount after "/" or a word for
# "per" ("/tháng", "mỗi ngày", "ต่อเดือน", "每月"); bare, they start the next phrase.
_ASIA_PERIOD_AFTER: dict[str, str] = {
    "month": r"tháng|thang|th(?![^\W\d_])|เดือน|个月|個月|月",
    "day": r"ngày|ngay|วัน|天|日",
    "week": r"tuần|tuan|สัปดาห์|อาทิตย์|周|週|星期",
    "year": r"năm|nam|ปี|年",
    "hour": r"giờ|gio|ชั่วโมง|ชม\.?|小时|小時",
}
_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:(?:/|per|a|an|each|every|setiap|tiap|in\s+a|dalam)\s*)?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PERIOD_WORDS.items())
    + r")(?![a-z])|/\s*(?:"
    + "|".join(f"(?P<ko_{k}>{v})" for k, v in _KO_PERIOD_AFTER.items())
    + r")|(?:/|mỗi|moi|một|mot|1|trên|tren|ต่อ|每|一)\s*(?:"
    + "|".join(f"(?P<as_{k}>{v})" for k, v in _ASIA_PERIOD_AFTER.items())
    + r"))",
    re.I,
)
_PERIOD_BEFORE: dict[str, str] = {
    "month": r"월급?|매월|한\s?달에?|월\s?평균|monthly(?:\s+(?:salary|pay|income|wage))?|per\s+month|gaji\s+(?:per\s+)?bulan(?:an)?|sebulan"
    r"|เงินเดือน|เดือนละ|รายได้ต่อเดือน|lương\s+tháng|luong\s+thang|mỗi\s+tháng|moi\s+thang|một\s+tháng|mot\s+thang"
    r"|月薪|月入|月收入|月工资|月工資|底薪|每月|每个月|每個月|一个月|一個月|保底",
    "day": r"일당|하루에?|일급|daily(?:\s+(?:salary|pay|wage))?|per\s+day|gaji\s+harian|sehari|per\s+hari"
    r"|ค่าแรง(?:ราย)?วัน(?:ละ)?|ค่าจ้าง(?:ราย)?วัน(?:ละ)?|วันละ|lương\s+ngày|luong\s+ngay|mỗi\s+ngày|moi\s+ngay|một\s+ngày|mot\s+ngay|日薪|日结|日結|日入|每天|一天",
    "week": r"주급|weekly(?:\s+(?:salary|pay|wage))?|per\s+week|mingguan|สัปดาห์ละ|mỗi\s+tuần|moi\s+tuan|周薪|週薪",
    "year": r"연봉|년봉|annual(?:\s+(?:salary|pay|income))?|yearly(?:\s+(?:salary|pay))?|per\s+year|gaji\s+tahunan|setahun"
    r"|ปีละ|lương\s+năm|luong\s+nam|mỗi\s+năm|moi\s+nam|年薪|年入|每年",
    "hour": r"시급|hourly(?:\s+(?:rate|pay|wage))?|per\s+hour|per\s+jam|ชั่วโมงละ|时薪|時薪|每小时|每小時",
}
_PERIOD_BEFORE_RE = re.compile(
    r"(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PERIOD_BEFORE.items())
    + r")\s*[:：]?\s*(?:(?:salary|pay|gaji|기본급|급여|lương|luong|thu\s+nhập|thu\s+nhap|工资|工資|收入)\s*)?[:：]?\s*(?:高达|高達|可达|可達|约|約|轻松|輕鬆|ประมาณ|สูงสุด|เริ่มต้น|từ|tu)?\s*$",
    re.I,
)
# A number written without a currency after a pay word of Thai, Vietnamese or Chinese
# ads is in that country's money ("เงินเดือน 35k", "lương 500k/ngày", "底薪8000"), when it
# is a plausible amount of it (not "เงินเดือน 2 เดือน").
_IMPLIED_BY_PAY_WORD: list[tuple[re.Pattern[str], str, float, float]] = [
    (re.compile(r"(?:เงินเดือน|เดือนละ|วันละ|รายได้|ค่าจ้าง|ค่าแรง|ได้เงิน)\s*(?:(?:เริ่มต้น|ขั้นต่ำ|สูงสุด|ประมาณ|ถึง|กว่า|เฉลี่ย)\s*)*[:：]?\s*$"), "THB", 300, 1e6),
    (re.compile(r"(?:lương|luong|thu\s+nhập|thu\s+nhap)(?:\s+(?:cứng|cung|cơ\s+bản|co\s+ban|tháng|thang|ngày|ngay|từ|tu|khoảng|khoang|trên|tren|tối\s+thiểu|toi\s+thieu))*\s*[:：]?\s*$", re.I), "VND", 100_000, 1e10),
    (re.compile(r"(?:月薪|底薪|工资|工資|薪资|薪資|薪水|月入|日薪|日结|日結|年薪|时薪|時薪|收入|保底|待遇)(?:高达|高達|可达|可達|约|約|至少|起)?\s*[:：]?\s*$"), "CNY", 100, 1e7),
]
# 元 and 萬 are the local dollar in Taiwan and Hong Kong ads ("月薪35,000元" in Taipei is
# NTD): an amount whose yuan came from those words, not from 人民币/RMB, follows the place.
_LOCAL_DOLLAR: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"台灣|臺灣|台湾|台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|勞健保|劳健保"), "TWD"),
    (re.compile(r"香港|港島|九龍|九龙|新界|銅鑼灣|铜锣湾|旺角|強積金|强积金"), "HKD"),
]
_EXPLICIT_CNY = re.compile(r"rmb|cny|yuan|위안|人民币|人民幣", re.I)
_ASIA_COUNTER = re.compile(r"\s*(?:คน|ปี|เดือน|วัน|ครั้ง|ชั่วโมง|người|nguoi|năm|tuổi|tuoi|lần|lan\b|人|个|個|岁|歲|年|天|次|小时|小時|%)")
# ...nor when a money word this file does not know follows it ("27,470 เหรียญ...", "1万卢比").
_OTHER_MONEY_AFTER = re.compile(r"\s*(?:เหรียญ|ดอลลาร์|ดอล|tệ|币|幣|镑|鎊|卢比|盧比|比索|rupee|peso|lakhs?\b|crores?\b|shillings?\b|naira\b|cedis?\b)", re.I)
# A currency we keep no rate for, written before the figure ("GHS 3,200/month", "KSh 45,000",
# "NPR 80,000", "₦250k"): the figure is that money, not dollars.
_OTHER_MONEY_BEFORE = re.compile(r"(?:\b(?:GHS|GH₵|KES|KSh|Ksh|NGN|NPR|INR|PKR|BDT|LKR|UGX|TZS|ZAR|EGP|Rs\.?)|[₵₦₹₨])\s?$")
_EN_K_A_MONTH = re.compile(r"\s*(?:a\s+month|/\s*(?:month|mo|mth)\b|per\s+month|monthly|a\s+mo\b|p\.?m\.?\b)", re.I)
_KO_MONTH_BARE = re.compile(r"(?:월급?|한\s?달에?)\s*$")
_KO_COUNTER = re.compile(r"\s*(?:년|일|시|분|명|개|세|호|번|건|%)")  # "10월 2025년", "월 300명": not money
_HAS_HANGUL_UNIT = re.compile(r"[억만천백]")
_HAS_HANGUL_SCALE = re.compile(r"[억만]")  # 천 and 백 alone: a bare count ("월 천" = 천만원)
_TH_UNITS = {"พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6}
_TH_VALUE = re.compile(r"^(?:(?P<num>[\d.,]+)\s*|หลัก)(?P<unit>พัน|หมื่น|แสน|ล้าน)(?P<tail>\d)?$")
_TH_WORDS_VALUE = re.compile(rf"^(?P<num>{_TH_DIGIT})\s?(?P<unit>หมื่น|แสน)(?P<tail>{_TH_DIGIT})?$")
_VI_VALUE = re.compile(r"^(?P<num>[\d.,]+)\s*(?P<unit>triệu|trieu|tr|củ|nghìn|ngàn|nghin|ngan)(?P<tail>\d)?$", re.I)
_ZH_VALUE = re.compile(r"^(?:(?P<num>[\d.,]+)|(?P<zh>[一二两兩三四五六七八九十]{1,2})|(?P<over>过|過|上|破))\s*(?P<unit>[万萬wW千仟])(?:(?P<tail>\d)\s*[千仟]?|(?P<tail4>\d{4})|(?P<tailzh>[一二两兩三四五六七八九]))?$")
# Larger values (in any currency) are not pay: digit runs, IDs, or nonsense.
MAX_AMOUNT = 1e13
_IDR_SCALES = {"juta": 1e6, "jt": 1e6, "ribu": 1e3, "rb": 1e3}
_EN_SCALES = {"k": 1e3, "million": 1e6, "mio": 1e6, "mn": 1e6}
_SCALE_RE = re.compile(r"(juta|jt|ribu|rb|million|mio|mn|k)$", re.I)
_ASIA_UNIT = re.compile(r"พัน|หมื่น|แสน|ล้าน|triệu|trieu|tr|củ|nghìn|ngàn|nghin|ngan|[万萬千仟]|\d\s*[wW]", re.I)


@dataclass(frozen=True)
class Amount:
    """One amount of money as written, and what it is worth per month in USD."""

    text: str  # the exact substring of the input
    start: int
    end: int
    currency: str
    low: float  # in `currency`, per `period`
    high: float
    period: str  # month, day, week, year, hour
    period_stated: bool  # False when "month" was assumed

    @property
    def monthly_usd_low(self) -> float:
        return to_monthly_usd(self.low, self.currency, self.period)

    @property
    def monthly_usd_high(self) -> float:
        return to_monthly_usd(self.high, self.currency, self.period)


def to_monthly_usd(value: float, currency: str, period: str = "month") -> float:
    return value * PER_MONTH[period] / USD_RATES[currency]


def parse_number(raw: str) -> float:
    """'1,500' and '1.500' → 1500, '2.5' and '2,5' → 2.5, '15.000.000,00' → 15000000.

    A last separator followed by exactly three digits groups thousands (en and id write
    thousands differently); otherwise it is the decimal point.
    """
    raw = raw.strip()
    seps = [i for i, ch in enumerate(raw) if ch in ",."]
    if not seps:
        return float(raw)
    last = seps[-1]
    head, tail = raw[:last], raw[last + 1 :]
    head = head.replace(",", "").replace(".", "")
    if len(tail) == 3:
        return float(head + tail)
    return float(f"{head}.{tail}")


def _korean_value(raw: str) -> float:
    """'1억 2천만' → 120,000,000; '400만' → 4,000,000; '천만' → 10,000,000."""
    s = re.sub(r"\s+", "", raw)
    total = 0.0
    if "억" in s:
        eok, s = s.split("억", 1)
        total += parse_number(eok) * 1e8
    if "만" in s:
        man = s.split("만", 1)[0]
        total += _small_korean(man) * 1e4
    return total


def _small_korean(s: str) -> float:
    """'1,200' → 1200, '2천' → 2000, '천' → 1000, '오백' → 500."""
    if not s:
        return 1.0
    mult = 1.0
    if s[-1] in "천백":
        mult = 1000.0 if s[-1] == "천" else 100.0
        s = s[:-1]
        if not s:
            return mult
    if s in _KO_DIGIT:
        return (_KO_DIGIT.index(s) + 1) * mult
    return parse_number(s) * mult


def _zh_number(s: str) -> float:
    """'三' → 3, '两' → 2, '十' → 10, '十五' → 15, '三十' → 30, '两三' → 3."""
    digits = "一二三四五六七八九"
    s = s.replace("两", "二").replace("兩", "二")
    if s == "十":
        return 10.0
    if len(s) == 2 and s[0] == "十":
        return 10.0 + digits.index(s[1]) + 1
    if len(s) == 2 and s[1] == "十":
        return (digits.index(s[0]) + 1) * 10.0
    if len(s) == 2:  # "两三万", "三四千": a range said as two numerals, the higher counts
        return float(max(digits.index(s[0]), digits.index(s[1])) + 1)
    return float(digits.index(s) + 1)


def _asia_value(raw: str) -> Optional[tuple[float, Optional[str]]]:
    """Thai (3หมื่น5 → 35,000 THB), Vietnamese (7tr5 → 7,500,000 VND) and Chinese
    (1万5 → 15,000, 过万 → 10,000) values with the currency their unit implies."""
    m = _TH_VALUE.match(raw)
    if m:
        unit = _TH_UNITS[m.group("unit")]
        number = parse_number(m.group("num")) if m.group("num") else 1.0
        tail = int(m.group("tail")) * unit / 10 if m.group("tail") else 0.0
        return number * unit + tail, "THB"
    m = _TH_WORDS_VALUE.match(raw)
    if m:  # สามหมื่นห้า: 3 × 10,000 + 5 × 1,000
        unit = _TH_UNITS[m.group("unit")]
        tail = (_TH_DIGITS.index(m.group("tail")) + 1) * unit / 10 if m.group("tail") else 0.0
        return (_TH_DIGITS.index(m.group("num")) + 1) * unit + tail, "THB"
    m = _VI_VALUE.match(raw)
    if m:
        unit = 1e3 if m.group("unit").lower() in ("nghìn", "ngàn", "nghin", "ngan") else 1e6
        tail = int(m.group("tail")) * unit / 10 if m.group("tail") else 0.0
        return parse_number(m.group("num")) * unit + tail, "VND"
    m = _ZH_VALUE.match(raw)
    if m:
        unit = 1e3 if m.group("unit") in "千仟" else 1e4
        if m.group("num"):
            number = parse_number(m.group("num"))
        elif m.group("zh"):
            number = _zh_number(m.group("zh"))
        else:
            number = 1.0  # 过万: over ten thousand, read as ten thousand
        tail = int(m.group("tail")) * unit / 10 if m.group("tail") else float(m.group("tail4") or 0)
        if m.group("tailzh"):  # 一万五: 15,000
            tail = _zh_number(m.group("tailzh")) * unit / 10
        # 万 is Chinese money unless the ad says otherwise ("2万5港纸"); "2w" and "8千" say nothing
        implied = "CNY" if m.group("unit") in "万萬" else None
        return number * unit + tail, implied
    return None


def _value(raw: str) -> tuple[float, Optional[str]]:
    """A value and the currency its unit implies (만/억 → KRW, juta/ribu → IDR,
    หมื่น → THB, triệu/tr/củ → VND, 万 → CNY)."""
    raw = raw.strip()
    asia = _asia_value(re.sub(r"\s+", " ", raw))
    if asia is not None:
        return asia
    if _HAS_HANGUL_SCALE.search(raw):
        return _korean_value(raw), "KRW"
    if _HAS_HANGUL_UNIT.search(raw):
        return _small_korean(re.sub(r"\s+", "", raw)), None  # 2천: no currency of its own
    m = _SCALE_RE.search(raw)
    if m:
        scale = m.group(1).lower()
        number = parse_number(raw[: m.start()])
        if scale in _IDR_SCALES:
            return number * _IDR_SCALES[scale], "IDR"
        return number * _EN_SCALES[scale], None
    return parse_number(raw), None


def _currency(token: Optional[str]) -> Optional[str]:
    if not token:
        return None
    token = token.strip()
    for rx, code in _CURRENCY_RES:
        if rx.match(token):
            return code
    return None


def _period(text: str, start: int, end: int) -> tuple[str, bool, int, int]:
    """The pay period written next to an amount, and the span widened to include it."""
    after = _PERIOD_AFTER.match(text[end : end + 24])
    if after:
        period = next(k for k, v in after.groupdict().items() if v).removeprefix("ko_").removeprefix("as_")
        return period, True, start, end + after.end()
    window_start = max(0, start - 28)
    before = _PERIOD_BEFORE_RE.search(text[window_start:start])
    if before:
        period = next(k for k, v in before.groupdict().items() if v)
        return period, True, window_start + before.start(), end
    return "month", False, start, end


def _scaled_only(raw: str) -> bool:
    return bool(_HAS_HANGUL_SCALE.search(raw) or _SCALE_RE.search(raw.strip()) or _ASIA_UNIT.search(raw))


def parse_amounts(text: str) -> list[Amount]:
    """Every amount of money in `text`; a bare number without a currency is not money."""
    out: list[Amount] = []
    local_dollar: Optional[str] = None  # TWD or HKD where 元 and 萬 mean them; looked up once
    for m in _AMOUNT.finditer(text):
        v1, v2 = m.group("v1"), m.group("v2")
        explicit = _currency(m.group("pre")) or _currency(m.group("cur1")) or _currency(m.group("pre2")) or _currency(m.group("cur2"))
        low, implied1 = _value(v1)
        high, implied2 = (low, implied1) if v2 is None else _value(v2)
        # "Rp 15-20 juta", "KRW 2.2-2.7 million": the scale written once covers both ends
        if v2 is not None and _scaled_only(v2) and not _scaled_only(v1):
            low = _borrow_scale(v1, v2)
        currency = explicit or implied1 or implied2
        if not explicit and _OTHER_MONEY_AFTER.match(text[m.end() : m.end() + 12]):
            continue  # "1万卢比": the unit is not that country's money here
        bare_korean_month = False
        if currency is None and _OTHER_MONEY_BEFORE.search(text[max(0, m.start() - 5) : m.start()]):
            continue
        if currency is None:
            # 월 700 / 누구나 월 2000: Korean ads leave out 만원
            if (
                _KO_MONTH_BARE.search(text[max(0, m.start() - 6) : m.start()])
                and not _SCALE_RE.search(v1.strip())
                and 100 <= low <= 99_999
                and not _KO_COUNTER.match(text[m.end() : m.end() + 3])
            ):
                currency, low, high = "KRW", low * 1e4, high * 1e4
                bare_korean_month = True
            elif _EN_K_A_MONTH.match(text[m.end() : m.end() + 16]) and (v1.strip()[-1:] in "kK" and 300 <= low <= 20_000 or v1.strip().replace(",", "").isdigit() and 300 <= low <= 5_000):
                # "2.5k a month", "1800 a month": English ads in Southeast Asia pay in dollars
                # (a bare figure up to 5,000: "18,000 per month" is a Philippine or Indian wage)
                currency = "USD"
            else:
                currency = _implied_by_pay_word(text, m.start(), m.end(), low, high)
                if currency is None:
                    continue
        if currency == "CNY" and not _EXPLICIT_CNY.search(text[max(0, m.start() - 4) : m.end() + 4]):
            if local_dollar is None:
                local_dollar = next((code for rx, code in _LOCAL_DOLLAR if rx.search(text)), "CNY")
            currency = local_dollar
        if currency not in USD_RATES or not 0 < high <= MAX_AMOUNT:
            continue  # zero, or a digit run no offer means as pay (and no float overflow)
        if high < low:
            low, high = high, low
        period, stated, start, end = _period(text, m.start(), m.end())
        if bare_korean_month:
            period, stated = "month", True
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Amount(text[start:end], start, end, currency, low, high, period, stated))
    return out


def _implied_by_pay_word(text: str, start: int, end: int, low: float, high: float) -> Optional[str]:
    """THB, VND or CNY for a bare number right after a pay word of those languages."""
    if _ASIA_COUNTER.match(text[end : end + 6]) and not _PERIOD_AFTER.match(text[end : end + 24]):
        return None
    if _OTHER_MONEY_AFTER.match(text[end : end + 12]):
        return None
    before = text[max(0, start - 24) : start]
    for pattern, currency, least, most in _IMPLIED_BY_PAY_WORD:
        if pattern.search(before) and least <= low and high <= most:
            return currency
    return None


def _borrow_scale(v1: str, v2: str) -> float:
    """The low end of "15-20 juta": v1 read with v2's unit. A Korean count of 천 or 백
    borrows 만 ("3천~4천만원" and "8천~1억": 3천만, 8천만)."""
    if _HAS_HANGUL_UNIT.search(v1) and _HAS_HANGUL_SCALE.search(v2):
        return _value(f"{v1.strip()}만")[0]
    unit = re.sub(rf"^(?:[\d.,\s]+|{_TH_DIGIT})+", "", v2.strip())  # "3-ห้าแสน": แสน
    try:
        return _value(f"{v1.strip()}{unit}")[0]
    except ValueError:  # units that do not combine: v1 as written
        return _value(v1)[0]


def monthly_usd(text: str) -> Optional[float]:
    """The highest monthly USD figure any amount in `text` promises, or None."""
    amounts = parse_amounts(text)
    return max((a.monthly_usd_high for a in amounts), default=None)
