"""The Rasa side of the assistant: in-process by default, a Rasa server when RASA_URL is set.

Both backends take (sender, text, language) and return Rasa's bot messages as dicts
with "text" and "buttons"; the language goes into the conversation as the `language`
slot before the message, so responses are chosen in that language.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import functools
import json
import logging
import os
import threading
import weakref
from collections import OrderedDict
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Optional, Protocol

from bot.dialogue.worker import DialogueWorker

logger = logging.getLogger(__name__)

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


class RasaBackend(Protocol):
    async def handle(self, sender_id: str, text: str, language: str) -> list[dict[str, Any]]: ...

    async def parse(self, text: str) -> dict[str, Any]: ...

    async def forget(self, sender_id: str) -> None: ...

    async def active_form(self, sender_id: str) -> Optional["FormState"]: ...

    async def cancel_form(self, sender_id: str) -> None: ...

    async def resume_form(self, sender_id: str, language: str) -> list[dict[str, Any]]: ...

    async def continue_form(self, sender_id: str, language: str, slots: dict[str, Any]) -> list[dict[str, Any]]: ...

    def reading(self, sender_id: str) -> Optional["Reading"]: ...


@dataclass(frozen=True)
class FormState:
    """A form being filled in: its name, the slot it asks for now, how many are answered."""

    name: str
    requested_slot: Optional[str]
    filled: int
    slots: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """What the model made of a user's last message: its intent and how likely it found
    that the writer is held (`report_detained`), even when another intent won."""

    intent: str
    detained: float


def _skip_validation_of_own_actions() -> None:
    """Rasa checks every action server's answer against a JSON schema of all event types;
    that took 27 ms per custom action, more than everything else in a turn. The check is
    for servers Rasa does not control: answers of the in-process executor, built by
    rasa_sdk in this process, skip it. Answers of a real action server are still checked."""
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction._validate_action_result
    if getattr(original, "skips_in_process", False):
        return

    def validate(self: Any, result: dict[str, Any]) -> bool:
        if getattr(self.action_endpoint, "in_process", False):
            return True
        return original(self, result)

    validate.skips_in_process = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = validate  # type: ignore[method-assign]


def _run_graphs_without_dask() -> None:
    """Rasa runs its model graph (NLU, then policies) through dask's scheduler at every turn,
    and recomputes the graph's minimal schema each time: measured, that machinery took more
    of a turn than the model itself. The graph is a few nodes run one after another in this
    thread anyway, so it is evaluated here directly, with the schema cached per target list.
    Same nodes, same order, same inputs: only the scheduling changes."""
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    if getattr(DaskGraphRunner.run, "without_dask", False):
        return

    def evaluate(graph: dict[str, Any], targets: list[str]) -> list[Any]:
        done: dict[str, Any] = {}

        def value(key: str) -> Any:
            if key not in done:
                task = graph[key]
                if isinstance(task, tuple) and task and callable(task[0]):
                    args = [value(a) if isinstance(a, str) and a in graph else a for a in task[1:]]
                    done[key] = task[0](*args)
                else:
                    done[key] = task
            return done[key]

        return [value(target) for target in targets]

    def run(self: Any, inputs: Optional[dict[str, Any]] = None, targets: Optional[list[str]] = None) -> dict[str, Any]:
        run_targets = targets if targets else self._graph_schema.target_names
        cache = self.__dict__.setdefault("_graphs_by_targets", {})
        key = tuple(run_targets)
        if key not in cache:
            cache[key] = self._build_dask_graph(self._graph_schema.minimal_graph_schema(run_targets))
        run_graph = dict(cache[key])
        if inputs:
            self._add_inputs_to_graph(inputs, run_graph)
        try:
            return dict(evaluate(run_graph, list(run_targets)))
        except RuntimeError as e:
            raise GraphRunError("Error running runner.") from e

    run.without_dask = True  # type: ignore[attr-defined]
    DaskGraphRunner.run = run  # type: ignore[method-assign]


class _LastTurnIndex:
    """A rule lookup's keys by what their last state requires of the conversation's last
    state: the previous action's name and the user's intent. A rule whose last state
    names another action or intent cannot apply, so RulePolicy need not test it."""

    def __init__(self, keys: Any) -> None:
        from rasa.core.policies.rule_policy import SHOULD_NOT_BE_SET, RulePolicy

        self.starters: list[str] = []  # no previous action: decided by RulePolicy itself
        self.buckets: dict[tuple[Optional[str], Optional[str]], list[str]] = {}
        for key in keys:
            last = RulePolicy._rule_key_to_state(key)[-1]
            previous = last.get("prev_action") or {}
            if not previous:
                self.starters.append(key)
                continue
            action = previous.get("action_name")
            intent = (last.get("user") or {}).get("intent")
            required = tuple(v if isinstance(v, str) and v and v != SHOULD_NOT_BE_SET else None
                             for v in (action, intent))
            self.buckets.setdefault(required, []).append(key)  # type: ignore[arg-type]

    def candidates(self, state: dict[str, Any]) -> Optional[list[str]]:
        action = (state.get("prev_action") or {}).get("action_name")
        if not action:
            return None  # a conversation start: every rule is checked
        intent = (state.get("user") or {}).get("intent")
        found = list(self.starters)
        for required in {(action, intent), (action, None), (None, intent), (None, None)}:
            found.extend(self.buckets.get(required, ()))
        return found


def _index_rules_by_last_turn() -> None:
    """RulePolicy tests every rule it learned (~270 here) against the conversation's last
    state, twice a turn, in Python: ~1 ms a prediction. Only rules whose last state asks
    for the same previous action and intent can pass that test, so the others are left
    out before it (see `_LastTurnIndex`); every earlier state is tested as Rasa does.
    Same rules kept (tests/test_rasa_backend.py), fewer tested."""
    from rasa.core.policies.rule_policy import RulePolicy

    if getattr(RulePolicy._get_possible_keys, "indexed", False):
        return
    original = RulePolicy._get_possible_keys

    def possible(self: Any, lookup: dict[str, str], states: list[dict[str, Any]]) -> set[str]:
        if not states:
            return original(self, lookup, states)
        cache = self.__dict__.setdefault("_last_turn_indexes", {})
        entry = cache.get(id(lookup))
        if entry is None or entry[0] is not lookup or entry[1] != len(lookup):
            entry = cache[id(lookup)] = (lookup, len(lookup), _LastTurnIndex(lookup.keys()))
        candidates = entry[2].candidates(states[-1])
        if candidates is None:
            return original(self, lookup, states)
        keys = {key for key in candidates if self._is_rule_applicable(key, 0, states[-1])}
        for turn, state in enumerate(reversed(states[:-1]), start=1):
            keys = {key for key in keys if self._is_rule_applicable(key, turn, state)}
        return keys

    possible.indexed = True  # type: ignore[attr-defined]
    possible.original = original  # type: ignore[attr-defined]
    RulePolicy._get_possible_keys = possible  # type: ignore[method-assign]


def _read_the_trained_domain_once() -> None:
    """Loading a model, Rasa validates its domain file against the YAML schema (parsing it
    once for that) and then parses it again: 1.4 s of the bot's start, all in a pure-Python
    YAML parser, for a domain that was validated when the model was trained from it (and by
    `rasa data validate` in `make test`). The trained model's domain is parsed once here."""
    from rasa.graph_components.providers.domain_provider import DomainProvider
    from rasa.shared.core.domain import Domain
    from rasa.shared.utils.io import read_yaml_file

    if getattr(DomainProvider.load, "reads_once", False):
        return
    original = DomainProvider.load

    def load(cls: Any, config: Any, model_storage: Any, resource: Any, execution_context: Any, **kwargs: Any) -> Any:
        with model_storage.read_from(resource) as directory:
            files = sorted(Path(directory).glob("*.yml"))
            if len(files) != 1:
                return original(config, model_storage, resource, execution_context, **kwargs)
            domain = Domain.from_dict(read_yaml_file(files[0]))
        return cls(model_storage, resource, domain)

    load.reads_once = True  # type: ignore[attr-defined]
    load.original = original  # type: ignore[attr-defined]
    DomainProvider.load = classmethod(load)  # type: ignore[method-assign,assignment]


