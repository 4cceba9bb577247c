"""A bucket and key prefix seen through one boto3 client: what the S3 stores and the S3 catalog share.

:class:`ObjectBucket` gets, puts (optionally conditional), lists and deletes objects, and
:meth:`ObjectBucket.update` is a compare-and-swap loop on ETags. An update starts from the content
and ETag this process last wrote (one conditional PUT when nobody else wrote since; a refused PUT
reads the object and tries again) and creates an object it has never seen with one
``If-None-Match`` PUT; ``get_many`` reads objects concurrently. Every botocore error is translated
here, in one place, into a :mod:`runnable.exceptions` error naming the endpoint and bucket (never a
credential). boto3 is not imported here: the client is made by the settings (``runnable.run_log_store._s3``).
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from runnable import exceptions
from runnable.masking import mask_values

logger = logging.getLogger(__name__)

CHECK_FOLDER = ".runnable"
# How long a compare-and-swap keeps retrying while other writers keep changing the object.
CONFLICT_RETRY_SECONDS = 120.0
# Keys per listing request (S3's maximum); a walk of the run index fetches pages only as it needs them.
LIST_PAGE_SIZE = 1000
_CONFLICT_BACKOFF_START = 0.01
_CONFLICT_BACKOFF_CAP = 1.0
# Requests a store sends at once when it reads many objects (a whole chunked run, a page of runs).
READ_CONCURRENCY = 16
# Objects whose last written content and ETag a bucket remembers, to update them with one request.
REMEMBERED_OBJECTS = 4096

# Server error codes (HTTP 403) that mean the credentials themselves were refused.
_CREDENTIAL_CODES = frozenset(
    {"InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken", "InvalidClientTokenId"}
)
_MISSING_OBJECT_CODES = frozenset({"NoSuchKey", "404", "NotFound"})
# 412 on a failed If-Match/If-None-Match; AWS answers 409 when two conditional writes race.
_CONFLICT_CODES = frozenset({"PreconditionFailed", "ConditionalRequestConflict", "412", "409"})
# Guards the sets of buckets this process has checked (below).
_known_buckets_lock = threading.Lock()


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


class BucketSettings(Protocol):
    """What a bucket needs of its configuration (the S3 stores' and the S3 catalog's settings)."""

    @property
    def bucket_name(self) -> str: ...
    @property
    def key_prefix(self) -> str: ...
    @property
    def endpoint_url(self) -> str | None: ...
    @property
    def max_attempts(self) -> int: ...
    @property
    def section(self) -> str: ...
    @property
    def role(self) -> str: ...
    def secret_values(self) -> tuple[str, ...]: ...


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


# --------------------------------------------------------------------------- the bucket

# (endpoint, bucket) pairs checked in this process: the bucket answers; conditional writes work.
_buckets_answering: set[tuple[str, str]] = set()
_buckets_with_conditional_writes: set[tuple[str, str]] = set()


class ObjectBucket:
    """A bucket and key prefix through one boto3 client; every botocore error is translated here."""

    def __init__(self, settings: BucketSettings, client: Any) -> None:
        self.client = client
        self.name = settings.bucket_name
        self.prefix = settings.key_prefix
        self.endpoint = settings.endpoint_url or "AWS S3"
        self.max_attempts = settings.max_attempts
        self.pid = os.getpid()
        self.section = settings.section
        self.role = settings.role
        self._secrets = settings.secret_values()
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
        for key, _etag in self.list_entries(prefix, start_after):
            yield key

    def list_entries(self, prefix: str, start_after: str = "") -> Iterator[tuple[str, str]]:
        """``(key, ETag)`` of the objects under ``prefix``, as :meth:`list_keys` lists them."""
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
                    yield str(item["Key"]), str(item.get("ETag", ""))

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

    def last_written(self, key: str) -> StoredObject | None:
        """What this process last wrote to ``key`` through :meth:`create` or :meth:`update`, with its ETag.

        Not necessarily what the server holds now: another writer may have written since.
        """
        return self._recall(key)

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
        if checked in _buckets_answering:
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
        _buckets_answering.add(checked)

    def check_conditional_writes(self) -> None:
        """Check once per process that the server honours If-None-Match and If-Match on PUT.

        A server that ignores them would let two writers overwrite each other silently; better to
        refuse to run. The check writes (and keeps) one small object:
        ``<prefix>.runnable/conditional-writes``.
        """
        checked = (self.endpoint, self.name)
        if checked in _buckets_with_conditional_writes:
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
                f"{self.url(probe)}). The S3 run log stores need conditional writes so that concurrent "
                "writers never overwrite each other. Use a server that supports them (AWS S3, a recent "
                "MinIO, Ceph RGW), or another run log store such as `database`.",
                service=self.section,
                field="endpoint_url",
            )
        _buckets_with_conditional_writes.add(checked)

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
        return mask_values(text, self._secrets)
