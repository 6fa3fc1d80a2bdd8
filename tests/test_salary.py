"""Money amounts as scam ads write them, in en, ko and id, to a monthly USD figure."""
from __future__ import annotations

import pytest

from bot.offers.salary import PER_MONTH, USD_RATES, monthly_usd, parse_amounts, parse_number


def one(text: str):
    amounts = parse_amounts(text)
    assert len(amounts) == 1, amounts
    return amounts[0]


@pytest.mark.parametrize(
    "text, currency, low, high, period, matched",
    [
        ("Salary $2,500 + bonus", "USD", 2500, 2500, "month", "$2,500"),
        ("2.5k USD/month", "USD", 2500, 2500, "month", "2.5k USD/month"),
        ("고객 상담 월 400만원 보장", "KRW", 4_000_000, 4_000_000, "month", "월 400만원"),
        ("누구나 월 1000만원 가능", "KRW", 10_000_000, 10_000_000, "month", "월 1000만원"),
        ("한 달에 천만원은 번대", "KRW", 10_000_000, 10_000_000, "month", "한 달에 천만원"),
        ("gaji 15 juta, tiket ditanggung", "IDR", 15_000_000, 15_000_000, "month", "15 juta"),
        ("Gaji Rp 15.000.000 per bulan", "IDR", 15_000_000, 15_000_000, "month", "Rp 15.000.000 per bulan"),
        ("$50 per day", "USD", 50, 50, "day", "$50 per day"),
        ("연봉 1억 이상", "KRW", 100_000_000, 100_000_000, "year", "연봉 1억"),
        ("1,000-1,500 USD", "USD", 1000, 1500, "month", "1,000-1,500 USD"),
        ("USDT 1200", "USDT", 1200, 1200, "month", "USDT 1200"),
        ("연봉 1억 2천만원", "KRW", 120_000_000, 120_000_000, "year", "연봉 1억 2천만원"),
        ("gaji Rp 5,5 juta", "IDR", 5_500_000, 5_500_000, "month", "Rp 5,5 juta"),
        ("gaji 700 ribu per hari", "IDR", 700_000, 700_000, "day", "700 ribu per hari"),
        ("Gaji $1.000-1.200 + bonus", "USD", 1000, 1200, "month", "$1.000-1.200"),
        ("gaji Rp 15-20 juta", "IDR", 15_000_000, 20_000_000, "month", "Rp 15-20 juta"),
        ("월 400만원~600만원", "KRW", 4_000_000, 6_000_000, "month", "월 400만원~600만원"),
        ("시급 11,000원, 주 3일", "KRW", 11_000, 11_000, "hour", "시급 11,000원"),
        ("바벳 사무실 월 700 텔레그램", "KRW", 7_000_000, 7_000_000, "month", "월 700"),
        ("월 6만 바트, 워크퍼밋", "THB", 60_000, 60_000, "month", "월 6만 바트"),
        ("RM 3,500 per month", "MYR", 3500, 3500, "month", "RM 3,500 per month"),
        ("PHP 25,000 monthly", "PHP", 25_000, 25_000, "month", "PHP 25,000 monthly"),
        ("1500$ monthly", "USD", 1500, 1500, "month", "1500$ monthly"),
        ("gaji 20jt", "IDR", 20_000_000, 20_000_000, "month", "20jt"),
        ("월 USDT 3000 지급", "USDT", 3000, 3000, "month", "월 USDT 3000"),
    ],
)
def test_amounts(text, currency, low, high, period, matched):
    a = one(text)
    assert (a.currency, a.low, a.high, a.period, a.text) == (currency, low, high, period, matched)
    assert text[a.start : a.end] == a.text  # the exact words, for quoting as evidence


def test_monthly_usd_uses_the_documented_rates_and_periods():
    assert one("$50 per day").monthly_usd_high == pytest.approx(50 * PER_MONTH["day"])
    assert one("$50 per day").monthly_usd_high == 1300  # 26 working days, as the fact sheet derives
    assert one("연봉 1억").monthly_usd_high == pytest.approx(100_000_000 / 12 / USD_RATES["KRW"])
    assert one("15 juta").monthly_usd_high == pytest.approx(15_000_000 / USD_RATES["IDR"])
    a = one("1,000-1,500 USD")
    assert (a.monthly_usd_low, a.monthly_usd_high) == (1000, 1500)
    assert monthly_usd("CS $1,200 or up to 2000 USD") == 2000


def test_an_unstated_period_is_assumed_monthly_and_says_so():
    assert one("$2,500").period_stated is False
    assert one("2.5k USD/month").period_stated is True


@pytest.mark.parametrize(
    "text",
    ["Age 18-35, 8 hours a day", "10월 2025년 출국", "월 300명 채용", "WA +62 812 0000 0000", "3 years' experience", "주 5일 근무, 4대보험", "S1 sarjana 3 sarapan", "관광비자 3000불가"],
)
def test_numbers_that_are_not_money(text):
    assert parse_amounts(text) == []
    assert monthly_usd(text) is None


@pytest.mark.parametrize(
    "raw, value",
    [("1,500", 1500), ("1.500", 1500), ("2.5", 2.5), ("2,5", 2.5), ("15.000.000,00", 15_000_000), ("1,000.50", 1000.5), ("2,096,270", 2_096_270)],
)
def test_thousands_and_decimal_separators_in_both_conventions(raw, value):
    assert parse_number(raw) == value
