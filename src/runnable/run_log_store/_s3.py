"""What the ``minio`` and ``chunked-minio`` stores share: configuration, the bucket, errors, the run index.

* :class:`S3StoreMixin` -- the configuration fields (runnable 0.50's names plus region and retry knobs),
  the lazily created boto3 client and the behaviour both stores have in common: creating and
  replacing a run keep the run index current, and ``get_run_logs`` walks that index.
* :class:`ObjectBucket` -- a bucket and key prefix seen through one client: get, put (optionally
  conditional), list, delete and :meth:`ObjectBucket.update`, a compare-and-swap loop on ETags.
  An update starts from the content and ETag this process last wrote (one conditional PUT when
  nobody else wrote since; a refused PUT reads the object and tries again) and creates an object
  it has never seen with one ``If-None-Match`` PUT; ``get_many`` reads objects concurrently.
  Every botocore error is translated here, in one place, into a :mod:`runnable.exceptions` error
  naming the endpoint and bucket (never a credential).
* The **run index**: one empty object per run under ``<prefix>/.index/`` whose key sorts the way
  ``get_run_logs`` orders runs, newest first (see :func:`index_entry`). A page of results is a
  listing that starts after the cursor's entry and stops when the page is full, instead of a read
  of every run. The run's own header stays the truth: an entry whose ``created_at`` does not match
  the header (left by a crash between the two writes) is skipped.

boto3 is imported when the first client is made, so configuring a store needs no boto3 and
``import runnable`` never loads it.
"""

from __future__ import annotations

import logging
import os
import random
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, Field, PrivateAttr, SecretStr, field_validator

from runnable import defaults, exceptions
from runnable.models import RunLog, RunLogFilter

logger = logging.getLogger(__name__)

# runnable 0.50's default: the bucket `runnable`, keys under `run-logs/`.
DEFAULT_BUCKET = "runnable/run-logs"
INDEX_FOLDER = ".index"
CHECK_FOLDER = ".runnable"
SECRET_FIELDS = ("aws_access_key_id", "aws_secret_access_key")

# How long a compare-and-swap keeps retrying while other writers keep changing the object.
CONFLICT_RETRY_SECONDS = 120.0
# Keys per listing request (S3's maximum); a walk of the run index fetches pages only as it needs them.
LIST_PAGE_SIZE = 1000
_CONFLICT_BACKOFF_START = 0.01
# Requests a store sends at once when it reads many objects (a whole chunked run, a page of runs).
READ_CONCURRENCY = 16
# Objects whose last written content and ETag a bucket remembers, to update them with one request.
REMEMBERED_OBJECTS = 4096
_CONFLICT_BACKOFF_CAP = 1.0

_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]")
_SERVICE = "run-log-store"

