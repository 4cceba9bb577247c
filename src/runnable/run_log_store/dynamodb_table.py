"""One DynamoDB table seen through one boto3 client: what the ``dynamodb`` store sends and receives.

:class:`RunTable` reads and writes **chunk items** (partition key ``run_id``, sort key ``chunk``),
each holding the bytes of one chunk of a run (:mod:`runnable.run_log_store.chunked`):

* ``data`` (binary): the chunk's bytes, zstd-compressed (``codec = "zstd"``) when longer than
  :data:`COMPRESS_OVER`;
* ``version`` (string): a fresh token on every write, which a compare-and-swap
  (:meth:`RunTable.update`) names in its condition;
* a chunk whose compressed bytes still exceed :data:`PART_SIZE` (DynamoDB refuses items over
  400 KB) keeps no ``data``: its bytes are in ``parts`` **part items** with sort keys
  ``<chunk>#<generation>#<n>``, written before the chunk item that names their ``generation``,
  so a reader never meets a chunk item whose parts are not all stored yet. The parts of the
  generation a write replaces are deleted after it;
* any other attributes the caller adds (the store adds the run listing's to run chunks).

Every botocore error is translated here, in one place, into a :mod:`runnable.exceptions` error
naming the table, region and endpoint, never a credential. Throttling and 5xx answers are retried
by botocore (``max_attempts``, standard mode, with backoff); items a batch request leaves
unprocessed are sent again here, with backoff. boto3 is not imported here: the store makes the client.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from runnable import exceptions
from runnable.masking import mask_values

logger = logging.getLogger(__name__)

PARTITION_KEY = "run_id"
SORT_KEY = "chunk"
# The run listing index's keys: run chunk items carry them (see runnable.run_log_store.dynamodb).
LISTING_PARTITION = "listing"
LISTING_SORT = "listed_at"
# Separates a chunk's sort key from its part's generation and number; chunk names never hold it.
PART_MARK = "#"
# Chunks longer than this are compressed: DynamoDB bills writes per KB.
COMPRESS_OVER = 16 * 1024
# Largest stored bytes per item, under DynamoDB's 400 KB item limit with room for keys and attributes.
PART_SIZE = 350 * 1024
# DynamoDB's limits per BatchGetItem and BatchWriteItem request.
BATCH_GET_SIZE = 100
BATCH_WRITE_SIZE = 25
# How long a compare-and-swap keeps retrying while other writers keep changing the item.
CONFLICT_RETRY_SECONDS = 120.0
_BACKOFF_START = 0.01
_BACKOFF_CAP = 1.0
# Items whose last written bytes and version a table remembers, to update them with one request.
REMEMBERED_ITEMS = 4096
ZSTD = "zstd"

_CREDENTIAL_CODES = frozenset(
    {
        "UnrecognizedClientException",
        "InvalidSignatureException",
        "ExpiredTokenException",
        "InvalidClientTokenId",
        "MissingAuthenticationTokenException",
        "IncompleteSignatureException",
    }
)
_BUSY_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "InternalServerError",
        "ServiceUnavailable",
        "LimitExceededException",
    }
)
_CONFLICT = "ConditionalCheckFailedException"
# Tables this process found ready, by (endpoint, region, table).
_ready_tables: set[tuple[str, str, str]] = set()
_ready_lock = threading.Lock()


class ConditionFailed(Exception):
    """A conditional write lost to another writer (internal); ``item`` is what the table holds now."""

    def __init__(self, item: dict[str, Any] | None) -> None:
        super().__init__("condition failed")
        self.item = item


@dataclass(frozen=True)
class StoredChunk:
    """A chunk's bytes as stored, and the version token its item carries."""

    data: bytes
    version: str


@dataclass(frozen=True)
class TableSettings:
    """Where the table is and how to reach it, as the store's configuration says."""

    table_name: str
    region: str
    endpoint: str
    index_name: str
    max_attempts: int
    create_table: bool
    secrets: tuple[str, ...] = field(default=(), repr=False)


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _key(run_id: str, sort: str) -> dict[str, Any]:
    return {PARTITION_KEY: _s(run_id), SORT_KEY: _s(sort)}


def part_sort_key(sort: str, generation: str, number: int) -> str:
    return f"{sort}{PART_MARK}{generation}{PART_MARK}{number}"


def is_part(sort: str) -> bool:
    return PART_MARK in sort


def _pause(attempt: int) -> None:
    time.sleep(random.uniform(0, min(_BACKOFF_CAP, _BACKOFF_START * 2 ** min(attempt, 20))))


