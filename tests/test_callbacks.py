"""The button codec: our payloads signed and read back; anything else refused."""
import pytest

from bot.core.callbacks import MAX_DATA_BYTES, Callback
from tests.support.assistants import codec

CODEC = codec()


@pytest.mark.parametrize("payload, meaning", [
    ("lang:ko", Callback("lang", "ko")),
    ("delete:yes", Callback("delete", "yes")),
    ("card:emergency:MM", Callback("card", "emergency", {"country": "MM"})),
    ("card:contacts:KH", Callback("card", "contacts", {"country": "KH"})),
    ("nat:KR", Callback("nat", "KR")),
    ("nat:menu", Callback("nat", "menu")),
    ("/greet", Callback("intent", "greet")),
    ('/ask_case_status{"case_code":"CASE-2026-00042"}', Callback("intent", "ask_case_status", {"case_code": "CASE-2026-00042"})),
])
def test_signed_payloads_read_back(payload, meaning):
    data = CODEC.sign(payload)
    assert len(data.encode()) <= MAX_DATA_BYTES
    assert CODEC.decode(data) == meaning


@pytest.mark.parametrize("payload", [
    "card:emergency:XX", "card:delete:KH", "nat:ZZ", "nat:", "card", "lang:fr", "delete:maybe",
    "/drop_tables", '/greet{"password":"x"}', '/ask_emergency_numbers{"country":"kh"}', "/greet{not json}",
    '/ask_case_status{"case_code":"CASE-2026-1"}',
])
def test_payloads_we_never_make_cannot_be_signed_or_read(payload):
    assert CODEC.parse(payload) is None
    with pytest.raises(ValueError):
        CODEC.sign(payload)


def test_data_signed_with_another_secret_or_edited_is_refused():
    other = codec()
    other._key = b"x" * 32
    assert CODEC.decode(other.sign("lang:ko")) is None
    signed = CODEC.sign("card:emergency:MM")
    assert CODEC.decode(signed.replace("MM", "TH")) is None
    assert CODEC.decode(signed[:-1]) is None
    assert CODEC.decode("card:emergency:MM") is None


def test_intent_payload_round_trips_for_rasa():
    button = CODEC.decode(CODEC.sign('/ask_emergency_numbers{"country":"MM"}'))
    assert button.rasa_payload == '/ask_emergency_numbers{"country":"MM"}'
