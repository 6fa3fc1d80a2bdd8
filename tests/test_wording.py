"""The wording model: how much an offer reads like a compound recruiter's, and which words say so."""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from bot.offers import wording
from bot.offers.risk import analyse
from bot.offers.texts import render, t

ROOT = Path(__file__).resolve().parents[1]
# A lure whose only red flag the patterns find is the free ticket: the rest is in its wording.
GAME_JOB = "Dicari 3 orang kerja di Thailand, gaji 12jt, kerjaannya cuma main game, tiket ditanggung bos"
# A family chat passing on a warning, with the ad's words in quotes.
PARENTS_WARNING = ("엄마 아빠 단톡방에 올려요. 요즘 텔레그램에 '해외 알바 하루 100만원, 비행기표 공짜' 이런 거 "
                   "떠도는데 다 캄보디아 범죄단지로 끌고 가는 거래요. 조카들이 해외 간다고 하면 어디 회사인지 꼭 물어봐 주세요!")


@pytest.fixture(scope="module")
def model() -> wording.Wording:
    loaded = wording.load()
    assert loaded is not None, "bot/offers/wording.npz is missing"
    return loaded


@pytest.mark.parametrize("text", [GAME_JOB, PARENTS_WARNING, "招人 月入1万5 包吃住 私聊", "ok", ""])
def test_the_fast_columns_are_those_sklearn_hashes(model, text):
    columns, counts = wording._columns(text)
    row = wording.features([text])
    assert sorted(row.indices.tolist()) == columns.tolist()
    assert model.logit(text) == pytest.approx(model.bias + float(row.data @ model.coef[row.indices]), abs=1e-5)


def test_each_letter_carries_the_weight_of_its_ngrams(model):
    # the n-grams' weights spread over their letters sum to the logit, less the weight of the
    # spaces "char_wb" pads each word with (a 1-gram that covers no letter)
    from sklearn.utils import murmurhash3_32

    for text in (GAME_JOB, "招人 月入1万5 包吃住 私聊"):
        row = wording.features([text])
        space = abs(murmurhash3_32(" ", seed=0)) % wording.N_FEATURES
        padding = float(model.coef[space]) * float(row[0, space])
        assert model.contributions(text).sum() + padding == pytest.approx(model.logit(text) - model.bias, abs=1e-4)


def test_a_lure_the_patterns_miss_is_high_and_quotes_its_words():
    a = analyse(GAME_JOB)
    assert a.flag_chance < 0.4 and a.wording > 0.9 and a.risk == "high"
    quoted = [w.evidence for w in a.telling]
    assert 1 <= len(quoted) <= 3 and all(q in GAME_JOB for q in quoted)
    assert len({q.casefold() for q in quoted}) == len(quoted)
    shown = render(a, "id")
    assert shown.startswith(t("level_high", "id"))
    assert t("wording_like_lures", "id", words=", ".join(f"«{q}»" for q in quoted)) in shown


def test_words_already_quoted_for_a_flag_are_not_quoted_again():
    a = analyse(GAME_JOB)
    for word in a.telling:
        assert all(word.end <= f.start or f.end <= word.start for f in a.flags)


def test_signs_worded_as_a_warning_weigh_less_and_say_why():
    a = analyse(PARENTS_WARNING)
    assert a.flag_chance >= 0.4 and a.risk != "high" and a.held_back in ("wording", "warning")
    assert t(f"held_back_{a.held_back}", "ko") in render(a, "ko")


def test_a_passport_kept_is_high_however_it_is_worded():
    a = analyse("Welcome! HR will keep your passport for the work permit processing, as per the contract.")
    assert a.wording < 0.5 and a.risk == "high"


def test_the_blend_weighs_the_wording_and_a_fifth_of_the_flags():
    assert wording.blend(0.5, 0.5) == pytest.approx(0.5)
    assert wording.blend(0.99, 0.1) < 0.5 < wording.blend(0.01, 0.9)
    assert [wording.level(x) for x in (0.1, 0.3, 0.5, 0.9)] == ["low", "medium", "high", "high"]


def test_the_weights_are_learned_from_the_listed_files_and_no_kept_out_set():
    meta = json.loads(wording.SOURCES_FILE.read_text(encoding="utf-8"))
    paths = [ROOT / p for p in meta["learned_from"]]
    assert wording.fingerprint(paths) == meta["sha256"], "a training file changed: relearn the wording"
    assert meta["offers"] == sum(1 for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    kept_out = {f"bench/data/offers-heldout-six-{n}.jsonl" for n in (39, 40, 42)}
    assert not kept_out & set(meta["learned_from"])


def test_the_stored_weights_are_float16_and_load_as_float32(model):
    with np.load(wording.MODEL_FILE) as data:
        assert data["coef"].dtype == np.float16 and data["coef"].shape == (2 * wording.N_FEATURES,)
    assert model.coef.dtype == np.float32


@pytest.mark.parametrize("text", [
    "看你发朋友圈找工作，一个人带孩子不容易。马来西亚那边有活，然后再转去别的地方，月薪1万，机票我先帮你买",
    "ตั๋วออกแล้วนะคะ พรุ่งนี้6โมงเช้าที่ดอนเมือง บินไปแม่สอด มีคนถือป้ายชื่อรอ ไม่ต้องเอาของมาเยอะ",
    "Tuyen ho ly cham soc nguoi gia sang Thai, ko mat phi, ko can dao tao, luong 10tr, tru luong 3 thang tien ve",
])
def test_quoted_words_are_whole_and_hold_no_punctuation(model, text):
    spans = model.telling_words(text)
    assert spans
    for a, b in spans:
        quote = text[a:b]
        assert not re.search(r"[,.!?，。、！？\s]$|^[,.!?，。、！？\s]", quote)
        assert quote[0] not in wording._THAI_AFTER and quote[-1] not in wording._THAI_BEFORE
        assert b - a <= 40
