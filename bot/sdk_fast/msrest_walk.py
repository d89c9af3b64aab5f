"""msrest's dispatch on a field's type name, shared by the fast paths that stand in for it.

request_bodies.py (models to JSON) and incoming_activities.py (JSON to models) each
walk the connector models the way msrest does, in opposite directions, and each handles only
the values whose result is certain. What both walks do alike lives here: a handler per type
name ("str", "[T]", "{T}", a model's name), built once and kept; lists and dicts of such
values; and the free JSON of "object" fields (card content, channel data, values). A handler
raises `Unsupported` for anything else, and the caller then hands the whole value to msrest.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from msrest.serialization import Model

Handler = Callable[[Any], Any]
SCALARS = frozenset({str, int, float, bool, type(None)})


class Unsupported(Exception):  # noqa: N818 - a signal between the walk and its caller
    """A value the fast path does not handle exactly as msrest does."""


def refuse(value: Any) -> NoReturn:
    raise Unsupported(type(value).__name__)


def exactly(kind: type) -> Handler:
    """Values of exactly this type are kept as they are; msrest converts or refuses others."""
    def handle(value: Any) -> Any:
        return value if type(value) is kind else refuse(value)
    return handle


class TypeWalk(ABC):
    """A handler per msrest type name. Subclasses give the handlers of the basic types and
    say what a model (`_model_handler`) and a non-JSON value in an "object" field become."""

    def __init__(self, dependencies: Mapping[str, Any], handlers: dict[Any, Handler]) -> None:
        self.dependencies = dependencies
        self._handlers = {**handlers, "object": self._object}

    @abstractmethod
    def _model_handler(self, model_class: type[Model]) -> Handler:
        """The handler for fields of this model class (each direction has its own)."""

    def _other_object(self, value: Any) -> Any:
        return refuse(value)

    def handler(self, data_type: Any) -> Handler:
        """The handler for a type name, built on first use and kept."""
        handler = self._handlers.get(data_type)
        if handler is None:
            handler = self._handlers[data_type] = self._new_handler(data_type)
        return handler

    def _new_handler(self, data_type: Any) -> Handler:
        if not isinstance(data_type, str) or len(data_type) < 2:
            return refuse
        if data_type[0] + data_type[-1] in ("[]", "{}"):
            return self._collection(data_type[0] == "[", data_type[1:-1])
        model_class = self.dependencies.get(data_type)
        if isinstance(model_class, type) and issubclass(model_class, Model):
            return self._model_handler(model_class)
        return refuse

    def _collection(self, is_list: bool, item_type: str) -> Handler:
        def items(value: Any) -> Any:
            handle = self.handler(item_type)
            if is_list and type(value) is list:
                return [None if item is None else handle(item) for item in value]
            if not is_list and type(value) is dict:
                return {key if type(key) is str else refuse(key):
                        None if item is None else handle(item) for key, item in value.items()}
            return refuse(value)
        return items

    def _object(self, value: Any) -> Any:
        """JSON copied into new dicts and lists, its scalars kept, as msrest does both ways."""
        kind = type(value)
        if kind in SCALARS:
            return value
        if kind is dict:
            out = {}
            for key, item in value.items():
                if type(key) is not str:
                    raise Unsupported("key")
                out[key] = item if type(item) in SCALARS else self._object(item)
            return out
        if kind is list:
            return [item if type(item) in SCALARS else self._object(item) for item in value]
        return self._other_object(value)