def _copy_slots_directly() -> None:
    """Every tracker Rasa builds copies each of the domain's slots with `copy.copy`, whose
    generic path (`__reduce_ex__`, `copyreg`) cost ~0.5 ms a turn here: trackers are built
    several times a turn. A slot is a plain object: its copy is a new instance with the
    same attribute dict, which is what `copy.copy` makes of it, made directly."""
    from rasa.shared.core.slots import Slot

    if "__copy__" in Slot.__dict__:
        return

    def copy_slot(self: Any) -> Any:
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        return twin

    Slot.__copy__ = copy_slot  # type: ignore[attr-defined]


# Inside a form, a message the model reads as another request (the domain's digressions,
# responses/domain.yml `&digressions`) leaves the question only when the model is this sure:
# below it, the message is the answer it was asked for, validated as such (the question is
# asked again if it is not one). On the blind NLU set, 9 of 951 digressions read right fall
# below 0.4, and 5 of 22 read wrong. Emergency words never reach the model (the card).
FORM_DIGRESSION_MIN = 0.4
FORM_DIGRESSIONS = frozenset({
    "greet", "help", "bot_challenge", "check_job_offer", "ask_scam_signs", "ask_verify_agency", "ask_embassy_contact",
    "ask_emergency_numbers", "ask_travel_advisory", "ask_repatriation", "ask_case_status", "report_recruiter",
    "request_human", "change_language", "report_detained", "goodbye", "subscribe_alerts", "unsubscribe_alerts",
})


