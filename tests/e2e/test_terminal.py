"""`make run` without a token: the terminal chat's greeting and prompt, not library warnings."""
import os
import subprocess
import sys

import pytest

from bot.settings import ROOT


@pytest.mark.needs_model
def test_a_quiet_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "LOG_LEVEL")}
    env.update(DATABASE_PATH=str(tmp_path / "t.db"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "bot"], input="hello\n", capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith("Terminal chat") and "\n> " in done.stdout
    assert "Hi, I help people" in done.stdout  # the model answered the greeting
    noise = [line for line in (done.stderr + done.stdout).splitlines()
             if "Warning" in line or "deprecated" in line.lower() or "INFO" in line]
    assert noise == []
