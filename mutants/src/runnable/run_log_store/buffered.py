"""In-memory store: many runs keyed by id, safe across threads of one process.

The fixture of choice for executor and SDK tests; nothing survives the process.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterator
from typing import Any

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, StepLog, utc_now
from runnable.run_log_store.base import BaseRunLogStore


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBufferedRunLogStoreǁ_stored__mutmut: MutantDict = {}  # type: ignore


class BufferedRunLogStore(BaseRunLogStore):
    service_name: str = "buffered"

    _runs: dict[str, RunLog] = PrivateAttr(default_factory=dict)
    _lock: threading.RLock = PrivateAttr(default_factory=threading.RLock)

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut)
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
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_orig(
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
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_1(
        self,
        run_id: str,
        dag_hash: str = "XXXX",
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
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_2(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = True,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        with self._lock:
            if run_id in self._runs:
                raise exceptions.RunLogExistsError(run_id)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_3(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "XXXX",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        with self._lock:
            if run_id in self._runs:
                raise exceptions.RunLogExistsError(run_id)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_4(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "XXXX",
        status: str = defaults.CREATED,
    ) -> RunLog:
        with self._lock:
            if run_id in self._runs:
                raise exceptions.RunLogExistsError(run_id)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_5(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        with self._lock:
            if run_id not in self._runs:
                raise exceptions.RunLogExistsError(run_id)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_6(
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
                raise exceptions.RunLogExistsError(None)
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_7(
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
            run_log = None
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_8(
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
            run_log = RunLog(run_id=None, dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_9(
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
            run_log = RunLog(run_id=run_id, dag_hash=None, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_10(
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
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=None, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_11(
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
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=None)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_12(
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
            run_log = RunLog(dag_hash=dag_hash, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_13(
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
            run_log = RunLog(run_id=run_id, tag=tag, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_14(
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
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, status=status)
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_15(
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
            run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, )
            self._runs[run_id] = run_log
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_16(
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
            self._runs[run_id] = None
            return run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_17(
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
            return run_log.model_copy(deep=None)

    def xǁBufferedRunLogStoreǁcreate_run_log__mutmut_18(
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
            return run_log.model_copy(deep=False)

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut)
    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_orig(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_1(self, run_id: str, full: bool = True) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_2(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = None
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_3(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(None)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_4(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if (full) and False else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_5(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if (full) or True else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_6(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=None) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_7(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=False) if full else run_log.header().model_copy(deep=True)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_8(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=None)

    def xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_9(self, run_id: str, full: bool = False) -> RunLog:
        with self._lock:
            run_log = self._stored(run_id)
            # Callers own what they get back: a copy keeps the stored run unchanged
            # until they write it through the contract.
            return run_log.model_copy(deep=True) if full else run_log.header().model_copy(deep=False)

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut)
    def put_run_log(self, run_log: RunLog) -> None:
        with self._lock:
            self._runs[run_log.run_id] = run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁput_run_log__mutmut_orig(self, run_log: RunLog) -> None:
        with self._lock:
            self._runs[run_log.run_id] = run_log.model_copy(deep=True)

    def xǁBufferedRunLogStoreǁput_run_log__mutmut_1(self, run_log: RunLog) -> None:
        with self._lock:
            self._runs[run_log.run_id] = None

    def xǁBufferedRunLogStoreǁput_run_log__mutmut_2(self, run_log: RunLog) -> None:
        with self._lock:
            self._runs[run_log.run_id] = run_log.model_copy(deep=None)

    def xǁBufferedRunLogStoreǁput_run_log__mutmut_3(self, run_log: RunLog) -> None:
        with self._lock:
            self._runs[run_log.run_id] = run_log.model_copy(deep=False)

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁget_summary__mutmut)
    def get_summary(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_orig(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_1(self) -> dict[str, Any]:
        return {"XXTypeXX": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_2(self) -> dict[str, Any]:
        return {"type": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_3(self) -> dict[str, Any]:
        return {"TYPE": self.service_name, "Location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_4(self) -> dict[str, Any]:
        return {"Type": self.service_name, "XXLocationXX": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_5(self) -> dict[str, Any]:
        return {"Type": self.service_name, "location": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_6(self) -> dict[str, Any]:
        return {"Type": self.service_name, "LOCATION": "memory of this process", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_7(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "XXmemory of this processXX", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_8(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "MEMORY OF THIS PROCESS", "Runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_9(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "XXRunsXX": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_10(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "runs": len(self._runs)}

    def xǁBufferedRunLogStoreǁget_summary__mutmut_11(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Location": "memory of this process", "RUNS": len(self._runs)}

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._runs))

    def xǁBufferedRunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._runs))

    def xǁBufferedRunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        with self._lock:
            return iter(None)

    def xǁBufferedRunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        with self._lock:
            return iter(list(None))

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut)
    def update_run_log_status(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.status = status
            run_log.updated_at = utc_now()

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_orig(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.status = status
            run_log.updated_at = utc_now()

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_1(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = None
            run_log.status = status
            run_log.updated_at = utc_now()

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_2(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(None)
            run_log.status = status
            run_log.updated_at = utc_now()

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_3(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.status = None
            run_log.updated_at = utc_now()

    # Granular writers change the stored run in place under the lock: no copy of
    # the whole run per step.

    def xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_4(self, run_id: str, status: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.status = status
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut)
    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_orig(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_1(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = "XXXX"
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_2(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = None
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_3(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(None)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_4(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                None
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_5(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(None).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_6(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=None) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_7(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=False) for name, value in parameters.items()}
            )
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_parameters__mutmut_8(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.parameters_in_scope(internal_branch_name).update(
                {name: value.model_copy(deep=True) for name, value in parameters.items()}
            )
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut)
    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_orig(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_1(self, run_id: str, internal_branch_name: str = "XXXX") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_2(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = None
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_3(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(None)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_4(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(None).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=True) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_5(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=None) for name, value in scope.items()}

    def xǁBufferedRunLogStoreǁget_parameters__mutmut_6(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        # Copy the one scope only: the header also holds the run config (with the dag), which
        # grows with the pipeline and would make every step's read cost O(steps).
        with self._lock:
            scope = self._stored(run_id).parameters_in_scope(internal_branch_name)
            return {name: value.model_copy(deep=False) for name, value in scope.items()}

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut)
    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_orig(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_1(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = None
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_2(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(None)
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_3(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(None)
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_4(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.deepcopy(None))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_5(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.copy(run_config))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁset_run_config__mutmut_6(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.run_config.update(copy.deepcopy(run_config))
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut)
    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(step_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_orig(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(step_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_1(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = None
            run_log.insert_step_log(step_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_2(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(None)
            run_log.insert_step_log(step_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_3(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(None)
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_4(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(step_log.model_copy(deep=None))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_5(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(step_log.model_copy(deep=False))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_step_log__mutmut_6(self, step_log: StepLog, run_id: str) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_step_log(step_log.model_copy(deep=True))
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut)
    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_orig(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_1(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(None)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_2(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = None
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_3(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(None)
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_4(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(None)
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_5(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=None))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_6(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=False))
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_branch_log__mutmut_7(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        with self._lock:
            run_log = self._stored(run_id)
            run_log.insert_branch_log(branch_log.model_copy(deep=True))
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut)
    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_orig(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_1(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = None
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_2(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(None)
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_3(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = None
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_4(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=None)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_5(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=False)
            run_log.status = job_log.status
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_6(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = None
            run_log.updated_at = utc_now()

    def xǁBufferedRunLogStoreǁadd_job_log__mutmut_7(self, run_id: str, job_log: JobLog) -> None:
        with self._lock:
            run_log = self._stored(run_id)
            run_log.job = job_log.model_copy(deep=True)
            run_log.status = job_log.status
            run_log.updated_at = None

    @_mutmut_mutated(mutants_xǁBufferedRunLogStoreǁ_stored__mutmut)
    def _stored(self, run_id: str) -> RunLog:
        try:
            return self._runs[run_id]
        except KeyError:
            raise exceptions.RunLogNotFoundError(run_id) from None

    def xǁBufferedRunLogStoreǁ_stored__mutmut_orig(self, run_id: str) -> RunLog:
        try:
            return self._runs[run_id]
        except KeyError:
            raise exceptions.RunLogNotFoundError(run_id) from None

    def xǁBufferedRunLogStoreǁ_stored__mutmut_1(self, run_id: str) -> RunLog:
        try:
            return self._runs[run_id]
        except KeyError:
            raise exceptions.RunLogNotFoundError(None) from None

mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_8'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_9'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_10'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_11'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_12'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_13'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_14'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_15'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_16'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_17'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁcreate_run_log__mutmut['xǁBufferedRunLogStoreǁcreate_run_log__mutmut_18'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁcreate_run_log__mutmut_18 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_8'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut['xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_9'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_run_log_by_id__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁput_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut['xǁBufferedRunLogStoreǁput_run_log__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁput_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut['xǁBufferedRunLogStoreǁput_run_log__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁput_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁput_run_log__mutmut['xǁBufferedRunLogStoreǁput_run_log__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁput_run_log__mutmut_3 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_8'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_9'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_10'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_summary__mutmut['xǁBufferedRunLogStoreǁget_summary__mutmut_11'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_summary__mutmut_11 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁiter_run_ids__mutmut['xǁBufferedRunLogStoreǁiter_run_ids__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁiter_run_ids__mutmut['xǁBufferedRunLogStoreǁiter_run_ids__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut['xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut['xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut['xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut['xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁupdate_run_log_status__mutmut_4 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_parameters__mutmut['xǁBufferedRunLogStoreǁset_parameters__mutmut_8'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_parameters__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁget_parameters__mutmut['xǁBufferedRunLogStoreǁget_parameters__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁget_parameters__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁset_run_config__mutmut['xǁBufferedRunLogStoreǁset_run_config__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁset_run_config__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_step_log__mutmut['xǁBufferedRunLogStoreǁadd_step_log__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_step_log__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_branch_log__mutmut['xǁBufferedRunLogStoreǁadd_branch_log__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_branch_log__mutmut_7 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_2'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_3'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_4'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_5'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_6'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁadd_job_log__mutmut['xǁBufferedRunLogStoreǁadd_job_log__mutmut_7'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁadd_job_log__mutmut_7 # type: ignore # mutmut generated

mutants_xǁBufferedRunLogStoreǁ_stored__mutmut['_mutmut_orig'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁ_stored__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBufferedRunLogStoreǁ_stored__mutmut['xǁBufferedRunLogStoreǁ_stored__mutmut_1'] = BufferedRunLogStore.xǁBufferedRunLogStoreǁ_stored__mutmut_1 # type: ignore # mutmut generated