# The classifier counts report_detained more than the other intents (config.yml
# `intent_weights`), which raises its readings: the same doubt that is 0.4 for another intent
# is about 0.67 for it ("上周五", "西港", "lewat facebook" as answers read as report_detained at 0.4-0.6).
FORM_DETAINED_MIN = 0.67

# Digressions that change what the user receives: "tuan truoc" ("last week", typed for a date)
# read as subscribe_alerts at 0.48 subscribed a family mid-report. Of the blind set's 162
# subscribe / unsubscribe / change-language messages read right, 4 fall below 0.7 (1 below 0.4):
# they are asked the question again and can ask after the report.
FORM_STATE_CHANGE_MIN = 0.7
STATE_CHANGES = frozenset({"subscribe_alerts", "unsubscribe_alerts", "change_language"})


# A family's report is about someone else: "report_detained" read in one of its answers ("some
# casino town near a river", "near the border, i dont know" at 0.85-0.94) is the relative's
# situation, not the writer held; it left the report for the writer's emergency card. Words of a
# writer in danger never reach the model (the card comes first), so there it is an answer.
FORMS_ABOUT_SOMEONE_ELSE = frozenset({"missing_person_form"})


def answer_in_form(parse_data: dict[str, Any], form: Optional[str] = None) -> dict[str, Any]:
    """The model's reading of a message typed while a form asks a question: an unsure
    digression becomes `nlu_fallback`, which the form takes as an attempt at its answer."""
    intent = parse_data.get("intent") or {}
    text = str(parse_data.get("text") or "")
    name = intent.get("name")
    least = (FORM_DETAINED_MIN if name == "report_detained" else FORM_STATE_CHANGE_MIN if name in STATE_CHANGES
             else FORM_DIGRESSION_MIN)
    unsure = (intent.get("confidence") or 0.0) < least
    about_someone_else = name == "report_detained" and form in FORMS_ABOUT_SOMEONE_ELSE
    if name in FORM_DIGRESSIONS and (unsure or about_someone_else) and not text.startswith("/"):
        return {**parse_data, "intent": {"name": "nlu_fallback", "confidence": intent.get("confidence") or 0.0}}
    return parse_data


