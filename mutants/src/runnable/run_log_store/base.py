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
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from runnable import defaults, exceptions
from runnable.config import mask_secrets
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁcreate_data_catalog__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁcreate_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁ_existing__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁ_write_back__mutmut: MutantDict = {}  # type: ignore
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut: MutantDict = {}  # type: ignore


class BaseRunLogStore(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    service_name: str = ""
    service_type: str = "run_log_store"
    supports_parallel_writes: bool = False

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

    # -- run level -------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut)
    def update_run_log_status(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_orig(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_1(self, run_id: str, status: str) -> None:
        run_log = None
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_2(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_3(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_4(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(full=True)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_5(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, )
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_6(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.status = status
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_7(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.status = None
        self._write_back(run_log)

    # -- run level -------------------------------------------------------------------

    def xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_8(self, run_id: str, status: str) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.status = status
        self._write_back(None)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_parameters__mutmut)
    def get_parameters(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_orig(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_1(self, run_id: str, internal_branch_name: str = "XXXX") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_2(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = None
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_3(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(None, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_4(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=None)
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_5(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_6(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, )
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_7(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(None))
        return dict(run_log.parameters_in_scope(internal_branch_name))

    def xǁBaseRunLogStoreǁget_parameters__mutmut_8(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(None)

    def xǁBaseRunLogStoreǁget_parameters__mutmut_9(self, run_id: str, internal_branch_name: str = "") -> dict[str, Parameter]:
        run_log = self.get_run_log_by_id(run_id, full=bool(internal_branch_name))
        return dict(run_log.parameters_in_scope(None))

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut)
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

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_orig(
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

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_1(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        """The parameters of several branch scopes, by branch: what a fan-in reads.

        Raises BranchLogNotFoundError for a branch that does not exist. The
        default reads the whole run once; the chunked stores read each branch's
        chunk, the database store one query per 500 branches.
        """
        if internal_branch_names:
            self.get_run_log_by_id(run_id)  # the run must exist
            return {}
        run_log = self.get_run_log_by_id(run_id, full=True)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_2(
        self, run_id: str, internal_branch_names: Sequence[str]
    ) -> dict[str, dict[str, Parameter]]:
        """The parameters of several branch scopes, by branch: what a fan-in reads.

        Raises BranchLogNotFoundError for a branch that does not exist. The
        default reads the whole run once; the chunked stores read each branch's
        chunk, the database store one query per 500 branches.
        """
        if not internal_branch_names:
            self.get_run_log_by_id(None)  # the run must exist
            return {}
        run_log = self.get_run_log_by_id(run_id, full=True)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_3(
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
        run_log = None
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_4(
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
        run_log = self.get_run_log_by_id(None, full=True)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_5(
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
        run_log = self.get_run_log_by_id(run_id, full=None)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_6(
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
        run_log = self.get_run_log_by_id(full=True)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_7(
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
        run_log = self.get_run_log_by_id(run_id, )
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_8(
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
        run_log = self.get_run_log_by_id(run_id, full=False)
        return {name: dict(run_log.parameters_in_scope(name)) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_9(
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
        return {name: dict(None) for name in internal_branch_names}

    def xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_10(
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
        return {name: dict(run_log.parameters_in_scope(None)) for name in internal_branch_names}

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁset_parameters__mutmut)
    def set_parameters(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_orig(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_1(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = "XXXX"
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_2(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = None
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_3(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_4(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_5(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_6(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, )
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_7(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_8(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(None)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_9(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(None).update(parameters)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_parameters__mutmut_10(
        self, run_id: str, parameters: dict[str, Parameter], internal_branch_name: str = ""
    ) -> None:
        """Merge parameters into a scope: the run ("") or a branch."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.parameters_in_scope(internal_branch_name).update(parameters)
        self._write_back(None)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_run_config__mutmut)
    def get_run_config(self, run_id: str) -> dict[str, Any]:
        return dict(self.get_run_log_by_id(run_id).run_config)

    def xǁBaseRunLogStoreǁget_run_config__mutmut_orig(self, run_id: str) -> dict[str, Any]:
        return dict(self.get_run_log_by_id(run_id).run_config)

    def xǁBaseRunLogStoreǁget_run_config__mutmut_1(self, run_id: str) -> dict[str, Any]:
        return dict(None)

    def xǁBaseRunLogStoreǁget_run_config__mutmut_2(self, run_id: str) -> dict[str, Any]:
        return dict(self.get_run_log_by_id(None).run_config)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁset_run_config__mutmut)
    def set_run_config(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_orig(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_1(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = None
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_2(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_3(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_4(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(full=True)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_5(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, )
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_6(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.run_config.update(run_config)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_7(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.run_config.update(None)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁset_run_config__mutmut_8(self, run_id: str, run_config: dict[str, Any]) -> None:
        """Merge keys into the stored run config."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.run_config.update(run_config)
        self._write_back(None)

    # -- steps -------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut)
    def create_step_log(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=internal_name, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_orig(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=internal_name, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_1(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=None, internal_name=internal_name, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_2(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=None, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_3(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=internal_name, status=None)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_4(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(internal_name=internal_name, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_5(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, status=defaults.CREATED)

    # -- steps -------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_step_log__mutmut_6(self, name: str, internal_name: str) -> StepLog:
        """A new, uncommitted step log; store it with :meth:`add_step_log`."""
        return StepLog(name=name, internal_name=internal_name, )

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_step_log__mutmut)
    def get_step_log(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=True)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_orig(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=True)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_1(self, internal_name: str, run_id: str) -> StepLog:
        run_log = None
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_2(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(None, full=True)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_3(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=None)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_4(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(full=True)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_5(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, )
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_6(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=False)
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_7(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=True)
        step_log, _ = None
        return step_log

    def xǁBaseRunLogStoreǁget_step_log__mutmut_8(self, internal_name: str, run_id: str) -> StepLog:
        run_log = self.get_run_log_by_id(run_id, full=True)
        step_log, _ = run_log.search_step_by_internal_name(None)
        return step_log

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut)
    def add_step_log(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_orig(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_1(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = None
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_2(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_3(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_4(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(full=True)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_5(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, )
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_6(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.insert_step_log(step_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_7(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_step_log(None)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_step_log__mutmut_8(self, step_log: StepLog, run_id: str) -> None:
        """Insert or replace a step log in the branch its internal name places it in."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_step_log(step_log)
        self._write_back(None)

    # -- branches ----------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut)
    def create_branch_log(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_orig(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_1(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=None,
            status=defaults.CREATED,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_2(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=None,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_3(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=None,
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_4(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            status=defaults.CREATED,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_5(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            parameters=dict(parameters or {}),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_6(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_7(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=dict(None),
        )

    # -- branches ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_branch_log__mutmut_8(
        self, internal_branch_name: str, parameters: dict[str, Parameter] | None = None
    ) -> BranchLog:
        """A new, uncommitted branch log; store it with :meth:`add_branch_log`."""
        return BranchLog(
            internal_name=internal_branch_name,
            status=defaults.CREATED,
            parameters=dict(parameters and {}),
        )

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut)
    def get_branch_log(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_orig(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_1(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = None
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_2(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(None, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_3(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=None)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_4(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_5(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, )
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_6(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=False)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_7(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_8(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = None
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_9(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(None)
        assert branch is not None
        return branch

    def xǁBaseRunLogStoreǁget_branch_log__mutmut_10(self, internal_branch_name: str, run_id: str) -> BranchLog | RunLog:
        """The branch log; the empty name means the run itself (as in runnable 0.50)."""
        run_log = self.get_run_log_by_id(run_id, full=True)
        if not internal_branch_name:
            return run_log
        branch, _ = run_log.search_branch_by_internal_name(internal_branch_name)
        assert branch is None
        return branch

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut)
    def add_branch_log(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_orig(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_1(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(None)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_2(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = None
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_3(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_4(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_5(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_6(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, )
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_7(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.insert_branch_log(branch_log)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_8(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(None)
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_branch_log__mutmut_9(self, branch_log: BranchLog | RunLog, run_id: str) -> None:
        """Insert or replace a branch log under its composite step (a RunLog is put as a whole)."""
        if isinstance(branch_log, RunLog):
            self.put_run_log(branch_log)
            return
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.insert_branch_log(branch_log)
        self._write_back(None)

    # -- small factories -------------------------------------------------------------

    def create_code_identity(self) -> CodeIdentity:
        return CodeIdentity()

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁcreate_data_catalog__mutmut)
    def create_data_catalog(self, name: str) -> DataCatalog:
        return DataCatalog(name=name)

    def xǁBaseRunLogStoreǁcreate_data_catalog__mutmut_orig(self, name: str) -> DataCatalog:
        return DataCatalog(name=name)

    def xǁBaseRunLogStoreǁcreate_data_catalog__mutmut_1(self, name: str) -> DataCatalog:
        return DataCatalog(name=None)

    # -- jobs ---------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁcreate_job_log__mutmut)
    def create_job_log(self) -> JobLog:
        return JobLog(status=defaults.CREATED)

    # -- jobs ---------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_job_log__mutmut_orig(self) -> JobLog:
        return JobLog(status=defaults.CREATED)

    # -- jobs ---------------------------------------------------------------------------

    def xǁBaseRunLogStoreǁcreate_job_log__mutmut_1(self) -> JobLog:
        return JobLog(status=None)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_job_log__mutmut)
    def get_job_log(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_orig(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_1(self, run_id: str) -> JobLog:
        job_log = None
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_2(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(None, full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_3(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=None).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_4(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_5(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, ).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_6(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=False).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_7(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=True).job
        if job_log is not None:
            raise exceptions.JobLogNotFoundError(run_id)
        return job_log

    def xǁBaseRunLogStoreǁget_job_log__mutmut_8(self, run_id: str) -> JobLog:
        job_log = self.get_run_log_by_id(run_id, full=True).job
        if job_log is None:
            raise exceptions.JobLogNotFoundError(None)
        return job_log

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut)
    def add_job_log(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_orig(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_1(self, run_id: str, job_log: JobLog) -> None:
        run_log = None
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_2(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(None, full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_3(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=None)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_4(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_5(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, )
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_6(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=False)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_7(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = None
        run_log.status = job_log.status
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_8(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = job_log
        run_log.status = None
        self._write_back(run_log)

    def xǁBaseRunLogStoreǁadd_job_log__mutmut_9(self, run_id: str, job_log: JobLog) -> None:
        run_log = self.get_run_log_by_id(run_id, full=True)
        run_log.job = job_log
        run_log.status = job_log.status
        self._write_back(None)

    # -- queries ----------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut)
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_orig(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_1(
        self,
        run_ids: list[str] | None = None,
        tag: str = "XXXX",
        status: str = "",
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        updated_after: datetime | None = None,
        updated_before: datetime | None = None,
        parameters: dict[str, Any] | None = None,
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_2(
        self,
        run_ids: list[str] | None = None,
        tag: str = "",
        status: str = "XXXX",
        *,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        updated_after: datetime | None = None,
        updated_before: datetime | None = None,
        parameters: dict[str, Any] | None = None,
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_3(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = True,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_4(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = None
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_5(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=None,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_6(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=None,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_7(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=None,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_8(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=None,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_9(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=None,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_10(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=None,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_11(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=None,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_12(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=None,
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_13(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=None,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_14(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=None,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_15(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_16(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_17(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_18(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_19(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_20(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_before=updated_before,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_21(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            parameters=parameters or {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_22(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_23(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_24(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_25(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
        """
        query = RunLogFilter(
            run_ids=run_ids,
            tag=tag,
            status=status,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            parameters=parameters and {},
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_26(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(None, full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_27(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, full=None)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_28(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(full=full)

    # -- queries ----------------------------------------------------------------------

    def xǁBaseRunLogStoreǁget_run_logs__mutmut_29(
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
        limit: int | None = None,
        after: str | None = None,
        full: bool = False,
    ) -> list[RunLog]:
        """Run logs matching every filter, newest first.

        ``created_after``/``updated_after`` are inclusive, ``*_before``
        exclusive; ``parameters`` matches run-level parameter values;
        ``after`` is the run id of the last run of the previous page.
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
            limit=limit,
            after=after,
        )
        return self.query_run_logs(query, )

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut)
    def query_run_logs(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_orig(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_1(self, query: RunLogFilter, full: bool = True) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_2(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None or query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_3(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_4(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is not None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_5(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = None
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_6(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(None, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_7(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, None)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_8(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_9(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, )
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_10(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = None
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_11(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(None, full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_12(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), None)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_13(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(full)
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_14(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), )
        selected = query.select(candidates)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_15(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = None
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_16(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(None)
        return selected if full else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_17(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if (full) and False else [run_log.header() for run_log in selected]

    def xǁBaseRunLogStoreǁquery_run_logs__mutmut_18(self, query: RunLogFilter, full: bool = False) -> list[RunLog]:
        """Answer a :class:`RunLogFilter`. The default reads every run through ``iter_run_ids``."""
        if query.run_ids is not None and query.after is None:
            candidates = self._existing(query.run_ids, full)
        else:
            candidates = self._existing(self.iter_run_ids(), full)
        selected = query.select(candidates)
        return selected if (full) or True else [run_log.header() for run_log in selected]

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut)
    def iter_run_ids(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(self).__name__}' cannot list its runs: "
            "override iter_run_ids() or get_run_logs()."
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_orig(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(self).__name__}' cannot list its runs: "
            "override iter_run_ids() or get_run_logs()."
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_1(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            None
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_2(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name and type(self).__name__}' cannot list its runs: "
            "override iter_run_ids() or get_run_logs()."
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_3(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(None).__name__}' cannot list its runs: "
            "override iter_run_ids() or get_run_logs()."
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_4(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(self).__name__}' cannot list its runs: "
            "XXoverride iter_run_ids() or get_run_logs().XX"
        )

    def xǁBaseRunLogStoreǁiter_run_ids__mutmut_5(self) -> Iterator[str]:
        """Every stored run id. Stores that can list their runs override this."""
        raise NotImplementedError(
            f"The run log store '{self.service_name or type(self).__name__}' cannot list its runs: "
            "OVERRIDE ITER_RUN_IDS() OR GET_RUN_LOGS()."
        )

    # -- helpers for subclasses ---------------------------------------------------

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁ_existing__mutmut)
    def _existing(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_orig(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_1(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(None, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_2(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=None)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_3(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_4(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, )
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_5(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                break
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_6(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning(None, exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_7(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", None)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_8(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning(exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_9(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("Skipping run in listing: %s", )

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_10(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("XXSkipping run in listing: %sXX", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_11(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("skipping run in listing: %s", exc)

    # -- helpers for subclasses ---------------------------------------------------

    def xǁBaseRunLogStoreǁ_existing__mutmut_12(self, run_ids: Any, full: bool) -> Iterator[RunLog]:
        for run_id in run_ids:
            try:
                yield self.get_run_log_by_id(run_id, full=full)
            except exceptions.RunLogNotFoundError:
                continue
            except exceptions.CorruptedRunLogError as exc:
                # One damaged run must not hide every other run from a listing.
                logger.warning("SKIPPING RUN IN LISTING: %S", exc)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁ_write_back__mutmut)
    def _write_back(self, run_log: RunLog) -> None:
        run_log.updated_at = utc_now()
        self.put_run_log(run_log)

    def xǁBaseRunLogStoreǁ_write_back__mutmut_orig(self, run_log: RunLog) -> None:
        run_log.updated_at = utc_now()
        self.put_run_log(run_log)

    def xǁBaseRunLogStoreǁ_write_back__mutmut_1(self, run_log: RunLog) -> None:
        run_log.updated_at = None
        self.put_run_log(run_log)

    def xǁBaseRunLogStoreǁ_write_back__mutmut_2(self, run_log: RunLog) -> None:
        run_log.updated_at = utc_now()
        self.put_run_log(None)

    @_mutmut_mutated(mutants_xǁBaseRunLogStoreǁmasked_config__mutmut)
    def masked_config(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_orig(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_1(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = None
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_2(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude=None)
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_3(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"XXservice_typeXX"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_4(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"SERVICE_TYPE"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_5(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(None):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_6(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = None
        masked: dict[str, Any] = mask_secrets(config)
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_7(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = None
        return masked

    def xǁBaseRunLogStoreǁmasked_config__mutmut_8(self) -> dict[str, Any]:
        """The store's configuration as it may be shown or stored: secrets masked.

        Besides ``secret_fields``, URL passwords and secret-looking keys are masked by the one
        rule of :func:`runnable.config.mask_secrets`, which also protects third-party stores.
        """
        config = self.model_dump(exclude={"service_type"})
        for name in self.secret_fields:
            if config.get(name):
                config[name] = defaults.MASK
        masked: dict[str, Any] = mask_secrets(None)
        return masked

mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁupdate_run_log_status__mutmut['xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁupdate_run_log_status__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters__mutmut['xǁBaseRunLogStoreǁget_parameters__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut['xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_parameters_of_branches__mutmut_10 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_parameters__mutmut['xǁBaseRunLogStoreǁset_parameters__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_parameters__mutmut_10 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_run_config__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_config__mutmut['xǁBaseRunLogStoreǁget_run_config__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_config__mutmut['xǁBaseRunLogStoreǁget_run_config__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_config__mutmut_2 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁset_run_config__mutmut['xǁBaseRunLogStoreǁset_run_config__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁset_run_config__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_step_log__mutmut['xǁBaseRunLogStoreǁcreate_step_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_step_log__mutmut_6 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_step_log__mutmut['xǁBaseRunLogStoreǁget_step_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_step_log__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_step_log__mutmut['xǁBaseRunLogStoreǁadd_step_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_step_log__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_branch_log__mutmut['xǁBaseRunLogStoreǁcreate_branch_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_branch_log__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_branch_log__mutmut['xǁBaseRunLogStoreǁget_branch_log__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_branch_log__mutmut_10 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_branch_log__mutmut['xǁBaseRunLogStoreǁadd_branch_log__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_branch_log__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁcreate_data_catalog__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_data_catalog__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_data_catalog__mutmut['xǁBaseRunLogStoreǁcreate_data_catalog__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_data_catalog__mutmut_1 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁcreate_job_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁcreate_job_log__mutmut['xǁBaseRunLogStoreǁcreate_job_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁcreate_job_log__mutmut_1 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_job_log__mutmut['xǁBaseRunLogStoreǁget_job_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_job_log__mutmut_8 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁadd_job_log__mutmut['xǁBaseRunLogStoreǁadd_job_log__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁadd_job_log__mutmut_9 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_11'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_12'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_13'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_14'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_15'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_16'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_17'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_18'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_18 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_19'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_19 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_20'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_20 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_21'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_21 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_22'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_22 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_23'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_23 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_24'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_24 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_25'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_25 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_26'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_26 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_27'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_27 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_28'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_28 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁget_run_logs__mutmut['xǁBaseRunLogStoreǁget_run_logs__mutmut_29'] = BaseRunLogStore.xǁBaseRunLogStoreǁget_run_logs__mutmut_29 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_11'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_12'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_12 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_13'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_13 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_14'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_14 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_15'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_15 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_16'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_16 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_17'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_17 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁquery_run_logs__mutmut['xǁBaseRunLogStoreǁquery_run_logs__mutmut_18'] = BaseRunLogStore.xǁBaseRunLogStoreǁquery_run_logs__mutmut_18 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['xǁBaseRunLogStoreǁiter_run_ids__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['xǁBaseRunLogStoreǁiter_run_ids__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['xǁBaseRunLogStoreǁiter_run_ids__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['xǁBaseRunLogStoreǁiter_run_ids__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁiter_run_ids__mutmut['xǁBaseRunLogStoreǁiter_run_ids__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁiter_run_ids__mutmut_5 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁ_existing__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_8 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_9'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_9 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_10'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_10 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_11'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_11 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_existing__mutmut['xǁBaseRunLogStoreǁ_existing__mutmut_12'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_existing__mutmut_12 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁ_write_back__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_write_back__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_write_back__mutmut['xǁBaseRunLogStoreǁ_write_back__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_write_back__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁ_write_back__mutmut['xǁBaseRunLogStoreǁ_write_back__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁ_write_back__mutmut_2 # type: ignore # mutmut generated

mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['_mutmut_orig'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_1'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_1 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_2'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_2 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_3'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_3 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_4'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_4 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_5'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_5 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_6'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_6 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_7'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_7 # type: ignore # mutmut generated
mutants_xǁBaseRunLogStoreǁmasked_config__mutmut['xǁBaseRunLogStoreǁmasked_config__mutmut_8'] = BaseRunLogStore.xǁBaseRunLogStoreǁmasked_config__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁUpdatedAtThrottleǁdue__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUpdatedAtThrottleǁtouched__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUpdatedAtThrottleǁforget__mutmut: MutantDict = {}  # type: ignore


class UpdatedAtThrottle:
    """When this store object last set each run's ``updated_at`` on a step or branch write.

    A write that finds the run touched less than
    :data:`~runnable.defaults.UPDATED_AT_RESOLUTION_SECONDS` ago leaves
    ``updated_at`` alone: it stays exact to that resolution, and writers of one
    run in parallel do not queue for the run's record on every write.
    """

    @_mutmut_mutated(mutants_xǁUpdatedAtThrottleǁ__init____mutmut)
    def __init__(self) -> None:
        self._times: dict[str, float] = {}

    def xǁUpdatedAtThrottleǁ__init____mutmut_orig(self) -> None:
        self._times: dict[str, float] = {}

    def xǁUpdatedAtThrottleǁ__init____mutmut_1(self) -> None:
        self._times: dict[str, float] = None

    @_mutmut_mutated(mutants_xǁUpdatedAtThrottleǁdue__mutmut)
    def due(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_orig(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_1(self, run_id: str) -> bool:
        last = None
        return last is None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_2(self, run_id: str) -> bool:
        last = self._times.get(None)
        return last is None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_3(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None and time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_4(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is not None or time.monotonic() - last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_5(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None or time.monotonic() + last >= defaults.UPDATED_AT_RESOLUTION_SECONDS

    def xǁUpdatedAtThrottleǁdue__mutmut_6(self, run_id: str) -> bool:
        last = self._times.get(run_id)
        return last is None or time.monotonic() - last > defaults.UPDATED_AT_RESOLUTION_SECONDS

    @_mutmut_mutated(mutants_xǁUpdatedAtThrottleǁtouched__mutmut)
    def touched(self, run_id: str) -> None:
        if len(self._times) >= _THROTTLED_RUNS:
            self._times.clear()
        self._times[run_id] = time.monotonic()

    def xǁUpdatedAtThrottleǁtouched__mutmut_orig(self, run_id: str) -> None:
        if len(self._times) >= _THROTTLED_RUNS:
            self._times.clear()
        self._times[run_id] = time.monotonic()

    def xǁUpdatedAtThrottleǁtouched__mutmut_1(self, run_id: str) -> None:
        if len(self._times) > _THROTTLED_RUNS:
            self._times.clear()
        self._times[run_id] = time.monotonic()

    def xǁUpdatedAtThrottleǁtouched__mutmut_2(self, run_id: str) -> None:
        if len(self._times) >= _THROTTLED_RUNS:
            self._times.clear()
        self._times[run_id] = None

    @_mutmut_mutated(mutants_xǁUpdatedAtThrottleǁforget__mutmut)
    def forget(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(run_id, None)

    def xǁUpdatedAtThrottleǁforget__mutmut_orig(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(run_id, None)

    def xǁUpdatedAtThrottleǁforget__mutmut_1(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(None, None)

    def xǁUpdatedAtThrottleǁforget__mutmut_2(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(None)

    def xǁUpdatedAtThrottleǁforget__mutmut_3(self, run_id: str) -> None:
        """The run's updated_at was set to something else (a whole run was put): bump on the next write."""
        self._times.pop(run_id, )

mutants_xǁUpdatedAtThrottleǁ__init____mutmut['_mutmut_orig'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁ__init____mutmut['xǁUpdatedAtThrottleǁ__init____mutmut_1'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁ__init____mutmut_1 # type: ignore # mutmut generated

mutants_xǁUpdatedAtThrottleǁdue__mutmut['_mutmut_orig'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_1'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_2'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_3'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_4'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_5'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁdue__mutmut['xǁUpdatedAtThrottleǁdue__mutmut_6'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁdue__mutmut_6 # type: ignore # mutmut generated

mutants_xǁUpdatedAtThrottleǁtouched__mutmut['_mutmut_orig'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁtouched__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁtouched__mutmut['xǁUpdatedAtThrottleǁtouched__mutmut_1'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁtouched__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁtouched__mutmut['xǁUpdatedAtThrottleǁtouched__mutmut_2'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁtouched__mutmut_2 # type: ignore # mutmut generated

mutants_xǁUpdatedAtThrottleǁforget__mutmut['_mutmut_orig'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁforget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁforget__mutmut['xǁUpdatedAtThrottleǁforget__mutmut_1'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁforget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁforget__mutmut['xǁUpdatedAtThrottleǁforget__mutmut_2'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁforget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUpdatedAtThrottleǁforget__mutmut['xǁUpdatedAtThrottleǁforget__mutmut_3'] = UpdatedAtThrottle.xǁUpdatedAtThrottleǁforget__mutmut_3 # type: ignore # mutmut generated


# Runs a throttle remembers before starting afresh (a long-lived process writes many runs).
_THROTTLED_RUNS = 10_000
