"""Chunked run logs in one DynamoDB table, one item per chunk: ``type: dynamodb``.

Layout (what a chunk holds: :mod:`runnable.run_log_store.chunked`; chunk names as in ``chunked-fs``)::

    run_id (partition key)   chunk (sort key)
    <run_id>                 run.json                 status, tag, timestamps, job (+ listing keys)
    <run_id>                 config.json              the run config (with the dag)
    <run_id>                 parameters.json          the run-level parameters
    <run_id>                 step-<name>.json         one per step log
    <run_id>                 branch-<name>.json       one per branch log (with its parameters)
    <run_id>                 value-<sha256>.json      one per large parameter value (its JSON alone)
    <run_id>                 <chunk>#<gen>#<n>        parts of a chunk too large for one item

How items are stored (compression, parts, compare-and-swap, errors):
:mod:`runnable.run_log_store.dynamodb_table`.

Recording a step is one ``PutItem`` of its own item: it never rewrites the run. The items several
processes change at once (the run-level chunks, a branch's parameters) are changed by
compare-and-swap on a version token, so many processes can write different branches of one run at
the same time without losing anything.

**Listings.** The run chunk item also carries ``listing`` (always ``"runs"``) and ``listed_at``
(``<created_at in UTC, ISO, microseconds>#<run_id>``), the keys of the global secondary index
``runs-by-created`` (projecting every attribute). A Query of that index in descending order is the
runs newest first, as every store orders them; a page starts below the cursor run's ``listed_at``
(keyset paging, DynamoDB's ``LastEvaluatedKey`` between pages), ``created_before``/``created_after``
narrow the key condition, tag and status filter on the server, and the rest of a query is decided
on the run chunks the index returns. A page of headers then reads its runs' config and parameters
with BatchGetItem. The index is eventually consistent: a run created a moment ago may be missing
from a listing for that moment (reading it by id is always consistent).

boto3 is imported when the first client is made, so configuring the store needs no boto3 and
``import runnable`` never loads it.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from pydantic import Field, PrivateAttr, TypeAdapter, field_validator

from runnable import exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store import _io
from runnable.run_log_store.aws import AwsSettings, PerProcess
from runnable.run_log_store.chunk_names import chunk_file_name, chunk_key_of_file_name
from runnable.run_log_store.chunked import (
    CONFIG_CHUNK,
    PARAMETERS_CHUNK,
    RUN_CHUNK,
    ChunkedRunLogStore,
    ChunkKey,
)
from runnable.run_log_store.dynamodb_table import (
    LISTING_PARTITION,
    LISTING_SORT,
    PART_MARK,
    PARTITION_KEY,
    RunTable,
    TableSettings,
    is_part,
)

logger = logging.getLogger(__name__)

DEFAULT_TABLE = "runnable-run-logs"
INDEX_NAME = "runs-by-created"
LISTING_VALUE = "runs"
# Runs a listing asks the index for at once when it filters beyond tag and status.
_FILTERED_PAGE = 200
_TABLE_NAME = re.compile(r"[A-Za-z0-9_.\-]{3,255}")
_timestamp = TypeAdapter(datetime)


def listed_at(created_at: datetime, run_id: str) -> str:
    """The listing index's sort key: descending order is newest first, ties by run id descending."""
    return f"{_utc_iso(created_at)}{PART_MARK}{run_id}"


