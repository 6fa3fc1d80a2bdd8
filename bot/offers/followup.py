"""A question about the offer just checked ("so I shouldn't go?", "那我还去不去"), answered from its verdict.

After a check, people ask about that offer without pasting it again. Only the verdict is
kept (level, score, the flags' names), never the offer's words, on the user's row that
/delete removes; after `FOLLOW_UP_SECONDS` the question is answered by asking for the offer.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Optional

from bot.offers.risk import DECISIVE_FLAGS, Analysis
from bot.offers.texts import FLAG_TEXTS, LANGS, VERIFY, explain, t, verify_group

# A day: long enough for "let me ask my mother first", short enough not to answer an old offer.
FOLLOW_UP_SECONDS = 24 * 3600
# Within this time of a check, a short message the model half-reads as someone held, with no
# word of danger in it ("ur saying dont go at all?", "我要是硬去会怎样"), is a question about the
# offer: it is answered as one, with the emergency card one tap away (bot/core/assistant.py).
JUST_CHECKED_SECONDS = 30 * 60
# The reasons repeated in a follow-up: the strongest few, the full list is in the check above it.
MAX_REASONS = 4
# Someone vouching for the offer just checked ("tapi sepupu aku bilang aman kok", "my cousin says
# it's legit", "他说很安全"): the model may read the relative in it as a family's report.
_VOUCHED = re.compile(
    r"\b(?:legit|safe|fine|normal|real|legal|trusted|no\s+problem)\b"
    r"|\b(?:aman|legit|resmi|beneran|asli|gapapa|ga\s*papa|gak\s+apa|nggak\s+apa|terpercaya|halal)\b"
    r"|괜찮|안전|합법|진짜|정상"
    r"|ปลอดภัย|ไม่เป็นไร|ของจริง|ถูกกฎหมาย|เชื่อถือได้"
    r"|\b(?:an\s+toàn|an\s+toan|uy\s+tín|uy\s+tin|hợp\s+pháp|hop\s+phap|không\s+sao|ko\s+sao|k\s+sao|thật)\b"
    r"|安全|靠谱|靠譜|没事|沒事|正规|正規|合法|真的", re.I)
# ... unless the relative is out of reach, or missing: then it is a report.
_OUT_OF_REACH = re.compile(
    r"no\s+(?:reply|answer|news)|not\s+answering|can'?t\s+reach|missing|lost\s+contact|hasn'?t\s+(?:called|replied)"
    r"|hilang|(?:gak|ga|nggak|tidak|tak)\s+(?:ada\s+kabar|bisa\s+dihubungi|bales|membalas|aktif)"
    r"|연락(?:이)?\s?(?:안|두절)|실종|답(?:이)?\s?없"
    r"|ติดต่อไม่ได้|หายตัว|ไม่ตอบ|ขาดการติดต่อ"
    r"|mất\s+liên\s+lạc|mat\s+lien\s+lac|(?:không|ko|k)\s+(?:liên\s+lạc|lien\s+lac|trả\s+lời|tra\s+loi)|mất\s+tích|mat\s+tich"
    r"|联系不上|聯繫不上|失联|失聯|不回|没消息|沒消息|失踪|失蹤", re.I)


def vouched_for(text: str) -> bool:
    """Whether a short message passes on someone's word that the offer is safe, with no sign of
    anyone out of reach (then the question is about the offer, not a report)."""
    return bool(_VOUCHED.search(text or "")) and not _OUT_OF_REACH.search(text or "")


# The levels from least to most grave: a follow-up's own signs may raise the level, never lower it.
_GRAVITY = ("low", "medium", "high")


@dataclass(frozen=True)
class LastCheck:
    """The verdict of a user's last checked offer."""

    risk: str
    score: int
    flags: tuple[tuple[str, Optional[float]], ...]
    at: float
    answered: int = 0  # questions about it answered so far: after the first, the answer is brief


def remember(storage: Any, user_id: str, analysis: Analysis, now: Optional[float] = None) -> None:
    """Keep the verdict of the offer just checked (`storage` is the bot's `Storage`)."""
    # the signs that alone make an offer high carry no learned weight: named first
    strongest = sorted(analysis.flags, key=lambda f: (f.flag not in DECISIVE_FLAGS, -f.weight))
    flags = [[f.flag, (f.detail or {}).get("ratio")] for f in strongest]
    verdict = {"risk": analysis.risk, "score": round(analysis.score * 100), "flags": flags,
               "at": time.time() if now is None else now}
    storage.save_user(user_id, last_check=json.dumps(verdict))


def recall(user: Optional[dict[str, Any]], now: Optional[float] = None,
           max_age: float = FOLLOW_UP_SECONDS) -> Optional[LastCheck]:
    """The verdict of the user's last check, if it is recent enough (`max_age`) to be what they ask about."""
    raw = (user or {}).get("last_check")
    if not raw:
        return None
    try:
        data = json.loads(raw)
        last = LastCheck(str(data["risk"]), int(data["score"]),
                         tuple((str(f), r) for f, r in data.get("flags") or []), float(data["at"]),
                         int(data.get("answered") or 0))
    except (ValueError, KeyError, TypeError):
        return None
    age = (time.time() if now is None else now) - last.at
    if last.risk not in ("high", "medium", "low") or not 0 <= age <= max_age:
        return None
    return last


def with_new_signs(last: LastCheck, analysis: Analysis) -> LastCheck:
    """The last verdict, with what a short follow-up adds ("they said come on a tourist visa, ok?").

    The new signs are named first; the level is the graver of the two."""
    known = {f for f, _ in last.flags}
    new = tuple((f.flag, (f.detail or {}).get("ratio")) for f in analysis.flags if f.flag not in known)
    graver = _GRAVITY.index(analysis.risk) > _GRAVITY.index(last.risk)
    score = max(last.score, round(analysis.score * 100)) if graver else last.score
    return LastCheck(analysis.risk if graver else last.risk, score, new + last.flags, last.at, last.answered)


def reply(storage: Any, user_id: str, last: LastCheck, lang: str, citizen: Optional[str]) -> str:
    """The answer to this question about the last offer, counted: the first in full, later ones brief
    ("what if I go for two months?", then "but the pay is so good": the reasons were just given)."""
    data = json.loads((storage.get_user(user_id) or {}).get("last_check") or "{}")
    if data:
        data["answered"] = last.answered + 1
        storage.save_user(user_id, last_check=json.dumps(data))
    return answer(last, lang, citizen, brief=last.answered >= 1)



def answer(last: LastCheck, lang: str, citizen: Optional[str], brief: bool = False) -> str:
    """The answer to a question about the last offer: go or not, why, and how to check (`brief`:
    go or not, and where the contacts are)."""
    lang = lang if lang in LANGS else "en"
    parts = [t(f"followup_{last.risk}", lang, score=last.score)]
    if brief:
        return "\n\n".join(parts + [t("closing", lang)])
    reasons = [SimpleNamespace(flag=f, detail={"ratio": r} if r else {}) for f, r in last.flags if f in FLAG_TEXTS]
    if reasons:
        lines = [t("followup_why", lang)] + [f"• {explain(r, lang, citizen)}" for r in reasons[:MAX_REASONS]]
        parts.append("\n".join(lines))
    group = VERIFY[verify_group(citizen, lang)]
    parts.append(t("what_to_do", lang) + "\n" + (group.get(lang) or group["en"]))
    parts.append(t("closing", lang))
    return "\n\n".join(parts)