def _unsure_digressions_answer_forms() -> None:
    """Applies `answer_in_form` to every message Rasa parses while a form is active."""
    from rasa.core.processor import MessageProcessor

    if getattr(MessageProcessor.parse_message, "answers_forms", False):
        return
    original = MessageProcessor.parse_message

    async def parse_message(self: Any, message: Any, tracker: Any = None, only_output_properties: bool = True) -> dict[str, Any]:
        parse_data = await original(self, message, tracker, only_output_properties)
        if tracker is not None and tracker.active_loop_name:
            return answer_in_form(parse_data, tracker.active_loop_name)
        return parse_data

    parse_message.answers_forms = True  # type: ignore[attr-defined]
    MessageProcessor.parse_message = parse_message  # type: ignore[method-assign]


def _in_process_endpoint(actions: list[Any]) -> Any:
    """An action endpoint that runs rasa_sdk actions here instead of over HTTP.

    It mirrors the action server's error handling: a rejected action becomes the HTTP
    400 that Rasa turns into ActionExecutionRejection, so forms re-ask their question.
    """
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig
    from rasa_sdk.executor import ActionExecutor
    from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

    executor = ActionExecutor()
    for action in actions:
        executor.register_action(action)
    _skip_validation_of_own_actions()
    _run_graphs_without_dask()
    _index_rules_by_last_turn()
    _copy_slots_directly()
    _read_the_trained_domain_once()
    _unsure_digressions_answer_forms()

    class InProcessActionEndpoint(EndpointConfig):
        in_process = True

        def __init__(self) -> None:
            super().__init__(url="in-process://actions")

        async def request(self, method: str = "post", subpath: Optional[str] = None, **kwargs: Any) -> Any:
            try:
                return await executor.run(kwargs["json"])
            except ActionExecutionRejection as e:
                body = {"error": e.message, "action_name": e.action_name}
                raise ClientResponseError(400, "Bad Request", json.dumps(body))
            except ActionNotFoundException as e:
                body = {"error": e.message, "action_name": e.action_name}
                raise ClientResponseError(404, "Not Found", json.dumps(body))

    return InProcessActionEndpoint()


@functools.lru_cache(maxsize=None)
def _whole_messages_channel() -> type:
    from rasa.core.channels.channel import CollectingOutputChannel

    class WholeMessages(CollectingOutputChannel):
        """Rasa's collector cuts every text at blank lines into separate messages; the
        emergency card must arrive as one message, so texts are kept whole."""

        async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
            await self._persist_message(self._message(recipient_id, text=text.strip()))

    return WholeMessages


_UNKNOWN = object()


class _Recent(OrderedDict):
    """A dict that forgets its oldest entries past `limit`: memory stays bounded however
    many users ever wrote."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


def _warm_in_background() -> None:
    """Libraries the custom actions load on first use (dateparser), loaded beside the first turns
    instead of inside one."""
    from bot.language import SUPPORTED
    from bot.language.dates import warm

    threading.Thread(target=warm, args=(tuple(SUPPORTED),), name="warm-up", daemon=True).start()


def _inner(store: Any) -> Any:
    """The tracker store under the agent's wrappers (Rasa wraps it to await and to fail safe)."""
    while hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


def sqlite_tracker_store(database_path: Path) -> Any:
    """Rasa's SQL tracker store on the bot's own SQLite file (table `events`): a
    conversation, a half-filled form included, survives a restart."""
    from bot.dialogue.tracker_store import RecentSQLTrackerStore

    Path(database_path).parent.mkdir(parents=True, exist_ok=True)
    return RecentSQLTrackerStore(database_path)


