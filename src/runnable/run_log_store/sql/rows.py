"""Run logs as rows of the store's tables, and rows back as run logs.

A run is one ``runs`` row (indexed columns plus the rest of the header as a body), one
``chunks`` row per step and per branch (without what is nested in it), one ``parameters`` row
per parameter and scope, and the large values they refer to (``codec.py``). Reading puts them back
together; a row that cannot be decoded is a ``CorruptedRunLogError`` naming the run, the table and
the row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

import zstandard
from sqlalchemy import Connection, Row

from runnable import exceptions, run_ids
from runnable.models import BranchLog, Parameter, RunLog, StepLog, parent_of
from runnable.run_log_store import _io
from runnable.run_log_store._values import ValuesApart, ValueSource
from runnable.run_log_store.sql.codec import (
    decode_body,
    decode_parameter,
    encode_body,
    encode_parameter_rows,
    value_source,
)
from runnable.run_log_store.sql.schema import BRANCH, STEP, Tables, refuse_unreadable

# RunLog fields kept as columns or rows of their own; the rest is the run body.
_RUN_COLUMNS: Final = frozenset({"run_id", "dag_hash", "tag", "status", "created_at", "updated_at"})
RUN_BODY_FIELDS: Final = frozenset(RunLog.model_fields) - _RUN_COLUMNS - {"steps", "parameters"}


# --------------------------------------------------------------------------- run logs to rows


def header_body(run_log: RunLog, compress: bool) -> tuple[bytes, bool]:
    """The ``runs`` row's body and whether it is compressed."""
    # Inline values: the header is rewritten on status and config changes, read by listings.
    return encode_body(ValuesApart(apart=False).dump_json(run_log, include=set(RUN_BODY_FIELDS)), compress)


def run_row(run_log: RunLog, compress: bool) -> dict[str, Any]:
    """The run's ``runs`` row (without its primary key)."""
    body, compressed = header_body(run_log, compress)
    return {
        "run_id": run_ids.validate_run_id(run_log.run_id),
        "dag_hash": run_log.dag_hash,
        "tag": run_log.tag,
        "status": run_log.status,
        "created_at": run_log.created_at,
        "updated_at": run_log.updated_at,
        "body": body,
        "body_compressed": compressed,
    }


class EncodedRows:
    """The rows one write stores: step and branch rows, parameter rows and the large values they share.

    Rows carry no ``run_pk``: the write adds it once it has found the run.
    """

    def __init__(self, compress: bool) -> None:
        self.compress = compress
        self.chunks: list[dict[str, Any]] = []
        self.parameters: list[dict[str, Any]] = []
        self.values = ValuesApart()

    def add_parameters(self, scope: str, parameters: dict[str, Parameter]) -> EncodedRows:
        self.parameters.extend(encode_parameter_rows(scope, parameters, self.values, self.compress))
        return self

    def add_step(self, step_log: StepLog) -> EncodedRows:
        """The step and every branch and step nested in it."""
        self._add_chunk(step_log.internal_name, STEP, self.values.dump_json(step_log, exclude={"branches"}))
        for branch_log in step_log.branches.values():
            self.add_branch(branch_log)
        return self

    def add_branch(self, branch_log: BranchLog) -> EncodedRows:
        """The branch, its parameters, and every step and branch nested in it."""
        body = self.values.dump_json(branch_log, exclude={"steps", "parameters"})
        self._add_chunk(branch_log.internal_name, BRANCH, body)
        self.add_parameters(branch_log.internal_name, branch_log.parameters)
        for step_log in branch_log.steps.values():
            self.add_step(step_log)
        return self

    def _add_chunk(self, internal_name: str, kind: str, payload: bytes) -> None:
        body, compressed = encode_body(payload, self.compress)
        self.chunks.append(
            {"internal_name": internal_name, "kind": kind, "body": body, "compressed": compressed}
        )


# --------------------------------------------------------------------------- rows to run logs


@dataclass(frozen=True)
class RowReader:
    """Decodes the rows of one store's tables; ``database`` names it in messages (password masked)."""

    tables: Tables
    database: str

    def header(self, row: Row[Any]) -> RunLog:
        """The run log of a ``runs`` row, without steps or branch parameters."""
        try:
            refuse_unreadable(row, "created_at", "updated_at")
            body = json.loads(decode_body(row.body, row.body_compressed))
            return RunLog.model_validate(
                {
                    **body,
                    "run_id": row.run_id,
                    "dag_hash": row.dag_hash,
                    "tag": row.tag,
                    "status": row.status,
                    "created_at": row.created_at,
                    "updated_at": row.updated_at,
                }
            )
        except (zstandard.ZstdError, ValueError) as exc:
            raise self._corrupted(row.run_id, f"{self.tables.runs.name} row", exc) from exc

    def run_log(
        self,
        connection: Connection,
        run_row: Row[Any],
        chunk_rows: Iterable[Row[Any]],
        parameter_rows: Iterable[Row[Any]],
    ) -> RunLog:
        """The run log of a ``runs`` row with the step, branch and parameter rows given."""
        run_log = self.header(run_row)
        self.nodes(connection, run_row.run_id, run_row.id, chunk_rows, parameter_rows, run_log)
        return run_log

    def nodes(
        self,
        connection: Connection,
        run_id: str,
        run_pk: int,
        chunk_rows: Iterable[Row[Any]],
        parameter_rows: Iterable[Row[Any]],
        run_log: RunLog | None = None,
    ) -> dict[str, StepLog | BranchLog]:
        """Steps and branches by internal name, each nested in its parent, in the order first recorded.

        Parameters go to their branch (or, at run scope, to ``run_log``), top-level steps to
        ``run_log``; large values are read in ``connection``'s transaction when first referred to.
        """
        source = self.source(connection, run_pk)
        nodes: dict[str, StepLog | BranchLog] = {}
        for row in chunk_rows:
            try:
                raw = decode_body(row.body, row.compressed)
                model = StepLog if row.kind == STEP else BranchLog
                nodes[row.internal_name] = model.model_validate_json(raw, context=source.context)
            except (zstandard.ZstdError, ValueError) as exc:
                where = f"{self.tables.chunks.name} row {row.internal_name!r}"
                raise self._corrupted(run_id, where, exc) from exc
        for row in parameter_rows:
            owner = run_log if row.scope == "" else nodes.get(row.scope)
            if isinstance(owner, (RunLog, BranchLog)):
                owner.parameters[row.name] = self.parameter(run_id, row, source)
        for name, node in nodes.items():
            parent = nodes.get(parent_of(name))
            if isinstance(node, StepLog):
                if isinstance(parent, BranchLog):
                    parent.steps[name] = node
                elif run_log is not None and parent_of(name) == "":
                    run_log.steps[name] = node
            elif isinstance(parent, StepLog):
                parent.branches[name] = node
        return nodes

    def source(self, connection: Connection, run_pk: int) -> ValueSource:
        """The run's large values, read in ``connection``'s transaction when first referred to."""
        return value_source(connection, self.tables.values, run_pk)

    def parameter(self, run_id: str, row: Row[Any], source: ValueSource) -> Parameter:
        try:
            return decode_parameter(row, source)
        except (zstandard.ZstdError, ValueError) as exc:
            where = f"{self.tables.parameters.name} row {row.scope!r}/{row.name!r}"
            raise self._corrupted(run_id, where, exc) from exc

    def _corrupted(self, run_id: str, where: str, error: Exception) -> exceptions.CorruptedRunLogError:
        reason = _io.describe_decode_error(error)
        return exceptions.CorruptedRunLogError(run_id, f"{where} of {self.database}", reason)
