"""What the ``minio`` and ``chunked-minio`` stores share: configuration, the client, the run index.

* :class:`S3StoreMixin` -- the configuration fields (runnable 0.50's names plus region and retry knobs),
  the lazily created boto3 client and the behaviour both stores have in common: creating and
  replacing a run keep the run index current, and ``get_run_logs`` walks that index.
* The bucket itself (reads, conditional writes, error translation) is :mod:`runnable.run_log_store.s3_bucket`.
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
import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

from pydantic import Field, PrivateAttr, field_validator

from runnable import exceptions
from runnable.models import RunLog, RunLogFilter
from runnable.run_log_store.aws import AwsSettings, PerProcess
from runnable.run_log_store.s3_bucket import (
    READ_CONCURRENCY,
    ObjectBucket,
    Payload,
    concurrently,
)

logger = logging.getLogger(__name__)

# runnable 0.50's default: the bucket `runnable`, keys under `run-logs/`.
DEFAULT_BUCKET = "runnable/run-logs"
INDEX_FOLDER = ".index"


_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]")


# --------------------------------------------------------------------------- configuration


class S3Settings(AwsSettings):
    """Where a bucket is and how to reach it (runnable 0.50's field names), and the client made from it.

    Shared by the S3 stores and the S3 catalog; ``section`` and ``role`` name the configuration
    section in errors.
    """

    bucket: str = Field(
        default=DEFAULT_BUCKET, description="bucket, optionally with a key prefix: bucket/prefix"
    )

    # botocore sends PUT headers with "Expect: 100-continue" and waits for the server's go-ahead before
    # the body: a second round trip per PUT. Worth it for a catalog's large files, not for run logs.
    expect_continue: ClassVar[bool] = True

    _objects: PerProcess[ObjectBucket] = PrivateAttr(default_factory=PerProcess)

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
        return self._objects.get(lambda: ObjectBucket(self, self._make_client()))

    def _make_client(self) -> Any:
        client = self.boto3_client(
            "s3",
            "s3",
            prepare_session=_parse_timestamps_quickly,
            # MinIO, Ceph and most self-hosted servers answer on one host name: path-style URLs.
            s3={"addressing_style": "path"} if self.endpoint_url else {},
            # Checksums only where S3 requires them: servers that predate the newer CRC headers refuse them.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            # Concurrent reads (ObjectBucket.get_many) each need a connection of their own.
            max_pool_connections=max(10, READ_CONCURRENCY),
        )
        if not self.expect_continue:
            from botocore.handlers import add_expect_header

            client.meta.events.unregister("before-call.s3", add_expect_header)
        return client


def _parse_timestamps_quickly(session: Any) -> None:
    # A listing's every key carries a timestamp, which botocore parses with dateutil: half the
    # client's time on a 1,000-key page. S3 writes them in ISO 8601, which the standard library
    # parses at once; anything else still goes to botocore's parser.
    session.get_component("response_parser_factory").set_parser_defaults(timestamp_parser=_parse_timestamp)


def _parse_timestamp(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if parsed.tzinfo is not None:
                return parsed
        except ValueError:
            pass
    from botocore.utils import parse_timestamp

    timestamp: datetime = parse_timestamp(value)
    return timestamp


class S3StoreMixin(S3Settings):
    """Configuration, client and run index shared by the S3 stores; mixed in before the store's base class."""

    expect_continue: ClassVar[bool] = False  # run log objects are small: one round trip per PUT

    # -- shared store behaviour -----------------------------------------------------------------

    def describe(self, layout: str) -> dict[str, Any]:
        """The summary both stores show: where the runs are, never the credentials."""
        objects_where = f"s3://{self.bucket_name}/{self.key_prefix}"
        return {
            "Type": self.type_name(),
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
