"""Fixtures for tests of the core on a recording stand-in for Rasa (no model loaded).

Import them into a test module (`from tests.support.recording import assistant, rasa`):
there they take the place of the model-backed `assistant` of tests/conftest.py."""
import pytest

from tests.support.assistants import RecordingRasa, make_assistant


@pytest.fixture
def rasa():
    return RecordingRasa()


@pytest.fixture
def assistant(storage, rasa):
    return make_assistant(storage, rasa)
