"""Catalogs: where a run's files and pickled objects are kept.

A task's ``Catalog(get=[globs], put=[globs])`` moves files between the
working folder (``compute_data_folder``) and the run's folder in the catalog,
``<catalog_location>/<run_id>/``. Every file moved is recorded as a
:class:`~runnable.models.DataCatalog` entry with its sha256, on the step log.
The catalog also keeps each step's execution log and the pickled values that
tasks return with ``pickled("name")``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, PrivateAttr

from runnable import defaults, exceptions
from runnable.config import Folder
from runnable.models import DataCatalog
from runnable.run_ids import validate_run_id

GET = "get"
PUT = "put"


class BaseCatalog(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "catalog"
    # Relative globs of get/put are taken from (and files are restored into) this folder.
    compute_data_folder: str = "."

    @abstractmethod
    def get(self, run_id: str, pattern: str) -> list[DataCatalog]:
        """Copy the run's catalog files matching ``pattern`` into the compute folder."""

    @abstractmethod
    def put(
        self, run_id: str, pattern: str, store_copy: bool = True, allow_missing: bool = False
    ) -> list[DataCatalog]:
        """Copy compute-folder files matching ``pattern`` into the run's catalog folder.

        With ``store_copy=False`` the files are only hashed and recorded, not copied.
        """

    @abstractmethod
    def put_file(self, run_id: str, source: Path, name: str) -> DataCatalog | None:
        """Keep one file (an execution log, an executed notebook) under ``name`` in the run's folder."""

    @abstractmethod
    def put_object(self, run_id: str, name: str, data: bytes) -> None: ...

    @abstractmethod
    def get_object(self, run_id: str, name: str) -> bytes: ...


class DoNothingCatalog(BaseCatalog):
    """Moves no files and records nothing.

    Pickled objects are still kept, in the memory of this process, so that a
    pipeline passing objects between steps works without a catalog folder.
    """

    service_name: str = "do-nothing"

    _objects: dict[tuple[str, str], bytes] = PrivateAttr(default_factory=dict)

    def get(self, run_id: str, pattern: str) -> list[DataCatalog]:
        return []

    def put(
        self, run_id: str, pattern: str, store_copy: bool = True, allow_missing: bool = False
    ) -> list[DataCatalog]:
        return []

    def put_file(self, run_id: str, source: Path, name: str) -> DataCatalog | None:
        return None

    def put_object(self, run_id: str, name: str, data: bytes) -> None:
        self._objects[(run_id, name)] = data

    def get_object(self, run_id: str, name: str) -> bytes:
        try:
            return self._objects[(run_id, name)]
        except KeyError:
            raise exceptions.CatalogError(
                f"Object '{name}' of run '{run_id}' is not in the do-nothing catalog: it keeps objects only "
                "in the process that created them. Use the file-system catalog to restore them elsewhere."
            ) from None


class FileSystemCatalog(BaseCatalog):
    service_name: str = "file-system"
    catalog_location: Folder = defaults.DEFAULT_CATALOG_FOLDER

    def run_folder(self, run_id: str) -> Path:
        # The run id is a folder name here: checked again, whoever calls (see runnable.run_ids).
        return Path(self.catalog_location) / validate_run_id(run_id)

    def get(self, run_id: str, pattern: str) -> list[DataCatalog]:
        run_folder = self.run_folder(run_id)
        matches = files_matching(run_folder, pattern)
        if not matches:
            raise exceptions.CatalogError(
                f"Catalog get '{pattern}' matched no file in {run_folder}. "
                "Put the files there in an earlier step of this run (Catalog(put=[...]))."
            )
        compute = Path(self.compute_data_folder)
        entries = []
        for source in matches:
            relative = source.relative_to(run_folder)
            target = compute / relative
            _copy_atomically(source, target)
            entries.append(self._entry(run_id, relative, sha256_of(target), GET))
        return entries

    def put(
        self, run_id: str, pattern: str, store_copy: bool = True, allow_missing: bool = False
    ) -> list[DataCatalog]:
        compute = Path(self.compute_data_folder)
        catalog_root = Path(self.catalog_location).resolve()
        # The catalog may live inside the compute folder: never put it into itself.
        matches = [
            path
            for path in files_matching(compute, pattern)
            if not path.resolve().is_relative_to(catalog_root)
        ]

        def keep(source: Path, relative: str, digest: str) -> DataCatalog:
            _copy_atomically(source, self.run_folder(run_id) / relative)
            return self._entry(run_id, Path(relative), digest, PUT)

        return put_files(self.compute_data_folder, matches, pattern, store_copy, allow_missing, keep)

    def put_file(self, run_id: str, source: Path, name: str) -> DataCatalog | None:
        _copy_atomically(source, self.run_folder(run_id) / name)
        return self._entry(run_id, Path(name), sha256_of(source), PUT)

    def put_object(self, run_id: str, name: str, data: bytes) -> None:
        target = self.run_folder(run_id) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, target)

    def get_object(self, run_id: str, name: str) -> bytes:
        path = self.run_folder(run_id) / name
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise exceptions.CatalogError(
                f"Pickled object '{name}' of run '{run_id}' is missing from {path}. "
                "An earlier step returned it with pickled(...); was the catalog folder moved or cleaned?"
            ) from None

    def _entry(self, run_id: str, relative: Path, digest: str, stage: str) -> DataCatalog:
        return DataCatalog(
            name=relative.as_posix(),
            data_hash=digest,
            catalog_relative_path=(Path(run_id) / relative).as_posix(),
            catalog_handler_location=self.catalog_location,
            stage=stage,
        )


def put_files(
    compute_data_folder: str,
    matches: list[Path],
    pattern: str,
    store_copy: bool,
    allow_missing: bool,
    keep: Callable[[Path, str, str], DataCatalog],
) -> list[DataCatalog]:
    """What every catalog's ``put`` does with the files a pattern matched; ``keep`` copies one in.

    ``keep(source, relative name, sha256)`` returns its entry; with ``store_copy=False`` the files are
    only hashed and recorded where they are.
    """
    compute = Path(compute_data_folder)
    if not matches:
        if allow_missing:
            return []
        raise exceptions.CatalogError(
            f"Catalog put '{pattern}' matched no file in {compute.resolve()}. "
            "Check that the task writes the file there, or fix the pattern."
        )
    entries = []
    for source in matches:
        relative = source.relative_to(compute).as_posix()
        digest = sha256_of(source)
        if store_copy:
            entries.append(keep(source, relative, digest))
        else:
            entries.append(
                DataCatalog(
                    name=relative,
                    data_hash=digest,
                    catalog_relative_path=source.as_posix(),
                    catalog_handler_location=compute_data_folder,
                    stage=PUT,
                )
            )
    return entries


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_pattern(pattern: str) -> None:
    """A catalog pattern is a glob relative to its folder, never reaching out of it."""
    if Path(pattern).is_absolute() or ".." in Path(pattern).parts:
        raise exceptions.CatalogError(
            f"Catalog pattern '{pattern}' must be relative to its folder and must not contain '..'."
        )


def files_matching(folder: Path, pattern: str) -> list[Path]:
    """The files under ``folder`` that ``pattern`` matches, sorted."""
    check_pattern(pattern)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(pattern) if path.is_file())


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(descriptor)
    try:
        shutil.copy2(source, temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
