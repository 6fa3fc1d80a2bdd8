"""Rasa 3.6's training and data loading without the work this project throws away.

Measured with py-spy on `make train` (stop 23, a slow two-core machine, ~610 s in all):

- **The training cache's fingerprints.** Before and after every node of the training graph,
  Rasa hashes the node's inputs and output (every message, every feature) to look them up in,
  and store them into, its training cache. `make train` disables that cache
  (`RASA_MAX_CACHE_SIZE=0`, and `--force` skips the look-up run): the Makefile itself decides
  when to train, from a hash of the inputs. With the cache disabled, Rasa still computes every
  hash and then drops it (`LocalTrainingCache.cache_output` returns first): over 100 s.
- **Each entity annotation's JSON** (`[西港]{"entity": "location", "value": "Sihanoukville"}`)
  is checked against its schema by `jsonschema.validate`, which checks the schema itself
  first, at every call: about 70 s of loading the data, for training and for
  `rasa data validate` alike. The same check is made here with the validator built once;
  an annotation it refuses goes to Rasa's own function, which raises Rasa's own error.
"""
from __future__ import annotations

import copy
import functools
import json
from typing import Any, Dict, Text


def speed_up() -> None:
    """Install both changes (idempotent); results are what Rasa's own code gives."""
    import rasa.engine.training.hooks as hooks
    import rasa.shared.nlu.training_data.entities_parser as entities_parser

    from bot.dialogue import parallel_fit

    parallel_fit.install()  # the model is packed once the fits run beside each other have written it

    if getattr(entities_parser, "_fast_validation", False):
        return
    entities_parser.get_validated_dict = _fast_validated_dict(entities_parser.get_validated_dict)
    entities_parser._fast_validation = True

    before, after = hooks.TrainingHook.on_before_node, hooks.TrainingHook.on_after_node

    @functools.wraps(before)
    def on_before_node(self: Any, *args: Any, **kwargs: Any) -> Dict:
        if _cache_disabled(self):
            return {}
        return before(self, *args, **kwargs)

    @functools.wraps(after)
    def on_after_node(self: Any, *args: Any, **kwargs: Any) -> None:
        if _cache_disabled(self):
            return None
        return after(self, *args, **kwargs)

    hooks.TrainingHook.on_before_node = on_before_node
    hooks.TrainingHook.on_after_node = on_after_node


def _cache_disabled(hook: Any) -> bool:
    disabled = getattr(hook._cache, "_is_disabled", None)
    return bool(disabled and disabled())


def _fast_validated_dict(original: Any) -> Any:
    from jsonschema.validators import validator_for
    from rasa.shared.nlu.training_data.schemas.data_schema import entity_dict_schema

    schema = entity_dict_schema()
    validator = validator_for(schema)(schema)

    @functools.lru_cache(maxsize=None)
    def checked(json_str: Text) -> Any:
        try:
            data = json.loads(f"{{{json_str}}}")
        except ValueError:
            return None
        return data if validator.is_valid(data) else None

    @functools.wraps(original)
    def get_validated_dict(json_str: Text) -> Dict[Text, Text]:
        data = checked(json_str)
        if data is None:
            return original(json_str)  # raises Rasa's own error
        return copy.deepcopy(data)  # a fresh dict for each caller, as Rasa's is

    return get_validated_dict
