"""`python -m bot parse`, exactly as the NLU contract says."""
import json
import os
import subprocess
import sys

import pytest

from bot.settings import ROOT


@pytest.mark.needs_model
def test_parse_command(settings):
    lines = [
        "my brother went to Cambodia for work and stopped answering 2 weeks ago",
        "캄보디아 시아누크빌에서 고객상담 알바 월 400만원 준대요",
        "any news on CASE-2026-00042?",
        "",
    ]
    env = {**os.environ, "MODEL_PATH": str(settings.model_path), "PYTHONPATH": str(ROOT), "RASA_URL": ""}
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "parse"], input="\n".join(lines) + "\n", capture_output=True, text=True,
        env=env, cwd=ROOT, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["text"] for o in out] == lines
    assert all(set(o) == {"text", "language", "intent", "confidence", "entities"} for o in out)
    assert out[0]["intent"] == "report_missing" and out[0]["language"] == "en"
    assert {"entity": "country", "value": "KH", "text": "Cambodia"} in out[0]["entities"]
    ko = out[1]
    assert ko["language"] == "ko" and ko["intent"] == "check_job_offer"
    assert {"entity": "location", "value": "Sihanoukville", "text": "시아누크빌"} in ko["entities"]
    assert {"entity": "salary", "value": "월 400만원", "text": "월 400만원"} in ko["entities"]
    assert out[2]["intent"] == "ask_case_status"
    assert {"entity": "case_code", "value": "CASE-2026-00042", "text": "CASE-2026-00042"} in out[2]["entities"]
    assert all(0.0 <= o["confidence"] <= 1.0 for o in out)
