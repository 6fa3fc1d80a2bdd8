"""A model with no TensorFlow component loads without TensorFlow; anything that uses a
TensorFlow class still gets the real one."""
import importlib.util
import json
import subprocess
import sys

import pytest

from bot.dialogue.tensorflow_deferral import components_of, needs_tensorflow
from bot.settings import ROOT

MODEL = ROOT / "models" / "current.tar.gz"


def run(script: str) -> dict:
    """Run `script` in a fresh interpreter (this one may have imported Rasa already)."""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=180, env={"PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false",
                                            "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_diet_or_ted_model_needs_tensorflow_ours_does_not():
    assert needs_tensorflow(["rasa.nlu.classifiers.diet_classifier.DIETClassifier"])
    assert needs_tensorflow(["rasa.core.policies.ted_policy.TEDPolicy"])
    assert not needs_tensorflow(["rasa.core.policies.rule_policy.RulePolicy",
                                 "bot.dialogue.nlu_components.TfidfLinearSVMClassifier"])


def test_rasa_imports_without_tensorflow_and_a_used_class_brings_the_real_one():
    """`make` installs no TensorFlow (the lock's "# tensorflow-only" lines; `make tensorflow`
    adds them): Rasa still imports, and a TensorFlow class used reaches for the real module,
    which works where TensorFlow is installed and names it as missing where it is not."""
    result = run(
        "import json, sys\n"
        "from bot.dialogue.tensorflow_deferral import defer_tensorflow\n"
        "deferred = defer_tensorflow([])\n"
        "import rasa.core.agent, rasa.graph_components.validators.default_recipe_validator\n"
        "before = 'tensorflow' in sys.modules\n"
        "from rasa.core.policies.ted_policy import TEDPolicy\n"
        "try:\n"
        "    epochs, missing = TEDPolicy.get_default_config()['epochs'], None\n"
        "except ModuleNotFoundError as error:\n"
        "    epochs, missing = None, error.name\n"
        "print(json.dumps({'deferred': deferred, 'before': before, 'epochs': epochs, 'missing': missing,\n"
        "                  'after': 'tensorflow' in sys.modules}))\n")
    assert result["deferred"] is True and result["before"] is False
    if importlib.util.find_spec("tensorflow") is not None:
        assert (result["epochs"], result["missing"], result["after"]) == (1, None, True)
    else:
        assert (result["epochs"], result["missing"]) == (None, "tensorflow")


def test_a_diet_model_is_not_deferred():
    result = run(
        "import json, sys\n"
        "from bot.dialogue.tensorflow_deferral import defer_tensorflow\n"
        "print(json.dumps({'deferred': defer_tensorflow(['rasa.nlu.classifiers.diet_classifier.DIETClassifier']),\n"
        "                  'standin': type(sys.modules.get('rasa.nlu.classifiers.diet_classifier')).__name__}))\n")
    assert result == {"deferred": False, "standin": "NoneType"}


@pytest.mark.needs_model
def test_the_trained_model_loads_and_answers_without_tensorflow():
    assert "bot.dialogue.nlu_components.TfidfLinearSVMClassifier" in components_of(MODEL)
    result = run(
        "import asyncio, json, sys\n"
        "from bot.dialogue.backend import InProcessRasa\n"
        "rasa = InProcessRasa.load('models/current.tar.gz', [], None)\n"
        "parsed = asyncio.run(rasa.parse('they took my passport and wont let me leave'))\n"
        "print(json.dumps({'intent': parsed['intent']['name'], 'tensorflow': 'tensorflow' in sys.modules}))\n")
    assert result == {"intent": "report_detained", "tensorflow": False}
