"""Job-offer checker benchmark. Prints figures; asserts nothing.

    python bench/risk.py [--repeat 20] [--show-errors]

Per language (en, ko, id, th, vi, zh; a language a file has no offers in is left out), with the
red flags weighed with the offer's wording (bot/offers/wording.py), or with `--flags-only` alone:
counts, precision and recall of `high` on the labelled offers: the development sets the
weights are learned from (tests/data/offers.jsonl, offers-dev-six.jsonl, offers-dev-more.jsonl,
offers-dev-extra.jsonl, offers-dev-hard.jsonl, offers-dev-hard-2.jsonl), the development sets the
flags' words were read from and not learned from (offers-dev-11.jsonl to offers-dev-18.jsonl:
word of mouth, onboarding instructions, subtle ads, hard negatives, written apart), then the held-out
sets (tests/data/offers-heldout.jsonl, bench/data/offers-heldout-six-2.jsonl, -six-3.jsonl, -six-4.jsonl,
-six-5.jsonl, -six-6.jsonl, -six-7.jsonl, -six-8.jsonl, -six-9.jsonl to -six-12.jsonl: each was run blind once, then read; -six-13.jsonl and -six-14.jsonl were, and were read at the end of stop 22; -six-15.jsonl and -six-16.jsonl too, at the end of stop 23; -six-19.jsonl and -six-20.jsonl in stop 24; -six-21.jsonl and -six-22.jsonl at the start of stop 25, -six-23.jsonl to -six-26.jsonl later in it; -six-27.jsonl and -six-28.jsonl at the start of stop 26; -six-29.jsonl and -six-30.jsonl at the start of stop 27; -six-31.jsonl and -six-32.jsonl in stop 28); then mean and p95 milliseconds per offer for `analyse()` over
all offers repeated `--repeat` times.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "offers.jsonl"  # written with the analyser: a development set
# Written blind in six languages (first blind set); since the weights are learned from it, development data.
DEV_SIX = ROOT / "tests" / "data" / "offers-dev-six.jsonl"
# Subtle ads and warnings that quote red flags, written for development (never the blind set).
DEV_MORE = ROOT / "tests" / "data" / "offers-dev-more.jsonl"
# Offers, warnings, news and questions in six languages (a described offer that asks "is this
# a scam?" is labelled high), written for development.
DEV_EXTRA = ROOT / "tests" / "data" / "offers-dev-extra.jsonl"
# Hard negatives (licensed jobs abroad, tours, remittance, news of arrests, warnings) and subtle ads
# with two or three signs, written by a hand that never saw the analyser; development data.
DEV_HARD = ROOT / "tests" / "data" / "offers-dev-hard.jsonl"
# Tours, flight deals, remittance, freelancing platforms, news and local jobs at local pay
# (hard negatives) and subtle ads, written apart from the analyser; development data.
DEV_HARD_2 = ROOT / "tests" / "data" / "offers-dev-hard-2.jsonl"
# Written apart in six languages to find what the flags miss (word of mouth, onboarding
# instructions, indirect pay, subtle ads, hard negatives), then read: development data, not
# learned from (relearning the weights on them added false alarms on every other set).
DEV_11 = ROOT / "tests" / "data" / "offers-dev-11.jsonl"
DEV_12 = ROOT / "tests" / "data" / "offers-dev-12.jsonl"
DEV_13 = ROOT / "tests" / "data" / "offers-dev-13.jsonl"
DEV_14 = ROOT / "tests" / "data" / "offers-dev-14.jsonl"
DEV_15 = ROOT / "tests" / "data" / "offers-dev-15.jsonl"
# Hard negatives only (300, six languages): genuine jobs, warnings, tours, business trips, studies.
DEV_16 = ROOT / "tests" / "data" / "offers-dev-16.jsonl"
# Written by someone who never saw the analyser or the development set: the honest figure.
HELDOUT = ROOT / "tests" / "data" / "offers-heldout.jsonl"
# Written blind (by someone who saw neither the analyser nor its data), six languages, hard:
# subtle ads with two or three signals, colloquial pay, licensed jobs as hard negatives.
# Kept out of tuning and learning: the honest figure.
HELDOUT_SIX = ROOT / "bench" / "data" / "offers-heldout-six-2.jsonl"
# Written blind after the analyser was tuned on the sets above (300 ads, six languages); its
# misses were read when six-4 was written, so it is development data now.
HELDOUT_SIX_3 = ROOT / "bench" / "data" / "offers-heldout-six-3.jsonl"
# Written blind (300 ads) while the analyser learned from offers-dev-hard-2; its seven misses
# were read (and Thai fares, Korean weekly pay, "never via Telegram or WhatsApp" fixed): development data.
HELDOUT_SIX_4 = ROOT / "bench" / "data" / "offers-heldout-six-4.jsonl"
# Written blind (300 ads, six languages) by a helper who saw neither code nor data; read at the
# start and end of a session, then its eight misses were read and fixed: development data.
HELDOUT_SIX_5 = ROOT / "bench" / "data" / "offers-heldout-six-5.jsonl"
# Written blind (300 ads) after six-5's misses were fixed; run blind once (recall .960), then
# its misses were read and fixed: development data.
HELDOUT_SIX_6 = ROOT / "bench" / "data" / "offers-heldout-six-6.jsonl"
# Written blind (300 ads, subtler: a friend's word, phones handed in, pay as "3x home"); run
# blind once (precision .957, recall .880), then its misses were read: development data.
HELDOUT_SIX_7 = ROOT / "bench" / "data" / "offers-heldout-six-7.jsonl"
# Written blind (300 ads: onboarding instructions, word of mouth); run blind once (precision
# .929, recall .787), then its misses were read: development data.
HELDOUT_SIX_8 = ROOT / "bench" / "data" / "offers-heldout-six-8.jsonl"
# Written blind (300 ads) after six-8's misses were fixed; run blind once (precision .965,
# recall .927), then its misses were read: development data.
HELDOUT_SIX_9 = ROOT / "bench" / "data" / "offers-heldout-six-9.jsonl"
# Written blind (300 ads) after six-9's misses were fixed; run blind once (precision .941,
# recall .853), then its misses were read: development data.
HELDOUT_SIX_10 = ROOT / "bench" / "data" / "offers-heldout-six-10.jsonl"
# Written blind after six-10's misses were read (word of mouth, onboarding, subtle ads, hard negatives); its
# aggregates were read twice in stop 21 (P .894 R .847; P .907 R .907), its misses at the start of stop 22:
# development data now.
HELDOUT_SIX_11 = ROOT / "bench" / "data" / "offers-heldout-six-11.jsonl"
# Written blind at the end of stop 21, read once on that stop's final analyser (P .886 R .933); its misses were
# read at the start of stop 22: development data now.
HELDOUT_SIX_12 = ROOT / "bench" / "data" / "offers-heldout-six-12.jsonl"
# Written apart in stop 22 (hard local ads, warnings, subtle lures; run once before its texts were read:
# P .834 R .873), then read: development data.
DEV_17 = ROOT / "tests" / "data" / "offers-dev-17.jsonl"
# Written blind in stop 22 by two helpers who saw neither code nor data (600 offers: 300 ads and posts, 300
# with half chat-style), kept out of tuning and read once, aggregates only, on that stop's final analyser
# (six-13 P .895 R .913, six-14 P .890 R .913); their misses were read at the very end of stop 22 (three
# phrasings added): development data from then on, and the next stop needs new blind sets.
HELDOUT_SIX_13 = ROOT / "bench" / "data" / "offers-heldout-six-13.jsonl"
HELDOUT_SIX_14 = ROOT / "bench" / "data" / "offers-heldout-six-14.jsonl"
# Written apart in stop 23 (hard lows in ko/en/zh, subtle highs; run once before its texts were read:
# P .903 R .933), then read: development data.
DEV_18 = ROOT / "tests" / "data" / "offers-dev-18.jsonl"
# Written blind in stop 23 by two helpers who saw neither code nor data (600 offers: 300 ads and posts,
# 300 with half chat-style), kept out of tuning and run once, aggregates only, on that stop's final
# analyser (six-15 P .910 R .880, six-16 P .877 R .900); their misses were read right after (phrasings
# added: .926/.917 on both): development data from then on, and the next stop needs new blind sets.
HELDOUT_SIX_15 = ROOT / "bench" / "data" / "offers-heldout-six-15.jsonl"
HELDOUT_SIX_16 = ROOT / "bench" / "data" / "offers-heldout-six-16.jsonl"
# Written blind in stop 24 by a helper who saw neither code nor data (300 offers, a third of them
# under 150 characters, as typed into a bot). A draft of it was run once on `ceda756` (P .953 R .947)
# and its 15 misses were read; the helper then revised the file, and the final file on that same
# `ceda756` scores P .928 R .947 (en .885/.920, ko .880/.880, id .960/.960, th .960/.960, vi 1/1,
# zh .889/.960). Its misses were read after (a pig-butchering job, a passport "kept for a while",
# parents' posts, a region named beside a city): development data.
HELDOUT_SIX_20 = ROOT / "bench" / "data" / "offers-heldout-six-20.jsonl"
# Written blind in stop 24 by another helper (300: forwarded ads with the forwarder's question, hidden
# destinations, requests for bank accounts and SIMs, legitimate casino, hotel and call-centre jobs in
# Cambodia and the Philippines), run once, aggregates only, on `5aebe3b` (P .898 R .880; en .957/.880,
# ko .778/.840, id .917/.880, th .920/.920, vi 1/.880, zh .846/.880); its 33 misses were read right
# after (checklists of accounts and SIMs, fees "refunded with the first salary"): development data.
HELDOUT_SIX_19 = ROOT / "bench" / "data" / "offers-heldout-six-19.jsonl"
# Written blind in stop 24 by two more helpers, who saw neither code nor data, and run once each at the
# start of stop 25, aggregates only, on `37015e5`: six-21 (word of mouth: retold offers, long chats with a
# recruiter, local job groups) P .908 R .920 (en .880/.880, ko .893/1, id 1/.800, th .923/.960,
# vi .857/.960, zh .920/.920); six-22 (2026 tricks: "AI trainer" jobs, stamped PDF contracts, the
# onward move from Dubai, Malaysia or Georgia) P .885 R .927 (en .750/.840, ko .962/1, id .857/.960,
# th .920/.920, vi .958/.920, zh .885/.920). Their misses were read right after: development data.
HELDOUT_SIX_21 = ROOT / "bench" / "data" / "offers-heldout-six-21.jsonl"
HELDOUT_SIX_22 = ROOT / "bench" / "data" / "offers-heldout-six-22.jsonl"
# Written blind in stop 25 by two more helpers who saw neither code nor data, run once each, aggregates
# only, on `a2e650e` (after six-21 and six-22 were read): six-23 (short chat messages, hard lawful offers)
# P .895 R .853 (en .889/.960, ko .917/.880, id .920/.920, th .870/.800, vi .870/.800, zh .905/.760);
# six-24 (recruiters who look legitimate: approval letters, video interviews, "special economic zone"
# with no signal) P .943 R .887 (en .913/.840, ko .889/.960, id .955/.840, th .957/.880, vi 1/.920,
# zh .957/.880). Their misses were read right after: development data.
HELDOUT_SIX_23 = ROOT / "bench" / "data" / "offers-heldout-six-23.jsonl"
HELDOUT_SIX_24 = ROOT / "bench" / "data" / "offers-heldout-six-24.jsonl"
# Written blind in stop 25 by two more helpers, run once each, aggregates only, on `8ddf2d2` (after six-21
# to six-24 were read): six-25 (code-mixed and transliterated text, typed-out voice notes, skilled jobs)
# P .946 R .940 (en .885/.920, ko .920/.920, id 1/.920, th .957/.880, vi 1/1, zh .926/1); six-26 (a
# recruiter's later messages: the trip, what to say, deposits and debts) P .854 R .587 (en .947/.720,
# ko .800/.480, id .789/.600, th .765/.520, vi .882/.600, zh .938/.600). Their misses were read right
# after: development data.
HELDOUT_SIX_25 = ROOT / "bench" / "data" / "offers-heldout-six-25.jsonl"
HELDOUT_SIX_26 = ROOT / "bench" / "data" / "offers-heldout-six-26.jsonl"
# Written blind at the start of stop 26 by two more helpers who saw neither code nor data, run once each,
# aggregates only, on `9de6b13` (after six-21 to six-26 were read): six-27 (trust and pressure: "I'm from
# your town", decide tonight, a fee before midnight, a trial week) P .941 R .633 (en 1/.760, ko .842/.640,
# id .947/.720, th .938/.600, vi .929/.520, zh 1/.560); six-28 (chats as they arrive: OCR of screenshots,
# pasted chats with times, forwards with a question on top) P .921 R .860 (en .870/.800, ko .917/.880,
# id .957/.880, th .880/.880, vi .955/.840, zh .957/.880). Their misses were read right after
# (`bot/offers/pressure.py`): development data.
HELDOUT_SIX_27 = ROOT / "bench" / "data" / "offers-heldout-six-27.jsonl"
HELDOUT_SIX_28 = ROOT / "bench" / "data" / "offers-heldout-six-28.jsonl"
# Written blind at the start of stop 27 by two more helpers who saw neither code nor data, run once each,
# aggregates only, on `81344e0`: six-29 (ads as posted: group posts, captions, job boards, broadcasts)
# P .925 R .987 (en .800/.960, ko .893/1, id .962/1, th .962/1, vi 1/.960, zh .962/1); six-30 (a recruiter's
# answers after first contact: contract, visa, pay, route, airport pickup, family visits) P .807 R .473
# (en .750/.600, ko .769/.400, id .692/.360, th .857/.480, vi .875/.560, zh .917/.440). Read right after
# (`bot/offers/pressure.py`, the six-30 lines of `bot/offers/risk.py`): development data.
HELDOUT_SIX_29 = ROOT / "bench" / "data" / "offers-heldout-six-29.jsonl"
HELDOUT_SIX_30 = ROOT / "bench" / "data" / "offers-heldout-six-30.jsonl"
# Written blind in stop 28 by two more helpers (neither code nor data seen), run once each, aggregates only,
# on `9c10daa`: six-31 (2026's lure jobs: streaming host, e-sports, AI labelling, IT, casino, translator,
# announced for Dubai or Bangkok, then moved on; real jobs in the same trades) P .919 R .907 (en .917/.880,
# ko .913/.840, id .857/.960, th .957/.880, vi .958/.920, zh .923/.960); six-32 (offers passed on by friends,
# cousins, lovers: voice notes, one-line chats) P .897 R .700 (en .810/.680, ko .950/.760, id .900/.720,
# th .850/.680, vi 1/.760, zh .882/.600). Read right after (the six-32 lines of `bot/offers/risk.py`).
HELDOUT_SIX_31 = ROOT / "bench" / "data" / "offers-heldout-six-31.jsonl"
HELDOUT_SIX_32 = ROOT / "bench" / "data" / "offers-heldout-six-32.jsonl"
# Written blind at the start of stop 29 by two more helpers (neither code nor data seen), run once each,
# aggregates only, on `1d4a1c2`: six-33 (offers pasted with the sender's own words: "is this legit??", a
# recruiter's answer when asked, an account already blocked and reported) P .827 R .860 (en .808/.840,
# ko .759/.880, id .875/.840, th .786/.880, vi .840/.840, zh .917/.880); six-34 (by trade: teachers, nurses,
# drivers, e-sports, casino, IT, with lawful jobs in the same trades) P .929 R .967 (en 1/.960, ko .893/1,
# id .923/.960, th .923/.960, vi .923/.960, zh .923/.960). Read right after (the six-33/34 lines).
HELDOUT_SIX_33 = ROOT / "bench" / "data" / "offers-heldout-six-33.jsonl"
HELDOUT_SIX_34 = ROOT / "bench" / "data" / "offers-heldout-six-34.jsonl"
# Written blind in stop 29 by two more helpers, each language's own scenarios, run once each, aggregates
# only, on `e718395` (after the six-33/34 lines): six-35 (a month of messages: ads, a recruiter's chat,
# offers passed on, lawful jobs, destinations from Cambodia to Europe) P .969 R .827 (en .958/.920,
# ko .957/.880, id .957/.880, th 1/.800, vi 1/.760, zh .947/.720); six-36 (short chat lines, one to three
# lines, slang, casual numbers) P .944 R .793 (en .846/.880, ko .909/.800, id 1/.800, th .952/.800,
# vi 1/.840, zh 1/.640). Read right after (the six-35/36 lines).
HELDOUT_SIX_35 = ROOT / "bench" / "data" / "offers-heldout-six-35.jsonl"
HELDOUT_SIX_36 = ROOT / "bench" / "data" / "offers-heldout-six-36.jsonl"
# six-37 (chat logs pasted whole) and six-38 (offers aimed at one group: students, nurses, gamers...)
# were written blind in stop 30, run once with the wording model learned without them (P .902 R .980
# and P .955 R .987, a first blending rule), read, and then learned from.
HELDOUT_SIX_37 = ROOT / "bench" / "data" / "offers-heldout-six-37.jsonl"
HELDOUT_SIX_38 = ROOT / "bench" / "data" / "offers-heldout-six-38.jsonl"
# six-41 (offers retold: voice notes typed out, screenshots, a recruiter's call told again) was run
# once (P .978 R .907; flags alone .938/.700), read, then learned from.
HELDOUT_SIX_41 = ROOT / "bench" / "data" / "offers-heldout-six-41.jsonl"
# Kept out of the wording model's learning, never read: six-39 (a month of a community group's
# feed), six-40 (the hardest cases both ways), six-42 (by destination and route), written blind
# in stop 30.
KEPT_OUT = [ROOT / "bench" / "data" / f"offers-heldout-six-{n}.jsonl" for n in (39, 40, 42)]


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quality(offers: list[dict], show_errors: bool) -> None:
    from bot.offers.risk import analyse

    print(f"{'lang':<5}{'offers':>7}{'high':>6}{'low':>6}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'lang ok':>9}")
    for lang in ("en", "ko", "id", "th", "vi", "zh", "all"):
        subset = [o for o in offers if lang == "all" or o["language"] == lang]
        if not subset:
            continue
        tp = fp = fn = lang_ok = 0
        for o in subset:
            a = analyse(o["text"])
            lang_ok += a.language == o["language"]
            predicted, actual = a.risk == "high", o["label"] == "high"
            tp += predicted and actual
            fp += predicted and not actual
            fn += actual and not predicted
            if show_errors and predicted != actual:
                print(f"  {'FP' if predicted else 'FN'} {o['id']} {a.risk} {a.score:.2f} {a.flag_ids()}")
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        highs = sum(o["label"] == "high" for o in subset)
        print(f"{lang:<5}{len(subset):>7}{highs:>6}{len(subset) - highs:>6}{tp:>5}{fp:>5}{fn:>5}{precision:>11.3f}{recall:>8.3f}{lang_ok / len(subset):>9.2f}")


def latency(offers: list[dict], repeat: int) -> None:
    from bot.offers.risk import analyse

    times = []
    for _ in range(repeat):
        for o in offers:
            start = time.perf_counter()
            analyse(o["text"])
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"latency over {len(times)} analyses: mean {statistics.mean(times):.3f} ms, p95 {p95:.3f} ms, max {times[-1]:.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--flags-only", action="store_true", help="the red flags alone, without the wording model")
    parser.add_argument("--data", type=Path, action="append",
                        help="labelled offers (JSON lines); default: the development set, then the held-out set")
    args = parser.parse_args()
    sets = args.data or [DATA, DEV_SIX, DEV_MORE, DEV_EXTRA, DEV_HARD, DEV_HARD_2, DEV_11, DEV_12, DEV_13, DEV_14, DEV_15, DEV_16, DEV_17, DEV_18, HELDOUT, HELDOUT_SIX, HELDOUT_SIX_3, HELDOUT_SIX_4, HELDOUT_SIX_5, HELDOUT_SIX_6, HELDOUT_SIX_7, HELDOUT_SIX_8, HELDOUT_SIX_9, HELDOUT_SIX_10, HELDOUT_SIX_11, HELDOUT_SIX_12, HELDOUT_SIX_13, HELDOUT_SIX_14, HELDOUT_SIX_15, HELDOUT_SIX_16, HELDOUT_SIX_19, HELDOUT_SIX_20, HELDOUT_SIX_21, HELDOUT_SIX_22, HELDOUT_SIX_23, HELDOUT_SIX_24, HELDOUT_SIX_25, HELDOUT_SIX_26, HELDOUT_SIX_27, HELDOUT_SIX_28, HELDOUT_SIX_29, HELDOUT_SIX_30, HELDOUT_SIX_31, HELDOUT_SIX_32, HELDOUT_SIX_33, HELDOUT_SIX_34, HELDOUT_SIX_35, HELDOUT_SIX_36,
                         HELDOUT_SIX_37, HELDOUT_SIX_38, HELDOUT_SIX_41, *KEPT_OUT]
    if args.flags_only:
        from bot.offers import wording

        wording.load = lambda: None  # type: ignore[assignment]
    start = time.perf_counter()
    import bot.offers.risk  # noqa: F401  (import and regex compilation, reported apart)

    print(f"import bot.offers.risk: {(time.perf_counter() - start) * 1000:.1f} ms")
    everything = []
    for path in sets:
        offers = load(path)
        everything += offers
        print(f"\n{len(offers)} offers from {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        quality(offers, args.show_errors)
    kept = [o for path in sets if path in KEPT_OUT for o in load(path)]
    if kept:
        print(f"\n{len(kept)} offers kept out of the wording's learning and never read (six-39, six-40, six-42), together")
        quality(kept, False)
    latency(everything, args.repeat)


if __name__ == "__main__":
    main()
