"""One question of a report form at a time, with the buttons its answer needs.

Yes/no questions get yes/no buttons (read by the model as affirm/deny); optional ones a
"skip" button; in the family's and the recruiter report, every question after the first a
"back" button. Skip and back are
signed `form:` buttons the frontend turns into slot changes (`bot/core/assistant.py`), so
they work the same whatever language the user writes in.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.dialogue.actions.base import BotAction
from bot.language.dates import says_only_thanks, yes_or_no
from bot.language.texts import t

SKIPPED = "-"  # the value of an optional question the user skipped
YES_NO = frozenset({"missing_ransom", "detained_safe", "detained_passport", "detained_consent"})
OPTIONAL = frozenset({"missing_recruited", "missing_job", "missing_passport", "missing_photo", "recruiter_ad"})
ASKED = ("detained_safe", "detained_place", "detained_building", "detained_count", "detained_passport",
         "detained_contact", "detained_consent", "missing_relation", "missing_where", "missing_last_seen", "missing_name", "missing_age", "missing_recruited",
         "missing_job", "missing_ransom", "missing_passport", "missing_photo", "missing_reporter",
         "recruiter_who", "recruiter_ad")
# The detained person's report stays as short as it can be: no "back" there.
BACK_FORMS = frozenset({"missing_person_form", "recruiter_form"})
_SKIP = re.compile(r"^\s*(?:skip|pass|next|lewat(?:i|in)?(?: aja)?|skip aja|gak ada|tidak ada|ga ada|"
                   r"건너뛰(?:기|어|세요|어요|[^\s]*)?|넘어가(?:요|기|[^\s]*)?|없어요|없음|-|"
                   r"ข้าม|ไม่มี|bỏ qua|bo qua|không có|khong co|ko co|跳过|跳過|没有|沒有|无|無)\s*[.!。！]*\s*$", re.I)


def last_bot_turn(tracker: Tracker) -> List[Dict[str, Any]]:
    """The bot's messages between the user's message before this one and this one."""
    turn: List[Dict[str, Any]] = []
    seen_current = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_current:
                break
            seen_current = True
        elif event.get("event") == "bot" and seen_current:
            turn.append(event)
    return turn


def asked_again(tracker: Tracker, asked: str) -> bool:
    """Whether the bot's last turn said `asked`: a question refused once ("a place name, please")
    takes the next answer as it is, never a loop; unless that answer is only a yes, a no or thanks."""
    said = (tracker.latest_message or {}).get("text") or ""
    if yes_or_no(said) is not None or says_only_thanks(said):
        return False
    return any(event.get("text") == asked for event in last_bot_turn(tracker))


def yes_no_answer(value: Any) -> Optional[str]:
    """A yes/no question's answer: "yes" or "no" from a button or a typed yes or no ("ya",
    "네", "ครับ"); None for words that are neither, so the question is asked again (never
    "I didn't understand" and the main menu in the middle of a report)."""
    if value in ("yes", "no"):
        return value
    typed = yes_or_no(str(value or ""))
    return None if typed is None else ("yes" if typed else "no")


def says_skip(text: str) -> bool:
    """"skip", "lewati", "건너뛰기", "-": the user leaves an optional question empty."""
    return bool(_SKIP.match(text or ""))


def form_buttons(slot: str, form: Optional[str], slots: tuple[str, ...] | list[str], lang: str) -> list[dict[str, str]]:
    buttons = []
    if slot in YES_NO:
        buttons += [{"title": t("btn_yes", lang), "payload": "/affirm"}, {"title": t("btn_no", lang), "payload": "/deny"}]
    if slot in OPTIONAL:
        buttons.append({"title": t("btn_skip", lang), "payload": "form:skip"})
    if form in BACK_FORMS and slots and slot != slots[0]:
        buttons.append({"title": t("btn_back", lang), "payload": "form:back"})
    return buttons


class ActionAskQuestion(BotAction):
    """Asks `slot`'s question in the user's language."""

    slot = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[Text, Any]]:
        lang = self.language(tracker)
        form = tracker.active_loop.get("name") if tracker.active_loop else None
        slots = (domain.get("forms", {}).get(form) or {}).get("required_slots", []) if form else []
        dispatcher.utter_message(text=t(f"ask_{self.slot}", lang), buttons=form_buttons(self.slot, form, slots, lang))
        return []


QUESTION_ACTIONS = [type(f"ActionAsk_{slot}", (ActionAskQuestion,), {"slot": slot}) for slot in ASKED]
