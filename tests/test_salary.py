"""Money amounts as scam ads write them, in en, ko, id, th, vi and zh, to a monthly USD figure."""
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
        # colloquial Korean: "월 천" is 천만 원 a month, "월 2천" 2천만 원
        ("대본만 읽으면 돼. 월 천. 빨리 와", "KRW", 10_000_000, 10_000_000, "month", "월 천"),
        ("월 2천 보장", "KRW", 20_000_000, 20_000_000, "month", "월 2천"),
        ("월 500~천 가능", "KRW", 5_000_000, 10_000_000, "month", "월 500~천"),
        ("연봉 3천~4천만원", "KRW", 30_000_000, 40_000_000, "year", "연봉 3천~4천만원"),
        # Thai
        ("เงินเดือน 3 หมื่น ไม่ต้องมีประสบการณ์", "THB", 30_000, 30_000, "month", "เงินเดือน 3 หมื่น"),
        ("รายได้ 35,000 บาท", "THB", 35_000, 35_000, "month", "35,000 บาท"),
        ("เงินเดือน 35k", "THB", 35_000, 35_000, "month", "เงินเดือน 35k"),
        ("เริ่มต้น 2.5 หมื่นต่อเดือน", "THB", 25_000, 25_000, "month", "2.5 หมื่นต่อเดือน"),
        ("เงินเดือน 3หมื่น5", "THB", 35_000, 35_000, "month", "เงินเดือน 3หมื่น5"),
        ("เงินเดือน35,000บาท", "THB", 35_000, 35_000, "month", "เงินเดือน35,000บาท"),
        ("ค่าแรงวันละ 400 บาท", "THB", 400, 400, "day", "ค่าแรงวันละ 400 บาท"),
        ("รายได้หลักแสน", "THB", 100_000, 100_000, "month", "หลักแสน"),
        ("ได้เดือนละสามหมื่นห้า งานแค่นั่งพิมพ์", "THB", 35_000, 35_000, "month", "เดือนละสามหมื่นห้า"),
        # Vietnamese, with and without diacritics
        ("lương 20tr, bao ăn ở", "VND", 20_000_000, 20_000_000, "month", "20tr"),
        ("20 triệu/tháng", "VND", 20_000_000, 20_000_000, "month", "20 triệu/tháng"),
        ("thu nhập 20 củ", "VND", 20_000_000, 20_000_000, "month", "20 củ"),
        ("lương 1000-1500$", "USD", 1000, 1500, "month", "1000-1500$"),
        ("lương 1.500 đô", "USD", 1500, 1500, "month", "1.500 đô"),
        ("luong 15-20tr/thang", "VND", 15_000_000, 20_000_000, "month", "15-20tr/thang"),
        ("lương 7tr5", "VND", 7_500_000, 7_500_000, "month", "7tr5"),
        ("lương 500k/ngày", "VND", 500_000, 500_000, "day", "500k/ngày"),
        ("lương 15.000.000đ", "VND", 15_000_000, 15_000_000, "month", "15.000.000đ"),
        # Chinese, Simplified and Traditional
        ("月薪1万5，包吃住", "CNY", 15_000, 15_000, "month", "月薪1万5"),
        ("轻轻松松月入过万", "CNY", 10_000, 10_000, "month", "月入过万"),
        ("底薪8000+提成", "CNY", 8000, 8000, "month", "底薪8000"),
        ("工资3000U，月结", "USDT", 3000, 3000, "month", "3000U"),
        ("月薪2万5港纸", "HKD", 25_000, 25_000, "month", "月薪2万5港纸"),
        ("月薪三萬包機票", "CNY", 30_000, 30_000, "month", "月薪三萬"),
        ("日薪500元", "CNY", 500, 500, "day", "日薪500元"),
        ("年薪20萬", "CNY", 200_000, 200_000, "year", "年薪20萬"),
        ("月薪1500美金", "USD", 1500, 1500, "month", "月薪1500美金"),
        ("台北貿易公司，月薪35,000元，勞健保", "TWD", 35_000, 35_000, "month", "月薪35,000元"),
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


def test_thai_vietnamese_and_chinese_amounts_use_the_documented_rates():
    assert one("20 triệu/tháng").monthly_usd_high == pytest.approx(20_000_000 / USD_RATES["VND"])
    assert one("เงินเดือน 3 หมื่น").monthly_usd_high == pytest.approx(30_000 / USD_RATES["THB"])
    assert one("月薪1万5").monthly_usd_high == pytest.approx(15_000 / USD_RATES["CNY"])
    assert one("月薪2万5港纸").monthly_usd_high == pytest.approx(25_000 / USD_RATES["HKD"])
    assert one("3000U").monthly_usd_high == 3000


def test_an_unstated_period_is_assumed_monthly_and_says_so():
    assert one("$2,500").period_stated is False
    assert one("2.5k USD/month").period_stated is True


@pytest.mark.parametrize(
    "text",
    ["Age 18-35, 8 hours a day", "10월 2025년 출국", "월 300명 채용", "WA +62 812 0000 0000", "3 years' experience", "주 5일 근무, 4대보험", "S1 sarjana 3 sarapan", "관광비자 3000불가",
     "2천 명 모집", "월 2천 명 채용", "인천 공장", "สามารถทำงานได้ทันที", "KK园区2号楼", "微信 8888", "เงินเดือน 2 เดือน", "ทำงาน 12 ชม. อาหาร 3 มื้อ", "tuyển 20 người, 18-35 tuổi", "lương tháng 13", "招聘50名，18-35岁"],
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


@pytest.mark.parametrize("text, currency, value", [
    ("月薪一万五", "CNY", 15_000),
    ("月薪两万三", "CNY", 23_000),
    ("1800 a month", "USD", 1_800),
])
def test_amounts_said_the_way_people_say_them(text, currency, value):
    a = one(text)
    assert (a.currency, a.low) == (currency, value)


def test_a_large_bare_figure_a_month_is_not_read_as_dollars():
    assert parse_amounts("18,000 per month") == []