class RunTable:
    """Chunk items of one table through one boto3 client; every botocore error is translated here."""

    def __init__(self, settings: TableSettings, client: Any, pid: int) -> None:
        self.settings = settings
        self.client = client
        self.pid = pid
        self.name = settings.table_name
        self._remembered: OrderedDict[tuple[str, str], StoredChunk] = OrderedDict()
        self._remembered_guard = threading.Lock()

    def location(self, run_id: str, sort: str) -> str:
        return f"dynamodb://{self.name}/{run_id}/{sort}"

    # -- reads ----------------------------------------------------------------------------

    def get(self, run_id: str, sort: str) -> StoredChunk | None:
        self.ensure_ready()
        with self._errors("read", run_id, sort):
            response = self.client.get_item(TableName=self.name, Key=_key(run_id, sort), ConsistentRead=True)
        item = response.get("Item")
        return self.assemble(run_id, sort, item) if item is not None else None

    def exists(self, run_id: str, sort: str) -> bool:
        self.ensure_ready()
        with self._errors("read", run_id, sort):
            response = self.client.get_item(
                TableName=self.name,
                Key=_key(run_id, sort),
                ConsistentRead=True,
                ProjectionExpression="#k",
                ExpressionAttributeNames={"#k": SORT_KEY},
            )
        return "Item" in response

    def get_many(self, keys: list[tuple[str, str]]) -> list[StoredChunk | None]:
        """The chunks under ``(run_id, sort key)`` pairs (``None`` where missing), in order.

        BatchGetItem, 100 keys a request, from one run or many.
        """
        self.ensure_ready()
        items = self._batch_get(list(dict.fromkeys(keys)))
        return [self.assemble(*key, items[key]) if key in items else None for key in keys]

    def _batch_get(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for start in range(0, len(keys), BATCH_GET_SIZE):
            pending: list[dict[str, Any]] = [_key(*key) for key in keys[start : start + BATCH_GET_SIZE]]
            attempt = 0
            while pending:
                with self._errors("read", keys[start][0], ""):
                    response = self.client.batch_get_item(
                        RequestItems={self.name: {"Keys": pending, "ConsistentRead": True}}
                    )
                for item in response.get("Responses", {}).get(self.name, []):
                    found[(str(item[PARTITION_KEY]["S"]), str(item[SORT_KEY]["S"]))] = item
                pending = response.get("UnprocessedKeys", {}).get(self.name, {}).get("Keys", [])
                if pending:
                    attempt += 1
                    self._check_patience(attempt, keys[start][0], "read")
                    _pause(attempt)
        return found

    def sort_keys(self, run_id: str) -> Iterator[str]:
        """Every sort key stored under the run (parts included), in ascending order: a Query of keys only."""
        self.ensure_ready()
        arguments: dict[str, Any] = {
            "TableName": self.name,
            "KeyConditionExpression": "#p = :p",
            "ExpressionAttributeNames": {"#p": PARTITION_KEY, "#k": SORT_KEY},
            "ExpressionAttributeValues": {":p": _s(run_id)},
            "ProjectionExpression": "#k",
            "ConsistentRead": True,
        }
        while True:
            with self._errors("list", run_id, ""):
                response = self.client.query(**arguments)
            for item in response.get("Items", []):
                yield str(item[SORT_KEY]["S"])
            last = response.get("LastEvaluatedKey")
            if not last:
                return
            arguments["ExclusiveStartKey"] = last

    def query_index(self, arguments: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
        """Pages of a Query of the run listing index (``arguments`` name everything but table and index)."""
        self.ensure_ready()
        request = {"TableName": self.name, "IndexName": self.settings.index_name, **arguments}
        while True:
            with self._errors("list the runs of", "", ""):
                response = self.client.query(**request)
            yield list(response.get("Items", []))
            last = response.get("LastEvaluatedKey")
            if not last:
                return
            request["ExclusiveStartKey"] = last

    def assemble(self, run_id: str, sort: str, item: dict[str, Any]) -> StoredChunk:
        """The chunk an item stands for: its own bytes, or its parts read and joined."""
        version = str(item.get("version", {}).get("S", ""))
        if "parts" not in item:
            return StoredChunk(self._decompress(run_id, sort, item, bytes(item["data"]["B"])), version)
        for _attempt in range(5):
            count, generation = int(item["parts"]["N"]), str(item["generation"]["S"])
            sorts = [part_sort_key(sort, generation, n) for n in range(count)]
            parts = self._batch_get([(run_id, part) for part in sorts])
            if len(parts) == count:
                data = b"".join(bytes(parts[(run_id, part)]["data"]["B"]) for part in sorts)
                return StoredChunk(self._decompress(run_id, sort, item, data), version)
            # Replaced meanwhile (its parts deleted): read the chunk item again.
            with self._errors("read", run_id, sort):
                fresh = self.client.get_item(
                    TableName=self.name, Key=_key(run_id, sort), ConsistentRead=True
                ).get("Item")
            if fresh is None:
                break
            item = fresh
            if "parts" not in item:
                return self.assemble(run_id, sort, item)
        raise exceptions.CorruptedRunLogError(
            run_id, self.location(run_id, sort), "some of its parts are missing"
        )

    def _decompress(self, run_id: str, sort: str, item: dict[str, Any], data: bytes) -> bytes:
        codec = item.get("codec", {}).get("S")
        if codec is None:
            return data
        if codec != ZSTD:
            raise exceptions.CorruptedRunLogError(
                run_id, self.location(run_id, sort), f"its codec '{codec}' is unknown"
            )
        import zstandard

        try:
            return bytes(zstandard.ZstdDecompressor().decompress(data))
        except zstandard.ZstdError as exc:
            raise exceptions.CorruptedRunLogError(
                run_id, self.location(run_id, sort), f"it cannot be decompressed ({exc})"
            ) from exc

    # -- writes ---------------------------------------------------------------------------

    def put(
        self,
        run_id: str,
        sort: str,
        data: bytes,
        extra: dict[str, Any] | None = None,
        *,
        condition: str | None = None,
        values: dict[str, Any] | None = None,
    ) -> StoredChunk:
        """Write a chunk item (and its parts); a failed ``condition`` raises :class:`ConditionFailed`.

        ``condition`` may name the partition key as ``#p`` and the version as ``#v``.
        """
        self.ensure_ready()
        self._forget(run_id, sort)
        version = uuid.uuid4().hex
        item: dict[str, Any] = {**_key(run_id, sort), "version": _s(version), **(extra or {})}
        stored, codec = data, None
        if len(data) > COMPRESS_OVER:
            import zstandard

            stored, codec = zstandard.ZstdCompressor().compress(data), ZSTD
        if codec is not None:
            item["codec"] = _s(codec)
        if len(stored) <= PART_SIZE:
            item["data"] = {"B": stored}
        else:
            generation = version
            pieces = [stored[at : at + PART_SIZE] for at in range(0, len(stored), PART_SIZE)]
            self._write_items(
                run_id,
                [
                    {**_key(run_id, part_sort_key(sort, generation, n)), "data": {"B": piece}}
                    for n, piece in enumerate(pieces)
                ],
            )
            item["parts"] = {"N": str(len(pieces))}
            item["generation"] = _s(generation)
        arguments: dict[str, Any] = {"TableName": self.name, "Item": item, "ReturnValues": "ALL_OLD"}
        if condition is not None:
            arguments["ConditionExpression"] = condition
            arguments["ExpressionAttributeNames"] = {
                name: attribute
                for name, attribute in (("#p", PARTITION_KEY), ("#v", "version"))
                if name in condition
            }
            if values:
                arguments["ExpressionAttributeValues"] = values
            arguments["ReturnValuesOnConditionCheckFailure"] = "ALL_OLD"
        from botocore.exceptions import ClientError

        try:
            with self._errors("write", run_id, sort, conflicts=True):
                response = self.client.put_item(**arguments)
        except ClientError as exc:
            if "parts" in item:
                self._delete_parts(run_id, sort, item)
            raise ConditionFailed(exc.response.get("Item")) from None
        old = response.get("Attributes")
        if old and "parts" in old and old.get("generation") != item.get("generation"):
            self._delete_parts(run_id, sort, old)
        return StoredChunk(data, version)

    def create(self, run_id: str, sort: str, data: bytes, extra: dict[str, Any] | None = None) -> bool:
        """Write a chunk item only if it does not exist; whether this call created it."""
        try:
            stored = self.put(run_id, sort, data, extra, condition="attribute_not_exists(#p)")
        except ConditionFailed:
            return False
        self._remember(run_id, sort, stored)
        return True

    def update(
        self,
        run_id: str,
        sort: str,
        change: Callable[[bytes | None], bytes],
        extra: Callable[[bytes], dict[str, Any] | None] | None = None,
    ) -> None:
        """Replace a chunk by ``change(current bytes or None)`` with no other write in between.

        Compare-and-swap on the version token: the write is conditional on the item still holding
        the version it was read with (or still not existing). A refused write answers with the
        item as it is now (``ReturnValuesOnConditionCheckFailure``), so a retry costs one request;
        retries pause a random, growing time. The first try starts from what this process last
        wrote to the item, if it remembers it, else tries to create it (``change(None)``) when
        ``change`` accepts a missing chunk. ``extra(new bytes)``: further attributes to store.
        """
        deadline = time.monotonic() + CONFLICT_RETRY_SECONDS
        attempt = 0
        current = self._recall(run_id, sort)
        guessing = current is not None  # what this process wrote last: maybe stale
        if current is None:
            try:
                first = change(None)
            except Exception:
                # ``change`` needs the chunk: it has no side effects, so read it and call it again.
                current = self.get(run_id, sort)
            else:
                try:
                    self._put_remembered(run_id, sort, first, extra, "attribute_not_exists(#p)", None)
                    return
                except ConditionFailed as conflict:
                    current = self._current(run_id, sort, conflict)
        while True:
            data = change(current.data if current is not None else None)
            try:
                if current is None:
                    self._put_remembered(run_id, sort, data, extra, "attribute_not_exists(#p)", None)
                else:
                    self._put_remembered(run_id, sort, data, extra, "#v = :v", {":v": _s(current.version)})
                return
            except ConditionFailed as conflict:
                current = self._current(run_id, sort, conflict)
                if guessing:
                    guessing = False  # another process wrote since: the refusal told what, no pause
                    continue
                attempt += 1
                if time.monotonic() > deadline:
                    raise exceptions.StoreUnavailableError(
                        f"Gave up writing {self.location(run_id, sort)} after {attempt} attempts in "
                        f"{CONFLICT_RETRY_SECONDS:g} s: other writers kept changing it first. "
                        "Run fewer writers of one run at once."
                    ) from None
                logger.debug("%s changed while it was being updated; retry %d", sort, attempt)
                _pause(attempt)

    def _put_remembered(
        self,
        run_id: str,
        sort: str,
        data: bytes,
        extra: Callable[[bytes], dict[str, Any] | None] | None,
        condition: str,
        values: dict[str, Any] | None,
    ) -> None:
        attributes = extra(data) if extra is not None else None
        stored = self.put(run_id, sort, data, attributes, condition=condition, values=values)
        self._remember(run_id, sort, stored)

    def _current(self, run_id: str, sort: str, conflict: ConditionFailed) -> StoredChunk | None:
        """What the table holds after a refused write: from the refusal, else read."""
        if conflict.item is not None:
            return self.assemble(run_id, sort, conflict.item)
        return self.get(run_id, sort)

    def delete(self, run_id: str, sorts: Iterable[str]) -> None:
        """Delete items (25 per request); keys that do not exist are ignored."""
        pending = list(dict.fromkeys(sorts))
        for sort in pending:
            self._forget(run_id, sort)
        self._batch_write(run_id, [{"DeleteRequest": {"Key": _key(run_id, sort)}} for sort in pending])

    def _write_items(self, run_id: str, items: list[dict[str, Any]]) -> None:
        self._batch_write(run_id, [{"PutRequest": {"Item": item}} for item in items])

    def _batch_write(self, run_id: str, requests: list[dict[str, Any]]) -> None:
        self.ensure_ready()
        for start in range(0, len(requests), BATCH_WRITE_SIZE):
            pending = requests[start : start + BATCH_WRITE_SIZE]
            attempt = 0
            while pending:
                with self._errors("write", run_id, ""):
                    response = self.client.batch_write_item(RequestItems={self.name: pending})
                pending = response.get("UnprocessedItems", {}).get(self.name, [])
                if pending:
                    attempt += 1
                    self._check_patience(attempt, run_id, "write")
                    _pause(attempt)

    def _delete_parts(self, run_id: str, sort: str, item: dict[str, Any]) -> None:
        count, generation = int(item["parts"]["N"]), str(item["generation"]["S"])
        self.delete(run_id, [part_sort_key(sort, generation, n) for n in range(count)])

    def _check_patience(self, attempt: int, run_id: str, action: str) -> None:
        if attempt > self.settings.max_attempts * 4:
            raise exceptions.StoreUnavailableError(
                f"The DynamoDB table {self._where()} kept leaving items unprocessed when asked to "
                f"{action} run '{run_id}' ({attempt} tries): it is throttled. Raise its capacity "
                "(or use on-demand capacity), or try again later."
            )

    # -- what this process last wrote -------------------------------------------------------

    def _recall(self, run_id: str, sort: str) -> StoredChunk | None:
        with self._remembered_guard:
            return self._remembered.get((run_id, sort))

    def _remember(self, run_id: str, sort: str, stored: StoredChunk) -> None:
        with self._remembered_guard:
            self._remembered[(run_id, sort)] = stored
            self._remembered.move_to_end((run_id, sort))
            while len(self._remembered) > REMEMBERED_ITEMS:
                self._remembered.popitem(last=False)

    def _forget(self, run_id: str, sort: str) -> None:
        with self._remembered_guard:
            self._remembered.pop((run_id, sort), None)

    # -- the table itself -------------------------------------------------------------------

    def ensure_ready(self) -> None:
        """Check once per process that the table and its listing index exist (creating them if asked)."""
        checked = (self.settings.endpoint, self.settings.region, self.name)
        if checked in _ready_tables:
            return
        with _ready_lock:
            if checked in _ready_tables:
                return
            description = self.describe()
            if description is None:
                if not self.settings.create_table:
                    raise exceptions.ConfigurationError(
                        self._scrub(
                            f"the DynamoDB table {self._where()} does not exist. Create it with "
                            f"`runnable` itself by setting `create_table: true` in the run log store's "
                            "configuration (once, or with credentials allowed dynamodb:CreateTable), or "
                            "create it as docs/dynamodb.md shows, or correct `table_name`."
                        ),
                        service="run-log-store",
                        field="table_name",
                    )
                self._create()
                description = self.describe()
            indexes = {
                index.get("IndexName") for index in (description or {}).get("GlobalSecondaryIndexes", [])
            }
            if self.settings.index_name not in indexes:
                raise exceptions.ConfigurationError(
                    f"the DynamoDB table {self._where()} has no global secondary index "
                    f"'{self.settings.index_name}', which the run log store lists runs with. "
                    "Add it as docs/dynamodb.md shows, or point `table_name` at a table runnable created.",
                    service="run-log-store",
                    field="table_name",
                )
            _ready_tables.add(checked)

    def describe(self) -> dict[str, Any] | None:
        """The table's description, or ``None`` if there is no such table."""
        from botocore.exceptions import ClientError

        try:
            with self._errors("open", "", "", missing_ok=True):
                response = self.client.describe_table(TableName=self.name)
        except ClientError:
            return None
        table: dict[str, Any] = response["Table"]
        return table

    def _create(self) -> None:
        from botocore.exceptions import ClientError

        logger.info("Creating the DynamoDB table %s", self._where())
        definitions = [
            (PARTITION_KEY, "S"),
            (SORT_KEY, "S"),
            (LISTING_PARTITION, "S"),
            (LISTING_SORT, "S"),
        ]
        try:
            with self._errors("create", "", "", missing_ok=True):
                self.client.create_table(
                    TableName=self.name,
                    AttributeDefinitions=[
                        {"AttributeName": name, "AttributeType": kind} for name, kind in definitions
                    ],
                    KeySchema=[
                        {"AttributeName": PARTITION_KEY, "KeyType": "HASH"},
                        {"AttributeName": SORT_KEY, "KeyType": "RANGE"},
                    ],
                    GlobalSecondaryIndexes=[
                        {
                            "IndexName": self.settings.index_name,
                            "KeySchema": [
                                {"AttributeName": LISTING_PARTITION, "KeyType": "HASH"},
                                {"AttributeName": LISTING_SORT, "KeyType": "RANGE"},
                            ],
                            "Projection": {"ProjectionType": "ALL"},
                        }
                    ],
                    BillingMode="PAY_PER_REQUEST",
                )
        except ClientError as exc:
            # ResourceInUseException: another process is creating it; wait for it below.
            if exc.response.get("Error", {}).get("Code") != "ResourceInUseException":
                raise
        with self._errors("create", "", ""):
            self.client.get_waiter("table_exists").wait(
                TableName=self.name, WaiterConfig={"Delay": 1, "MaxAttempts": 120}
            )

    # -- errors -------------------------------------------------------------------------------

    @contextmanager
    def _errors(
        self, action: str, run_id: str, sort: str, *, conflicts: bool = False, missing_ok: bool = False
    ) -> Iterator[None]:
        """Translate botocore errors into one runnable error naming table, region and endpoint.

        ``conflicts``: a failed condition propagates (the caller turns it into :class:`ConditionFailed`);
        ``missing_ok``: so does a missing table (DescribeTable) or a table being created (CreateTable).
        """
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            yield
        except ClientError as exc:
            error = exc.response.get("Error", {})
            code = str(error.get("Code", ""))
            if conflicts and code == _CONFLICT:
                raise
            if missing_ok and code in ("ResourceNotFoundException", "ResourceInUseException"):
                raise
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
            raise self._client_error(
                action, run_id, sort, code, status, str(error.get("Message", ""))
            ) from exc
        except BotoCoreError as exc:
            raise self._transport_error(action, exc) from exc

    def _client_error(
        self, action: str, run_id: str, sort: str, code: str, status: int, message: str
    ) -> Exception:
        target = self.location(run_id, sort) if sort else (f"run '{run_id}'" if run_id else "the table")
        if code == "ResourceNotFoundException":
            with _ready_lock:
                _ready_tables.discard((self.settings.endpoint, self.settings.region, self.name))
            return exceptions.ConfigurationError(
                self._scrub(
                    f"the DynamoDB table {self._where()} (or its index '{self.settings.index_name}') "
                    f"does not exist: {message}. Set `create_table: true` or correct `table_name`."
                ),
                service="run-log-store",
                field="table_name",
            )
        if code in _CREDENTIAL_CODES:
            return exceptions.ConfigurationError(
                self._scrub(
                    f"DynamoDB refused the credentials ({code}) for the table {self._where()} when asked "
                    f"to {action} {target}. Check `aws_access_key_id` and `aws_secret_access_key` in the "
                    "run log store's configuration or, when they are not set, the AWS credential chain "
                    "(AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, an instance role)."
                ),
                service="run-log-store",
                field="aws_access_key_id",
            )
        if code == "AccessDeniedException" or status == 403:
            # A bare 403 (no error code DynamoDB's protocol can read: a proxy, an emulator) may be either.
            unknown_key = (
                ""
                if code == "AccessDeniedException"
                else " Check `aws_access_key_id` and `aws_secret_access_key` (or the AWS credential chain)."
            )
            return exceptions.ConfigurationError(
                self._scrub(
                    f"DynamoDB denied access ({code}) to the table {self._where()} when asked to {action} "
                    f"{target}.{unknown_key} The credentials need dynamodb:GetItem, PutItem, Query, "
                    "BatchGetItem, BatchWriteItem and DescribeTable on the table and its indexes (and "
                    "CreateTable with `create_table: true`)."
                ),
                service="run-log-store",
                field="aws_access_key_id",
            )
        if code in _BUSY_CODES or status >= 500:
            return exceptions.StoreUnavailableError(
                self._scrub(
                    f"The DynamoDB table {self._where()} kept failing ({code or 'error'}, HTTP {status}) "
                    f"after {self.settings.max_attempts} attempts to {action} {target}. It is throttled or "
                    "unwell: try again later, raise its capacity (or use on-demand capacity), or raise "
                    "`max_attempts`."
                )
            )
        return exceptions.StoreUnavailableError(
            self._scrub(
                f"The DynamoDB table {self._where()} refused to {action} {target}: {code} (HTTP {status}): "
                f"{message}"
            )
        )

    def _transport_error(self, action: str, exc: Exception) -> Exception:
        from botocore.exceptions import NoCredentialsError, PartialCredentialsError

        if isinstance(exc, NoCredentialsError | PartialCredentialsError):
            return exceptions.ConfigurationError(
                f"no complete AWS credentials were found for the DynamoDB table {self._where()}. Set "
                "`aws_access_key_id` and `aws_secret_access_key` in the run log store's configuration, "
                "or configure the AWS credential chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, "
                "~/.aws/credentials, an instance role).",
                service="run-log-store",
                field="aws_access_key_id",
            )
        return exceptions.StoreUnavailableError(
            self._scrub(
                f"Could not reach DynamoDB for the table {self._where()} to {action} after "
                f"{self.settings.max_attempts} attempts: {type(exc).__name__}: {exc}. Check `endpoint_url` "
                "and `region_name`, and that the service is reachable from this machine."
            )
        )

    def _where(self) -> str:
        return f"'{self.name}' (region {self.settings.region}, endpoint {self.settings.endpoint})"

    def _scrub(self, text: str) -> str:
        # Belt and braces: no server message may carry a credential into an error.
        return mask_values(text, self.settings.secrets)
