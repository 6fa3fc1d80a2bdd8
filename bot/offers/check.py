"""A job offer in, the answer a user reads out: flags with their words, what to do.

The channels and the Rasa action share this: the analyser (`bot/risk.py`) reads the
offer, reported recruiter identifiers are looked up (`bot/recruiters.py`), and
`bot/risk_texts.py` writes the answer in the user's language for their nationality.
"""
from __future__ import annotations

import re
import time
from typing import Any, Optional

import sqlite_utils

from bot.language import nationality_guess

from bot.offers.recruiters import match
from bot.offers.risk import Analysis, analyse, fold, mentions_job
from bot.offers.texts import render

# Below this many characters a message without any red flag is a question about an
# offer ("is this job legit?"), not the offer itself: ask for the offer instead.
MIN_OFFER_CHARS = 80
# A long paste that is not classified as an offer is still checked when it reads like one.
LONG_PASTE_CHARS = 200
# An offer pasted this long after the emergency card is answered as evidence to keep.
EVIDENCE_SECONDS = 30 * 60


# Words that offer the reader a place or ask whether to take it: hiring, "want to come?", "they
# need two more", "tell your brother", "is it legit?" (read on the text without diacritics). A
# friend's offer passed on has them; a relative's cry for help passed on has none.
_INVITES = re.compile(
    r"\b(?:hiring|recruit\w*|vacanc(?:y|ies)|apply|applying|(?:wanna|want\s+to|u\s+want\s+to|you\s+want\s+to)\s+(?:come|join)|come\s+(?:work|join|over)"
    r"|need(?:s|ing)?\s+(?:\d+|one|two|three|more|some|a\s+few)\s+(?:more\s+)?(?:people|staff|workers|guys|girls|ppl)"
    r"|looking\s+for\s+(?:people|staff|someone|workers|ppl|\w+\s+speakers)|tell\s+(?:ur|your)\s+\w+|bring\s+(?:you|u)\b|get\s+(?:you|u|me)\s+(?:a\s+)?(?:job|in\b|work)"
    r"|offer(?:ed|ing|s)?\s+(?:me|you|u)\b|job\s+offer|legit|looking\s+for\b|needs?\s+more\b|wants?\s+someone|get\s+(?:ppl|people)\s+into|is\s+(?:this|it|that)\s+(?:real|safe|a\s+scam)|should\s+i\s+(?:go|take|apply))"
    r"|\b(?:lowongan|loker|rekrut\w*|ngajak\w*|ajak\w*|nawarin\w*|menawarkan|nyari\s+orang|cari\s+orang|butuh\s+(?:\d+\s+)?orang|buka\s+lowongan"
    r"|mau\s+ikut|dicari|dibutuhkan|butuh\s+\d+\s*(?:org|orang)|masukin\s+(?:orang|org)|yuk|ikut\s+(?:gak|ga|nggak|ngga)|daftar|lamar\w*|asli\s+(?:gak|ga|nggak|atau)|aman\s+(?:gak|ga|nggak)|ada\s+yg\s+tau)\b"
    r"|구한대|구한다|구해요|구함|구인|모집|채용|오라고|올래|와\s?볼래|지원하래|지원해\s?보래|소개해|데려|같이\s?가자|같이\s?일하자|자리\s?(?:있|났|하나)|진짜야|믿어도|괜찮을까|가도\s?될까|할래|하자고|같이\s?하자|뽑아요|뽑는대|급구|괜찮은\s?(?:거|건)|정상임|정상이야|해도\s?됨|ㄹㅇ"
    r"|ชวน|รับสมัคร|หาคน|ต้องการคน|รับคน|สมัคร|ฝากงาน|แนะนำงาน|มาดิ|มาไหม|มามั้ย|ไปด้วยกัน|มาทำด้วย|จริงไหม|จริงป่ะ|มีใครรู้จัก|ต้องการ|รับพนักงาน|หาล่าม|มีใครเคยได้ยิน|ดีมั้ย|ดีไหม"
    r"|\b(?:ru|tuyen|keu\s+(?:em|minh|toi)|nop\s+don|gioi\s+thieu|can\s+(?:them\s+)?(?:\d+\s+)?(?:nguoi|ng)|tim\s+(?:nguoi|ng)\b|qua\s+lam|sang\s+lam|that\s+(?:ko|khong|k)|ai\s+biet|di\s+(?:ko|khong|k)\s*\?|lam\s+(?:ko|khong)\b|co\s+ai\s+nghe|can\s+(?:phien\s+dich|nguoi|ng|tuyen|nhan\s+vien)|dua\s+(?:ng|nguoi)\s+qua|ib)\b"
    r"|招人|招聘|在招|缺人|要人|找人|介绍|介紹|叫你|要不要来|要不要來|要不要去|过来呗|過來|一起去|带你|帶你|报名|報名|名额|名額|位置|真的假的|靠谱|靠譜|缺[^，。,\s]{0,6}(?:人|译|譯|服|员|員|手)|急招|要\S{0,2}个人|来不来|來不來|叫我去|上班吗|上班嗎|有人听说过|大家觉得|私我|私聊",
    re.IGNORECASE,
)