class InProcessRasa:
    """A Rasa agent loaded once in this process, with the custom actions in-process too.

    Every call runs on the dialogue worker's thread (see `bot/dialogue/worker.py`), so
    Rasa's synchronous work never holds up the bot's event loop. Turns of one sender are
    serialised by a lock of ours, which also covers writing the `language` slot before
    the message (Rasa's own per-sender lock is taken inside `handle_message` only).
    """

    LANGUAGE_MEMORY = 10_000

    def __init__(self, agent: Any, worker: DialogueWorker) -> None:
        # The agent, or the future of one still loading on the worker: every call runs on the
        # worker's loop after the load (its queue is first in, first out), so it simply waits.
        self._agent = agent
        self.worker = worker
        # The language last written into each conversation: reading a tracker replays all
        # its events, so it is fetched only when the language actually changes.
        self._languages: _Recent = _Recent(self.LANGUAGE_MEMORY)
        # Each conversation's form as its last turn left it: the bot's loop asks before most
        # messages ("is a form waiting for this answer?"), and a hop to the dialogue thread
        # would queue that question behind every other user's turn. Written on the worker
        # after each turn; a conversation not in it (after a restart) is read from the tracker.
        self._forms: _Recent = _Recent(self.LANGUAGE_MEMORY)
        self._readings: _Recent = _Recent(self.LANGUAGE_MEMORY)
        self._locks: "weakref.WeakValueDictionary[str, asyncio.Lock]" = weakref.WeakValueDictionary()

    @property
    def agent(self) -> Any:
        if isinstance(self._agent, concurrent.futures.Future):
            return self._agent.result()
        return self._agent

    @property
    def loading(self) -> bool:
        """The model is still being loaded (calls wait for it)."""
        return isinstance(self._agent, concurrent.futures.Future) and not self._agent.done()

    def when_loaded(self, callback: Any) -> None:
        """`callback(error or None)` once the model is loaded or failed to load (on the worker's thread)."""
        if not isinstance(self._agent, concurrent.futures.Future):
            callback(None)
            return
        self._agent.add_done_callback(lambda future: callback(future.exception()))

    @classmethod
    def load(
        cls, model_path: Path, actions: list[Any], database_path: Optional[Path] = None,
        worker: Optional[DialogueWorker] = None, *, wait: bool = True,
    ) -> "InProcessRasa":
        """Load the model on the dialogue thread; conversations go to `database_path` (None: memory).

        `wait=False` returns at once while the model loads (about 4 s): the bot starts
        answering what needs no model (emergency cards, report confirmations, commands)
        right after a restart, and the rest waits for the model instead of failing."""
        from bot.dialogue.tensorflow_deferral import components_of, defer_tensorflow

        if not Path(model_path).exists():
            raise FileNotFoundError(f"No trained model at {model_path}: run `make model`")
        if not defer_tensorflow(components_of(Path(model_path))):
            logger.debug("TensorFlow is imported: the model needs it or Rasa was imported before")
        from rasa.utils.log_utils import configure_structlog

        worker = worker or DialogueWorker()

        async def make() -> Any:
            from rasa.core.agent import Agent

            from bot.dialogue.graph_runner import run_in_order

            configure_structlog(logging.WARNING)  # Rasa's structlog otherwise logs every turn at debug
            store = sqlite_tracker_store(database_path) if database_path else None
            agent = Agent.load(str(model_path), action_endpoint=_in_process_endpoint(actions), tracker_store=store)
            run_in_order(agent)
            _warm_in_background()
            return agent

        return cls(worker.call(make) if wait else worker.submit(make), worker)

    def sharing_model(self, actions: list[Any], database_path: Optional[Path]) -> "InProcessRasa":
        """Another backend on the same loaded model, with its own actions and conversations
        (another database): a second assistant without loading the model again."""
        from rasa.core.agent import Agent
        from rasa.core.lock_store import InMemoryLockStore

        async def make() -> Any:
            store = sqlite_tracker_store(database_path) if database_path else None
            endpoint = _in_process_endpoint(actions)
            agent = Agent(domain=self.agent.domain, generator=self.agent.nlg, tracker_store=store,
                          lock_store=InMemoryLockStore(), action_endpoint=endpoint)
            processor = copy.copy(self.agent.processor)
            processor.tracker_store = agent.tracker_store
            processor.lock_store = agent.lock_store
            processor.action_endpoint = endpoint
            agent.processor = processor
            agent.domain = processor.domain
            agent.tracker_store.domain = processor.domain
            return agent

        return InProcessRasa(self.worker.call(make), self.worker)

    def _lock(self, sender_id: str) -> asyncio.Lock:
        lock = self._locks.get(sender_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[sender_id] = lock
        return lock

    async def _set_language(self, sender_id: str, language: str) -> None:
        from rasa.shared.core.events import SlotSet

        from bot.dialogue.tracker_store import RecentSQLTrackerStore

        if self._languages.get(sender_id) == language:
            return
        store = self.agent.tracker_store
        tracker = await store.get_or_create_tracker(sender_id)
        if tracker.get_slot("language") != language:
            tracker.update(SlotSet("language", language))
            inner = _inner(store)
            if isinstance(inner, RecentSQLTrackerStore):
                inner.hold_new(tracker)  # saved with the turn that follows, in one commit
            else:
                await store.save(tracker)
        self._languages[sender_id] = language

    async def _note_form(self, sender_id: str) -> Optional[FormState]:
        state = self._forms[sender_id] = await self._active_form(sender_id)
        return state

    def _drop(self, sender_id: str) -> None:
        """A turn failed halfway: forget what memory holds of it, SQL has the last saved state."""
        from bot.dialogue.tracker_store import RecentSQLTrackerStore

        inner = _inner(self.agent.tracker_store)
        if isinstance(inner, RecentSQLTrackerStore):
            inner.drop(sender_id)
        self._languages.pop(sender_id, None)
        self._forms.pop(sender_id, None)
        self._readings.pop(sender_id, None)

    async def _handle(self, sender_id: str, text: str, language: str) -> list[dict[str, Any]]:
        from rasa.core.channels.channel import UserMessage

        lock = self._lock(sender_id)  # held in a local: the weak dict keeps it while in use
        async with lock:
            try:
                await self._set_language(sender_id, language)
                channel = _whole_messages_channel()()
                await self.agent.handle_message(UserMessage(text, channel, sender_id))
            except BaseException:
                self._drop(sender_id)
                raise
            await self._note_form(sender_id)
            await self._note_reading(sender_id)
            return channel.messages

    async def _note_reading(self, sender_id: str) -> None:
        from rasa.core.tracker_store import InMemoryTrackerStore

        from bot.dialogue.tracker_store import RecentSQLTrackerStore

        inner = _inner(self.agent.tracker_store)
        if not isinstance(inner, (RecentSQLTrackerStore, InMemoryTrackerStore)):
            return  # another store would be read back from its server on every message
        tracker = await inner.retrieve(sender_id)  # the one just saved: held in memory
        latest = tracker.latest_message if tracker is not None else None
        if latest is None or not latest.intent:
            self._readings.pop(sender_id, None)
            return
        ranking = {item.get("name"): item.get("confidence") or 0.0 for item in latest.parse_data.get("intent_ranking") or []}
        self._readings[sender_id] = Reading(latest.intent.get("name") or "", float(ranking.get("report_detained", 0.0)))

    def reading(self, sender_id: str) -> Optional[Reading]:
        return self._readings.get(sender_id)

    async def handle(self, sender_id: str, text: str, language: str) -> list[dict[str, Any]]:
        return await self.worker.run(lambda: self._handle(sender_id, text, language))

    async def parse(self, text: str) -> dict[str, Any]:
        return await self.worker.run(lambda: self.agent.parse_message(text))

    async def _forget(self, sender_id: str) -> None:
        from rasa.core.tracker_store import SQLTrackerStore
        from rasa.shared.core.trackers import DialogueStateTracker

        store = _inner(self.agent.tracker_store)
        async with self._lock(sender_id):
            self._drop(sender_id)
            if isinstance(store, SQLTrackerStore):
                with store.session_scope() as session:
                    session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete()
                    session.commit()
            else:
                await store.save(DialogueStateTracker(sender_id, self.agent.domain.slots))
            self._languages.pop(sender_id, None)

    async def forget(self, sender_id: str) -> None:
        """Drop the conversation's memory (/delete, /wipe)."""
        await self.worker.run(lambda: self._forget(sender_id))

    def _form_slots(self, form: str) -> tuple[str, ...]:
        return tuple(self.agent.domain.required_slots_for_form(form))

    async def _active_form(self, sender_id: str) -> Optional[FormState]:
        tracker = await self.agent.tracker_store.retrieve(sender_id)
        form = tracker.active_loop_name if tracker else None
        if not form:
            return None
        slots = self._form_slots(form)
        filled = sum(1 for slot in slots if tracker.get_slot(slot) not in (None, ""))
        return FormState(form, tracker.get_slot("requested_slot"), filled, slots)

    async def active_form(self, sender_id: str) -> Optional[FormState]:
        """The form this conversation is in the middle of, if any (as its last turn left it)."""
        known = self._forms.get(sender_id, _UNKNOWN)  # one lookup: the worker may evict meanwhile
        if known is not _UNKNOWN:
            return known
        return await self.worker.run(lambda: self._note_form(sender_id))

    async def _cancel_form(self, sender_id: str) -> None:
        from rasa.shared.core.events import ActiveLoop, SlotSet

        async with self._lock(sender_id):
            store = self.agent.tracker_store
            tracker = await store.retrieve(sender_id)
            if not tracker or not tracker.active_loop_name:
                return
            events = [ActiveLoop(None), SlotSet("requested_slot", None)]
            events += [SlotSet(slot, None) for slot in self._form_slots(tracker.active_loop_name)]
            for event in events:
                tracker.update(event)
            await store.save(tracker)
            await self._note_form(sender_id)

    async def cancel_form(self, sender_id: str) -> None:
        """Leave the form and drop what it collected ("never mind", "batal", "취소")."""
        await self.worker.run(lambda: self._cancel_form(sender_id))

    async def _resume_form(self, sender_id: str, language: str) -> list[dict[str, Any]]:
        state = await self._active_form(sender_id)
        if state is None or not state.requested_slot:
            return []
        async with self._lock(sender_id):
            await self._set_language(sender_id, language)
            channel = _whole_messages_channel()()
            asking = f"action_ask_{state.requested_slot}"  # a question with buttons, else the plain response
            if asking not in self.agent.domain.action_names_or_texts:
                asking = f"utter_ask_{state.requested_slot}"
            await self.agent.execute_action(sender_id, asking, channel, None, None)
            await self._listen(sender_id)
            await self._note_form(sender_id)
            return channel.messages

    async def resume_form(self, sender_id: str, language: str) -> list[dict[str, Any]]:
        """The form's current question again (after "no, go on")."""
        return await self.worker.run(lambda: self._resume_form(sender_id, language))

    async def _listen(self, sender_id: str) -> None:
        """After an action run outside a user turn, wait for the user as after any turn: rules
        and forms expect `action_listen` before the next message (Rasa's execute_action adds none)."""
        from rasa.shared.core.events import ActionExecuted

        store = self.agent.tracker_store
        tracker = await store.retrieve(sender_id)
        if tracker is not None and tracker.latest_action_name != "action_listen":
            tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)

    async def _continue_form(self, sender_id: str, language: str, slots: dict[str, Any]) -> list[dict[str, Any]]:
        from rasa.shared.core.events import SlotSet

        async with self._lock(sender_id):
            await self._set_language(sender_id, language)
            store = self.agent.tracker_store
            tracker = await store.retrieve(sender_id)
            if not tracker or not tracker.active_loop_name:
                return []
            for name, value in slots.items():
                tracker.update(SlotSet(name, value))
            # As after a message: the form validates and asks on, or ends and its rule runs the
            # action after it (the report), until the model waits for the user again.
            channel = _whole_messages_channel()()
            await self.agent.processor._run_prediction_loop(channel, tracker)
            await store.save(tracker)
            await self._note_form(sender_id)
            return channel.messages

    async def continue_form(self, sender_id: str, language: str, slots: dict[str, Any]) -> list[dict[str, Any]]:
        """Answers that came as Telegram content (a location pin), then the form's next question."""
        return await self.worker.run(lambda: self._continue_form(sender_id, language, slots))


