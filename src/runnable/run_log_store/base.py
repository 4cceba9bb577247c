"""The run log store contract.

A store is a pydantic model whose fields are its configuration (the YAML
``run-log-store.config`` block). Four methods are abstract:
:meth:`~BaseRunLogStore.create_run_log`, :meth:`~BaseRunLogStore.get_run_log_by_id`,
:meth:`~BaseRunLogStore.put_run_log` and :meth:`~BaseRunLogStore.get_summary`.
Every other method has a correct default that loads the whole run log,
changes it and writes it back, so filling in those four gives a complete
store. Built-in stores override the granular writers so that recording a
step costs the same however large the run already is.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, ClassVar, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from runnable import defaults, exceptions
from runnable.conditions import ParameterCondition, as_conditions
from runnable.masking import mask_secrets
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    Parameter,
    RunLog,
    RunLogFilter,
    StepLog,
    utc_now,
)

logger = logging.getLogger(__name__)


class ScopeWrite(NamedTuple):
    """Parameters merged into one scope (``""``: the run; else a branch): an item of ``add_logs``."""

    scope: str
    parameters: dict[str, Parameter]


# One write of BaseRunLogStore.add_logs.
LogWrite = StepLog | BranchLog | ScopeWrite


class BaseRunLogStore(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    service_name: str = ""
    service_type: str = "run_log_store"
    supports_parallel_writes: bool = False

    # The guide's performance knobs (its OptimizedRunLogStore), each off by default and served for
    # every store by one layer over this contract: runnable.run_log_store.tuned.
    cache_ttl_seconds: float = Field(
        default=0, ge=0, description="serve run metadata and parameters from a per-process cache this long"
    )
    batch_size: int = Field(default=1, ge=1, description="step writes queued and stored this many at a time")
    async_writes: bool = Field(default=False, description="store queued step writes from a background thread")

    # Fields that hold credentials: masked in summaries and stored run configs.
    secret_fields: ClassVar[tuple[str, ...]] = ()

    # -- the four abstract methods -------------------------------------------------

    @abstractmethod
    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        """Create and store a new run log; raise RunLogExistsError if the run id is taken."""

    @abstractmethod
    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        """The stored run log; ``full=False`` may leave out step bodies. RunLogNotFoundError if absent."""

    @abstractmethod
    def put_run_log(self, run_log: RunLog) -> None:
        """Store the whole run log, replacing what was stored under its run id."""

    @abstractmethod
    def get_summary(self) -> dict[str, Any]:
        """What to show a person about this store. Never include secrets."""

    def masked_summary(self) -> dict[str, Any]:
        """What :meth:`get_summary` says, masked: the guide's template returns its connection string as is."""
        masked: dict[str, Any] = mask_secrets(self.get_summary())
        return masked

    def put_run_logs(self, run_logs: Sequence[RunLog]) -> None:
        """Store several whole run logs (copies and imports write a page at a time).

        Each run is stored whole or not at all; the database store writes them all in one
        transaction. The default puts them one by one.
        """
        for run_log in run_logs:
            self.put_run_log(run_log)

    # -- run level -------------------------------------------------------------------

    def update_run_log_status(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.status = status
        self._write_back(run_log)

    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def get_parameters_of_branches(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        """The parameters of several branch scopes, by branch: what a fan-in reads.

        Raises BranchLogNotFoundError for a branch that does not exist. The
        default reads the whole run once; the chunked stores read each branch's
        chunk, the database store one query per 500 branches.
        """
        if not internal_branch_names:
            self.get_run_log_by_id(run_id)  # the run must exist
            return {}
        run_log = self.get_run_log_by_id(run_id, full=True)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return dict(self.get_run_log_by_id(run_id).run_config)

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    # -- steps -------------------------------------------------------------------------

    def create_step_log(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=internal_name, status=defaults.CREATED)

    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=True)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    # -- branches ----------------------------------------------------------------------

    def create_branch_log(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=dict(parameters or {}),
        )

    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    # -- several writes at once ------------------------------------------------------

    def add_logs(self, run_id: str, writes: Sequence[LogWrite]) -> None:
        """Several granular writes of one run, as if made one by one in the order given.

        A :class:`~runnable.models.StepLog` is written as :meth:`add_step_log` writes it, a
        :class:`~runnable.models.BranchLog` as :meth:`add_branch_log`, a :class:`ScopeWrite`
        as :meth:`set_parameters`. What a step's end writes (its outputs, then its log), a
        branch's end (its last step, then its status) and its start (the branch, then its first
        step). Errors are those of the one-by-one calls. A store may make the writes in fewer
        requests (the database store: one transaction), never in another order: a crash keeps
        a prefix of them at most. The default makes the calls one by one.
        """
        for write in writes:
            if isinstance(write, StepLog):
                self.add_step_log(write, run_id)
            elif isinstance(write, BranchLog):
                self.add_branch_log(write, run_id)
            else:
                self.set_parameters(run_id, write.parameters, write.scope)

    # -- small factories -------------------------------------------------------------

    def create_code_identity(self) -> CodeIdentity:
        return CodeIdentity()

    def create_data_catalog(self, name: str) -> DataCatalog:
        return DataCatalog(name=name)

    # -- jobs ---------------------------------------------------------------------------

    def create_job_log(self) -> JobLog:
        return JobLog(status=defaults.CREATED)

    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    # -- queries ----------------------------------------------------------------------

    def get_run_logs(
        self,
        run_ids: list[str] | None = None,
        tag: str = "",
        status: str = "",
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        updated_after: datetime | None = None,
        updated_before: datetime | None = None,
        parameters: dict[str, Any] | None = None,
        conditions: Iterable[ParameterCondition | str] | None = None,
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``conditions`` (``"score>0.9"`` or :class:`ParameterCondition`, see
        :mod:`runnable.conditions`) must all hold; ``after`` is the run id of
        the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            conditions=as_conditions(conditions),
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def iter_run_ids(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(self).__name__}' cannot list its runs: "
            "override iter_run_ids() or get_run_logs()."
        )

    def iter_run_logs(self, query: RunLogFilter, full: bool = False) -> Iterator[RunLog]:
        """Every run matching ``query`` (its ``limit`` and ``after`` aside), one at a time, in no set order.

        What copies and exports walk: memory stays flat however many runs match.
        The default reads each listed run; the database store (and a store that
        cannot list its run ids) pages through ``query_run_logs`` instead.
        """
        if query.run_ids is None and type(self).iter_run_ids is BaseRunLogStore.iter_run_ids:
            return paged_run_logs(self, query, full)
        return self._each_listed_run(query, full)

    def _each_listed_run(self, query: RunLogFilter, full: bool) -> Iterator[RunLog]:
        unpaged = query.model_copy(update={"limit": None, "after": None})
        run_ids = dict.fromkeys(query.run_ids) if query.run_ids is not None else self.iter_run_ids()
        for run_log in self._existing(run_ids, full=full):
            if unpaged.matches(run_log):
                yield run_log

    # -- removing runs -----------------------------------------------------------------

    def delete_run_log(self, run_id: str) -> None:
        """Remove the run and everything stored for it; RunLogNotFoundError if there is no such run.

        The four abstract methods cannot remove anything, so the default refuses with
        :class:`~runnable.exceptions.DeleteUnsupportedError`; every built-in store overrides it.
        """
        raise exceptions.DeleteUnsupportedError(self.service_name or type(self).__name__)

    @property
    def can_delete(self) -> bool:
        """Whether :meth:`delete_run_log` is implemented (asked before a dry run promises anything)."""
        return type(self).delete_run_log is not BaseRunLogStore.delete_run_log

    # -- lifetime ------------------------------------------------------------------------

    def close(self) -> None:
        """Let go of what the store holds open in this process (a connection pool, say).

        Called when a run, a retry or the UI is done with the store. The store stays usable and
        reopens what it needs on its next use. Nothing to let go by default.
        """

    # -- helpers for subclasses ---------------------------------------------------

    def _existing(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    def _write_back(self, run_log: RunLog) -> None:
        run_log.updated_at = utc_now()
        self.put_run_log(run_log)

    def masked_config(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.masking.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked


def paged_run_logs(
    store: BaseRunLogStore, query: RunLogFilter, full: bool, page: int | None = None
) -> Iterator[RunLog]:
    """``iter_run_logs`` for stores whose ``query_run_logs`` pages through an index (keyset on the cursor)."""
    page = page or (FULL_RUNS_PAGE if full else HEADERS_PAGE)
    cursor = query.model_copy(update={"limit": page, "after": None})
    answers_whole_query = type(store).get_run_logs is BaseRunLogStore.get_run_logs
    while True:
        batch = _query_page(store, cursor, full)
        # A guide store's get_run_logs knows no conditions: filter here, page on what it returned.
        yield from batch if answers_whole_query else filter(query.matches, batch)
        if len(batch) < page:
            return
        cursor = cursor.model_copy(update={"after": batch[-1].run_id})


def _query_page(store: BaseRunLogStore, query: RunLogFilter, full: bool) -> list[RunLog]:
    if type(store).get_run_logs is BaseRunLogStore.get_run_logs:
        return store.query_run_logs(query, full=full)
    # A store written to the public guide answers get_run_logs itself (without conditions).
    return store.get_run_logs(
        run_ids=query.run_ids,
        tag=query.tag,
        status=query.status,
        created_after=query.created_after,
        created_before=query.created_before,
        updated_after=query.updated_after,
        updated_before=query.updated_before,
        parameters=query.parameters,
        limit=query.limit,
        after=query.after,
        full=full,
    )


class UpdatedAtThrottle:
    """When this store object last set each run's ``updated_at`` on a step or branch write.

    A write that finds the run touched less than
    :data:`~runnable.defaults.UPDATED_AT_RESOLUTION_SECONDS` ago leaves
    ``updated_at`` alone: it stays exact to that resolution, and writers of one
    run in parallel do not queue for the run's record on every write.
    """

    def __init__(self) -> None:
        self._times: dict[str, float] = {}

    def due(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def touched(self, run_id: str) -> None:
        if len(self._times) >= _THROTTLED_RUNS:
            self._times.clear()
        self._times[run_id] = time.monotonic()

    def forget(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(run_id, None)


# Runs per query when a store pages through its runs: whole runs are bigger than headers.
FULL_RUNS_PAGE = 100
HEADERS_PAGE = 500

# Runs a throttle remembers before starting afresh (a long-lived process writes many runs).
_THROTTLED_RUNS = 10_000
