"""The S3 catalog (``catalog: {type: minio}``, alias ``s3``): a run's files and objects in a bucket.

What the file-system catalog keeps under ``<catalog_location>/<run_id>/`` this one keeps under
``s3://<bucket>/<prefix>/<run_id>/``, so steps running on machines that share no disk (Argo pods,
the emulator's processes) exchange files, execution logs and pickled returns through it. The
fields are runnable 0.50's (``endpoint_url``, ``aws_access_key_id``, ``aws_secret_access_key``,
``bucket``) plus the S3 stores' region and retry knobs; ``bucket`` may carry a key prefix
(``runnable/catalog``). Credentials are never shown: errors name the endpoint, bucket and object.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from pydantic import Field

from runnable import exceptions
from runnable.catalog import GET, PUT, BaseCatalog, check_pattern, files_matching, put_files, sha256_of
from runnable.models import DataCatalog
from runnable.run_log_store._s3 import S3Settings
from runnable.run_log_store.s3_bucket import Payload

# runnable 0.50's minio catalog used the bucket `runnable`; its objects go under `catalog/` here.
DEFAULT_CATALOG_BUCKET = "runnable/catalog"


class S3Catalog(S3Settings, BaseCatalog):
    service_name: str = "minio"
    section: ClassVar[str] = "catalog"
    role: ClassVar[str] = "catalog"

    bucket: str = Field(
        default=DEFAULT_CATALOG_BUCKET, description="bucket, optionally with a key prefix: bucket/prefix"
    )

    def run_prefix(self, run_id: str) -> str:
        return self.objects().key(run_id) + "/"

    def location(self) -> str:
        return f"s3://{self.bucket_name}/{self.key_prefix}".rstrip("/")

    def get(self, run_id: str, pattern: str) -> list[DataCatalog]:
        check_pattern(pattern)
        prefix = self.run_prefix(run_id)
        bucket = self.objects()
        matcher = glob_matcher(pattern)
        names = [key[len(prefix) :] for key in bucket.list_keys(prefix) if matcher(key[len(prefix) :])]
        if not names:
            raise exceptions.CatalogError(
                f"Catalog get '{pattern}' matched no file in {bucket.url(prefix)}. "
                "Put the files there in an earlier step of this run (Catalog(put=[...]))."
            )
        compute = Path(self.compute_data_folder)
        entries = []
        for name in names:
            target = compute / name
            _write_atomically(target, self.get_object(run_id, name))
            entries.append(self._entry(run_id, name, sha256_of(target), GET))
        return entries

    def put(
        self, run_id: str, pattern: str, store_copy: bool = True, allow_missing: bool = False
    ) -> list[DataCatalog]:
        matches = files_matching(Path(self.compute_data_folder), pattern)

        def keep(source: Path, relative: str, digest: str) -> DataCatalog:
            self.put_object(run_id, relative, source.read_bytes())
            return self._entry(run_id, relative, digest, PUT)

        return put_files(self.compute_data_folder, matches, pattern, store_copy, allow_missing, keep)

    def put_file(self, run_id: str, source: Path, name: str) -> DataCatalog | None:
        self.put_object(run_id, name, source.read_bytes())
        return self._entry(run_id, name, sha256_of(source), PUT)

    def put_object(self, run_id: str, name: str, data: bytes) -> None:
        bucket = self.objects()
        bucket.put(bucket.key(run_id, name), Payload(data=data))

    def get_object(self, run_id: str, name: str) -> bytes:
        bucket = self.objects()
        stored = bucket.get(bucket.key(run_id, name))
        if stored is None:
            raise exceptions.CatalogError(
                f"'{name}' of run '{run_id}' is missing from {bucket.url(bucket.key(run_id, name))}. "
                "An earlier step of the run puts it there; was the bucket cleaned?"
            )
        return stored.data

    def get_summary(self) -> dict[str, Any]:
        return {"service_name": self.service_name, "endpoint_url": self.endpoint_url, "bucket": self.bucket}

    def _entry(self, run_id: str, name: str, digest: str, stage: str) -> DataCatalog:
        return DataCatalog(
            name=name,
            data_hash=digest,
            catalog_relative_path=f"{run_id}/{name}",
            catalog_handler_location=self.location(),
            stage=stage,
        )


def glob_matcher(pattern: str) -> Any:
    """Whether a relative key matches ``pattern`` as ``Path.glob`` would (``*``, ``?``, ``**``)."""
    parts = PurePosixPath(pattern).parts
    expression = ""
    for position, part in enumerate(parts):
        last = position == len(parts) - 1
        if part == "**":
            expression += ".*" if last else "(?:[^/]+/)*"
            continue
        segment = "".join(
            "[^/]*" if char == "*" else "[^/]" if char == "?" else re.escape(char) for char in part
        )
        expression += segment + ("" if last else "/")
    compiled = re.compile(expression)
    return lambda name: compiled.fullmatch(name) is not None


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.replace(temporary, target)