def invites(text: str) -> bool:
    """Whether a message offers its reader a job or asks about taking one (see `_INVITES`)."""
    return bool(_INVITES.search(fold(text or "")))


def citizen_of(user: Optional[dict[str, Any]], lang: str) -> Optional[str]:
    """The nationality whose verification steps apply: confirmed, else guessed from the language."""
    if user and user.get("nationality"):
        return str(user["nationality"])
    return nationality_guess(lang)


def has_offer(analysis: Analysis, text: str) -> bool:
    """Whether the text carries an offer to check, not only a question about one: a red flag or a
    recruiter's contact, or a long text that speaks of a job at all (a mother's "she wrote 'they
    watch me type', what does it mean?" read as an offer question is not rated "low risk")."""
    return bool(analysis.flags or analysis.identifiers) or (len(text.strip()) >= MIN_OFFER_CHARS and mentions_job(text))


def reads_like_offer(analysis: Analysis, text: str) -> bool:
    """A long paste with the marks of a recruiter's ad, whatever the model made of it."""
    return len(text) >= LONG_PASTE_CHARS and (len(analysis.flags) >= 2 or analysis.risk != "low")


def analyse_for(text: str, lang: str, user: Optional[dict[str, Any]]) -> Analysis:
    """The offer read with this user's salary norms (by nationality)."""
    return analyse(text, citizen=citizen_of(user, lang))


def after_card(user: Optional[dict[str, Any]], now: Optional[float] = None) -> bool:
    """Whether this user was given the emergency card in the last `EVIDENCE_SECONDS`: an ad they
    paste now most likely lured them or their relative there."""
    at = float((user or {}).get("last_card_at") or 0)
    return at > 0 and (now if now is not None else time.time()) - at < EVIDENCE_SECONDS


def answer(analysis: Analysis, lang: str, user: Optional[dict[str, Any]], db: sqlite_utils.Database,
           evidence: Optional[bool] = None) -> str:
    """The reply a user reads, naming any recruiter identifiers already reported; a lure pasted
    after the emergency card is answered as evidence to keep (`evidence`; by default whether the
    card was given in the last half hour, see `after_card`)."""
    evidence = after_card(user) if evidence is None else evidence
    return render(analysis, lang, citizen_of(user, lang), match(db, analysis.identifiers), evidence=evidence)


def check(text: str, lang: str, user: Optional[dict[str, Any]], db: sqlite_utils.Database) -> tuple[Analysis, str]:
    """Analyse an offer for this user and write the answer."""
    analysis = analyse_for(text, lang, user)
    return analysis, answer(analysis, lang, user, db)
