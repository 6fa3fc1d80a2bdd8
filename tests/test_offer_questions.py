"""Whether the questions to ask of an offer were just given (bot.dialogue.actions.offers)."""
from rasa_sdk import Tracker

from bot.dialogue.actions.offers import questions_just_given

REMINDER = "To tell you more about this offer I need the offer itself"


def tracker(*events: dict) -> Tracker:
    return Tracker("u1", {}, {}, list(events), False, None, {}, "action_listen")


def user(text: str) -> dict:
    return {"event": "user", "text": text}


def bot(text: str, utter_action: str | None = None) -> dict:
    return {"event": "bot", "text": text, "metadata": {"utter_action": utter_action} if utter_action else {}}


def test_the_questions_in_the_last_turn_count():
    asked = tracker(user("agent wants my passport photo"), bot("Paste or forward…", "utter_check_job_offer"),
                    bot("If you or someone with you is held…"), user("so should i go"))
    assert questions_just_given(asked, REMINDER)


def test_the_reminder_in_the_last_turn_counts_too():
    asked = tracker(user("so should i go"), bot(REMINDER), user("so should i go?"))
    assert questions_just_given(asked, REMINDER)


def test_questions_given_two_turns_ago_do_not():
    asked = tracker(user("check this"), bot("Paste or forward…", "utter_check_job_offer"),
                    user("thanks"), bot("You're welcome", "utter_thank"), user("so should i go"))
    assert not questions_just_given(asked, REMINDER)


def test_a_first_message_has_nothing_before_it():
    assert not questions_just_given(tracker(user("should i go?")), REMINDER)
