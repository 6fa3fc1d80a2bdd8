"""Emergency keywords and the cards built without the model."""
import pytest

from bot.contacts import emergency
from bot.contacts.book import ContactBook
from bot.settings import ROOT
from bot.language.texts import t

BOOK = ContactBook.load(ROOT / "db" / "seeds" / "contacts.yaml")


@pytest.mark.parametrize("text", [
    "help", "HELP!!!", "SOS", "help me please", "i need help now", "they took my passport", "I'm trapped",
    "살려주세요", "도와주세요 제발", "감금당했어요", "여권 뺏겼어요", "tolong", "tolong!!", "saya disekap",
    "paspor saya ditahan", "gak boleh keluar dari kantor", "ㅅㄹㅈㅅㅇ", "ㅅㄹㅈ 포이펫",
    # asking the bot to call for them: they cannot
    "could you call the police for me", "please inform my embassy for me", "대사관에 대신 신고 좀 해주세요",
    "tolong hubungi kbri buat sy", "kbri tolong", "embassy help!!", "công an cứu em", "ช่วยแจ้งสถานทูตให้หน่อย", "gọi cảnh sát giúp em", "帮我联系大使馆",
])
def test_cries_for_help(text):
    assert emergency.is_emergency(text)


@pytest.mark.parametrize("text", [
    "can you help me check a job offer", "what can you do?", "tolong cek lowongan ini", "도움말 보여줘",
    "emergency number in cambodia?", "how do I get my passport back home", "hello", "",
    "how do I report a recruiter to the police?", "what is the embassy's number", "báo công an số mấy",
    "kbri", "police", "대사관",
])
def test_not_cries_for_help(text):
    assert not emergency.is_emergency(text)


def test_card_for_korean_in_cambodia_numbers_first():
    messages = emergency.emergency_messages(BOOK, {"nationality": "KR", "nationality_confirmed": 1}, "ko", "KH")
    first = messages[0]["text"]
    assert first.index("117") < first.index("+855 23 211 900") < first.index("+82 2 3210 0404")
    assert messages[1]["text"] == t("cambodia_self_report", "ko")
    assert [b["payload"] for b in messages[2]["buttons"]] == ["/report_detained", "card:emergency:MM", "card:emergency:LA", "card:emergency:TH", "card:emergency:VN"]


def test_unconfirmed_nationality_is_offered_for_one_tap():
    messages = emergency.emergency_messages(BOOK, None, "id", "MM")
    assert len(messages) == 2  # no Cambodian self-report outside Cambodia
    assert t("nationality_confirm", "id", country="Indonesia") in messages[-1]["text"]
    assert {"title": "Ya, Indonesia", "payload": "nat:ID"} in messages[-1]["buttons"]


def test_english_without_nationality_gets_police_first_and_is_asked_with_one_tap():
    messages = emergency.contacts_messages(BOOK, None, "en", "KH")
    text = messages[0]["text"]
    assert text.startswith(t("card_local_title", "en", country="Cambodia")) and "117" in text
    assert "+855 23 211 900" not in text and "+855 12 813 282" not in text  # no one else's embassy
    assert t("nationality_ask", "en") in text
    assert [b["payload"] for b in messages[0]["buttons"]] == [f"nat:{c}" for c in emergency.NATIONALITIES]
    card = emergency.emergency_messages(BOOK, None, "en", "KH")
    assert "117" in card[0]["text"] and "+855 23 211 900" not in card[0]["text"]
    assert "nat:PH" in [b["payload"] for b in card[-1]["buttons"]]


def test_a_named_nationality_picks_its_missions():
    messages = emergency.contacts_messages(BOOK, {"nationality": "KR", "nationality_confirmed": 1}, "en", "KH", named="PH")
    assert "Philippine" in messages[0]["text"] and "+855 23 211 900" not in messages[0]["text"]


def test_a_domestic_short_code_is_not_shown_abroad():
    card = emergency.emergency_messages(BOOK, {"nationality": "PH", "nationality_confirmed": 1}, "en", "MM")
    assert "1348" not in "\n".join(m["text"] for m in card)


def test_myawaddy_adds_the_mission_across_the_border():
    user = {"nationality": "ID", "nationality_confirmed": 1}
    card = emergency.emergency_messages(BOOK, user, "en", "MM", place="Myawaddy")
    assert t("card_also_via", "en", place="Myawaddy", country="Thailand") in card[0]["text"]
    plain = emergency.emergency_messages(BOOK, user, "en", "MM", place="Yangon")
    assert t("card_also_via", "en", place="Yangon", country="Thailand") not in plain[0]["text"]


@pytest.mark.parametrize("text", ["e bi thu dt r, bv toi r", "人在KK园区出不去，保安来了", "ผมโดนขังห้องมืดมาสามวัน",
                                  "bị ép lừa đảo 16 tiếng", "护照被扣了不交钱不让走", "การ์ดตรวจมือถือทุกคืน",
                                  "e bi ket o poipet 2 thang r", "cty doi tien moi tha", "他们没收手机了，我现在回不去了",
                                  "他们每天有人看守", "lam sao thoat ra khoi day", "có cách nào trốn ra không"])
def test_thai_vietnamese_and_chinese_words_of_someone_held_offer_the_card(text):
    assert emergency.danger_cue(text)


@pytest.mark.parametrize("text", ["hôm nay trời đẹp quá", "我想找一份工作", "ไปเที่ยวทะเลกันไหม", "mình đi làm muộn",
                                  "a basket of fruit at the market on sunday", "我在打手机", "kẹt xe quá trời"])
def test_everyday_messages_carry_no_danger_cue(text):
    assert not emergency.danger_cue(text)


@pytest.mark.parametrize("lang,own_language,own_ministry", [
    ("vi", "tiếng Việt", "Bộ Ngoại giao Việt Nam"),
    ("zh", "中文", "中国外交部"),
    ("th", "ภาษาอังกฤษ", "กระทรวงการต่างประเทศไทย"),
    ("id", "bahasa Inggris", "Kemlu RI"),
])
def test_cambodian_self_report_names_its_source_for_the_readers_country(lang, own_language, own_ministry):
    """The self-report rule comes from Korea's ministry only: other readers are told their
    own ministry has no such guidance we found, and in which languages 117 answers."""
    messages = emergency.emergency_messages(BOOK, None, lang, "KH")
    text = messages[1]["text"]
    assert own_ministry in text and own_language in text and "VietnamPlus" in text


@pytest.mark.parametrize("text", [
    "my nephew sent this: i can't go out, they took my passport, don't call police",
    "My son texted me last night: they won't let me leave",
    "adik saya kirim pesan: tolong saya disekap",
    "아들이 보낸 문자예요: 살려주세요 여권 뺏겼어요",
    "ลูกชายส่งข้อความมาว่าช่วยด้วยโดนขัง",
    "con tôi nhắn về: mẹ ơi cứu con với, họ không cho về",
    "我弟弟发来：救命，他们扣了我的护照",
])
def test_a_cry_passed_on_by_the_family_is_theirs_to_report(text):
    assert emergency.is_emergency(text) and emergency.relayed(text)


@pytest.mark.parametrize("text", [
    "i'm trapped, my friend said to message you",  # the writer's own cry comes first
    "救命 我朋友说这里是KK园区",
    "我和朋友都被关了，他说要交钱",  # held together: the writer is held too
    "cháu nói với chú là cháu bị nhốt",  # "cháu" is how a young writer speaks of themself
    "妈妈我说实话，救命",  # a child writing to their mother
    "save me",
])
def test_the_writers_own_cry_is_not_passed_on(text):
    assert not emergency.relayed(text)
