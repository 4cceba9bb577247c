"""What the database store's rows hold: compressed bodies, parameter rows and the values table.

A parameter row holds its value's JSON in ``body``, or, for a large value, an empty body and the
value's digest in ``value_ref``; the value itself is a row of ``<prefix>_values``, written once per
run however many parameter rows and attempts (in step bodies) refer to it
(:mod:`runnable.run_log_store._values`). Values are read lazily, each once per read, in the
read's transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, Final

import pydantic_core
import zstandard
from pydantic import TypeAdapter
from sqlalchemy import Connection, Row, Table, select

from runnable.models import VALUE_REFERENCE, Parameter
from runnable.run_log_store._values import ValuesApart, ValueSource
from runnable.run_log_store.sql.dialects import SqlDialect

# Bodies larger than this are zstd-compressed (when enabled). Below it the
# saving is a few hundred bytes and not worth the CPU on every step.
COMPRESSION_THRESHOLD: Final = 4096

_PARAMETER: Final[TypeAdapter[Parameter]] = TypeAdapter(Parameter)


def encode_body(payload: bytes, compress: bool) -> tuple[bytes, bool]:
    """The bytes to store and whether they are compressed."""
    if compress and len(payload) > COMPRESSION_THRESHOLD:
        return zstandard.ZstdCompressor().compress(payload), True
    return payload, False


def decode_body(body: bytes, compressed: bool) -> bytes:
    return zstandard.ZstdDecompressor().decompress(body) if compressed else bytes(body)


def _canonical(value: Any) -> Any:
    # Python's == (which RunLogFilter uses) finds True, 1 and 1.0 equal; the
    # index must too, so numbers are reduced to one spelling.
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(key): _canonical(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    return value


def value_key(value: Any) -> str:
    """A digest of a parameter value: equal values (by ``==``) give equal keys.

    Values are taken in their JSON form (as pydantic serialises them), so a
    value matches what reading it back from a run log gives.
    PydanticSerializationError for a value that has no JSON form.
    """
    plain = _canonical(pydantic_core.to_jsonable_python(value))
    canonical = json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(canonical.encode(), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- parameters and values


def encode_parameter_rows(
    scope: str, parameters: dict[str, Parameter], values: ValuesApart, compress: bool
) -> Iterable[dict[str, Any]]:
    """The rows of a scope's parameters (without ``run_pk``); large values go to ``values``."""
    stored = values.dump_parameters(parameters)
    for name, parameter in parameters.items():
        reference = stored[name].get(VALUE_REFERENCE)
        body, compressed = (
            (b"", False)
            if reference
            else encode_body(pydantic_core.to_json(stored[name].get("value")), compress)
        )
        yield {
            "scope": scope,
            "name": name,
            "kind": parameter.kind,
            "value_key": value_key(parameter.get_value()),
            "body": body,
            "compressed": compressed,
            "value_ref": reference,
        }


def decode_parameter(row: Row[Any], source: ValueSource) -> Parameter:
    """A parameter row as a Parameter; ValueError (or a zstd error) if it cannot be decoded."""
    if row.value_ref:
        return _PARAMETER.validate_python(
            {"kind": row.kind, VALUE_REFERENCE: row.value_ref}, context=source.context
        )
    value = json.loads(decode_body(row.body, row.compressed))
    return _PARAMETER.validate_python({"kind": row.kind, "value": value})


def store_values(
    connection: Connection,
    dialect: SqlDialect,
    table: Table,
    run_pk: int,
    values: ValuesApart,
    compress: bool,
) -> None:
    """Insert the run's large values met while encoding, skipping those it already has."""
    if not values.encoded:
        return
    present = set(
        connection.scalars(
            select(table.c.digest).where(table.c.run_pk == run_pk, table.c.digest.in_(list(values.encoded)))
        )
    )
    rows = []
    for digest, data in values.encoded.items():
        if digest not in present:
            body, compressed = encode_body(data, compress)
            rows.append({"run_pk": run_pk, "digest": digest, "body": body, "compressed": compressed})
    if rows:
        # A parallel writer of the run may insert the same value meanwhile: it holds the same bytes.
        insert = dialect.insert_new(table, ["run_pk", "digest"])
        connection.execute(insert, rows)


def value_source(connection: Connection, table: Table, run_pk: int) -> ValueSource:
    """The values of one run, read from ``table`` in this transaction when first referred to."""

    def fetch(digest: str) -> bytes | None:
        row = connection.execute(
            select(table.c.body, table.c.compressed).where(table.c.run_pk == run_pk, table.c.digest == digest)
        ).one_or_none()
        return None if row is None else decode_body(row.body, row.compressed)

    return ValueSource(fetch)
