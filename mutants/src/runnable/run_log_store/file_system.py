"""One JSON file per run: ``<log_folder>/<run_id>.json``, runnable 0.50's ``file-system`` layout.

Every write replaces the whole file atomically, so a reader (or a crash)
only ever sees a complete run log. Recording a step rewrites the whole run,
which is fine for small runs and sequential pipelines; for parallel
branches use ``chunked-fs`` or ``database``. The granular writers hold a
per-run file lock around their read-modify-write, so threads and processes
that do write one run at once never interleave or lose each other's writes;
``put_run_log`` of a stale copy still replaces the run, hence
``supports_parallel_writes = False``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import PrivateAttr

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, StepLog
from runnable.run_log_store import _io
from runnable.run_log_store.base import BaseRunLogStore

RUN_LOG_SUFFIX = ".json"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁFileSystemRunLogStoreǁpath_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut: MutantDict = {}  # type: ignore


class FileSystemRunLogStore(BaseRunLogStore):
    service_name: str = "file-system"
    log_folder: str = defaults.DEFAULT_RUN_LOG_FOLDER

    _locks: _io.PathLocks = PrivateAttr(default_factory=_io.PathLocks)

    @property
    def folder(self) -> Path:
        return Path(self.log_folder)

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁpath_for__mutmut)
    def path_for(self, run_id: str) -> Path:
        return self.folder / f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}"

    def xǁFileSystemRunLogStoreǁpath_for__mutmut_orig(self, run_id: str) -> Path:
        return self.folder / f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}"

    def xǁFileSystemRunLogStoreǁpath_for__mutmut_1(self, run_id: str) -> Path:
        return self.folder * f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}"

    def xǁFileSystemRunLogStoreǁpath_for__mutmut_2(self, run_id: str) -> Path:
        return self.folder / f"{_io.validate_run_id(None)}{RUN_LOG_SUFFIX}"

    # -- the four abstract methods ------------------------------------------------------

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut)
    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_orig(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_1(
        self,
        run_id: str,
        dag_hash: str = "XXXX",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_2(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = True,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_3(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "XXXX",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_4(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "XXXX",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_5(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = None
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_6(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(None)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_7(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = None
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_8(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=None, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_9(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=None, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_10(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=None, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_11(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=None)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_12(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_13(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_14(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_15(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, )
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_16(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(None, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_17(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, None, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_18(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, None):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_19(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_20(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_21(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, ):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_22(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "XXcreateXX"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_23(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "CREATE"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_24(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=None, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_25(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=None)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_26(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_27(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, )
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_28(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=False, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_29(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=False)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_30(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = None
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_31(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(None, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_32(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, None)
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_33(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_34(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, )
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_35(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(None))
        if not created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_36(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if created:
            raise exceptions.RunLogExistsError(run_id)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_37(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        path = self.path_for(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        with _io.os_errors_as_store_errors(run_id, path, "create"):
            self.folder.mkdir(parents=True, exist_ok=True)
            created = _io.create_exclusive(path, self._encode(run_log))
        if not created:
            raise exceptions.RunLogExistsError(None)
        return run_log

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut)
    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_orig(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_1(self, run_id: str, full: bool = True) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_2(self, run_id: str, full: bool = False) -> RunLog:
        path = None
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_3(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(None)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_4(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(None, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_5(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, None, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_6(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, None):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_7(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_8(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_9(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, ):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_10(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "XXreadXX"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_11(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "READ"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_12(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = None
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_13(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(None)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_14(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is not None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_15(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(None)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_16(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = None
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_17(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = None
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_18(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(None, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_19(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, None, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_20(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, None)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_21(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_22(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_23(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, )
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_24(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(None, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_25(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, None)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_26(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_27(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, )
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_28(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) or not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_29(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_30(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop(None, None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_31(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop(None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_32(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", )
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_33(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("XXstepsXX", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_34(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("STEPS", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_35(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = None
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_36(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(None, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_37(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, None, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_38(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, None, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_39(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, None)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_40(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_41(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_42(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_43(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, )
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_44(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id == run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_45(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                None,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_46(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                None,
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_47(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                None,
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_48(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_49(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_50(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_51(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(None),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(the file name must be the run id)",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_52(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "XX(the file name must be the run id)XX",
            )
        return run_log

    def xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_53(self, run_id: str, full: bool = False) -> RunLog:
        path = self.path_for(run_id)
        with _io.os_errors_as_store_errors(run_id, path, "read"):
            found = _read_with_mtime(path)
        if found is None:
            raise exceptions.RunLogNotFoundError(run_id)
        data, modified = found
        payload = _io.decode_json(data, run_id, path)
        _io.fill_missing_timestamps(payload, modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, path)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(
                run_id,
                str(path),
                f"it holds run '{run_log.run_id}'; rename it to {run_log.run_id}{RUN_LOG_SUFFIX} "
                "(THE FILE NAME MUST BE THE RUN ID)",
            )
        return run_log

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut)
    def put_run_log(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_orig(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_1(self, run_log: RunLog) -> None:
        path = None
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_2(self, run_log: RunLog) -> None:
        path = self.path_for(None)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_3(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = None
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_4(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(None)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_5(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(None, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_6(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=None),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_7(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_8(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, ),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_9(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=False),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_10(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(None, path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_11(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, None, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_12(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, None),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_13(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(path, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_14(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, "write"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_15(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, ),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_16(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "XXwriteXX"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_17(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "WRITE"),
        ):
            _io.write_atomic(path, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_18(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(None, data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_19(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, None)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_20(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(data)

    def xǁFileSystemRunLogStoreǁput_run_log__mutmut_21(self, run_log: RunLog) -> None:
        path = self.path_for(run_log.run_id)
        data = self._encode(run_log)
        with (
            self._locked(run_log.run_id, create_folder=True),
            _io.os_errors_as_store_errors(run_log.run_id, path, "write"),
        ):
            _io.write_atomic(path, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut)
    def get_summary(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_orig(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXTypeXX": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_2(self) -> dict[str, Any]:
        return {
            "type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_3(self) -> dict[str, Any]:
        return {
            "TYPE": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_4(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "XXLocationXX": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_5(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_6(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "LOCATION": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_7(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(None),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_8(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "XXLayoutXX": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_9(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_10(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "LAYOUT": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "Parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_11(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "XXParallel writesXX": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_12(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "parallel writes": self.supports_parallel_writes,
        }

    def xǁFileSystemRunLogStoreǁget_summary__mutmut_13(self) -> dict[str, Any]:
        return {
            "Type": self.service_name,
            "Location": str(self.folder.resolve()),
            "Layout": f"one file per run: <log_folder>/<run_id>{RUN_LOG_SUFFIX}",
            "PARALLEL WRITES": self.supports_parallel_writes,
        }

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        return iter(None)

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(None, directories=False, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_3(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=None, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_4(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False, suffix=None))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_5(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(directories=False, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_6(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, suffix=RUN_LOG_SUFFIX))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_7(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=False, ))

    def xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_8(self) -> Iterator[str]:
        return iter(_io.run_ids_in_folder(self.folder, directories=True, suffix=RUN_LOG_SUFFIX))

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut)
    def update_run_log_status(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(run_id, status)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_orig(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(run_id, status)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_1(self, run_id: str, status: str) -> None:
        with self._locked(None):
            super().update_run_log_status(run_id, status)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_2(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(None, status)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_3(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(run_id, None)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_4(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(status)

    # -- granular writers: the base-class read-modify-write under the run's lock --------

    def xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_5(self, run_id: str, status: str) -> None:
        with self._locked(run_id):
            super().update_run_log_status(run_id, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut)
    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_orig(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_1(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = "XXXX"
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_2(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(None):
            super().set_parameters(run_id, parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_3(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(None, parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_4(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, None, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_5(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, None)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_6(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(parameters, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_7(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, internal_branch_name)

    def xǁFileSystemRunLogStoreǁset_parameters__mutmut_8(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        with self._locked(run_id):
            super().set_parameters(run_id, parameters, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut)
    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_id, run_config)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_orig(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_id, run_config)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_1(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(None):
            super().set_run_config(run_id, run_config)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_2(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(None, run_config)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_3(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_id, None)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_4(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_config)

    def xǁFileSystemRunLogStoreǁset_run_config__mutmut_5(self, run_id: str, run_config: dict[str, Any]) -> None:
        with self._locked(run_id):
            super().set_run_config(run_id, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut)
    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(step_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_orig(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(step_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_1(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(None):
            super().add_step_log(step_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_2(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(None, run_id)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_3(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(step_log, None)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_4(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(run_id)

    def xǁFileSystemRunLogStoreǁadd_step_log__mutmut_5(self, step_log: StepLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_step_log(step_log, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut)
    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(branch_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_orig(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(branch_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_1(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(None):
            super().add_branch_log(branch_log, run_id)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_2(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(None, run_id)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_3(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(branch_log, None)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_4(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(run_id)

    def xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_5(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        with self._locked(run_id):
            super().add_branch_log(branch_log, )

    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut)
    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(run_id, job_log)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_orig(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(run_id, job_log)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_1(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(None):
            super().add_job_log(run_id, job_log)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_2(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(None, job_log)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_3(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(run_id, None)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_4(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(job_log)

    def xǁFileSystemRunLogStoreǁadd_job_log__mutmut_5(self, run_id: str, job_log: JobLog) -> None:
        with self._locked(run_id):
            super().add_job_log(run_id, )

    # -- helpers ----------------------------------------------------------------------

    @contextmanager
    def _locked(self, run_id: str, create_folder: bool = False) -> Iterator[None]:
        path = self.path_for(run_id)
        if create_folder:
            with _io.os_errors_as_store_errors(run_id, self.folder, "create the folder"):
                self.folder.mkdir(parents=True, exist_ok=True)
        elif not self.folder.is_dir():
            # No folder, no runs; do not create folders on behalf of a writer that will fail.
            raise exceptions.RunLogNotFoundError(run_id)
        with self._locks.hold(path, run_id):
            yield

    @staticmethod
    @_mutmut_mutated(mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut)
    def _encode(run_log: RunLog) -> bytes:
        return _io.encode_model(run_log, indent=2)

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_orig(run_log: RunLog) -> bytes:
        return _io.encode_model(run_log, indent=2)

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_1(run_log: RunLog) -> bytes:
        return _io.encode_model(None, indent=2)

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_2(run_log: RunLog) -> bytes:
        return _io.encode_model(run_log, indent=None)

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_3(run_log: RunLog) -> bytes:
        return _io.encode_model(indent=2)

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_4(run_log: RunLog) -> bytes:
        return _io.encode_model(run_log, )

    @staticmethod
    def xǁFileSystemRunLogStoreǁ_encode__mutmut_5(run_log: RunLog) -> bytes:
        return _io.encode_model(run_log, indent=3)

mutants_xǁFileSystemRunLogStoreǁpath_for__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁpath_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁpath_for__mutmut['xǁFileSystemRunLogStoreǁpath_for__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁpath_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁpath_for__mutmut['xǁFileSystemRunLogStoreǁpath_for__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁpath_for__mutmut_2 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_9'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_10'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_11'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_12'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_13'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_14'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_15'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_16'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_17'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_18'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_19'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_20'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_21'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_22'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_23'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_24'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_25'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_26'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_27'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_27 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_28'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_28 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_29'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_29 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_30'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_30 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_31'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_31 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_32'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_32 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_33'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_34'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_34 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_35'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_35 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_36'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_36 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁcreate_run_log__mutmut['xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_37'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁcreate_run_log__mutmut_37 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_9'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_10'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_11'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_12'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_13'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_14'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_15'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_16'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_17'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_18'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_19'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_20'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_21'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_22'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_23'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_24'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_25'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_26'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_27'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_27 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_28'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_28 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_29'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_29 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_30'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_30 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_31'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_31 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_32'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_32 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_33'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_34'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_34 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_35'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_35 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_36'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_36 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_37'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_37 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_38'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_38 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_39'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_39 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_40'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_40 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_41'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_41 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_42'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_42 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_43'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_43 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_44'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_44 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_45'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_45 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_46'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_46 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_47'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_47 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_48'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_48 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_49'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_49 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_50'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_50 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_51'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_51 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_52'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_52 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut['xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_53'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_run_log_by_id__mutmut_53 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_9'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_10'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_11'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_12'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_13'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_14'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_15'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_16'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_17'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_18'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_19'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_20'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁput_run_log__mutmut['xǁFileSystemRunLogStoreǁput_run_log__mutmut_21'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁput_run_log__mutmut_21 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_9'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_10'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_11'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_12'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁget_summary__mutmut['xǁFileSystemRunLogStoreǁget_summary__mutmut_13'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁget_summary__mutmut_13 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁiter_run_ids__mutmut['xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁiter_run_ids__mutmut_8 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut['xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁupdate_run_log_status__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_6'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_7'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_parameters__mutmut['xǁFileSystemRunLogStoreǁset_parameters__mutmut_8'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_parameters__mutmut_8 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['xǁFileSystemRunLogStoreǁset_run_config__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['xǁFileSystemRunLogStoreǁset_run_config__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['xǁFileSystemRunLogStoreǁset_run_config__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['xǁFileSystemRunLogStoreǁset_run_config__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁset_run_config__mutmut['xǁFileSystemRunLogStoreǁset_run_config__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁset_run_config__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['xǁFileSystemRunLogStoreǁadd_step_log__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['xǁFileSystemRunLogStoreǁadd_step_log__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['xǁFileSystemRunLogStoreǁadd_step_log__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['xǁFileSystemRunLogStoreǁadd_step_log__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_step_log__mutmut['xǁFileSystemRunLogStoreǁadd_step_log__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_step_log__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_branch_log__mutmut['xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_branch_log__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['xǁFileSystemRunLogStoreǁadd_job_log__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['xǁFileSystemRunLogStoreǁadd_job_log__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['xǁFileSystemRunLogStoreǁadd_job_log__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['xǁFileSystemRunLogStoreǁadd_job_log__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁadd_job_log__mutmut['xǁFileSystemRunLogStoreǁadd_job_log__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁadd_job_log__mutmut_5 # type: ignore # mutmut generated

mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['_mutmut_orig'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['xǁFileSystemRunLogStoreǁ_encode__mutmut_1'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['xǁFileSystemRunLogStoreǁ_encode__mutmut_2'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['xǁFileSystemRunLogStoreǁ_encode__mutmut_3'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['xǁFileSystemRunLogStoreǁ_encode__mutmut_4'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFileSystemRunLogStoreǁ_encode__mutmut['xǁFileSystemRunLogStoreǁ_encode__mutmut_5'] = FileSystemRunLogStore.xǁFileSystemRunLogStoreǁ_encode__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__read_with_mtime__mutmut)
def _read_with_mtime(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_orig(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_1(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(None, "rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_2(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, None) as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_3(path: Path) -> tuple[bytes, float] | None:
    try:
        with open("rb") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_4(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, ) as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_5(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "XXrbXX") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_6(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "RB") as handle:
            return handle.read(), os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None


def x__read_with_mtime__mutmut_7(path: Path) -> tuple[bytes, float] | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(), os.fstat(None).st_mtime
    except FileNotFoundError:
        return None

mutants_x__read_with_mtime__mutmut['_mutmut_orig'] = x__read_with_mtime__mutmut_orig # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_1'] = x__read_with_mtime__mutmut_1 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_2'] = x__read_with_mtime__mutmut_2 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_3'] = x__read_with_mtime__mutmut_3 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_4'] = x__read_with_mtime__mutmut_4 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_5'] = x__read_with_mtime__mutmut_5 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_6'] = x__read_with_mtime__mutmut_6 # type: ignore # mutmut generated
mutants_x__read_with_mtime__mutmut['x__read_with_mtime__mutmut_7'] = x__read_with_mtime__mutmut_7 # type: ignore # mutmut generated
