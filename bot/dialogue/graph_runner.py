"""Rasa's prediction graph run node after node, without Dask.

Rasa runs each parse and each next-action prediction through `DaskGraphRunner`: per call it
computes the minimal schema for the targets, builds a Dask graph and has Dask's scheduler
order ten-odd nodes it then runs one after the other on this thread anyway. That cost about
a millisecond a message (bench/nlu.py, parse latency). `SequentialGraphRunner` runs the same
instantiated nodes with the same inputs, in an order computed once per set of targets, and
returns what Dask returned: `{node name: output}` for the targets.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner


class SequentialGraphRunner(DaskGraphRunner):
    """`DaskGraphRunner`'s nodes and results, run in a cached topological order."""

    def _order(self, targets: Tuple[Text, ...]) -> List[Tuple[Text, Any, List[Text]]]:
        orders = self.__dict__.setdefault("_orders", {})
        if targets not in orders:
            schema = self._graph_schema.minimal_graph_schema(list(targets))
            done: set = set()
            order: List[Tuple[Text, Any, List[Text]]] = []

            def visit(name: Text, path: Tuple[Text, ...]) -> None:
                if name in done or name not in schema.nodes:
                    return  # done, or an input given at run time
                if name in path:
                    raise GraphRunError(f"Cycle in the graph at '{name}'.")
                needs = list(schema.nodes[name].needs.values())
                for parent in needs:
                    visit(parent, path + (name,))
                done.add(name)
                order.append((name, self._instantiated_nodes[name], needs))

            for target in targets:
                visit(target, ())
            orders[targets] = order
        return orders[targets]

    def run(self, inputs: Optional[Dict[Text, Any]] = None, targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        results: Dict[Text, Any] = {}
        for name, value in (inputs or {}).items():
            if name in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{name}' clashes with a node name.")
            results[name] = (name, value)  # as Dask hands an input to a node
        for name, node, needs in self._order(run_targets):
            missing = [parent for parent in needs if parent not in results]
            if missing:
                raise GraphRunError(f"Node '{name}' needs inputs that were not given: {missing}")
            results[name] = node(*(results[parent] for parent in needs))
        return dict(results[target] for target in run_targets)


def run_in_order(agent: Any) -> None:
    """Swap a loaded agent's Dask runner for a `SequentialGraphRunner` on the same nodes."""
    processor = getattr(agent, "processor", None)
    runner = getattr(processor, "graph_runner", None)
    if type(runner) is DaskGraphRunner:
        sequential = SequentialGraphRunner.__new__(SequentialGraphRunner)
        sequential.__dict__.update(runner.__dict__)
        processor.graph_runner = sequential
