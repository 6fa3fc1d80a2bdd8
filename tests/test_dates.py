"""Dates, "don't know" and "cancel" as people write them (dateparser plus what it misses)."""
import datetime as dt

import pytest

from bot.language.dates import says_cancel, says_done, says_dont_know, says_only_hello, says_only_thanks, when, yes_or_no

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize("text, language, expected", [
    ("two weeks ago on WhatsApp", "en", dt.date(2026, 11, 17)),
    ("last friday", "en", dt.date(2026, 11, 27)),
    ("yesterday", "en", dt.date(2026, 11, 30)),
    ("3 minggu lalu", "id", dt.date(2026, 11, 10)),
    ("anak sy brgkt ke kamboja 3 mgg yg lalu", "id", dt.date(2026, 11, 10)),
    ("terakhir chat WA 2 minggu lalu", "id", dt.date(2026, 11, 17)),
    ("jumat lalu", "id", dt.date(2026, 11, 27)),
    ("kemarin sore", "id", dt.date(2026, 11, 30)),
    ("3주 전", "ko", dt.date(2026, 11, 10)),
    ("2주 전에 카톡으로 마지막 연락", "ko", dt.date(2026, 11, 17)),
    ("지난주 금요일", "ko", dt.date(2026, 11, 27)),
    ("어제 저녁", "ko", dt.date(2026, 11, 30)),
    ("三天前", "zh", dt.date(2026, 11, 28)),
    ("上周", "zh", dt.date(2026, 11, 24)),
    # a day of last week, as Thai, Vietnamese and Chinese families write it (Tuesday 1 December)
    ("ศุกร์ที่แล้ว", "th", dt.date(2026, 11, 27)),
    ("วันอาทิตย์ที่แล้ว", "th", dt.date(2026, 11, 29)),
    ("อาทิตย์ที่แล้ว", "th", dt.date(2026, 11, 24)),  # "last week", not "last Sunday"
    ("thứ sáu tuần trước", "vi", dt.date(2026, 11, 27)),
    ("thu 6 tuan truoc nhan tin zalo", "vi", dt.date(2026, 11, 27)),
    ("上周五", "zh", dt.date(2026, 11, 27)),
    ("上個星期三微信聯繫過", "zh", dt.date(2026, 11, 25)),
])
def test_dates_as_people_say_them(text, language, expected):
    assert when(text, language, TODAY) == expected


@pytest.mark.parametrize("text", ["anak", "eh gak jadi deh, batal aja", "Bavet", "my brother", "동생"])
def test_no_date_in_what_is_not_a_date(text):
    assert when(text, "id", TODAY) is None


@pytest.mark.parametrize("text", ["eh gak jadi deh, batal aja", "never mind", "cancel", "stop", "취소할게요",
                                  "그만할래요", "ga jadi", "forget it"])
def test_cancel_phrases(text):
    assert says_cancel(text)


@pytest.mark.parametrize("text", ["two weeks ago", "my brother", "stopped answering", "tidak bisa dihubungi", "연락이 안 돼요"])
def test_not_cancel(text):
    assert not says_cancel(text)


@pytest.mark.parametrize("text", ["I don't know", "dunno", "nggak tau", "gak tahu", "몰라요", "모르겠어요", "skip"])
def test_dont_know(text):
    assert says_dont_know(text)


@pytest.mark.parametrize("text, answer", [
    ("yes", True), ("Yes!", True), ("iya", True), ("네", True), ("ใช่", True), ("có", True), ("是的", True),
    ("no", False), ("nope", False), ("tidak", False), ("아니요", False), ("ไม่", False), ("không", False), ("不要", False),
    ("yes my brother", None), ("last friday", None), ("", None),
    # two words run together, as typed under "stop the questions?"
    ("no continue", False), ("no, go on", False), ("tidak, lanjut", False), ("아니요 계속", False), ("ไม่ ทำต่อ", False),
    ("không, tiếp tục", False), ("不，继续", False), ("yes stop", True), ("ya stop", True), ("네 그만", True), ("是的，停止", True),
    ("no thanks", None), ("no 24", None),
])
def test_a_typed_yes_or_no(text, answer):
    assert yes_or_no(text) is answer


@pytest.mark.parametrize("text", ["hi again", "Hello!", "halo kak", "안녕하세요", "สวัสดีค่ะ", "chào ad", "xin chao",
                                  "在吗", "你好啊", "hi 👋", "hiya", "sampurasun", "vanakkam sir"])
def test_a_greeting_alone(text):
    assert says_only_hello(text)


@pytest.mark.parametrize("text", ["Nguyen Van Hai", "hi, his name is Mark", "Hải", "Budi Hartono", "malam", "Salam Ahmed",
                                  "สวัสดิ์ ใจดี", "王小明"])
def test_a_name_or_an_answer_is_no_greeting(text):
    assert not says_only_hello(text)


@pytest.mark.parametrize("text", ["thank you", "ok thanks", "makasih kak", "terima kasih banyak ya", "감사합니다", "ㄱㅅ",
                                  "ขอบคุณค่ะ", "cảm ơn ad", "cam on nha", "谢谢", "多谢啦", "thanks 🙏",
                                  "cheers mate", "hatur nuhun", "nagode", "dhanyavaad ji", "감사합니다~"])
def test_only_thanks(text):
    assert says_only_thanks(text)


@pytest.mark.parametrize("text", ["Thanh", "Tanaka", "my brother thanks you", "thanks, his name is Budi", "last week, thanks",
                                  "Salam Ahmed", "cheers, he is 24"])
def test_thanks_with_an_answer_or_a_name_is_not_only_thanks(text):
    assert not says_only_thanks(text)


@pytest.mark.parametrize("text, done", [
    ("done", True), ("ok done", True), ("เสร็จแล้วค่ะ", True), ("selesai", True), ("완료", True), ("xong roi", True),
    ("好了", True), ("完成", True), ("done with my brother?", False), ("Don", False), ("sudah ditahan", False),
])
def test_done(text, done):
    assert says_done(text) is done