def _utc_iso(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    # Fixed width (the year padded to four digits), so text order is time order.
    return aware.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


class DynamoDBRunLogStore(AwsSettings, ChunkedRunLogStore):
    service_name: str = "dynamodb"
    supports_parallel_writes: bool = True

    table_name: str = Field(default=DEFAULT_TABLE, description="the DynamoDB table holding every run")
    create_table: bool = Field(
        default=False, description="create the table and its index when missing (tests, first use)"
    )

    _table: PerProcess[RunTable] = PrivateAttr(default_factory=PerProcess)
    # Chunks read in bulk for the listing page this thread is answering (see _prefetched_reads).
    _prefetch: _ThreadChunks = PrivateAttr(default_factory=lambda: _ThreadChunks())

    @field_validator("table_name")
    @classmethod
    def _valid_table_name(cls, value: str) -> str:
        if not _TABLE_NAME.fullmatch(value):
            raise ValueError(
                f"'{value}' is not a valid DynamoDB table name: "
                "use 3 to 255 letters, digits, '_', '-' and '.'"
            )
        return value

    # -- the table -------------------------------------------------------------------------

    def table(self) -> RunTable:
        """The table, through a client made on first use (and made again in a forked child)."""
        return self._table.get(self._make_table)

    def _make_table(self) -> RunTable:
        client = self.boto3_client("dynamodb", "dynamodb")
        settings = TableSettings(
            table_name=self.table_name,
            region=str(client.meta.region_name),
            endpoint=self.endpoint_url or "AWS",
            index_name=INDEX_NAME,
            max_attempts=self.max_attempts,
            create_table=self.create_table,
            secrets=self.secret_values(),
        )
        return RunTable(settings, client, os.getpid())

    # -- chunk I/O ------------------------------------------------------------------------

    def chunk_location(self, run_id: str, key: ChunkKey) -> str:
        return f"dynamodb://{self.table_name}/{run_id}/{chunk_file_name(key)}"

    def read_chunk(self, run_id: str, key: ChunkKey) -> bytes | None:
        prefetched = self._prefetch.chunks
        if prefetched is not None and (run_id, key) in prefetched:
            return prefetched[(run_id, key)]
        stored = self.table().get(_io.validate_run_id(run_id), chunk_file_name(key))
        return stored.data if stored is not None else None

    def read_chunks(self, run_id: str, keys: Sequence[ChunkKey]) -> list[bytes | None]:
        run_id = _io.validate_run_id(run_id)
        stored = self.table().get_many([(run_id, chunk_file_name(key)) for key in keys])
        return [item.data if item is not None else None for item in stored]

    def chunk_exists(self, run_id: str, key: ChunkKey) -> bool:
        return self.table().exists(_io.validate_run_id(run_id), chunk_file_name(key))

    def write_chunk(self, run_id: str, key: ChunkKey, data: bytes) -> None:
        self.table().put(_io.validate_run_id(run_id), chunk_file_name(key), data, self._listing(key, data))

    def create_chunk_exclusive(self, run_id: str, key: ChunkKey, data: bytes) -> bool:
        return self.table().create(
            _io.validate_run_id(run_id), chunk_file_name(key), data, self._listing(key, data)
        )

    def update_chunk(self, run_id: str, key: ChunkKey, change: Callable[[bytes | None], bytes]) -> None:
        self.table().update(
            _io.validate_run_id(run_id),
            chunk_file_name(key),
            change,
            functools.partial(self._listing, key) if key == RUN_CHUNK else None,
        )

    def list_chunks(self, run_id: str) -> list[ChunkKey]:
        run_id = _io.validate_run_id(run_id)
        keys = []
        for sort in self.table().sort_keys(run_id):
            if is_part(sort):
                continue
            key = chunk_key_of_file_name(sort, functools.partial(self._read_sort, run_id, sort))
            if key is not None:
                keys.append(key)
        return keys

    def _read_sort(self, run_id: str, sort: str) -> bytes | None:
        stored = self.table().get(run_id, sort)
        return stored.data if stored is not None else None

    def delete_chunks(self, run_id: str, keys: Iterable[ChunkKey]) -> None:
        run_id = _io.validate_run_id(run_id)
        doomed = {chunk_file_name(key) for key in keys}
        if not doomed:
            return
        table = self.table()
        # The parts of a chunk stored in parts go with it.
        parts = [
            sort
            for sort in table.sort_keys(run_id)
            if is_part(sort) and sort.partition(PART_MARK)[0] in doomed
        ]
        table.delete(run_id, [*sorted(doomed), *parts])

    def _listing(self, key: ChunkKey, data: bytes) -> dict[str, Any] | None:
        """The listing index's attributes for a run chunk (``None`` for any other chunk)."""
        if key != RUN_CHUNK:
            return None
        try:
            body = json.loads(data)["body"]
            created_at = _timestamp.validate_python(body["created_at"])
            run_id = str(body["run_id"])
        except (ValueError, KeyError, TypeError):
            return None  # not decodable: readers report it; it stays out of listings
        return {
            LISTING_PARTITION: {"S": LISTING_VALUE},
            LISTING_SORT: {"S": listed_at(created_at, run_id)},
            "tag": {"S": str(body.get("tag") or "")},
            "status": {"S": str(body.get("status") or "")},
        }

    # -- listings through the index ---------------------------------------------------------

    def iter_run_ids(self) -> Iterator[str]:
        arguments = {
            "KeyConditionExpression": "#l = :l",
            "ExpressionAttributeNames": {"#l": LISTING_PARTITION, "#r": PARTITION_KEY},
            "ExpressionAttributeValues": {":l": {"S": LISTING_VALUE}},
            "ProjectionExpression": "#r",
            "ScanIndexForward": False,
        }
        for page in self.table().query_index(arguments):
            for item in page:
                yield str(item[PARTITION_KEY]["S"])

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a query from the listing index: see the module docstring and docs/dynamodb.md."""
        if query.run_ids is not None:
            wanted = list(dict.fromkeys(query.run_ids))
            if query.after is not None and query.after not in wanted:
                wanted.append(query.after)  # select() finds the cursor among the candidates
            headers = [self.header_for_query(run_id, query) for run_id in wanted]
            selected = query.select(run for run in headers if run is not None)
            return self._answers(selected, full)
        found: list[RunLog] = []
        for page in self.table().query_index(self._index_query(query)):
            runs = [run for run in self._decode_listed(page) if self._within_bounds(run, query)]
            if query.reads_parameters:
                with self._prefetched_reads([(run.run_id, PARAMETERS_CHUNK) for run in runs]):
                    for run in runs:
                        run.parameters = self._run_parameters(run.run_id, run)
            matching = [run for run in runs if query.matches(run)]
            if query.limit is not None:
                matching = matching[: query.limit - len(found)]
            found.extend(self._answers(matching, full))
            if query.limit is not None and len(found) >= query.limit:
                break
        return found

    def _index_query(self, query: RunLogFilter) -> dict[str, Any]:
        """The Query of the listing index that a filter asks for: bounds as key conditions, tag and status
        as a filter expression."""
        names = {"#l": LISTING_PARTITION, "#s": LISTING_SORT}
        values: dict[str, Any] = {":l": {"S": LISTING_VALUE}}
        upper = None
        if query.after is not None:
            cursor = self._read_run(query.after)
            upper = listed_at(cursor.created_at, cursor.run_id)
        if query.created_before is not None:
            before = _utc_iso(query.created_before)
            upper = before if upper is None else min(upper, before)
        condition = "#l = :l"
        if query.created_after is not None:
            values[":low"] = {"S": _utc_iso(query.created_after)}
            if upper is not None:
                values[":high"] = {"S": upper}
                condition += " AND #s BETWEEN :low AND :high"  # the upper bound itself is skipped later
            else:
                condition += " AND #s >= :low"
        elif upper is not None:
            values[":high"] = {"S": upper}
            condition += " AND #s < :high"
        arguments: dict[str, Any] = {"KeyConditionExpression": condition, "ScanIndexForward": False}
        filters = []
        for attribute, wanted in (("tag", query.tag), ("status", query.status)):
            if wanted:
                names[f"#{attribute}"] = attribute
                values[f":{attribute}"] = {"S": wanted}
                filters.append(f"#{attribute} = :{attribute}")
        if filters:
            arguments["FilterExpression"] = " AND ".join(filters)
        if "#s" not in condition:
            del names["#s"]
        arguments["ExpressionAttributeNames"] = names
        arguments["ExpressionAttributeValues"] = values
        only_bounds = not (query.reads_parameters or query.updated_after or query.updated_before)
        if query.limit is not None and only_bounds and not filters:
            arguments["Limit"] = max(1, min(query.limit, 1000))
        elif query.limit is not None:
            # Limit counts the runs read, before filtering: enough to fill a page most of the time.
            arguments["Limit"] = _FILTERED_PAGE
        # Without a limit, DynamoDB's own 1 MB pages: about two thousand run items each.
        return arguments

    def _within_bounds(self, run: RunLog, query: RunLogFilter) -> bool:
        # BETWEEN includes its upper bound: the cursor run itself.
        return query.after is None or run.run_id != query.after

    def _decode_listed(self, items: list[dict[str, Any]]) -> list[RunLog]:
        runs = []
        table = self.table()
        for item in items:
            run_id = str(item[PARTITION_KEY]["S"])
            try:
                stored = table.assemble(run_id, chunk_file_name(RUN_CHUNK), item)
                runs.append(self._decode_run(run_id, stored.data))
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                self._warn_skipped(exc)
        return runs

    def _answers(self, runs: list[RunLog], full: bool) -> list[RunLog]:
        """The runs as a listing returns them: whole, or headers with their config and parameters."""
        if full:
            return list(self._existing((run.run_id for run in runs), full=True))
        wanted = [(run.run_id, key) for run in runs for key in (CONFIG_CHUNK, PARAMETERS_CHUNK)]
        answered = []
        with self._prefetched_reads(wanted):
            for run in runs:
                try:
                    self._complete_header(run.run_id, run)
                except exceptions.CorruptedRunLogError as exc:
                    self._warn_skipped(exc)
                    continue
                answered.append(run)
        return answered

    def _prefetched_reads(self, keys: list[tuple[str, ChunkKey]]) -> _Prefetched:
        """Read ``keys`` with BatchGetItem; inside the ``with``, this thread's reads of them are answered
        from what was read."""
        stored = self.table().get_many([(run_id, chunk_file_name(key)) for run_id, key in keys])
        chunks = {
            key: item.data if item is not None else None for key, item in zip(keys, stored, strict=True)
        }
        return _Prefetched(self._prefetch, chunks)

    @staticmethod
    def _warn_skipped(exc: Exception) -> None:
        logger.warning("Skipping run in listing: %s", exc)

    # -- the rest of the contract ---------------------------------------------------------

    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Table": self.table_name,
            "Endpoint": self.endpoint_url or "AWS DynamoDB (default endpoint)",
            "Region": self.region_name or "(AWS default)",
            "Credentials": "from the configuration" if self.aws_access_key_id else "AWS credential chain",
            "Layout": "one item per chunk: partition key run_id, sort key run.json|step-*|branch-*",
            "Listing index": INDEX_NAME,
            "Parallel writes": self.supports_parallel_writes,
        }

    def check(self) -> dict[str, Any]:
        """What ``runnable doctor`` shows: the table answers, its state and its newest run."""
        table = self.table()
        table.ensure_ready()
        description = table.describe() or {}
        newest = next(iter(self.iter_run_ids()), None)
        return {
            "reachable": True,
            "table": self.table_name,
            "region": table.settings.region,
            "status": description.get("TableStatus", "unknown"),
            "index": INDEX_NAME,
            "latest_run": newest,
        }


class _ThreadChunks(threading.local):
    """Chunks read in bulk for the listing page one thread is answering (``None``: none)."""

    chunks: dict[tuple[str, ChunkKey], bytes | None] | None = None

    def __reduce__(self) -> tuple[type[_ThreadChunks], tuple[()]]:
        # A store sent to another process starts with nothing prefetched.
        return (_ThreadChunks, ())


class _Prefetched:
    """While entered, this thread's reads of ``chunks`` are answered from them."""

    def __init__(self, holder: _ThreadChunks, chunks: dict[tuple[str, ChunkKey], bytes | None]) -> None:
        self.holder = holder
        self.chunks = chunks
        self.previous: dict[tuple[str, ChunkKey], bytes | None] | None = None

    def __enter__(self) -> None:
        self.previous = self.holder.chunks
        self.holder.chunks = self.chunks

    def __exit__(self, *_: object) -> None:
        self.holder.chunks = self.previous
