"""One object per run in an S3-compatible bucket: ``<prefix>/<run_id>.json`` (``type: minio``, alias ``s3``).

The object holds the whole run log as JSON, plus user metadata (``status``, ``tag``,
``created-at``, ``updated-at``) that a HEAD request returns without the body, so that listings
can rule a run out without downloading it. Every write replaces the whole object, like the
``file-system`` store replaces its file; use ``chunked-minio`` when runs grow large or branches
run in parallel processes.

Granular writers (status, parameters, a step...) read the object and write it back only if its
ETag is unchanged (``If-Match``), retrying on a lost race, so writers of one run never lose each
other's changes; creating a run uses ``If-None-Match: *``, so a taken run id raises
``RunLogExistsError``. ``put_run_log`` replaces the run unconditionally (it is the whole truth by
definition), which is why the store does not claim ``supports_parallel_writes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote

from pydantic import ValidationError

from runnable import defaults, exceptions
from runnable.models import BranchLog, JobLog, Parameter, RunLog, RunLogFilter, StepLog, utc_now
from runnable.run_log_store import _io
from runnable.run_log_store._s3 import Payload, S3StoreMixin, StoredObject
from runnable.run_log_store.base import BaseRunLogStore

RUN_LOG_SUFFIX = ".json"
# S3 user metadata is ASCII and at most 2 KB in all; a longer tag is simply not put there.
_MAX_METADATA_VALUE = 1024


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁS3RunLogStoreǁobject_key__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁput_run_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁget_summary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁset_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁset_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁload_for_query__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁ_change__mutmut: MutantDict = {}  # type: ignore
mutants_xǁS3RunLogStoreǁ_decode__mutmut: MutantDict = {}  # type: ignore


class S3RunLogStore(S3StoreMixin, BaseRunLogStore):
    service_name: str = "minio"

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁobject_key__mutmut)
    def object_key(self, run_id: str) -> str:
        return self.objects().key(f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}")

    def xǁS3RunLogStoreǁobject_key__mutmut_orig(self, run_id: str) -> str:
        return self.objects().key(f"{_io.validate_run_id(run_id)}{RUN_LOG_SUFFIX}")

    def xǁS3RunLogStoreǁobject_key__mutmut_1(self, run_id: str) -> str:
        return self.objects().key(None)

    def xǁS3RunLogStoreǁobject_key__mutmut_2(self, run_id: str) -> str:
        return self.objects().key(f"{_io.validate_run_id(None)}{RUN_LOG_SUFFIX}")

    # -- the four abstract methods ------------------------------------------------------

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut)
    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_orig(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_1(
        self,
        run_id: str,
        dag_hash: str = "XXXX",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_2(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = True,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_3(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "XXXX",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_4(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "XXXX",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_5(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = None
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_6(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=None, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_7(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=None, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_8(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=None, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_9(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=None)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_10(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_11(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_12(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_13(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, )
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_14(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = None

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_15(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(None)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_16(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_17(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(None, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_18(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, None):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_19(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(_payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_20(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, ):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_21(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(None)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_22(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(None)

        self.indexed_create(run_log, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_23(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(None, create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_24(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, None)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_25(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(create)
        return run_log

    # -- the four abstract methods ------------------------------------------------------

    def xǁS3RunLogStoreǁcreate_run_log__mutmut_26(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        key = self.object_key(run_id)

        def create() -> None:
            if not self.objects().create(key, _payload(run_log)):
                raise exceptions.RunLogExistsError(run_id)

        self.indexed_create(run_log, )
        return run_log

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut)
    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_orig(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_1(self, run_id: str, full: bool = True) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_2(self, run_id: str, full: bool = False) -> RunLog:
        key = None
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_3(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(None)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_4(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = None
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_5(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(None)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_6(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is not None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_7(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(None)
        return self._decode(run_id, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_8(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(None, stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_9(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, None, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_10(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, None)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_11(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(stored, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_12(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, full)

    def xǁS3RunLogStoreǁget_run_log_by_id__mutmut_13(self, run_id: str, full: bool = False) -> RunLog:
        key = self.object_key(run_id)
        stored = self.objects().get(key)
        if stored is None:
            raise exceptions.RunLogNotFoundError(run_id)
        return self._decode(run_id, stored, )

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁput_run_log__mutmut)
    def put_run_log(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_orig(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_1(self, run_log: RunLog) -> None:
        key = None
        self.indexed_put(run_log, lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_2(self, run_log: RunLog) -> None:
        key = self.object_key(None)
        self.indexed_put(run_log, lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_3(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(None, lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_4(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, None)

    def xǁS3RunLogStoreǁput_run_log__mutmut_5(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(lambda: self.objects().put(key, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_6(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, )

    def xǁS3RunLogStoreǁput_run_log__mutmut_7(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: None)

    def xǁS3RunLogStoreǁput_run_log__mutmut_8(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(None, _payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_9(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(key, None))

    def xǁS3RunLogStoreǁput_run_log__mutmut_10(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(_payload(run_log)))

    def xǁS3RunLogStoreǁput_run_log__mutmut_11(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(key, ))

    def xǁS3RunLogStoreǁput_run_log__mutmut_12(self, run_log: RunLog) -> None:
        key = self.object_key(run_log.run_id)
        self.indexed_put(run_log, lambda: self.objects().put(key, _payload(None)))

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁget_summary__mutmut)
    def get_summary(self) -> dict[str, Any]:
        return self.describe(f"one object per run: {self.key_prefix}<run_id>{RUN_LOG_SUFFIX}")

    def xǁS3RunLogStoreǁget_summary__mutmut_orig(self) -> dict[str, Any]:
        return self.describe(f"one object per run: {self.key_prefix}<run_id>{RUN_LOG_SUFFIX}")

    def xǁS3RunLogStoreǁget_summary__mutmut_1(self) -> dict[str, Any]:
        return self.describe(None)

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        objects = None
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        objects = self.objects()
        prefix = None
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_3(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key(None)
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_4(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("XXXX")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_5(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(None):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_6(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = None
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_7(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name and not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_8(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "XX/XX" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_9(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" not in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_10(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_11(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(None):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_12(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                break
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_13(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(None)
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_14(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: +len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                continue

    def xǁS3RunLogStoreǁiter_run_ids__mutmut_15(self) -> Iterator[str]:
        objects = self.objects()
        prefix = objects.key("")
        for key in objects.list_keys(prefix):
            name = key[len(prefix) :]
            if "/" in name or not name.endswith(RUN_LOG_SUFFIX):
                continue
            try:
                yield _io.validate_run_id(name[: -len(RUN_LOG_SUFFIX)])
            except exceptions.InvalidRunIdError:
                break

    # -- granular writers: compare-and-swap of the run's object -------------------------

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut)
    def update_run_log_status(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(run_id, change)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_orig(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(run_id, change)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_1(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = None

        self._change(run_id, change)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_2(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(None, change)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_3(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(run_id, None)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_4(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(change)

    # -- granular writers: compare-and-swap of the run's object -------------------------

    def xǁS3RunLogStoreǁupdate_run_log_status__mutmut_5(self, run_id: str, status: str) -> None:
        def change(run_log: RunLog) -> None:
            run_log.status = status

        self._change(run_id, )

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁset_parameters__mutmut)
    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_orig(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_1(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = "XXXX"
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_2(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            None, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_3(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, None
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_4(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(parameters)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_5(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, )

    def xǁS3RunLogStoreǁset_parameters__mutmut_6(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: None
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_7(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(internal_branch_name).update(None)
        )

    def xǁS3RunLogStoreǁset_parameters__mutmut_8(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        self._change(
            run_id, lambda run_log: run_log.parameters_in_scope(None).update(parameters)
        )

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁset_run_config__mutmut)
    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, lambda run_log: run_log.run_config.update(run_config))

    def xǁS3RunLogStoreǁset_run_config__mutmut_orig(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, lambda run_log: run_log.run_config.update(run_config))

    def xǁS3RunLogStoreǁset_run_config__mutmut_1(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(None, lambda run_log: run_log.run_config.update(run_config))

    def xǁS3RunLogStoreǁset_run_config__mutmut_2(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, None)

    def xǁS3RunLogStoreǁset_run_config__mutmut_3(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(lambda run_log: run_log.run_config.update(run_config))

    def xǁS3RunLogStoreǁset_run_config__mutmut_4(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, )

    def xǁS3RunLogStoreǁset_run_config__mutmut_5(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, lambda run_log: None)

    def xǁS3RunLogStoreǁset_run_config__mutmut_6(self, run_id: str, run_config: dict[str, Any]) -> None:
        self._change(run_id, lambda run_log: run_log.run_config.update(None))

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁadd_step_log__mutmut)
    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, lambda run_log: run_log.insert_step_log(step_log))

    def xǁS3RunLogStoreǁadd_step_log__mutmut_orig(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, lambda run_log: run_log.insert_step_log(step_log))

    def xǁS3RunLogStoreǁadd_step_log__mutmut_1(self, step_log: StepLog, run_id: str) -> None:
        self._change(None, lambda run_log: run_log.insert_step_log(step_log))

    def xǁS3RunLogStoreǁadd_step_log__mutmut_2(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, None)

    def xǁS3RunLogStoreǁadd_step_log__mutmut_3(self, step_log: StepLog, run_id: str) -> None:
        self._change(lambda run_log: run_log.insert_step_log(step_log))

    def xǁS3RunLogStoreǁadd_step_log__mutmut_4(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, )

    def xǁS3RunLogStoreǁadd_step_log__mutmut_5(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, lambda run_log: None)

    def xǁS3RunLogStoreǁadd_step_log__mutmut_6(self, step_log: StepLog, run_id: str) -> None:
        self._change(run_id, lambda run_log: run_log.insert_step_log(None))

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut)
    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, lambda run_log: run_log.insert_branch_log(branch_log))

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_orig(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, lambda run_log: run_log.insert_branch_log(branch_log))

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_1(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(None)
            return
        self._change(run_id, lambda run_log: run_log.insert_branch_log(branch_log))

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_2(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(None, lambda run_log: run_log.insert_branch_log(branch_log))

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_3(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, None)

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_4(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(lambda run_log: run_log.insert_branch_log(branch_log))

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_5(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, )

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_6(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, lambda run_log: None)

    def xǁS3RunLogStoreǁadd_branch_log__mutmut_7(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        self._change(run_id, lambda run_log: run_log.insert_branch_log(None))

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁadd_job_log__mutmut)
    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(run_id, change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_orig(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(run_id, change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_1(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = None
            run_log.status = job_log.status

        self._change(run_id, change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_2(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = None

        self._change(run_id, change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_3(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(None, change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_4(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(run_id, None)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_5(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(change)

    def xǁS3RunLogStoreǁadd_job_log__mutmut_6(self, run_id: str, job_log: JobLog) -> None:
        def change(run_log: RunLog) -> None:
            run_log.job = job_log
            run_log.status = job_log.status

        self._change(run_id, )

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁstored_created_at__mutmut)
    def stored_created_at(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_orig(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_1(self, run_id: str) -> datetime | None:
        metadata = None
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_2(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(None)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_3(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(None))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_4(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is not None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_5(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = None
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_6(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(None, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_7(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, None)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_8(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_9(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, )
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_10(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(run_id).created_at
        except exceptions.RunLogNotFoundError:
            return None

    # -- queries: HEAD rules a run out before its body is read ----------------------------

    def xǁS3RunLogStoreǁstored_created_at__mutmut_11(self, run_id: str) -> datetime | None:
        metadata = self.objects().head(self.object_key(run_id))
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        if header is not None:
            return header.created_at
        try:  # an object written by other means carries no metadata
            return self.get_run_log_by_id(None).created_at
        except exceptions.RunLogNotFoundError:
            return None

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁload_for_query__mutmut)
    def load_for_query(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_orig(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_1(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = None
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_2(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = None
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_3(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(None)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_4(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = None
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_5(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(None)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_6(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is not None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_7(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = None
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_8(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(None, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_9(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, None)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_10(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_11(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, )
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_12(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None or not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_13(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_14(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_15(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(None):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_16(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update=None).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_17(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"XXparametersXX": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_18(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"PARAMETERS": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_19(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = None
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_20(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(None)
        return self._decode(run_id, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_21(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if (stored is not None) and False else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_22(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if (stored is not None) or True else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_23(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(None, stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_24(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, None, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_25(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, None) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_26(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(stored, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_27(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, full) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_28(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, ) if stored is not None else None

    def xǁS3RunLogStoreǁload_for_query__mutmut_29(self, run_id: str, query: RunLogFilter, full: bool) -> RunLog | None:
        objects = self.objects()
        key = self.object_key(run_id)
        metadata = objects.head(key)
        if metadata is None:
            return None
        header = _header_from_metadata(run_id, metadata)
        # Parameters are not in the metadata; everything else the filter asks about is.
        if header is not None and not query.model_copy(update={"parameters": {}}).matches(header):
            return None
        stored = objects.get(key)
        return self._decode(run_id, stored, full) if stored is None else None

    # -- helpers ----------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁ_change__mutmut)
    def _change(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_orig(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_1(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is not None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_2(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(None)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_3(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = None
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_4(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(None, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_5(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, None, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_6(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=None)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_7(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_8(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_9(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, )
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_10(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=False)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_11(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(None)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_12(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = None
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_13(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(None)

        self.objects().update(self.object_key(run_id), apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_14(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(None, apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_15(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), None)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_16(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(apply)

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_17(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(run_id), )

    # -- helpers ----------------------------------------------------------------------

    def xǁS3RunLogStoreǁ_change__mutmut_18(self, run_id: str, change: Callable[[RunLog], None]) -> None:
        def apply(current: StoredObject | None) -> Payload:
            if current is None:
                raise exceptions.RunLogNotFoundError(run_id)
            run_log = self._decode(run_id, current, full=True)
            change(run_log)
            run_log.updated_at = utc_now()
            return _payload(run_log)

        self.objects().update(self.object_key(None), apply)

    @_mutmut_mutated(mutants_xǁS3RunLogStoreǁ_decode__mutmut)
    def _decode(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_orig(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_1(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = None
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_2(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(None)
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_3(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(None))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_4(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = None
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_5(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(None, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_6(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, None, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_7(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, None)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_8(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_9(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_10(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, )
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_11(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = None
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_12(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(None, run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_13(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), None, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_14(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, None)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_15(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_16(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_17(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, )
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_18(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode(None), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_19(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("XXutf-8XX"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_20(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("UTF-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_21(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(None, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_22(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, None)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_23(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_24(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, )
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_25(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) or not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_26(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_27(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop(None, None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_28(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop(None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_29(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", )
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_30(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("XXstepsXX", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_31(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("STEPS", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_32(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = None
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_33(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(None, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_34(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, None, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_35(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, None, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_36(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, None)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_37(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_38(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_39(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_40(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, )
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_41(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id == run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_42(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(None, location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_43(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, None, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_44(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, None)
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_45(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(location, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_46(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, f"it holds run '{run_log.run_id}'")
        return run_log

    def xǁS3RunLogStoreǁ_decode__mutmut_47(self, run_id: str, stored: StoredObject, full: bool) -> RunLog:
        location = self.objects().url(self.object_key(run_id))
        payload = _io.decode_json(stored.data, run_id, location)
        if isinstance(payload, str):
            # runnable 0.50's minio store wrote the run log's JSON as a JSON string.
            payload = _io.decode_json(payload.encode("utf-8"), run_id, location)
        # runnable 0.50 recorded neither timestamp; the object's Last-Modified is the best record.
        _io.fill_missing_timestamps(payload, stored.modified)
        if isinstance(payload, dict) and not full:
            # Steps are most of a run log; a header need not validate them.
            payload.pop("steps", None)
        run_log = _io.decode_model(RunLog, payload, run_id, location)
        if run_log.run_id != run_id:
            raise exceptions.CorruptedRunLogError(run_id, location, )
        return run_log

mutants_xǁS3RunLogStoreǁobject_key__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁobject_key__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁobject_key__mutmut['xǁS3RunLogStoreǁobject_key__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁobject_key__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁobject_key__mutmut['xǁS3RunLogStoreǁobject_key__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁobject_key__mutmut_2 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_13 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_14'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_14 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_15'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_16'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_16 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_17'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_17 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_18'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_18 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_19'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_19 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_20'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_20 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_21'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_21 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_22'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_22 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_23'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_23 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_24'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_24 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_25'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_25 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁcreate_run_log__mutmut['xǁS3RunLogStoreǁcreate_run_log__mutmut_26'] = S3RunLogStore.xǁS3RunLogStoreǁcreate_run_log__mutmut_26 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_run_log_by_id__mutmut['xǁS3RunLogStoreǁget_run_log_by_id__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁget_run_log_by_id__mutmut_13 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁput_run_log__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁput_run_log__mutmut['xǁS3RunLogStoreǁput_run_log__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁput_run_log__mutmut_12 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁget_summary__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁget_summary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁget_summary__mutmut['xǁS3RunLogStoreǁget_summary__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁget_summary__mutmut_1 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_13 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_14'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_14 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁiter_run_ids__mutmut['xǁS3RunLogStoreǁiter_run_ids__mutmut_15'] = S3RunLogStore.xǁS3RunLogStoreǁiter_run_ids__mutmut_15 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['xǁS3RunLogStoreǁupdate_run_log_status__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['xǁS3RunLogStoreǁupdate_run_log_status__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['xǁS3RunLogStoreǁupdate_run_log_status__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['xǁS3RunLogStoreǁupdate_run_log_status__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁupdate_run_log_status__mutmut['xǁS3RunLogStoreǁupdate_run_log_status__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁupdate_run_log_status__mutmut_5 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁset_parameters__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_parameters__mutmut['xǁS3RunLogStoreǁset_parameters__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁset_parameters__mutmut_8 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁset_run_config__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁset_run_config__mutmut['xǁS3RunLogStoreǁset_run_config__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁset_run_config__mutmut_6 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_step_log__mutmut['xǁS3RunLogStoreǁadd_step_log__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁadd_step_log__mutmut_6 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_branch_log__mutmut['xǁS3RunLogStoreǁadd_branch_log__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁadd_branch_log__mutmut_7 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁadd_job_log__mutmut['xǁS3RunLogStoreǁadd_job_log__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁadd_job_log__mutmut_6 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁstored_created_at__mutmut['xǁS3RunLogStoreǁstored_created_at__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁstored_created_at__mutmut_11 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁload_for_query__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_13 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_14'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_14 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_15'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_15 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_16'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_16 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_17'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_17 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_18'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_18 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_19'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_19 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_20'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_20 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_21'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_21 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_22'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_22 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_23'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_23 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_24'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_24 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_25'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_25 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_26'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_26 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_27'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_27 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_28'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_28 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁload_for_query__mutmut['xǁS3RunLogStoreǁload_for_query__mutmut_29'] = S3RunLogStore.xǁS3RunLogStoreǁload_for_query__mutmut_29 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁ_change__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_13 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_14'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_14 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_15'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_15 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_16'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_16 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_17'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_17 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_change__mutmut['xǁS3RunLogStoreǁ_change__mutmut_18'] = S3RunLogStore.xǁS3RunLogStoreǁ_change__mutmut_18 # type: ignore # mutmut generated

mutants_xǁS3RunLogStoreǁ_decode__mutmut['_mutmut_orig'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_orig # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_1'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_1 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_2'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_2 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_3'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_3 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_4'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_4 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_5'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_5 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_6'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_6 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_7'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_7 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_8'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_8 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_9'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_9 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_10'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_10 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_11'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_11 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_12'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_12 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_13'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_13 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_14'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_14 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_15'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_15 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_16'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_16 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_17'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_17 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_18'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_18 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_19'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_19 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_20'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_20 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_21'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_21 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_22'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_22 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_23'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_23 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_24'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_24 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_25'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_25 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_26'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_26 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_27'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_27 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_28'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_28 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_29'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_29 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_30'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_30 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_31'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_31 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_32'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_32 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_33'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_33 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_34'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_34 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_35'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_35 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_36'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_36 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_37'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_37 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_38'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_38 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_39'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_39 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_40'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_40 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_41'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_41 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_42'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_42 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_43'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_43 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_44'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_44 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_45'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_45 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_46'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_46 # type: ignore # mutmut generated
mutants_xǁS3RunLogStoreǁ_decode__mutmut['xǁS3RunLogStoreǁ_decode__mutmut_47'] = S3RunLogStore.xǁS3RunLogStoreǁ_decode__mutmut_47 # type: ignore # mutmut generated
mutants_x__payload__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__payload__mutmut)
def _payload(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_orig(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_1(run_log: RunLog) -> Payload:
    metadata = None
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_2(run_log: RunLog) -> Payload:
    metadata = {
        "XXstatusXX": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_3(run_log: RunLog) -> Payload:
    metadata = {
        "STATUS": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_4(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(None, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_5(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=None),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_6(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_7(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, ),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_8(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe="XXXX"),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_9(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "XXcreated-atXX": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_10(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "CREATED-AT": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_11(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "XXupdated-atXX": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_12(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "UPDATED-AT": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_13(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = None
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_14(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(None, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_15(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe=None)
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_16(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_17(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, )
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_18(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="XXXX")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_19(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) < _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_20(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = None
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_21(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["XXtagXX"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_22(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["TAG"] = tag
    return Payload(_io.encode_model(run_log), metadata)


def x__payload__mutmut_23(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(None, metadata)


def x__payload__mutmut_24(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), None)


def x__payload__mutmut_25(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(metadata)


def x__payload__mutmut_26(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(run_log), )


def x__payload__mutmut_27(run_log: RunLog) -> Payload:
    metadata = {
        "status": quote(run_log.status, safe=""),
        "created-at": run_log.created_at.isoformat(),
        "updated-at": run_log.updated_at.isoformat(),
    }
    tag = quote(run_log.tag, safe="")
    if len(tag) <= _MAX_METADATA_VALUE:
        metadata["tag"] = tag
    return Payload(_io.encode_model(None), metadata)

mutants_x__payload__mutmut['_mutmut_orig'] = x__payload__mutmut_orig # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_1'] = x__payload__mutmut_1 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_2'] = x__payload__mutmut_2 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_3'] = x__payload__mutmut_3 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_4'] = x__payload__mutmut_4 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_5'] = x__payload__mutmut_5 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_6'] = x__payload__mutmut_6 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_7'] = x__payload__mutmut_7 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_8'] = x__payload__mutmut_8 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_9'] = x__payload__mutmut_9 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_10'] = x__payload__mutmut_10 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_11'] = x__payload__mutmut_11 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_12'] = x__payload__mutmut_12 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_13'] = x__payload__mutmut_13 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_14'] = x__payload__mutmut_14 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_15'] = x__payload__mutmut_15 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_16'] = x__payload__mutmut_16 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_17'] = x__payload__mutmut_17 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_18'] = x__payload__mutmut_18 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_19'] = x__payload__mutmut_19 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_20'] = x__payload__mutmut_20 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_21'] = x__payload__mutmut_21 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_22'] = x__payload__mutmut_22 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_23'] = x__payload__mutmut_23 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_24'] = x__payload__mutmut_24 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_25'] = x__payload__mutmut_25 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_26'] = x__payload__mutmut_26 # type: ignore # mutmut generated
mutants_x__payload__mutmut['x__payload__mutmut_27'] = x__payload__mutmut_27 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__header_from_metadata__mutmut)
def _header_from_metadata(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_orig(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_1(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=None,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_2(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=None,
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_3(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=None,
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_4(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=None,
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_5(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=None,
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_6(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_7(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_8(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_9(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_10(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_11(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(None),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_12(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["XXtagXX"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_13(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["TAG"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_14(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(None),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_15(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["XXstatusXX"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_16(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["STATUS"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_17(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(None),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_18(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["XXcreated-atXX"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_19(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["CREATED-AT"]),
            updated_at=datetime.fromisoformat(metadata["updated-at"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_20(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(None),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_21(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["XXupdated-atXX"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None


def x__header_from_metadata__mutmut_22(run_id: str, metadata: dict[str, str]) -> RunLog | None:
    """The fields of a run a HEAD request tells, or ``None`` if the object does not carry them all."""
    try:
        return RunLog(
            run_id=run_id,
            tag=unquote(metadata["tag"]),
            status=unquote(metadata["status"]),
            created_at=datetime.fromisoformat(metadata["created-at"]),
            updated_at=datetime.fromisoformat(metadata["UPDATED-AT"]),
        )
    except (KeyError, ValueError, ValidationError):
        return None

mutants_x__header_from_metadata__mutmut['_mutmut_orig'] = x__header_from_metadata__mutmut_orig # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_1'] = x__header_from_metadata__mutmut_1 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_2'] = x__header_from_metadata__mutmut_2 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_3'] = x__header_from_metadata__mutmut_3 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_4'] = x__header_from_metadata__mutmut_4 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_5'] = x__header_from_metadata__mutmut_5 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_6'] = x__header_from_metadata__mutmut_6 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_7'] = x__header_from_metadata__mutmut_7 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_8'] = x__header_from_metadata__mutmut_8 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_9'] = x__header_from_metadata__mutmut_9 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_10'] = x__header_from_metadata__mutmut_10 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_11'] = x__header_from_metadata__mutmut_11 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_12'] = x__header_from_metadata__mutmut_12 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_13'] = x__header_from_metadata__mutmut_13 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_14'] = x__header_from_metadata__mutmut_14 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_15'] = x__header_from_metadata__mutmut_15 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_16'] = x__header_from_metadata__mutmut_16 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_17'] = x__header_from_metadata__mutmut_17 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_18'] = x__header_from_metadata__mutmut_18 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_19'] = x__header_from_metadata__mutmut_19 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_20'] = x__header_from_metadata__mutmut_20 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_21'] = x__header_from_metadata__mutmut_21 # type: ignore # mutmut generated
mutants_x__header_from_metadata__mutmut['x__header_from_metadata__mutmut_22'] = x__header_from_metadata__mutmut_22 # type: ignore # mutmut generated
