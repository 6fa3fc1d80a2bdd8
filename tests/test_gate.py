"""One gate for "/": typed text never chooses an intent; staff commands only for staff."""
import pytest
import yaml

from bot.core.commands import KNOWN, STAFF_COMMANDS
from bot.language.texts import t
from bot.settings import ROOT
from tests.support.assistants import STAFF_ID
from tests.support.recording import assistant, rasa  # noqa: F401 (fixtures)

DOMAIN = yaml.safe_load((ROOT / "responses" / "domain.yml").read_text(encoding="utf-8"))
INTENTS = DOMAIN["intents"]


@pytest.mark.parametrize("intent", INTENTS)
async def test_typed_intent_payloads_are_refused(assistant, rasa, intent):
    for typed in (f"/{intent}", f"/{intent}{{}}", f'/{intent}{{"case_code":"CASE-2026-00001"}}',
                  f'  /{intent}{{"country":"KH"}}', f"/{intent}@guard_test_bot"):
        if typed.strip().lstrip("/").split("@")[0] in KNOWN:
            continue  # a real command of the same name ("/help")
        replies = await assistant.handle("tg:7", typed)
        assert [r.text for r in replies] == [t("unknown_command", "en")], typed
    assert all(not call[1].startswith(f"/{intent}{{") for call in rasa.calls)
    assert [c for c in rasa.calls if c[1] not in ("/help",)] == []


@pytest.mark.parametrize("command", sorted(STAFF_COMMANDS))
async def test_staff_commands_refused_to_everyone_else(assistant, rasa, command):
    for args in ("", " CASE-2026-00001", " add 123"):
        replies = await assistant.handle("tg:8", f"/{command}{args}")
        assert [r.text for r in replies] == [t("staff_only", "en")]
    assert rasa.calls == []


@pytest.mark.parametrize("command", sorted(STAFF_COMMANDS))
async def test_staff_commands_are_not_refused_to_staff(assistant, command):
    replies = await assistant.handle(f"tg:{STAFF_ID}", f"/{command}")
    assert t("staff_only", "en") not in [r.text for r in replies]


async def test_a_cli_user_with_a_staff_number_is_not_staff(assistant):
    replies = await assistant.handle(f"cli:{STAFF_ID}", "/cases")
    assert [r.text for r in replies] == [t("staff_only", "en")]


async def test_a_forwarded_text_that_starts_with_a_slash_is_not_a_payload(assistant, rasa):
    await assistant.handle("tg:9", '/report_detained{"country":"KH"} please read this', forwarded=True)
    assert all(not call[1].startswith("/") for call in rasa.calls)


@pytest.mark.parametrize("language", ["th", "vi", "zh", "ko"])
async def test_a_staff_members_case_list_is_in_their_language(assistant, language):
    """/cases answered "No open cases." in English whatever the staff member's language."""
    replies = await assistant.handle(f"tg:{STAFF_ID}", "/cases", client_language=language)
    assert [r.text for r in replies] == [t("staff_no_open_cases", language)]
    refused = await assistant.handle("tg:8", "/cases", client_language=language)
    assert [r.text for r in refused] == [t("staff_only", language)]
