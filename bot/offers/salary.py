"""Money amounts in job offers (en, ko, id) turned into a monthly USD figure.

Scam ads promise pay in many shapes: `$2,500`, `2.5k USD/month`, `월 400만원`, `연봉 1억`,
`15 juta`, `Rp 15.000.000`, `700 ribu per hari`, `USDT 1200`. The red-flag check only needs
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
    (r"usdt|테더", "USDT"),
    (r"us\s?\$|usd|us\s?dollars?|dollars?|dolar|달러|불(?!가|법|안)", "USD"),
    (r"s\$|sgd", "SGD"),
    (r"nt\$|twd", "TWD"),
    (r"a\$|aud", "AUD"),
    (r"nzd", "NZD"),
    (r"\$", "USD"),
    (r"₩|krw|won\b|원", "KRW"),
    (r"rp\.?|idr|rupiah", "IDR"),
    (r"฿|thb|baht|바트|บาท", "THB"),
    (r"₱|php|pesos?|페소", "PHP"),
    (r"rm|myr|ringgit|링깃", "MYR"),
    (r"¥|jpy|yen|엔|円", "JPY"),
    (r"rmb|cny|yuan|위안|元", "CNY"),
    (r"sar|riyal", "SAR"),
    (r"£|gbp", "GBP"),
    (r"€|eur|euros?", "EUR"),
]
_CUR = "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS)
_CURRENCY_RES = [(re.compile(rf"^(?:{p})$", re.I), code) for p, code in _CURRENCY_WORDS]

_NUM = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_KO_DIGIT = "일이삼사오육칠팔구"
# A value: Korean units (1억 2천만, 400만, 천만), an Indonesian/English scale word
# (15 juta, 700 ribu, 2.5k, 2.2 million) or a plain number.
_VALUE = (
    rf"(?:(?:{_NUM})\s*억(?:\s*(?:(?:{_NUM})|[{_KO_DIGIT}])?\s*[천백]?\s*만)?"
    rf"|(?:(?:{_NUM})\s*[천백]?|[{_KO_DIGIT}]?[천백])\s*만"
    rf"|(?:{_NUM})\s*(?:juta|jt|ribu|rb|million|mio|mn|k)(?![a-z])"
    rf"|(?:{_NUM}))"
)
_RANGE = r"\s*(?:-|–|—|~|〜|to|sampai|hingga|s/d|s\.d\.)\s*"
_AMOUNT = re.compile(
    rf"(?<![\w$])(?:(?P<pre>{_CUR})\s?)?(?P<v1>{_VALUE})(?:\s?(?P<cur1>{_CUR})(?![a-z]))?"
    rf"(?:{_RANGE}(?:(?P<pre2>{_CUR})\s?)?(?P<v2>{_VALUE})(?:\s?(?P<cur2>{_CUR})(?![a-z]))?)?"
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
_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:(?:/|per|a|an|each|every|setiap|tiap|in\s+a|dalam)\s*)?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PERIOD_WORDS.items())
    + r")(?![a-z])|/\s*(?:"
    + "|".join(f"(?P<ko_{k}>{v})" for k, v in _KO_PERIOD_AFTER.items())
    + r"))",
    re.I,
)
_PERIOD_BEFORE: dict[str, str] = {
    "month": r"월급?|매월|한\s?달에?|월\s?평균|monthly(?:\s+(?:salary|pay|income|wage))?|per\s+month|gaji\s+(?:per\s+)?bulan(?:an)?|sebulan",
    "day": r"일당|하루에?|일급|daily(?:\s+(?:salary|pay|wage))?|per\s+day|gaji\s+harian|sehari|per\s+hari",
    "week": r"주급|weekly(?:\s+(?:salary|pay|wage))?|per\s+week|mingguan",
    "year": r"연봉|년봉|annual(?:\s+(?:salary|pay|income))?|yearly(?:\s+(?:salary|pay))?|per\s+year|gaji\s+tahunan|setahun",
    "hour": r"시급|hourly(?:\s+(?:rate|pay|wage))?|per\s+hour|per\s+jam",
}
_PERIOD_BEFORE_RE = re.compile(
    r"(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _PERIOD_BEFORE.items())
    + r")\s*[:：]?\s*(?:(?:salary|pay|gaji|기본급|급여)\s*)?[:：]?\s*$",
    re.I,
)
_KO_MONTH_BARE = re.compile(r"(?:월급?|한\s?달에?)\s*$")
_KO_COUNTER = re.compile(r"\s*(?:년|일|시|분|명|개|세|호|번|건|%)")  # "10월 2025년", "월 300명": not money
_HAS_HANGUL_UNIT = re.compile(r"[억만천백]")
# Larger values (in any currency) are not pay: digit runs, IDs, or nonsense.
MAX_AMOUNT = 1e13
_IDR_SCALES = {"juta": 1e6, "jt": 1e6, "ribu": 1e3, "rb": 1e3}
_EN_SCALES = {"k": 1e3, "million": 1e6, "mio": 1e6, "mn": 1e6}
_SCALE_RE = re.compile(r"(juta|jt|ribu|rb|million|mio|mn|k)$", re.I)


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


def _value(raw: str) -> tuple[float, Optional[str]]:
    """A value and the currency its unit implies (만/억 → KRW, juta/ribu → IDR)."""
    raw = raw.strip()
    if _HAS_HANGUL_UNIT.search(raw):
        return _korean_value(raw), "KRW"
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
        period = next(k for k, v in after.groupdict().items() if v).removeprefix("ko_")
        return period, True, start, end + after.end()
    window_start = max(0, start - 28)
    before = _PERIOD_BEFORE_RE.search(text[window_start:start])
    if before:
        period = next(k for k, v in before.groupdict().items() if v)
        return period, True, window_start + before.start(), end
    return "month", False, start, end


def _scaled_only(raw: str) -> bool:
    return bool(_HAS_HANGUL_UNIT.search(raw) or _SCALE_RE.search(raw.strip()))


def parse_amounts(text: str) -> list[Amount]:
    """Every amount of money in `text`; a bare number without a currency is not money."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        v1, v2 = m.group("v1"), m.group("v2")
        explicit = _currency(m.group("pre")) or _currency(m.group("cur1")) or _currency(m.group("pre2")) or _currency(m.group("cur2"))
        low, implied1 = _value(v1)
        high, implied2 = (low, implied1) if v2 is None else _value(v2)
        # "Rp 15-20 juta", "KRW 2.2-2.7 million": the scale written once covers both ends
        if v2 is not None and _scaled_only(v2) and not _scaled_only(v1):
            low = _borrow_scale(v1, v2)
        currency = explicit or implied1 or implied2
        bare_korean_month = False
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
            else:
                continue
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


def _borrow_scale(v1: str, v2: str) -> float:
    """The low end of "15-20 juta": v1 read with v2's unit."""
    unit = re.sub(r"^[\d.,\s]+", "", v2.strip())
    return _value(f"{v1.strip()}{unit}")[0]


def monthly_usd(text: str) -> Optional[float]:
    """The highest monthly USD figure any amount in `text` promises, or None."""
    amounts = parse_amounts(text)
    return max((a.monthly_usd_high for a in amounts), default=None)
