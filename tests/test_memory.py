"""`python -m bot` keeps the garbage collector off while the model loads, never after."""
import gc

from bot.app import _loaded, settle_memory


def test_settling_turns_the_collector_back_on_and_freezes_the_loaded_objects():
    gc.disable()
    try:
        settle_memory()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_model_that_fails_to_load_turns_the_collector_back_on(settings):
    class Assistant:
        backend = object()

    assistant = Assistant()
    gc.disable()
    try:
        _loaded(assistant, settings, RuntimeError("broken model"))
        assert gc.isenabled() and assistant.backend is None
    finally:
        gc.enable()
