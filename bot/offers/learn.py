"""Learn how much each red flag weighs, from labelled offers (a logistic regression).

    python -m bot check-offer --learn tests/data/offers.jsonl tests/data/offers-dev-six.jsonl \
        tests/data/offers-dev-more.jsonl tests/data/offers-dev-extra.jsonl tests/data/offers-dev-hard.jsonl

Hand-set weights tuned on ~170 ads of our own writing called clear compound offers
"medium" on ads written by someone else (recall of "high" 0.72–0.94 per language): a hub
plus a vague office job, or costs paid plus chat-only contact, is how many real ads read.
A logistic regression over the flags that were found (each 1 or 0) learns those weights
from the development set, written in six languages by several hands. The model stays
explainable: the score is a sum of the found flags' weights, each flag quoting its words.

Only development sets go in here; the blind sets in `bench/data/` stay out of it.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
# Below this chance an offer is "low"; from HIGH on it is "high". HIGH sits under one half:
# a missed compound offer costs a person's freedom, a cautious word on a real job costs a
# second look (chosen on the development set: recall 0.97, precision 0.95 in 5-fold CV).
HIGH = 0.40
MEDIUM = 0.25  # one sign alone (a hub city named) stays low
C = 1.0  # the regulariser's strength (1/C): stable across 0.3–10 in cross-validation
# Signs a lawful employer never shows (red-flags.md §4). In our ads they always come with
# other flags, so the regression cannot tell their own weight and shrinks it (a kept
# passport learned +0.5, less than "no experience needed"). Each is given at least enough
# that alone it makes the offer high: a kept passport or phone, work on a tourist visa, a
# border crossed off the road or a job in an area under a travel ban is reason enough not to
# go. (Alone they used to be medium; ads written apart, six-7 and six-8, had many with one
# such sign found: recall .933 -> .953 and .787 -> .840, five more false alarms in ~3,000
# development offers.)
DECISIVE = ("travel_ban_area", "tourist_visa_work", "passport_handover", "border_route")
# A text that warns about such ads quotes their red flags; it is no ad. Whatever the few
# warnings in our data taught, it outweighs three red flags.
WARNING = "warning_notice"
WARNING_CEILING = -5.0
# Long warnings, news and explainers quote up to seven red flags at once ("$2k/mo, ticket
# covered, go as a tourist, keep it quiet, DM me"); a linear sum cannot learn them from a
# few dozen examples. They also give a second, different cue of a warning ("PSA" and "scam
# centres"); with it the two outweigh seven red flags, as one outweighs three.
SECOND_WARNING = "warning_second_cue"
WARNING_PAIR_CEILING = -12.0


@dataclass(frozen=True)
class Weights:
    """Log-odds: bias + the sum of the found flags' weights; chance = logistic of that."""

    bias: float
    flags: dict[str, float]
    high: float = HIGH
    medium: float = MEDIUM

    def chance(self, found: Iterable[str]) -> float:
        z = self.bias + sum(self.flags.get(flag, 1.0) for flag in found)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "flags": self.flags, "high": self.high, "medium": self.medium}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Weights":
        return cls(float(data["bias"]), {k: float(v) for k, v in data["flags"].items()},
                   float(data.get("high", HIGH)), float(data.get("medium", MEDIUM)))


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def load(path: Path = WEIGHTS_FILE) -> Weights:
    """The learned weights; before any were learned (bootstrapping), every flag weighs 1."""
    if not path.exists():
        return Weights(-2.0, {})
    return Weights.from_json(json.loads(path.read_text(encoding="utf-8")))


def read_offers(paths: Sequence[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def fit(offers: Sequence[dict[str, Any]], flag_ids: Sequence[str], found: Any, c: float = C) -> Weights:
    """`found(text)` → the flag ids found in one offer; `offers` carry "text" and "label"."""
    from sklearn.linear_model import LogisticRegression

    x = [[1.0 if flag in set(found(o["text"])) else 0.0 for flag in flag_ids] for o in offers]
    y = [o["label"] == "high" for o in offers]
    model = LogisticRegression(C=c, max_iter=1000).fit(x, y)
    bias = float(model.intercept_[0])
    floor = _logit(HIGH) - bias + 0.01
    weights = {flag: max(float(w), floor) if flag in DECISIVE else float(w) for flag, w in zip(flag_ids, model.coef_[0])}
    if WARNING in weights:
        weights[WARNING] = min(weights[WARNING], WARNING_CEILING)
        if SECOND_WARNING in weights:
            weights[SECOND_WARNING] = min(weights[SECOND_WARNING], WARNING_PAIR_CEILING - weights[WARNING])
    return Weights(round(bias, 3), {flag: round(w, 3) for flag, w in weights.items()})


def save(weights: Weights, sources: Sequence[Path], count: int, path: Path = WEIGHTS_FILE) -> None:
    data = {"learned_from": [str(p) for p in sources], "offers": count, **weights.to_json()}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