# Server error codes (HTTP 403) that mean the credentials themselves were refused.
_CREDENTIAL_CODES = frozenset(
    {"InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken", "InvalidClientTokenId"}
)
_MISSING_OBJECT_CODES = frozenset({"NoSuchKey", "404", "NotFound"})
# 412 on a failed If-Match/If-None-Match; AWS answers 409 when two conditional writes race.
_CONFLICT_CODES = frozenset({"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})


class ObjectMissing(Exception):
    """The object does not exist (internal; callers turn it into ``None`` or a not-found error)."""


class ConditionFailed(Exception):
    """A conditional PUT lost to another writer: HTTP 412 or 409 (internal)."""


@dataclass(frozen=True)
class StoredObject:
    data: bytes
    etag: str
    modified: float  # the object's Last-Modified, in seconds since the epoch
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Payload:
    """What to write: the bytes and the object's user metadata."""

    data: bytes
    metadata: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- configuration


class S3Settings(BaseModel):
    """Where a bucket is and how to reach it (runnable 0.50's field names), and the client made from it.

    Shared by the S3 stores and the S3 catalog; ``section`` and ``role`` name the configuration
    section in errors.
    """

    section: ClassVar[str] = _SERVICE
    role: ClassVar[str] = "run log store"

    endpoint_url: str | None = Field(
        default=None,
        description="S3 API endpoint, e.g. http://minio:9000; unset means AWS S3 (or AWS_ENDPOINT_URL)",
    )
    aws_access_key_id: SecretStr | None = Field(
        default=None, description="access key; unset means the AWS credential chain"
    )
    aws_secret_access_key: SecretStr | None = Field(
        default=None, description="secret key; unset means the AWS credential chain"
    )
    bucket: str = Field(
        default=DEFAULT_BUCKET, description="bucket, optionally with a key prefix: bucket/prefix"
    )
    region_name: str | None = Field(default=None, description="region; unset means the AWS default chain")
    max_attempts: int = Field(
        default=5, ge=1, description="tries per request (connection errors, 5xx, throttling)"
    )
    timeout_seconds: float = Field(default=30.0, gt=0, description="connect and read timeout per request")

    secret_fields: ClassVar[tuple[str, ...]] = SECRET_FIELDS
    # botocore sends PUT headers with "Expect: 100-continue" and waits for the server's go-ahead before
    # the body: a second round trip per PUT. Worth it for a catalog's large files, not for run logs.
    expect_continue: ClassVar[bool] = True

    _objects: ObjectBucket | None = PrivateAttr(default=None)

    @field_validator("bucket")
    @classmethod
    def _bucket_and_prefix(cls, value: str) -> str:
        name = value.strip("/").partition("/")[0]
        if not _BUCKET_NAME.fullmatch(name) or ".." in name:
            raise ValueError(
                f"'{name}' is not a valid S3 bucket name: use 3 to 63 lowercase letters, digits, '.' "
                "and '-', starting and ending with a letter or digit; a key prefix may follow, "
                "as in 'bucket/prefix'"
            )
        return value

    @property
    def bucket_name(self) -> str:
        return self.bucket.strip("/").partition("/")[0]

    @property
    def key_prefix(self) -> str:
        """The key prefix every object of the store starts with: ``""`` or ``"some/prefix/"``."""
        prefix = "/".join(part for part in self.bucket.strip("/").partition("/")[2].split("/") if part)
        return f"{prefix}/" if prefix else ""

    def objects(self) -> ObjectBucket:
        """The bucket, through a client made on first use (and made again in a forked child)."""
        current = self._objects
        if current is None or current.pid != os.getpid():
            with _guard:
                current = self._objects
                if current is None or current.pid != os.getpid():
                    current = self._objects = ObjectBucket(self, self._make_client())
        return current

    def __getstate__(self) -> dict[Any, Any]:
        # A client does not survive pickling (it holds sockets); the unpickled store makes its own.
        state: dict[Any, Any] = super().__getstate__()
        private = dict(state.get("__pydantic_private__") or {})
        private["_objects"] = None
        state["__pydantic_private__"] = private
        return state

    def _make_client(self) -> Any:
        try:
            import boto3
            from botocore.config import Config
        except ImportError as exc:
            raise exceptions.ConfigurationError(
                f"the '{self._type_name()}' {self.role} needs boto3, which is not installed. "
                "Install it with: pip install 'runnable[s3]'.",
                service=self.section,
                field="type",
            ) from exc
        config = Config(
            retries={"mode": "standard", "max_attempts": self.max_attempts},
            connect_timeout=self.timeout_seconds,
            read_timeout=self.timeout_seconds,
            # MinIO, Ceph and most self-hosted servers answer on one host name: path-style URLs.
            s3={"addressing_style": "path"} if self.endpoint_url else {},
            # Checksums only where S3 requires them: servers that predate the newer CRC headers refuse them.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            # Concurrent reads (ObjectBucket.get_many) each need a connection of their own.
            max_pool_connections=max(10, READ_CONCURRENCY),
        )
        try:
            client = boto3.session.Session().client(
                "s3",
                endpoint_url=self.endpoint_url,
                aws_access_key_id=_reveal(self.aws_access_key_id),
                aws_secret_access_key=_reveal(self.aws_secret_access_key),
                region_name=self.region_name,
                config=config,
            )
        except ValueError as exc:
            raise exceptions.ConfigurationError(
                f"the S3 client could not be made: {exc}. Check `endpoint_url` (a URL such as "
                "http://minio:9000) and `region_name`.",
                service=self.section,
                field="endpoint_url",
            ) from exc
        if not self.expect_continue:
            from botocore.handlers import add_expect_header

            client.meta.events.unregister("before-call.s3", add_expect_header)
        return client

    def _type_name(self) -> str:
        return str(getattr(self, "service_name", "") or type(self).__name__)


class S3StoreMixin(S3Settings):
    """Configuration, client and run index shared by the S3 stores; mixed in before the store's base class."""

    expect_continue: ClassVar[bool] = False  # run log objects are small: one round trip per PUT

    # -- shared store behaviour -----------------------------------------------------------------

    def describe(self, layout: str) -> dict[str, Any]:
        """The summary both stores show: where the runs are, never the credentials."""
        objects_where = f"s3://{self.bucket_name}/{self.key_prefix}"
        return {
            "Type": self._type_name(),
            "Endpoint": self.endpoint_url or "AWS S3 (default endpoint)",
            "Location": objects_where,
            "Region": self.region_name or "(AWS default)",
            "Credentials": "from the configuration" if self.aws_access_key_id else "AWS credential chain",
            "Layout": layout,
            "Parallel writes": bool(getattr(self, "supports_parallel_writes", False)),
        }

    def index_key(self, created_at: datetime, run_id: str) -> str:
        return self.objects().key(INDEX_FOLDER, index_entry(created_at, run_id))

    def indexed_create(self, run_log: RunLog, create: Callable[[], None]) -> None:
        """Create a run: its index entry first (so a run is never unlisted), then the run with ``create``.

        ``create`` raises :class:`RunLogExistsError` for a taken run id; the entry this call wrote
        is then removed again unless it is the existing run's own.
        """
        objects = self.objects()
        # Refuse a server without conditional writes before anything is written.
        objects.check_conditional_writes()
        entry = self.index_key(run_log.created_at, run_log.run_id)
        objects.put(entry, Payload(b""))
        try:
            create()
        except exceptions.RunLogExistsError:
            existing = self.stored_created_at(run_log.run_id)
            if existing is None or self.index_key(existing, run_log.run_id) != entry:
                objects.delete([entry])
            raise

    def indexed_put(self, run_log: RunLog, put: Callable[[], None]) -> None:
        """Replace a run with ``put``, moving its index entry when ``created_at`` changed."""
        objects = self.objects()
        previous = self.stored_created_at(run_log.run_id)
        entry = self.index_key(run_log.created_at, run_log.run_id)
        old_entry = self.index_key(previous, run_log.run_id) if previous is not None else None
        if old_entry != entry:
            objects.put(entry, Payload(b""))
        put()
        if old_entry is not None and old_entry != entry:
            objects.delete([old_entry])

    def rebuild_index(self) -> int:
        """Make the run index match the runs: add missing entries, drop stale ones; return how many changed.

        Only needed for runs put into the bucket by other means (copied objects), or after the
        index folder was deleted; the stores keep the index current themselves.
        """
        objects = self.objects()
        index_prefix = objects.key(INDEX_FOLDER, "")
        present = {key[len(index_prefix) :] for key in objects.list_keys(index_prefix)}
        wanted = set()
        for run_id in self.iter_run_ids():
            created_at = self.stored_created_at(run_id)
            if created_at is not None:
                wanted.add(index_entry(created_at, run_id))
        for entry in sorted(wanted - present):
            objects.put(index_prefix + entry, Payload(b""))
        objects.delete(index_prefix + entry for entry in sorted(present - wanted))
        return len(wanted ^ present)

    # -- what each store provides --------------------------------------------------------------

    def iter_run_ids(self) -> Iterator[str]:
        raise NotImplementedError

    def stored_created_at(self, run_id: str) -> datetime | None:
        """``created_at`` of the stored run, or ``None`` if there is no such run."""
        raise NotImplementedError

    def load_for_query(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        """The run (header or full) if it exists and may match ``query``; ``None`` otherwise."""
        raise NotImplementedError

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a query from the run index: see the module docstring and docs/object-storage.md."""

        def created_at_of(run_id: str) -> datetime:
            created_at = self.stored_created_at(run_id)
            if created_at is None:
                raise exceptions.RunLogNotFoundError(run_id)
            return created_at

        if query.run_ids is not None:
            loaded = self._load_many(list(dict.fromkeys(query.run_ids)), query, full)
            candidates = [run for run in loaded if run is not None]
            if query.after is not None:
                # select() finds the cursor among the candidates; this stand-in carries its sort key.
                candidates.append(RunLog(run_id=query.after, created_at=created_at_of(query.after)))
            return query.select(candidates)

        objects = self.objects()
        start_after = index_start_after(query, created_at_of)
        oldest_age = _age(query.created_after) if query.created_after is not None else None
        found: list[RunLog] = []
        index_prefix = objects.key(INDEX_FOLDER, "")
        batch: list[tuple[str, str]] = []  # (index entry, run id), loaded together

        def load_batch() -> bool:
            """Load the batch's runs concurrently, keep the matches; whether the page is full."""
            runs = self._load_many([run_id for _, run_id in batch], query, full)
            for (name, run_id), run in zip(batch, runs, strict=True):
                if run is None or index_entry(run.created_at, run_id) != name or not query.matches(run):
                    continue
                found.append(run)
                if query.limit is not None and len(found) >= query.limit:
                    return True
            batch.clear()
            return False

        for key in objects.list_keys(index_prefix, start_after=objects.key(INDEX_FOLDER, start_after)):
            name = key[len(index_prefix) :]
            parsed = parse_index_entry(name)
            if parsed is None:
                continue
            age, run_id = parsed
            if oldest_age is not None and age > oldest_age:
                break  # every later entry is older than created_after
            batch.append((name, run_id))
            # No more runs at once than the page still needs: a full page reads nothing beyond it.
            wanted = READ_CONCURRENCY
            if query.limit is not None:
                wanted = min(wanted, query.limit - len(found))
            if len(batch) >= wanted and load_batch():
                return found
        if batch:
            load_batch()
        return found

    def _load_many(self, run_ids: list[str], query: RunLogFilter, full: bool) -> list[RunLog | None]:
        """``_load_or_skip`` for each run, concurrently, in the order of ``run_ids``."""
        return concurrently(lambda run_id: self._load_or_skip(run_id, query, full), run_ids)

    def _load_or_skip(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        try:
            return self.load_for_query(run_id, query, full)
        except exceptions.CorruptedRunLogError as exc:
            # One damaged run must not hide every other run from a listing.
            logger.warning("Skipping run in listing: %s", exc)
            return None


_guard = threading.Lock()

_T = TypeVar("_T")
_R = TypeVar("_R")


def concurrently(function: Callable[[_T], _R], items: list[_T]) -> list[_R]:
    """``[function(item) for item in items]`` with up to :data:`READ_CONCURRENCY` calls at once.

    For network reads: a thread each, since each mostly waits. The first exception is raised.
    """
    if len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(READ_CONCURRENCY, len(items))) as pool:
        return list(pool.map(function, items))


def _http_status(error: Any) -> int:
    """The HTTP status of a botocore ``ClientError``."""
    return int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)


def _reveal(secret: SecretStr | None) -> str | None:
    return secret.get_secret_value() if secret is not None else None


# --------------------------------------------------------------------------- the run index

# Run ids use exactly these characters (runnable.run_ids.RUN_ID_RULE), listed in ASCII order.
RUN_ID_ALPHABET = "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_REVERSED = str.maketrans(RUN_ID_ALPHABET, RUN_ID_ALPHABET[::-1])
# Ends the reversed run id; sorts after every character of the alphabet, so a longer run id
# (which sorts after its own prefix) lists before it, as newest-first order needs.
_END = "~"
_AGE_DIGITS = 18
_DAY_ONE = datetime(1, 1, 1, tzinfo=timezone.utc)
_LATEST: int = 10**_AGE_DIGITS - 1
_MICROSECOND = timedelta(microseconds=1)


def _age(moment: datetime) -> int:
    """Microseconds before the end of time: larger for older moments, so ascending keys are newest first."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    elapsed: int = (aware - _DAY_ONE) // _MICROSECOND
    return _LATEST - elapsed


def index_entry(created_at: datetime, run_id: str) -> str:
    """The index entry name of a run; names sort ascending exactly as runs sort newest first.

    ``<age><reversed run id>~<run id>``: ``age`` orders by ``created_at`` descending, the
    reversed run id (each character mapped to its mirror in :data:`RUN_ID_ALPHABET`) breaks ties by
    run id descending, and the plain run id at the end keeps the name readable.
    """
    return f"{_age(created_at):0{_AGE_DIGITS}d}{run_id.translate(_REVERSED)}{_END}{run_id}"


def parse_index_entry(name: str) -> tuple[int, str] | None:
    """``(age, run_id)`` of an index entry name, or ``None`` for anything else."""
    head, end, run_id = name.rpartition(_END)
    if not end or len(head) <= _AGE_DIGITS or not head[:_AGE_DIGITS].isdigit():
        return None
    if head[_AGE_DIGITS:] != run_id.translate(_REVERSED):
        return None
    return int(head[:_AGE_DIGITS]), run_id


def index_start_after(query: RunLogFilter, created_at_of: Callable[[str], datetime]) -> str:
    """The entry name a listing starts after: past the cursor and past runs at or after ``created_before``."""
    start = ""
    if query.after is not None:
        start = index_entry(created_at_of(query.after), query.after)
    if query.created_before is not None:
        # Entries of runs created at or after created_before all sort before "<its age>~".
        start = max(start, f"{_age(query.created_before):0{_AGE_DIGITS}d}{_END}")
    return start


# --------------------------------------------------------------------------- the bucket

# (endpoint, bucket) pairs checked in this process: the bucket answers; conditional writes work.
_reachable: set[tuple[str, str]] = set()
_conditional: set[tuple[str, str]] = set()


class ObjectBucket:
    """A bucket and key prefix through one boto3 client; every botocore error is translated here."""

    def __init__(self, settings: S3Settings, client: Any) -> None:
        self.client = client
        self.name = settings.bucket_name
        self.prefix = settings.key_prefix
        self.endpoint = settings.endpoint_url or "AWS S3"
        self.max_attempts = settings.max_attempts
        self.pid = os.getpid()
        self.section = settings.section
        self.role = settings.role
        self._secrets = tuple(
            value
            for value in map(_reveal, (settings.aws_access_key_id, settings.aws_secret_access_key))
            if value
        )
        # What this process last wrote through update(), by key, newest last (see update()).
        self._remembered: OrderedDict[str, StoredObject] = OrderedDict()
        self._remembered_guard = threading.Lock()

    def key(self, *parts: str) -> str:
        return self.prefix + "/".join(parts)

    def url(self, key: str) -> str:
        return f"s3://{self.name}/{key}"

    # -- reads ----------------------------------------------------------------------------

    def get(self, key: str) -> StoredObject | None:
        self._ensure_reachable()
        try:
            with self._errors("read", key):
                response = self.client.get_object(Bucket=self.name, Key=key)
                data = response["Body"].read()
        except ObjectMissing:
            return None
        return StoredObject(
            data=data,
            etag=str(response["ETag"]),
            modified=response["LastModified"].timestamp(),
            metadata=dict(response.get("Metadata", {})),
        )

    def head(self, key: str) -> dict[str, str] | None:
        """The object's user metadata, or ``None`` if there is no such object."""
        self._ensure_reachable()
        try:
            with self._errors("read", key):
                response = self.client.head_object(Bucket=self.name, Key=key)
        except ObjectMissing:
            return None
        return dict(response.get("Metadata", {}))

    def get_many(self, keys: list[str]) -> list[StoredObject | None]:
        """:meth:`get` for each key, :data:`READ_CONCURRENCY` requests at a time, in the order of ``keys``."""
        return concurrently(self.get, keys)

    def list_keys(self, prefix: str, start_after: str = "") -> Iterator[str]:
        """Keys under ``prefix`` in ascending order, from after ``start_after``; pages are fetched lazily."""
        self._ensure_reachable()
        arguments: dict[str, Any] = {"Bucket": self.name, "Prefix": prefix}
        if start_after > prefix:
            arguments["StartAfter"] = start_after
        paging = {"PageSize": LIST_PAGE_SIZE}
        with self._errors("list", prefix):
            for page in self.client.get_paginator("list_objects_v2").paginate(
                **arguments, PaginationConfig=paging
            ):
                for item in page.get("Contents", ()):
                    yield str(item["Key"])

    def list_folders(self, prefix: str) -> Iterator[str]:
        """Names of the "folders" right under ``prefix`` (common prefixes up to the next ``/``)."""
        self._ensure_reachable()
        with self._errors("list", prefix):
            paginator = self.client.get_paginator("list_objects_v2")
            paging = {"PageSize": LIST_PAGE_SIZE}
            for page in paginator.paginate(
                Bucket=self.name, Prefix=prefix, Delimiter="/", PaginationConfig=paging
            ):
                for item in page.get("CommonPrefixes", ()):
                    yield str(item["Prefix"])[len(prefix) :].rstrip("/")

    # -- writes ---------------------------------------------------------------------------

    def put(
        self, key: str, payload: Payload, *, if_match: str | None = None, if_none_match: bool = False
    ) -> str:
        """Write an object and return its new ETag; a conditional write that loses a race raises
        :class:`ConditionFailed`."""
        self._ensure_reachable()
        self._forget(key)
        arguments: dict[str, Any] = {"Bucket": self.name, "Key": key, "Body": payload.data}
        if payload.metadata:
            arguments["Metadata"] = payload.metadata
        if if_match is not None or if_none_match:
            self.check_conditional_writes()
            if if_match is not None:
                arguments["IfMatch"] = if_match
            if if_none_match:
                arguments["IfNoneMatch"] = "*"
        try:
            with self._errors("write", key):
                response = self.client.put_object(**arguments)
            return str(response.get("ETag", ""))
        except ObjectMissing:
            # If-Match on an object deleted meanwhile: another writer got there first.
            raise ConditionFailed(key) from None

    def create(self, key: str, payload: Payload) -> bool:
        """Create an object only if it does not exist; return whether this call created it."""
        try:
            etag = self.put(key, payload, if_none_match=True)
        except ConditionFailed:
            return False
        self._remember(key, payload, etag)
        return True

    def update(self, key: str, change: Callable[[StoredObject | None], Payload]) -> None:
        """Replace an object by ``change(current object or None)`` with no other write in between.

        Compare-and-swap: the new content is written only if the object still has the ETag it
        was read with (or still does not exist); otherwise it is read again and ``change`` runs
        again, after a randomised, growing pause. An exception from ``change`` aborts the update.

        Fewer requests, same guarantee: the first try starts from what this process last wrote
        to the object, if it remembers it, or else -- an object it never met -- tries to create
        it (``change(None)`` under ``If-None-Match``) when ``change`` accepts a missing object.
        Either is a single PUT when right; when wrong, the server refuses it and the loop reads.
        """
        deadline = time.monotonic() + CONFLICT_RETRY_SECONDS
        attempt = 0
        guess = self._recall(key)
        if guess is None and self._try_create(key, change):
            return
        while True:
            current = guess if guess is not None else self.get(key)
            payload = change(current)
            try:
                if current is None:
                    etag = self.put(key, payload, if_none_match=True)
                else:
                    etag = self.put(key, payload, if_match=current.etag)
                self._remember(key, payload, etag)
                return
            except ConditionFailed:
                if guess is not None:
                    guess = None  # another process wrote since: read it, no pause
                    continue
                attempt += 1
                if time.monotonic() > deadline:
                    raise exceptions.StoreUnavailableError(
                        f"Gave up writing {self.url(key)} after {attempt} attempts in "
                        f"{CONFLICT_RETRY_SECONDS:g} s: other writers kept changing it first. "
                        "Run fewer writers of one run at once."
                    ) from None
                logger.debug("%s changed while it was being updated; retry %d", self.url(key), attempt)
                pause = min(_CONFLICT_BACKOFF_CAP, _CONFLICT_BACKOFF_START * 2 ** min(attempt, 20))
                time.sleep(random.uniform(0, pause))

    def _try_create(self, key: str, change: Callable[[StoredObject | None], Payload]) -> bool:
        """Create the object as ``change(None)`` if it does not exist; whether this call created it."""
        try:
            payload = change(None)
        except Exception:
            # ``change`` needs the object. It has no side effects (see update), so this guess costs
            # nothing: the loop reads the object and calls it again, which raises if it is missing.
            return False
        return self.create(key, payload)

    def _recall(self, key: str) -> StoredObject | None:
        with self._remembered_guard:
            return self._remembered.get(key)

    def _remember(self, key: str, payload: Payload, etag: str) -> None:
        if not etag:
            return  # a server that sends no ETag cannot be compared against
        stored = StoredObject(data=payload.data, etag=etag, modified=time.time(), metadata=payload.metadata)
        with self._remembered_guard:
            self._remembered[key] = stored
            self._remembered.move_to_end(key)
            while len(self._remembered) > REMEMBERED_OBJECTS:
                self._remembered.popitem(last=False)

    def _forget(self, key: str) -> None:
        with self._remembered_guard:
            self._remembered.pop(key, None)

    def delete(self, keys: Iterable[str]) -> None:
        """Delete objects (1000 per request); keys that do not exist are ignored."""
        self._ensure_reachable()
        pending = list(dict.fromkeys(keys))
        for key in pending:
            self._forget(key)
        for start in range(0, len(pending), 1000):
            batch = pending[start : start + 1000]
            with self._errors("delete", batch[0]):
                response = self.client.delete_objects(
                    Bucket=self.name, Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True}
                )
            failed = response.get("Errors", [])
            if failed:
                first = failed[0]
                raise exceptions.StoreUnavailableError(
                    self._scrub(
                        f"Could not delete {self.url(str(first.get('Key')))} from {self._where()}: "
                        f"{first.get('Code')}: {first.get('Message')} ({len(failed)} objects not deleted). "
                        "Check that the credentials may delete objects in this bucket."
                    )
                )

    # -- one-time checks ----------------------------------------------------------------------

    def _ensure_reachable(self) -> None:
        """Check once per process that the bucket answers, so a missing bucket is named as such.

        (A HEAD of an object in a missing bucket answers a bare 404, like a missing object.)
        """
        checked = (self.endpoint, self.name)
        if checked in _reachable:
            return
        from botocore.exceptions import ClientError

        try:
            with self._errors("open", ""):
                self.client.head_bucket(Bucket=self.name)
        except exceptions.ConfigurationError as exc:
            cause = exc.__cause__
            denied = isinstance(cause, ClientError) and _http_status(cause) == 403
            if not denied:
                raise
            # Wrong keys, or a policy that allows keys under the prefix but not the bucket itself:
            # the store's first real request tells which.
        _reachable.add(checked)

    def check_conditional_writes(self) -> None:
        """Check once per process that the server honours If-None-Match and If-Match on PUT.

        A server that ignores them would let two writers overwrite each other silently; better to
        refuse to run. The check writes (and keeps) one small object:
        ``<prefix>.runnable/conditional-writes``.
        """
        checked = (self.endpoint, self.name)
        if checked in _conditional:
            return
        probe = self.key(CHECK_FOLDER, "conditional-writes")
        with self._errors("write", probe):
            self.client.put_object(Bucket=self.name, Key=probe, Body=b"runnable conditional write check")
        conditions = {"If-None-Match": {"IfNoneMatch": "*"}, "If-Match": {"IfMatch": '"' + "0" * 32 + '"'}}
        for header, condition in conditions.items():
            try:
                with self._errors("write", probe):
                    self.client.put_object(
                        Bucket=self.name, Key=probe, Body=b"must not be written", **condition
                    )
            except (ConditionFailed, ObjectMissing):
                continue
            raise exceptions.ConfigurationError(
                f"the S3 endpoint {self.endpoint} ignores the {header} condition on PUT (checked by writing "
                f"{self.url(probe)}). The '{_SERVICE}' S3 stores need conditional writes so that concurrent "
                "writers never overwrite each other. Use a server that supports them (AWS S3, a recent "
                "MinIO, Ceph RGW), or another run log store such as `database`.",
                service=self.section,
                field="endpoint_url",
            )
        _conditional.add(checked)

    # -- errors -------------------------------------------------------------------------------

    @contextmanager
    def _errors(self, action: str, key: str) -> Iterator[None]:
        """Translate botocore errors: missing objects and lost races stay internal, the rest
        become one runnable error naming endpoint, bucket and object."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            yield
        except ClientError as exc:
            error = exc.response.get("Error", {})
            code = str(error.get("Code", ""))
            status = _http_status(exc)
            if code in _CONFLICT_CODES or status in (409, 412):
                raise ConditionFailed(key) from exc
            if code in _MISSING_OBJECT_CODES and key and action != "open":
                raise ObjectMissing(key) from exc
            raise self._client_error(action, key, code, status, str(error.get("Message", ""))) from exc
        except BotoCoreError as exc:
            raise self._transport_error(action, key, exc) from exc

    def _client_error(self, action: str, key: str, code: str, status: int, message: str) -> Exception:
        target = self.url(key) if key else f"the bucket '{self.name}'"
        if code == "NoSuchBucket" or (action == "open" and status == 404):
            return exceptions.ConfigurationError(
                self._scrub(
                    f"the bucket '{self.name}' does not exist at the S3 endpoint {self.endpoint}. "
                    f"Create it (for example `aws s3 mb s3://{self.name}"
                    + (f" --endpoint-url {self.endpoint}" if self.endpoint != "AWS S3" else "")
                    + f"`) or correct `bucket` in the {self.role}'s configuration."
                ),
                service=self.section,
                field="bucket",
            )
        if code in _CREDENTIAL_CODES or (status == 403 and code in ("403", "")):
            return exceptions.ConfigurationError(
                self._scrub(
                    f"the S3 endpoint {self.endpoint} refused the credentials ({code or 'HTTP 403'}) for "
                    f"the bucket '{self.name}' when asked to {action} {target}. "
                    "Check `aws_access_key_id` and `aws_secret_access_key` "
                    f"in the {self.role}'s configuration or, when they are not set, the AWS credential "
                    "chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, an instance role)."
                ),
                service=self.section,
                field="aws_access_key_id",
            )
        if status == 403:
            return exceptions.ConfigurationError(
                self._scrub(
                    f"the S3 endpoint {self.endpoint} denied access ({code}) to the bucket '{self.name}' "
                    f"when asked to {action} {target}. "
                    "The credentials need s3:GetObject, s3:PutObject, s3:DeleteObject and s3:ListBucket "
                    f"on the bucket '{self.name}'."
                ),
                service=self.section,
                field="aws_access_key_id",
            )
        if status >= 500 or code in ("SlowDown", "Throttling", "ThrottlingException", "RequestTimeout"):
            return exceptions.StoreUnavailableError(
                self._scrub(
                    f"The bucket '{self.name}' at the S3 endpoint {self.endpoint} kept failing "
                    f"({code or 'error'}, HTTP {status}) after {self.max_attempts} attempts to {action} "
                    f"{target}. The server is overloaded or unwell: try again later, or raise `max_attempts`."
                )
            )
        return exceptions.StoreUnavailableError(
            self._scrub(
                f"The bucket '{self.name}' at the S3 endpoint {self.endpoint} refused to {action} {target}: "
                f"{code} (HTTP {status}): {message}"
            )
        )

    def _transport_error(self, action: str, key: str, exc: Exception) -> Exception:
        from botocore.exceptions import NoCredentialsError, PartialCredentialsError

        target = self.url(key) if key else f"the bucket '{self.name}'"
        if isinstance(exc, NoCredentialsError | PartialCredentialsError):
            return exceptions.ConfigurationError(
                f"no complete AWS credentials were found for the S3 endpoint {self.endpoint} "
                f"(bucket '{self.name}'). Set `aws_access_key_id` and `aws_secret_access_key` in the "
                f"{self.role}'s configuration, or configure the AWS credential chain "
                "(AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, an instance role).",
                service=self.section,
                field="aws_access_key_id",
            )
        return exceptions.StoreUnavailableError(
            self._scrub(
                f"Could not reach the S3 endpoint {self.endpoint} (bucket '{self.name}') to {action} "
                f"{target} "
                f"after {self.max_attempts} attempts: {type(exc).__name__}: {exc}. Check `endpoint_url` and "
                "that the server is running and reachable from this machine."
            )
        )

    def _where(self) -> str:
        return f"the bucket '{self.name}' at the S3 endpoint {self.endpoint}"

    def _scrub(self, text: str) -> str:
        # Belt and braces: no server message may carry a credential into an error.
        for secret in self._secrets:
            text = text.replace(secret, defaults.MASK)
        return text
