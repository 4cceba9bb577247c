"""Parameter values as the stores persist them: no description, and each large value once per run.

A parameter's value is recorded in many places of a run log: its scope (the run or a branch), the
attempt that returned it (``output_parameters``) and every later attempt that started with it in
scope (``input_parameters``); runnable 0.50 also repeated it as the ``description``. Stores persist
every one of those places in its *stored form*:

* no ``description``: it is computed from the value, so it costs nothing to leave out;
* a value whose JSON takes at most :data:`INLINE_VALUE_LIMIT` bytes stays where it is
  (``{"kind": "json", "value": 0.1}``, as in 0.50);
* a larger value becomes ``{"kind": "json", "value_ref": "<sha256 of its JSON>"}`` and its JSON is
  kept once per run, where the store keeps values: ``parameter_values`` at the end of a
  whole-document run log (``file-system``, ``minio``), one ``value-<digest>.json`` chunk per value
  (``chunked-fs``, ``chunked-minio``), one row per value (``database``: ``<prefix>_values``).

Reading resolves every reference once per read, and every place that refers to a value gets the
same object, so a run log in memory holds a large value once too. ``model_dump()`` and
``model_dump_json()`` without a store's context are unchanged (0.50's shape, description included).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import pydantic_core
from pydantic import BaseModel, TypeAdapter

from runnable import exceptions
from runnable.models import (
    STORED_VALUES,
    VALUE_REFERENCE,
    BranchLog,
    JobLog,
    Parameter,
    RunLog,
    StepAttempt,
    StepLog,
)

# A value whose JSON is longer than this is stored once per run and referred to.
INLINE_VALUE_LIMIT: Final = 1024
# Where a whole-document run log (file-system, minio) keeps its large values, by digest.
DOCUMENT_VALUES: Final = "parameter_values"

_PARAMETERS: Final[TypeAdapter[dict[str, Parameter]]] = TypeAdapter(dict[str, Parameter])


def digest_of(encoded: bytes) -> str:
    """The reference of a value: the SHA-256 of its JSON, in hex."""
    return hashlib.sha256(encoded).hexdigest()


class ValuesApart:
    """The pydantic context a store serialises with: collects large values, drops descriptions.

    ``apart=False`` keeps every value inline (for parts of a run a store rewrites often and reads
    without the run's values, such as a run header holding a job log).
    """

    def __init__(self, *, apart: bool = True) -> None:
        self.apart = apart
        # digest -> the value's JSON, in the order first met.
        self.encoded: dict[str, bytes] = {}
        # A run log refers to one value object from many places: encode and hash it once.
        self._references: dict[int, tuple[Any, str]] = {}

    @property
    def context(self) -> dict[str, Any]:
        return {STORED_VALUES: self}

    def stored_form(self, kind: str, value: Any, dump: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        known = self._references.get(id(value)) if self.apart else None
        if known is not None and known[0] is value:
            return {"kind": kind, VALUE_REFERENCE: known[1]}
        stored = dump()
        stored.pop("description", None)
        if not self.apart:
            return stored
        encoded = pydantic_core.to_json(stored.get("value"))
        if len(encoded) <= INLINE_VALUE_LIMIT:
            return stored
        reference = digest_of(encoded)
        self.encoded.setdefault(reference, encoded)
        self._references[id(value)] = (value, reference)
        return {"kind": stored.get("kind", kind), VALUE_REFERENCE: reference}

    def value_of(self, reference: str) -> Any:  # pragma: no cover - a writing context never reads
        raise ValueError(f"no stored value {reference} while writing")

    def dump(self, model: BaseModel, **options: Any) -> dict[str, Any]:
        """``model.model_dump(mode="json")`` in stored form."""
        return model.model_dump(mode="json", context=self.context, **options)

    def dump_parameters(self, parameters: dict[str, Parameter]) -> dict[str, Any]:
        """``{name: parameter}`` in stored form."""
        dumped: dict[str, Any] = _PARAMETERS.dump_python(parameters, mode="json", context=self.context)
        return dumped

    def dump_json(self, model: BaseModel, **options: Any) -> bytes:
        """``model.model_dump_json()`` in stored form, as bytes."""
        return model.model_dump_json(context=self.context, **options).encode("utf-8")


class ValueSource:
    """The pydantic context a store reads with: resolves references, each value decoded once.

    ``fetch(reference)`` gives the value's stored JSON or ``None``; its SHA-256 must be the
    reference, so a damaged or swapped value is reported rather than read.
    """

    def __init__(self, fetch: Callable[[str], bytes | None]) -> None:
        self._fetch = fetch
        self._values: dict[str, Any] = {}

    @classmethod
    def of_document(cls, values: dict[str, Any]) -> ValueSource:
        """Values already decoded with the document that holds them (``parameter_values``)."""
        source = cls(lambda reference: None)
        source._values = values
        return source

    @property
    def context(self) -> dict[str, Any]:
        return {STORED_VALUES: self}

    def stored_form(
        self, kind: str, value: Any, dump: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:  # pragma: no cover - a reading context never writes
        return dump()

    def value_of(self, reference: str) -> Any:
        if reference in self._values:
            return self._values[reference]
        data = self._fetch(reference)
        if data is None:
            raise ValueError(f"the parameter value {reference} it refers to is not stored")
        if digest_of(data) != reference:
            raise ValueError(f"the stored parameter value {reference} does not match its digest")
        value = self._values[reference] = json.loads(data)
        return value


# --------------------------------------------------------------------------- whole documents


def encode_document(model: BaseModel, *, indent: int | None = None) -> bytes:
    """A whole run log as one JSON document, its large values once in ``parameter_values`` at the end."""
    values = ValuesApart()
    body = values.dump_json(model, indent=indent)
    if not values.encoded:
        return body
    pieces = [body.rstrip()[:-1].rstrip()]  # the document without its closing brace
    pieces.append(b",\n" + b" " * indent if indent is not None else b",")
    pieces.append(json.dumps(DOCUMENT_VALUES).encode() + b":{")
    for index, (reference, data) in enumerate(values.encoded.items()):
        pieces += [b"," if index else b"", json.dumps(reference).encode(), b":", data]
    pieces.append(b"}\n}" if indent is not None else b"}}")
    return b"".join(pieces)  # one copy of each value, however large


def document_source_or_corrupted(payload: Any, run_id: str, location: Path | str) -> ValueSource:
    """Take a decoded document's ``parameter_values`` out of it, as the source its references read from.

    CorruptedRunLogError if they are not an object.
    """
    values = payload.pop(DOCUMENT_VALUES, None) if isinstance(payload, dict) else None
    if values is None:
        values = {}
    if not isinstance(values, dict):
        raise exceptions.CorruptedRunLogError(
            run_id, str(location), f"'{DOCUMENT_VALUES}' holds a JSON {type(values).__name__}, not an object"
        )
    return ValueSource.of_document(values)


# --------------------------------------------------------------------------- in memory


def parameter_maps(model: RunLog | StepLog | BranchLog | JobLog) -> Iterator[dict[str, Parameter]]:
    """Every ``{name: parameter}`` a part of a run log holds, nested parts included."""
    attempts: list[StepAttempt] = []
    if isinstance(model, (RunLog, BranchLog)):
        yield model.parameters
        for step_log in model.steps.values():
            yield from parameter_maps(step_log)
    if isinstance(model, RunLog) and model.job is not None:
        yield from parameter_maps(model.job)
    if isinstance(model, (StepLog, JobLog)):
        attempts = model.attempts
    if isinstance(model, StepLog):
        for branch_log in model.branches.values():
            yield from parameter_maps(branch_log)
    for attempt in attempts:
        yield attempt.input_parameters
        yield attempt.output_parameters
        yield attempt.user_defined_metrics


class SharedValues:
    """The large values of one run held in memory: equal values become one shared object."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        # Identities of the values held (kept alive by _values): a copy that is the same object
        # (strings survive deep copies) needs no encoding.
        self._held: set[int] = set()

    def share(self, model: RunLog | StepLog | BranchLog | JobLog) -> None:
        for parameters in parameter_maps(model):
            self.share_parameters(parameters)

    def share_parameters(self, parameters: dict[str, Parameter]) -> None:
        for parameter in parameters.values():
            value = parameter.value
            if id(value) in self._held:
                continue
            try:
                encoded = pydantic_core.to_json(value)
            except pydantic_core.PydanticSerializationError:
                continue
            if len(encoded) <= INLINE_VALUE_LIMIT:
                continue
            shared = self._values.setdefault(digest_of(encoded), value)
            self._held.add(id(shared))
            # Equal JSON is not always equal values (NaN, bytes): share only what compares equal.
            if shared is not value and shared == value:
                parameter.value = shared
