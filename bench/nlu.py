"""NLU and latency benchmark. Prints figures; asserts nothing.

    python bench/nlu.py                         # the project's config.yml and models/current.tar.gz
    python bench/nlu.py --config bench/config-diet.yml   # the DIET + TED variant (trains it first)
    python bench/nlu.py --skip-cv               # only latency, start-up and memory

Figures: per-language 5-fold cross-validated intent macro-F1 (nlu_fallback counts as
correct only for out_of_scope); parse p50/p95 over 1,000 messages; end-to-end message
handling p50/p95 through the Assistant; seconds from process start to first reply of
`python -m bot` (terminal mode), a second start (the first after an install writes Python's
byte-code cache); that process's peak RSS.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_MAX_CACHE_SIZE", "0")  # each fold trains once: a cache only costs (bot/dialogue/training_speed.py)
from bot.language import SUPPORTED  # noqa: E402

LANGS = tuple(lang for lang in SUPPORTED if (ROOT / "nlu" / lang / "nlu.yml").exists())


def load_examples() -> tuple[dict[str, list], object]:
    """Examples per language (from nlu/<lang>/) and the shared training data (regex, lookups, synonyms)."""
    from rasa.shared.nlu.training_data.loading import load_data

    per_lang = {}
    for lang in LANGS:
        data = load_data(str(ROOT / "nlu" / lang))
        per_lang[lang] = [m for m in data.intent_examples]
    everything = load_data(str(ROOT / "nlu"))
    return per_lang, everything


def folds(examples: list, k: int, seed: int = 7) -> list[list]:
    """Stratified by intent: each intent's examples dealt round-robin into k folds."""
    by_intent = defaultdict(list)
    for m in examples:
        by_intent[m.get("intent")].append(m)
    out = [[] for _ in range(k)]
    rng = random.Random(seed)
    for intent in sorted(by_intent):
        group = by_intent[intent][:]
        rng.shuffle(group)
        for i, m in enumerate(group):
            out[i % k].append(m)
    return out


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return statistics.mean(scores)


