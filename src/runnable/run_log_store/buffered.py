"""In-memory store: many runs keyed by id, safe across threads of one process.

The fixture of choice for executor and SDK tests; nothing survives the process. A large
parameter value is held once per run: every copy written into a run is replaced by the one
object the run already holds for an equal value (:class:`~runnable.run_log_store._values.SharedValues`).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, StepLog, utc_now
from runnable.run_log_store._values import SharedValues
from runnable.run_log_store.base import BaseRunLogStore

_PartT = TypeVar("_PartT", StepLog, BranchLog, JobLog)


class BufferedRunLogStore(BaseRunLogStore):
    service_name: str = "buffered"

    _runs: dict[str, RunLog] = PrivateAttr(default_factory=dict)
    _values: dict[str, SharedValues] = PrivateAttr(default_factory=dict)
    _lock: threading.RLock = PrivateAttr(default_factory=threading.RLock)

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        with self._lock:
            if run_id in self._runs:
                raise exceptions.RunLogExistsError(run_id)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            self._values[run_id] = SharedValues()
            return run_log.model_copy(deep=True)

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def put_run_log(self, run_log: RunLog) -> None:
        stored = run_log.model_copy(deep=True)
        values = SharedValues()
        values.share(stored)
        with self._lock:
            self._runs[run_log.run_id] = stored
            self._values[run_log.run_id] = values

    def get_summary(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def iter_run_ids(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._runs))

    def delete_run_log(self, run_id: str) -> None:
        with self._lock:
            self._stored(run_id)
            del self._runs[run_id]

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def update_run_log_status(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.status = status
            run_log.updated_at = utc_now()

    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            copied = {name: value.model_copy(deep=True) for name, value in parameters.items()}
            self._shared(run_id).share_parameters(copied)
            run_log.parameters_in_scope(internal_branch_name).update(copied)
            run_log.updated_at = utc_now()

    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = utc_now()

    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(self._shared_copy(run_id, step_log))
            run_log.updated_at = utc_now()

    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(self._shared_copy(run_id, branch_log))
            run_log.updated_at = utc_now()

    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = self._shared_copy(run_id, job_log)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def _shared(self, run_id: str) -> SharedValues:
        return self._values.setdefault(run_id, SharedValues())

    def _shared_copy(self, run_id: str, model: _PartT) -> _PartT:
        """A copy of a part to store, its large values replaced by those the run already holds."""
        copied = model.model_copy(deep=True)
        self._shared(run_id).share(copied)
        return copied

    def _stored(self, run_id: str) -> RunLog:
        try:
            return self._runs[run_id]
        except KeyError:
            raise exceptions.RunLogNotFoundError(run_id) from None
