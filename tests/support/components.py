"""A trainable Rasa component built on its own, as Rasa's graph builds it."""
import tempfile
from pathlib import Path

from rasa.engine.graph import GraphSchema


def component(cls, config, name):
    """A trainable component on its own temporary model storage, as Rasa's graph builds it."""
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    return cls({**cls.get_default_config(), **config}, storage, Resource(name), ExecutionContext(GraphSchema({}), "x"))