async def cross_validate(config: Path, k: int = 5, max_folds: int | None = None) -> dict[str, float]:
    from rasa.model_training import train_nlu
    from rasa.core.agent import Agent
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.dialogue.training_speed import speed_up

    speed_up()
    per_lang, everything = load_examples()
    lang_folds = {lang: folds(per_lang[lang], k) for lang in LANGS}
    gold: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for i in range(min(k, max_folds or k)):
        train_msgs = [m for lang in LANGS for j, f in enumerate(lang_folds[lang]) if j != i for m in f]
        data = TrainingData(
            training_examples=train_msgs,
            entity_synonyms=everything.entity_synonyms,
            regex_features=everything.regex_features,
            lookup_tables=everything.lookup_tables,
        )
        with tempfile.TemporaryDirectory() as tmp:
            nlu_file = Path(tmp) / "nlu.yml"
            nlu_file.write_text(RasaYAMLWriter().dumps(data), encoding="utf-8")
            model = train_nlu(str(config), str(nlu_file), str(Path(tmp) / "models"), domain=str(ROOT / "responses"))
            agent = Agent.load(model)
            for lang in LANGS:
                for m in lang_folds[lang][i]:
                    result = await agent.parse_message(m.get("text"))
                    predicted = result["intent"]["name"]
                    expected = m.get("intent")
                    if predicted == "nlu_fallback" and expected == "out_of_scope":
                        predicted = "out_of_scope"
                    gold[lang].append(expected)
                    pred[lang].append(predicted)
        print(f"  fold {i + 1}/{k} done", file=sys.stderr)
    return {lang: macro_f1(gold[lang], pred[lang]) for lang in LANGS}


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def latency(model: Path, n: int = 1000) -> dict[str, float]:
    from dataclasses import replace

    from bot.app import build_assistant
    from bot.settings import Settings

    per_lang, _ = load_examples()
    texts = [m.get("text") for lang in LANGS for m in per_lang[lang]]
    rng = random.Random(1)
    sample = [rng.choice(texts) for _ in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(Settings.from_env({}), model_path=model, database_path=Path(tmp) / "b.db")
        assistant = build_assistant(settings)
        backend = assistant.backend
        await backend.parse("warm up")
        # steady state: the libraries the actions load on first use are loaded on a thread of
        # their own after the model (bot/dialogue/backend.py), a few seconds that compete for the GIL
        for thread in threading.enumerate():
            if thread.name == "warm-up":
                start = time.perf_counter()
                thread.join()
                print(f"(waited {time.perf_counter() - start:.1f} s for the warm-up thread)", file=sys.stderr)
        parse_ms = []
        for text in sample:
            start = time.perf_counter()
            await backend.parse(text)
            parse_ms.append((time.perf_counter() - start) * 1000)
        handle_ms = []
        for i, text in enumerate(sample[:500]):
            start = time.perf_counter()
            await assistant.handle(f"bench:{i % 50}", text)
            handle_ms.append((time.perf_counter() - start) * 1000)
    return {
        "parse_p50": pct(parse_ms, 0.5), "parse_p95": pct(parse_ms, 0.95),
        "handle_p50": pct(handle_ms, 0.5), "handle_p95": pct(handle_ms, 0.95),
    }


def _peak_rss_mb(pid: int) -> float:
    """The process's own peak resident set (VmHWM), read before it exits."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def startup(model: Path) -> dict[str, float]:
    """Start `python -m bot` in terminal mode, time the first reply; peak RSS after a short chat.

    The first message goes through the model ("what can you do?"), so the time counts the
    model's load, not only the emergency path, which answers without it.
    """
    messages = ["what can you do?", "hi", "my brother went to cambodia and stopped answering", "2 weeks ago",
                "they took my passport and won't let me leave", "is a customer service job in Bavet with free flight safe?"]
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "MODEL_PATH": str(model), "DATABASE_PATH": str(Path(tmp) / "s.db"), "PYTHONPATH": str(ROOT)}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as `make run` starts it (the Makefile unexports it)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )
        assert proc.stdin and proc.stdout
        first_reply = None
        for message in messages:
            proc.stdin.write(message + "\n")
            proc.stdin.flush()
            for line in proc.stdout:  # the prompt "> " follows each answer
                if line.startswith("🤖") and first_reply is None:
                    first_reply = time.perf_counter() - start
                if line.startswith("> ") or line.strip() == ">":
                    break
        peak_mb = _peak_rss_mb(proc.pid)
        proc.stdin.close()
        proc.stdout.read()
        proc.wait(timeout=120)
    return {"first_reply_s": first_reply or float("nan"), "peak_rss_mb": peak_mb}


def train(config: Path, out: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "rasa", "train", "--config", str(config), "--domain", "responses", "--data", "nlu",
         "stories/train", "--out", str(out), "--fixed-model-name", "bench", "--quiet"],
        cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return out / "bench.tar.gz", time.perf_counter() - start


def main() -> None:
    import logging

    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # else every parse is logged at debug level
    logging.getLogger("rasa").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, default=ROOT / "config.yml")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--max-folds", type=int, default=None,
                        help="evaluate only the first N folds of the 5-fold split (slow pipelines)")
    args = parser.parse_args()
    from bot.dialogue.tensorflow_deferral import components_in_config, defer_tensorflow

    # the project's pipeline needs no TensorFlow (installed only by `make tensorflow`, for the DIET variant)
    defer_tensorflow(components_in_config(args.config))
    print(f"config: {args.config.relative_to(ROOT) if args.config.is_relative_to(ROOT) else args.config}")
    model = args.model
    if model is None and args.config.resolve() != (ROOT / "config.yml").resolve():
        model, seconds = train(args.config, ROOT / "var" / "bench-models")
        print(f"train: {seconds:.1f} s")
    model = model or ROOT / "models" / "current.tar.gz"
    if not args.skip_cv:
        folds_note = f"first {args.max_folds} of 5 folds" if args.max_folds else "5-fold CV"
        for lang, f1 in asyncio.run(cross_validate(args.config, max_folds=args.max_folds)).items():
            print(f"intent macro-F1 ({lang}, {folds_note}): {f1:.3f}")
    lat = asyncio.run(latency(model))
    print(f"parse: p50 {lat['parse_p50']:.1f} ms, p95 {lat['parse_p95']:.1f} ms (1,000 messages)")
    print(f"handle end to end: p50 {lat['handle_p50']:.1f} ms, p95 {lat['handle_p95']:.1f} ms (500 messages)")
    # The first start after an install writes Python's byte-code cache (compiling ~3,000 modules
    # where none is cached yet); the second is every later start, a restart.
    first = startup(model)
    start = startup(model)
    print(f"process start to first reply: {start['first_reply_s']:.1f} s "
          f"(the start before it, which may write the byte-code cache: {first['first_reply_s']:.1f} s)")
    print(f"peak RSS of the bot process: {start['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
