"""The guide's performance knobs for any store: a read cache and write-behind around the store contract.

Every store's configuration accepts the fields of the guide's ``OptimizedRunLogStore``
(:class:`~runnable.run_log_store.base.BaseRunLogStore` declares them): ``cache_ttl_seconds``,
``batch_size`` and ``async_writes``. All off by default. When one is on, the run's services wrap
the store in a :class:`TunedRunLogStore` (:func:`tuned`), which speaks to it only through the
contract, so the database, S3, chunked and third-party stores all get the same behaviour:

* ``cache_ttl_seconds > 0``: the parameters of a scope, the run config and the run's header
  (``get_run_log_by_id(full=False)``) are served from a per-process cache
  (:mod:`~runnable.run_log_store.read_cache`) for that many seconds; this process's own writes
  update or drop what they touch.
* ``batch_size > 1`` or ``async_writes``: step-log writes (``add_step_log``) are queued and
  stored later (:mod:`~runnable.run_log_store.write_behind`), coalesced, ``batch_size`` at a
  time, by a background thread with ``async_writes``. Every other write (parameters, branches,
  the run's status, job log, config) and every read but of parameters and the run config first
  stores what is queued, so the
  store sees writes in the order they were made, a later step or another process finds what it
  needs, and the run's final status is written only after everything before it is stored.

What a process killed with SIGKILL loses with each setting: docs/database.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import PrivateAttr

from runnable.importing import import_object
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    Parameter,
    RunLog,
    RunLogFilter,
    StepLog,
    parent_of,
)
from runnable.run_log_store.base import BaseRunLogStore, LogWrite
from runnable.run_log_store.read_cache import ReadCache
from runnable.run_log_store.write_behind import WriteBehind

# What the read cache keys a run's entries by, beside parameter scopes (which are strings).
_CONFIG = ("config",)
_HEADER = ("header",)


def knobs_on(store: BaseRunLogStore) -> bool:
    return store.cache_ttl_seconds > 0 or store.batch_size > 1 or store.async_writes


def tuned(store: BaseRunLogStore) -> BaseRunLogStore:
    """``store`` wrapped in the knobs its configuration turns on; ``store`` itself when none is."""
    if isinstance(store, TunedRunLogStore) or not knobs_on(store):
        return store
    return TunedRunLogStore.around(store)


class TunedRunLogStore(BaseRunLogStore):
    """A store behind the read cache and write-behind; see the module docstring.

    Its one field, ``store_spec``, is the wrapped store's class path and fields, so that a worker
    process rebuilds the same wrapped store from it (as it rebuilds any service).
    """

    store_spec: tuple[str, dict[str, Any]]

    _inner: BaseRunLogStore | None = PrivateAttr(default=None)
    _cache: ReadCache | None = PrivateAttr(default=None)
    _behind: WriteBehind | None = PrivateAttr(default=None)
    # (run id, branch) pairs this object stored a step or branch in: where a queued step write
    # cannot fail for want of its run or branch. The first write into any other is stored at once,
    # so that a missing run or branch is reported to the caller, as without the knobs.
    _known_scopes: set[tuple[str, str]] = PrivateAttr(default_factory=set)

    @classmethod
    def around(cls, store: BaseRunLogStore) -> TunedRunLogStore:
        return cls(store_spec=(f"{type(store).__module__}:{type(store).__qualname__}", {}), inner=store)

    def __init__(self, *, inner: BaseRunLogStore | None = None, **fields: Any) -> None:
        if inner is not None:
            fields["store_spec"] = (fields["store_spec"][0], inner.model_dump())
        super().__init__(**fields)
        if inner is None:
            class_path, values = self.store_spec
            inner = import_object(class_path)(**values)
            assert isinstance(inner, BaseRunLogStore)
        self._inner = inner
        self.service_name = inner.service_name
        self.service_type = inner.service_type
        self.supports_parallel_writes = inner.supports_parallel_writes
        self.cache_ttl_seconds = inner.cache_ttl_seconds
        self.batch_size = inner.batch_size
        self.async_writes = inner.async_writes
        if inner.cache_ttl_seconds > 0:
            self._cache = ReadCache(inner.cache_ttl_seconds)
        if inner.batch_size > 1 or inner.async_writes:
            self._behind = WriteBehind(
                inner.add_step_log, batch_size=inner.batch_size, background=inner.async_writes
            )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled as the wrapped store's spec: the queue, its thread and the cache stay in this process.
        return (_rebuilt, (self.store_spec[0], self.inner.model_dump()))

    @property
    def inner(self) -> BaseRunLogStore:
        """The wrapped store."""
        assert self._inner is not None
        return self._inner

    def flush(self) -> None:
        """Store every queued step write now."""
        if self._behind is not None:
            self._behind.flush()

    def _read(self, run_id: str, what: Any, read: Any) -> Any:
        return read() if self._cache is None else self._cache.get(run_id, what, read)

    def _written(self, run_id: str, *what: Any) -> None:
        """This process wrote to the run: drop the cache entries the write may have changed."""
        if self._cache is not None:
            self._cache.drop(run_id, _HEADER)
            for entry in what:
                self._cache.drop(run_id, entry)

    # -- what the store says about itself ----------------------------------------------------

    def get_summary(self) -> dict[str, Any]:
        summary = self.inner.get_summary()
        summary["Knobs"] = (
            f"cache_ttl_seconds={self.cache_ttl_seconds:g}, batch_size={self.batch_size}, "
            f"async_writes={self.async_writes}"
        )
        return summary

    def masked_config(self) -> dict[str, Any]:
        return self.inner.masked_config()

    @property
    def can_delete(self) -> bool:
        return self.inner.can_delete

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.inner.close()

    # -- runs -----------------------------------------------------------------------------------

    def create_run_log(self, run_id: str, *args: Any, **kwargs: Any) -> RunLog:
        self.flush()
        self._written(run_id)
        return self.inner.create_run_log(run_id, *args, **kwargs)

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        self.flush()  # a step write moves the run's updated_at too
        if full:
            return self.inner.get_run_log_by_id(run_id, full=True)
        header: RunLog = self._read(run_id, _HEADER, lambda: self.inner.get_run_log_by_id(run_id))
        return header

    def put_run_log(self, run_log: RunLog) -> None:
        self.flush()
        if self._cache is not None:
            self._cache.drop_run(run_log.run_id)
        self.inner.put_run_log(run_log)

    def put_run_logs(self, run_logs: Sequence[RunLog]) -> None:
        self.flush()
        for run_log in run_logs:
            if self._cache is not None:
                self._cache.drop_run(run_log.run_id)
        self.inner.put_run_logs(run_logs)

    def update_run_log_status(self, run_id: str, status: str) -> None:
        self.flush()  # the final status only once everything before it is stored
        self._written(run_id)
        self.inner.update_run_log_status(run_id, status)

    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        parameters: dict[str, Parameter] = self._read(
            run_id, internal_branch_name, lambda: self.inner.get_parameters(run_id, internal_branch_name)
        )
        return parameters

    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        found = self.inner.get_parameters_of_branches(run_id, internal_branch_names)
        if self._cache is not None:
            for name, parameters in found.items():
                self._cache.put(run_id, name, parameters)
        return found

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self.flush()
        self.inner.set_parameters(run_id, parameters, internal_branch_name)
        self._parameters_written(run_id, internal_branch_name, parameters)

    def _parameters_written(self, run_id: str, scope: str, parameters: dict[str, Parameter]) -> None:
        if self._cache is not None:
            self._cache.drop(run_id, _HEADER)
            # This process's own write: what it read, merged with what it wrote.
            self._cache.update(run_id, scope, lambda stored: {**stored, **parameters})

    def get_run_config(self, run_id: str) -> dict[str, Any]:
        config: dict[str, Any] = self._read(run_id, _CONFIG, lambda: self.inner.get_run_config(run_id))
        return config

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        self.flush()
        self._written(run_id, _CONFIG)
        self.inner.set_run_config(run_id, run_config)

    # -- steps and branches -------------------------------------------------------------------

    def create_step_log(self, name: str, internal_name: str) -> StepLog:
        return self.inner.create_step_log(name, internal_name)

    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        self.flush()
        return self.inner.get_step_log(internal_name, run_id)

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        self._written(run_id)
        scope = (run_id, parent_of(step_log.internal_name))
        if self._behind is None or scope not in self._known_scopes:
            self.flush()
            self.inner.add_step_log(step_log, run_id)
            if self._behind is not None:
                self._known_scopes.add(scope)
            return
        self._behind.add(step_log, run_id)

    def create_branch_log(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        return self.inner.create_branch_log(internal_branch_name, parameters)

    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        self.flush()
        return self.inner.get_branch_log(internal_branch_name, run_id)

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        self.flush()  # its steps (a composite's) must be stored before what is under them
        if isinstance(branch_log, RunLog):
            if self._cache is not None:
                self._cache.drop_run(run_id)
        else:
            self._written(run_id, branch_log.internal_name)
        self.inner.add_branch_log(branch_log, run_id)
        if self._behind is not None and not isinstance(branch_log, RunLog):
            self._known_scopes.add((run_id, branch_log.internal_name))

    def add_logs(self, run_id: str, writes: Sequence[LogWrite]) -> None:
        if self._behind is not None:
            # Step writes may wait in the queue: the contract's default makes each write through this
            # layer's own method, which knows when.
            super().add_logs(run_id, writes)
            return
        # Nothing queued: the store makes the writes in as few requests as it can.
        self.inner.add_logs(run_id, writes)
        for write in writes:
            if isinstance(write, BranchLog):
                self._written(run_id, write.internal_name)
            elif isinstance(write, StepLog):
                self._written(run_id)
            else:
                self._parameters_written(run_id, write.scope, write.parameters)

    # -- small factories and jobs ------------------------------------------------------------

    def create_code_identity(self) -> CodeIdentity:
        return self.inner.create_code_identity()

    def create_data_catalog(self, name: str) -> DataCatalog:
        return self.inner.create_data_catalog(name)

    def create_job_log(self) -> JobLog:
        return self.inner.create_job_log()

    def get_job_log(self, run_id: str) -> JobLog:
        self.flush()
        return self.inner.get_job_log(run_id)

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        self.flush()
        self._written(run_id)
        self.inner.add_job_log(run_id, job_log)

    # -- queries and removal (always from the store, after what is queued) ---------------------

    def get_run_logs(self, *args: Any, **kwargs: Any) -> list[RunLog]:
        # Passed on as given: a store written to the guide answers get_run_logs itself.
        self.flush()
        return self.inner.get_run_logs(*args, **kwargs)

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        self.flush()
        return self.inner.query_run_logs(query, full=full)

    def iter_run_ids(self) -> Iterator[str]:
        self.flush()
        return self.inner.iter_run_ids()

    def iter_run_logs(self, query: RunLogFilter, full: bool = False) -> Iterator[RunLog]:
        self.flush()
        return self.inner.iter_run_logs(query, full=full)

    def delete_run_log(self, run_id: str) -> None:
        self.flush()
        if self._cache is not None:
            self._cache.drop_run(run_id)
        self._known_scopes = {scope for scope in self._known_scopes if scope[0] != run_id}
        self.inner.delete_run_log(run_id)


def _rebuilt(class_path: str, fields: dict[str, Any]) -> TunedRunLogStore:
    return TunedRunLogStore(store_spec=(class_path, fields))
