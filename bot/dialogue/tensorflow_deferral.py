"""Load a model without TensorFlow when none of its components uses it.

Rasa imports TensorFlow whatever the model: `rasa.core.agent` reaches it through the
training utilities (two Keras callbacks, a Keras data generator) and the recipe validator
names DIETClassifier, ResponseSelector and TEDPolicy (training imports three more
TensorFlow components). That import is about 3 s of the bot's start and ~350 MB of its
memory, for a pipeline (config.yml) that has no TensorFlow component. Before Rasa is
imported, stand-ins take those eight modules' places; their
classes import the real module the moment anything uses them (an attribute, a call), so
nothing breaks if something does. A model whose graph uses any of them (the DIET variant,
bench/config-diet.yml) gets the real modules from the start. `python -m bot rasa` is
Rasa's command line with the same choice made from the config and model it is given.
"""
from __future__ import annotations

import importlib
import json
import sys
import tarfile
import types
from pathlib import Path
from typing import Any, Iterable

# The modules that import TensorFlow when Rasa loads, and the names others import from them.
DEFERRED: dict[str, tuple[str, ...]] = {
    "rasa.utils.tensorflow.callback": ("RasaTrainingLogger", "RasaModelCheckpoint"),
    "rasa.utils.tensorflow.data_generator": ("RasaBatchDataGenerator", "RasaDataGenerator"),
    "rasa.nlu.classifiers.diet_classifier": ("DIETClassifier",),
    "rasa.nlu.selectors.response_selector": ("ResponseSelector",),
    "rasa.core.policies.ted_policy": ("TEDPolicy",),
    # and, for training (the recipe imports every default component):
    "rasa.core.policies.unexpected_intent_policy": ("UnexpecTEDIntentPolicy",),
    "rasa.nlu.featurizers.dense_featurizer.convert_featurizer": ("ConveRTFeaturizer",),
    "rasa.nlu.featurizers.dense_featurizer.lm_featurizer": ("LanguageModelFeaturizer",),
}
# A component from one of these modules needs TensorFlow to run (its model must not be deferred).
_TENSORFLOW_COMPONENTS = (*DEFERRED, "rasa.utils.tensorflow", "rasa.nlu.featurizers.dense_featurizer.")
# The same components as config.yml names them.
_TENSORFLOW_NAMES = frozenset(name for names in DEFERRED.values() for name in names)


def components_of(model_path: Path) -> list[str]:
    """The classes a trained model's graph uses (from its metadata, without loading it)."""
    with tarfile.open(model_path, "r:gz") as archive:
        member = next(m for m in archive.getmembers() if m.name.lstrip("/") == "metadata.json")
        metadata = json.load(archive.extractfile(member))  # type: ignore[arg-type]
    return sorted({node["uses"] for schema in ("train_schema", "predict_schema")
                   for node in metadata[schema]["nodes"].values()})


def needs_tensorflow(components: Iterable[str]) -> bool:
    """True when a component (a class path, or a name as config.yml writes it) runs TensorFlow."""
    return any(path.startswith(_TENSORFLOW_COMPONENTS) or path in _TENSORFLOW_NAMES for path in components)


def components_in_config(config_path: Path) -> list[str]:
    """The component names of a Rasa config file's pipeline and policies."""
    import yaml

    config = yaml.safe_load(Path(config_path).read_text(encoding="utf-8")) or {}
    return [str(item.get("name")) for key in ("pipeline", "policies") for item in config.get(key) or []]


def _real_module(name: str) -> types.ModuleType:
    """Swap a stand-in for the real module (which imports TensorFlow)."""
    module = sys.modules.get(name)
    if isinstance(module, _StandIn):
        del sys.modules[name]
        module = importlib.import_module(name)
    return module  # type: ignore[return-value]


class _Deferred(type):
    """Metaclass of a stand-in class: any use reaches the real class."""

    def __getattr__(cls, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(cls.real(), attribute)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls.real()(*args, **kwargs)

    def real(cls) -> type:
        return getattr(_real_module(cls.__module__), cls.__name__)


class _StandIn(types.ModuleType):
    """A deferred module: its names are stand-in classes; anything else loads the real one."""

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(attribute)
        return getattr(_real_module(self.__name__), attribute)


def defer_tensorflow(components: Iterable[str]) -> bool:
    """Put the stand-ins in place unless a component needs TensorFlow or Rasa is loaded.

    Returns whether TensorFlow was deferred."""
    if needs_tensorflow(components) or "tensorflow" in sys.modules:
        return False
    if any(name in sys.modules for name in DEFERRED):
        return False
    for name, classes in DEFERRED.items():
        module = _StandIn(name)
        for class_name in classes:
            setattr(module, class_name, _Deferred(class_name, (), {"__module__": name}))
        sys.modules[name] = module
    return True