class RemoteRasa:
    """A Rasa server (`rasa run --enable-api`) reached over HTTP at RASA_URL."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout

    async def _post(self, path: str, payload: Any) -> Any:
        import aiohttp

        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout)) as session:
            async with session.post(f"{self.url}{path}", json=payload) as response:
                response.raise_for_status()
                return await response.json()

    async def handle(self, sender_id: str, text: str, language: str) -> list[dict[str, Any]]:
        await self._post(
            f"/conversations/{sender_id}/tracker/events",
            [{"event": "slot", "name": "language", "value": language}],
        )
        return await self._post("/webhooks/rest/webhook", {"sender": sender_id, "message": text}) or []

    async def parse(self, text: str) -> dict[str, Any]:
        return await self._post("/model/parse", {"text": text})

    def reading(self, sender_id: str) -> Optional[Reading]:
        return None  # the server keeps it; asking would cost a round trip per message

    async def forget(self, sender_id: str) -> None:
        await self._post(f"/conversations/{sender_id}/tracker/events", [{"event": "restart"}])

    async def _tracker(self, sender_id: str) -> dict[str, Any]:
        import aiohttp

        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout)) as session:
            async with session.get(f"{self.url}/conversations/{sender_id}/tracker") as response:
                response.raise_for_status()
                return await response.json()

    async def active_form(self, sender_id: str) -> Optional[FormState]:
        tracker = await self._tracker(sender_id)
        form = (tracker.get("active_loop") or {}).get("name")
        if not form:
            return None
        slots = tracker.get("slots") or {}
        names = tuple(s for s in slots if s.startswith(form.replace("_form", "") + "_")) or ()
        return FormState(form, slots.get("requested_slot"), sum(1 for n in names if slots.get(n)), names)

    async def cancel_form(self, sender_id: str) -> None:
        state = await self.active_form(sender_id)
        if state is None:
            return
        events = [{"event": "active_loop", "name": None}, {"event": "slot", "name": "requested_slot", "value": None}]
        events += [{"event": "slot", "name": slot, "value": None} for slot in state.slots]
        await self._post(f"/conversations/{sender_id}/tracker/events", events)

    async def resume_form(self, sender_id: str, language: str) -> list[dict[str, Any]]:
        state = await self.active_form(sender_id)
        if state is None or not state.requested_slot:
            return []
        result = await self._post(f"/conversations/{sender_id}/execute", {"name": f"utter_ask_{state.requested_slot}"})
        return list((result or {}).get("messages") or [])

    async def continue_form(self, sender_id: str, language: str, slots: dict[str, Any]) -> list[dict[str, Any]]:
        state = await self.active_form(sender_id)
        if state is None:
            return []
        await self._post(f"/conversations/{sender_id}/tracker/events",
                         [{"event": "slot", "name": k, "value": v} for k, v in slots.items()])
        result = await self._post(f"/conversations/{sender_id}/execute", {"name": state.name})
        return list((result or {}).get("messages") or [])
