"""The run log data model: what a run leaves behind.

Field names and shapes follow runnable 0.50's run log JSON so that its files
read as they are; fields added since (``created_at``, ``updated_at``) are
optional on input.

Internal names address any step or branch in a nested run log. They alternate
step and branch names joined by ``.``: ``step``, ``step.branch``,
``step.branch.inner_step``, ``map_step.3.task``. A name segment that itself
contains ``.`` or ``%`` (a map value such as ``0.5``) is percent-encoded by
:func:`encode_name_segment`, so splitting on ``.`` is always unambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator

from runnable import defaults, exceptions

JSONType = Any


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_utc_now__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_utc_now__mutmut)
def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def x_utc_now__mutmut_orig() -> datetime:
    return datetime.now(timezone.utc)


def x_utc_now__mutmut_1() -> datetime:
    return datetime.now(None)

mutants_x_utc_now__mutmut['_mutmut_orig'] = x_utc_now__mutmut_orig # type: ignore # mutmut generated
mutants_x_utc_now__mutmut['x_utc_now__mutmut_1'] = x_utc_now__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_aware__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_aware__mutmut)
def _as_aware(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def x__as_aware__mutmut_orig(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def x__as_aware__mutmut_1(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None or value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def x__as_aware__mutmut_2(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def x__as_aware__mutmut_3(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None and value.tzinfo is not None:
        return value.replace(tzinfo=timezone.utc)
    return value


def x__as_aware__mutmut_4(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=None)
    return value

mutants_x__as_aware__mutmut['_mutmut_orig'] = x__as_aware__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_aware__mutmut['x__as_aware__mutmut_1'] = x__as_aware__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_aware__mutmut['x__as_aware__mutmut_2'] = x__as_aware__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_aware__mutmut['x__as_aware__mutmut_3'] = x__as_aware__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_aware__mutmut['x__as_aware__mutmut_4'] = x__as_aware__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- names


@_mutmut_mutated(mutants_x_encode_name_segment__mutmut)
def encode_name_segment(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_orig(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_1(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(None, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_2(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, None)


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_3(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace("%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_4(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, )


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_5(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace(None, "%25").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_6(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", None).replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_7(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%25").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_8(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", ).replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_9(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("XX%XX", "%25").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_10(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "XX%25XX").replace(defaults.NAME_SEPARATOR, "%2E")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_11(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, "XX%2EXX")


# --------------------------------------------------------------------------- names


def x_encode_name_segment__mutmut_12(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, "%2e")

mutants_x_encode_name_segment__mutmut['_mutmut_orig'] = x_encode_name_segment__mutmut_orig # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_1'] = x_encode_name_segment__mutmut_1 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_2'] = x_encode_name_segment__mutmut_2 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_3'] = x_encode_name_segment__mutmut_3 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_4'] = x_encode_name_segment__mutmut_4 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_5'] = x_encode_name_segment__mutmut_5 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_6'] = x_encode_name_segment__mutmut_6 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_7'] = x_encode_name_segment__mutmut_7 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_8'] = x_encode_name_segment__mutmut_8 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_9'] = x_encode_name_segment__mutmut_9 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_10'] = x_encode_name_segment__mutmut_10 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_11'] = x_encode_name_segment__mutmut_11 # type: ignore # mutmut generated
mutants_x_encode_name_segment__mutmut['x_encode_name_segment__mutmut_12'] = x_encode_name_segment__mutmut_12 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decode_name_segment__mutmut)
def decode_name_segment(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_orig(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_1(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace(None, "%")


def x_decode_name_segment__mutmut_2(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", None)


def x_decode_name_segment__mutmut_3(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%")


def x_decode_name_segment__mutmut_4(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", )


def x_decode_name_segment__mutmut_5(segment: str) -> str:
    return segment.replace(None, defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_6(segment: str) -> str:
    return segment.replace("%2E", None).replace("%25", "%")


def x_decode_name_segment__mutmut_7(segment: str) -> str:
    return segment.replace(defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_8(segment: str) -> str:
    return segment.replace("%2E", ).replace("%25", "%")


def x_decode_name_segment__mutmut_9(segment: str) -> str:
    return segment.replace("XX%2EXX", defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_10(segment: str) -> str:
    return segment.replace("%2e", defaults.NAME_SEPARATOR).replace("%25", "%")


def x_decode_name_segment__mutmut_11(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("XX%25XX", "%")


def x_decode_name_segment__mutmut_12(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", "XX%XX")

mutants_x_decode_name_segment__mutmut['_mutmut_orig'] = x_decode_name_segment__mutmut_orig # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_1'] = x_decode_name_segment__mutmut_1 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_2'] = x_decode_name_segment__mutmut_2 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_3'] = x_decode_name_segment__mutmut_3 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_4'] = x_decode_name_segment__mutmut_4 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_5'] = x_decode_name_segment__mutmut_5 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_6'] = x_decode_name_segment__mutmut_6 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_7'] = x_decode_name_segment__mutmut_7 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_8'] = x_decode_name_segment__mutmut_8 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_9'] = x_decode_name_segment__mutmut_9 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_10'] = x_decode_name_segment__mutmut_10 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_11'] = x_decode_name_segment__mutmut_11 # type: ignore # mutmut generated
mutants_x_decode_name_segment__mutmut['x_decode_name_segment__mutmut_12'] = x_decode_name_segment__mutmut_12 # type: ignore # mutmut generated
mutants_x_join_internal_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_join_internal_name__mutmut)
def join_internal_name(*segments: str) -> str:
    """Join already-encoded segments (any empty one is skipped)."""
    return defaults.NAME_SEPARATOR.join(s for s in segments if s)


def x_join_internal_name__mutmut_orig(*segments: str) -> str:
    """Join already-encoded segments (any empty one is skipped)."""
    return defaults.NAME_SEPARATOR.join(s for s in segments if s)


def x_join_internal_name__mutmut_1(*segments: str) -> str:
    """Join already-encoded segments (any empty one is skipped)."""
    return defaults.NAME_SEPARATOR.join(None)

mutants_x_join_internal_name__mutmut['_mutmut_orig'] = x_join_internal_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_join_internal_name__mutmut['x_join_internal_name__mutmut_1'] = x_join_internal_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_internal_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_split_internal_name__mutmut)
def split_internal_name(internal_name: str) -> list[str]:
    return internal_name.split(defaults.NAME_SEPARATOR) if internal_name else []


def x_split_internal_name__mutmut_orig(internal_name: str) -> list[str]:
    return internal_name.split(defaults.NAME_SEPARATOR) if internal_name else []


def x_split_internal_name__mutmut_1(internal_name: str) -> list[str]:
    return internal_name.split(defaults.NAME_SEPARATOR) if (internal_name) and False else []


def x_split_internal_name__mutmut_2(internal_name: str) -> list[str]:
    return internal_name.split(defaults.NAME_SEPARATOR) if (internal_name) or True else []


def x_split_internal_name__mutmut_3(internal_name: str) -> list[str]:
    return internal_name.split(None) if internal_name else []

mutants_x_split_internal_name__mutmut['_mutmut_orig'] = x_split_internal_name__mutmut_orig # type: ignore # mutmut generated
mutants_x_split_internal_name__mutmut['x_split_internal_name__mutmut_1'] = x_split_internal_name__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_internal_name__mutmut['x_split_internal_name__mutmut_2'] = x_split_internal_name__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_internal_name__mutmut['x_split_internal_name__mutmut_3'] = x_split_internal_name__mutmut_3 # type: ignore # mutmut generated
mutants_x_parent_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parent_of__mutmut)
def parent_of(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = internal_name.rpartition(defaults.NAME_SEPARATOR)
    return head


def x_parent_of__mutmut_orig(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = internal_name.rpartition(defaults.NAME_SEPARATOR)
    return head


def x_parent_of__mutmut_1(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = None
    return head


def x_parent_of__mutmut_2(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = internal_name.rpartition(None)
    return head


def x_parent_of__mutmut_3(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = internal_name.partition(defaults.NAME_SEPARATOR)
    return head

mutants_x_parent_of__mutmut['_mutmut_orig'] = x_parent_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_parent_of__mutmut['x_parent_of__mutmut_1'] = x_parent_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_parent_of__mutmut['x_parent_of__mutmut_2'] = x_parent_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_parent_of__mutmut['x_parent_of__mutmut_3'] = x_parent_of__mutmut_3 # type: ignore # mutmut generated


# --------------------------------------------------------------------------- parameters


class JsonParameter(BaseModel):
    kind: Literal["json"] = "json"
    value: JSONType = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description(self) -> JSONType:
        return self.value

    def get_value(self) -> JSONType:
        return self.value


class MetricParameter(BaseModel):
    kind: Literal["metric"] = "metric"
    value: JSONType = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description(self) -> JSONType:
        return self.value

    def get_value(self) -> JSONType:
        return self.value


class ObjectParameter(BaseModel):
    """A value too rich for JSON: ``value`` is the name it is pickled under in the catalog."""

    kind: Literal["object"] = "object"
    value: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description(self) -> str:
        return f"Pickled object stored in catalog as: {self.value}"

    def get_value(self) -> str:
        return self.value


Parameter = Annotated[JsonParameter | MetricParameter | ObjectParameter, Field(discriminator="kind")]
Parameters = dict[str, Parameter]


# --------------------------------------------------------------------------- logs


class CodeIdentity(BaseModel):
    code_identifier: str | None = None
    code_identifier_type: str | None = "git"
    code_identifier_dependable: bool | None = False
    code_identifier_url: str | None = None
    code_identifier_message: str | None = ""


class DataCatalog(BaseModel):
    name: str
    data_hash: str = ""
    catalog_relative_path: str = ""
    catalog_handler_location: str = ""
    stage: str = ""


class StepAttempt(BaseModel):
    attempt_number: int = 1
    start_time: datetime | None = None
    end_time: datetime | None = None
    status: str = defaults.FAIL
    message: str = ""
    input_parameters: Parameters = Field(default_factory=dict)
    output_parameters: Parameters = Field(default_factory=dict)
    user_defined_metrics: Parameters = Field(default_factory=dict)
    retry_indicator: str = ""
    code_identities: list[CodeIdentity] = Field(default_factory=list)

    _aware_times = field_validator("start_time", "end_time")(_as_aware)

    @property
    def duration_seconds(self) -> float | None:
        if self.start_time is None or self.end_time is None:
            return None
        return (self.end_time - self.start_time).total_seconds()
mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut: MutantDict = {}  # type: ignore
mutants_xǁStepLogǁadd_data_catalogs__mutmut: MutantDict = {}  # type: ignore


class StepLog(BaseModel):
    name: str
    internal_name: str
    status: str = defaults.CREATED
    step_type: str = defaults.TASK
    message: str = ""
    mock: bool = False
    code_identities: list[CodeIdentity] = Field(default_factory=list)
    attempts: list[StepAttempt] = Field(default_factory=list)
    branches: dict[str, BranchLog] = Field(default_factory=dict)
    data_catalog: list[DataCatalog] = Field(default_factory=list)

    @_mutmut_mutated(mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut)
    def get_data_catalogs_by_stage(self, stage: str = "put") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage == stage]

    def xǁStepLogǁget_data_catalogs_by_stage__mutmut_orig(self, stage: str = "put") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage == stage]

    def xǁStepLogǁget_data_catalogs_by_stage__mutmut_1(self, stage: str = "XXputXX") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage == stage]

    def xǁStepLogǁget_data_catalogs_by_stage__mutmut_2(self, stage: str = "PUT") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage == stage]

    def xǁStepLogǁget_data_catalogs_by_stage__mutmut_3(self, stage: str = "put") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage != stage]

    @_mutmut_mutated(mutants_xǁStepLogǁadd_data_catalogs__mutmut)
    def add_data_catalogs(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)

    def xǁStepLogǁadd_data_catalogs__mutmut_orig(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)

    def xǁStepLogǁadd_data_catalogs__mutmut_1(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(None)

    @property
    def last_attempt(self) -> StepAttempt | None:
        return self.attempts[-1] if self.attempts else None

mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut['_mutmut_orig'] = StepLog.xǁStepLogǁget_data_catalogs_by_stage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut['xǁStepLogǁget_data_catalogs_by_stage__mutmut_1'] = StepLog.xǁStepLogǁget_data_catalogs_by_stage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut['xǁStepLogǁget_data_catalogs_by_stage__mutmut_2'] = StepLog.xǁStepLogǁget_data_catalogs_by_stage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁStepLogǁget_data_catalogs_by_stage__mutmut['xǁStepLogǁget_data_catalogs_by_stage__mutmut_3'] = StepLog.xǁStepLogǁget_data_catalogs_by_stage__mutmut_3 # type: ignore # mutmut generated

mutants_xǁStepLogǁadd_data_catalogs__mutmut['_mutmut_orig'] = StepLog.xǁStepLogǁadd_data_catalogs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁStepLogǁadd_data_catalogs__mutmut['xǁStepLogǁadd_data_catalogs__mutmut_1'] = StepLog.xǁStepLogǁadd_data_catalogs__mutmut_1 # type: ignore # mutmut generated


class BranchLog(BaseModel):
    internal_name: str
    status: str = defaults.CREATED
    steps: dict[str, StepLog] = Field(default_factory=dict)
    parameters: Parameters = Field(default_factory=dict)
mutants_xǁJobLogǁadd_data_catalogs__mutmut: MutantDict = {}  # type: ignore


class JobLog(BaseModel):
    status: str = defaults.CREATED
    message: str = ""
    mock: bool = False
    code_identities: list[CodeIdentity] = Field(default_factory=list)
    attempts: list[StepAttempt] = Field(default_factory=list)
    data_catalog: list[DataCatalog] = Field(default_factory=list)

    @_mutmut_mutated(mutants_xǁJobLogǁadd_data_catalogs__mutmut)
    def add_data_catalogs(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)

    def xǁJobLogǁadd_data_catalogs__mutmut_orig(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)

    def xǁJobLogǁadd_data_catalogs__mutmut_1(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(None)

mutants_xǁJobLogǁadd_data_catalogs__mutmut['_mutmut_orig'] = JobLog.xǁJobLogǁadd_data_catalogs__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJobLogǁadd_data_catalogs__mutmut['xǁJobLogǁadd_data_catalogs__mutmut_1'] = JobLog.xǁJobLogǁadd_data_catalogs__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁsteps_in_scope__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁparameters_in_scope__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁinsert_step_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁinsert_branch_log__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁheader__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut: MutantDict = {}  # type: ignore


class RunLog(BaseModel):
    run_id: str
    dag_hash: str = ""
    tag: str = ""
    status: str = defaults.CREATED
    steps: dict[str, StepLog] = Field(default_factory=dict)
    job: JobLog | None = None
    parameters: Parameters = Field(default_factory=dict)
    run_config: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)

    _aware_times = field_validator("created_at", "updated_at")(_as_aware)

    # -- navigation ---------------------------------------------------------

    @_mutmut_mutated(mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut)
    def search_step_by_internal_name(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_orig(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_1(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = None
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_2(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(None)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_3(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_4(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(None, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_5(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, None)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_6(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_7(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, )
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_8(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = None
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_9(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = ""
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_10(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(None, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_11(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, None, 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_12(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), None):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_13(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_14(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_15(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), ):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_16(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(1, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_17(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 3):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_18(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = None
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_19(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(None)
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_20(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth - 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_21(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 2]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_22(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is not None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_23(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(None, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_24(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, None)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_25(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_26(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, )
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_27(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth - 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_28(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 2 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_29(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 != len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_30(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = None
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_31(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(None)
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_32(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth - 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_33(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 3]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_34(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is not None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_35(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(None, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_36(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, None)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_37(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_38(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, )
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_39(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = None
        raise exceptions.StepLogNotFoundError(self.run_id, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_40(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(None, internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_41(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, None)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_42(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(internal_name)  # pragma: no cover

    # -- navigation ---------------------------------------------------------

    def xǁRunLogǁsearch_step_by_internal_name__mutmut_43(self, internal_name: str) -> tuple[StepLog, BranchLog | None]:
        """The step log with that internal name and the branch that holds it (None at the top)."""
        segments = split_internal_name(internal_name)
        if not segments:
            raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
        steps = self.steps
        branch: BranchLog | None = None
        for depth in range(0, len(segments), 2):
            step = steps.get(join_internal_name(*segments[: depth + 1]))
            if step is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            if depth + 1 == len(segments):
                return step, branch
            branch = step.branches.get(join_internal_name(*segments[: depth + 2]))
            if branch is None:
                raise exceptions.StepLogNotFoundError(self.run_id, internal_name)
            steps = branch.steps
        raise exceptions.StepLogNotFoundError(self.run_id, )  # pragma: no cover

    @_mutmut_mutated(mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut)
    def search_branch_by_internal_name(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_orig(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_1(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_2(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = None
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_3(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(None)
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_4(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(None))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_5(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(None, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_6(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, None) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_7(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_8(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, ) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_9(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = None
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_10(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(None)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_11(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is not None:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_12(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(None, internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_13(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, None)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_14(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(internal_name)
        return branch, parent_step

    def xǁRunLogǁsearch_branch_by_internal_name__mutmut_15(self, internal_name: str) -> tuple[BranchLog | None, StepLog | None]:
        """The branch log with that name and the composite step that holds it.

        The empty name is the run itself: ``(None, None)``.
        """
        if not internal_name:
            return None, None
        try:
            parent_step, _ = self.search_step_by_internal_name(parent_of(internal_name))
        except exceptions.StepLogNotFoundError as exc:
            raise exceptions.BranchLogNotFoundError(self.run_id, internal_name) from exc
        branch = parent_step.branches.get(internal_name)
        if branch is None:
            raise exceptions.BranchLogNotFoundError(self.run_id, )
        return branch, parent_step

    @_mutmut_mutated(mutants_xǁRunLogǁsteps_in_scope__mutmut)
    def steps_in_scope(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if branch is None else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_orig(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if branch is None else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_1(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = None
        return self.steps if branch is None else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_2(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(None)
        return self.steps if branch is None else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_3(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if (branch is None) and False else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_4(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if (branch is None) or True else branch.steps

    def xǁRunLogǁsteps_in_scope__mutmut_5(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if branch is not None else branch.steps

    @_mutmut_mutated(mutants_xǁRunLogǁparameters_in_scope__mutmut)
    def parameters_in_scope(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if branch is None else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_orig(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if branch is None else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_1(self, internal_branch_name: str) -> Parameters:
        branch, _ = None
        return self.parameters if branch is None else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_2(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(None)
        return self.parameters if branch is None else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_3(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if (branch is None) and False else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_4(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if (branch is None) or True else branch.parameters

    def xǁRunLogǁparameters_in_scope__mutmut_5(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if branch is not None else branch.parameters

    @_mutmut_mutated(mutants_xǁRunLogǁinsert_step_log__mutmut)
    def insert_step_log(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_orig(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_1(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = None
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_2(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(None)
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_3(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(None))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_4(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = None
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_5(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(None)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_6(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = None

    def xǁRunLogǁinsert_step_log__mutmut_7(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if (stored is None) and False else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_8(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if (stored is None) or True else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_9(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is not None else merge_step_log(stored, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_10(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(None, step_log)

    def xǁRunLogǁinsert_step_log__mutmut_11(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, None)

    def xǁRunLogǁinsert_step_log__mutmut_12(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(step_log)

    def xǁRunLogǁinsert_step_log__mutmut_13(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, )

    @_mutmut_mutated(mutants_xǁRunLogǁinsert_branch_log__mutmut)
    def insert_branch_log(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_orig(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_1(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = None
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_2(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(None)
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_3(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(None))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_4(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = None
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_5(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(None)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_6(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = None

    def xǁRunLogǁinsert_branch_log__mutmut_7(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if (stored is None) and False else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_8(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if (stored is None) or True else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_9(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is not None else merge_branch_log(stored, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_10(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(None, branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_11(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, None)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_12(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(branch_log)
        )

    def xǁRunLogǁinsert_branch_log__mutmut_13(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, )
        )

    @_mutmut_mutated(mutants_xǁRunLogǁheader__mutmut)
    def header(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update={"steps": {}})

    def xǁRunLogǁheader__mutmut_orig(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update={"steps": {}})

    def xǁRunLogǁheader__mutmut_1(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update=None)

    def xǁRunLogǁheader__mutmut_2(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update={"XXstepsXX": {}})

    def xǁRunLogǁheader__mutmut_3(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update={"STEPS": {}})

    @_mutmut_mutated(mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut)
    def get_data_catalogs_by_stage(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_orig(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_1(self, stage: str = "XXputXX") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_2(self, stage: str = "PUT") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_3(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = None

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_4(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(None)
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_5(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(None))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_6(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(None)

        walk(self.steps)
        return found

    def xǁRunLogǁget_data_catalogs_by_stage__mutmut_7(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(None)
        return found

mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_1'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_2'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_3'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_4'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_5'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_6'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_7'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_8'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_9'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_10'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_11'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_12'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_13'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_14'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_15'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_16'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_17'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_18'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_19'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_20'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_21'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_22'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_23'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_24'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_25'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_26'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_27'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_28'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_29'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_30'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_31'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_32'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_33'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_33 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_34'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_34 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_35'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_35 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_36'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_36 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_37'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_37 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_38'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_38 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_39'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_39 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_40'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_40 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_41'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_41 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_42'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_42 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_step_by_internal_name__mutmut['xǁRunLogǁsearch_step_by_internal_name__mutmut_43'] = RunLog.xǁRunLogǁsearch_step_by_internal_name__mutmut_43 # type: ignore # mutmut generated

mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_1'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_2'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_3'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_4'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_5'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_6'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_7'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_8'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_9'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_10'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_11'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_12'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_13'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_14'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunLogǁsearch_branch_by_internal_name__mutmut['xǁRunLogǁsearch_branch_by_internal_name__mutmut_15'] = RunLog.xǁRunLogǁsearch_branch_by_internal_name__mutmut_15 # type: ignore # mutmut generated

mutants_xǁRunLogǁsteps_in_scope__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁsteps_in_scope__mutmut['xǁRunLogǁsteps_in_scope__mutmut_1'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁsteps_in_scope__mutmut['xǁRunLogǁsteps_in_scope__mutmut_2'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁsteps_in_scope__mutmut['xǁRunLogǁsteps_in_scope__mutmut_3'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁsteps_in_scope__mutmut['xǁRunLogǁsteps_in_scope__mutmut_4'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁsteps_in_scope__mutmut['xǁRunLogǁsteps_in_scope__mutmut_5'] = RunLog.xǁRunLogǁsteps_in_scope__mutmut_5 # type: ignore # mutmut generated

mutants_xǁRunLogǁparameters_in_scope__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁparameters_in_scope__mutmut['xǁRunLogǁparameters_in_scope__mutmut_1'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁparameters_in_scope__mutmut['xǁRunLogǁparameters_in_scope__mutmut_2'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁparameters_in_scope__mutmut['xǁRunLogǁparameters_in_scope__mutmut_3'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁparameters_in_scope__mutmut['xǁRunLogǁparameters_in_scope__mutmut_4'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁparameters_in_scope__mutmut['xǁRunLogǁparameters_in_scope__mutmut_5'] = RunLog.xǁRunLogǁparameters_in_scope__mutmut_5 # type: ignore # mutmut generated

mutants_xǁRunLogǁinsert_step_log__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_1'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_2'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_3'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_4'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_5'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_6'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_7'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_8'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_9'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_10'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_11'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_12'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_step_log__mutmut['xǁRunLogǁinsert_step_log__mutmut_13'] = RunLog.xǁRunLogǁinsert_step_log__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRunLogǁinsert_branch_log__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_1'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_2'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_3'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_4'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_5'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_6'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_7'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_8'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_9'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_10'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_11'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_12'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogǁinsert_branch_log__mutmut['xǁRunLogǁinsert_branch_log__mutmut_13'] = RunLog.xǁRunLogǁinsert_branch_log__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRunLogǁheader__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁheader__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁheader__mutmut['xǁRunLogǁheader__mutmut_1'] = RunLog.xǁRunLogǁheader__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁheader__mutmut['xǁRunLogǁheader__mutmut_2'] = RunLog.xǁRunLogǁheader__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁheader__mutmut['xǁRunLogǁheader__mutmut_3'] = RunLog.xǁRunLogǁheader__mutmut_3 # type: ignore # mutmut generated

mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['_mutmut_orig'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_1'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_2'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_3'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_4'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_5'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_6'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogǁget_data_catalogs_by_stage__mutmut['xǁRunLogǁget_data_catalogs_by_stage__mutmut_7'] = RunLog.xǁRunLogǁget_data_catalogs_by_stage__mutmut_7 # type: ignore # mutmut generated


StepLog.model_rebuild()
BranchLog.model_rebuild()
mutants_x_merge_step_log__mutmut: MutantDict = {}  # type: ignore


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


@_mutmut_mutated(mutants_x_merge_step_log__mutmut)
def merge_step_log(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_orig(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_1(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = None
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_2(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(None)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_3(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = None
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_4(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if (name in branches) and False else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_5(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if (name in branches) or True else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_6(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(None, branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_7(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], None) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_8(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_9(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], ) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_10(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name not in branches else branch
    return incoming.model_copy(update={"branches": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_11(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update=None)


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_12(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"XXbranchesXX": branches})


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def x_merge_step_log__mutmut_13(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"BRANCHES": branches})

mutants_x_merge_step_log__mutmut['_mutmut_orig'] = x_merge_step_log__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_1'] = x_merge_step_log__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_2'] = x_merge_step_log__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_3'] = x_merge_step_log__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_4'] = x_merge_step_log__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_5'] = x_merge_step_log__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_6'] = x_merge_step_log__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_7'] = x_merge_step_log__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_8'] = x_merge_step_log__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_9'] = x_merge_step_log__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_10'] = x_merge_step_log__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_11'] = x_merge_step_log__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_12'] = x_merge_step_log__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge_step_log__mutmut['x_merge_step_log__mutmut_13'] = x_merge_step_log__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_merge_branch_log__mutmut)
def merge_branch_log(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_orig(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_1(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = None
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_2(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(None)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_3(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = None
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_4(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if (name in steps) and False else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_5(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if (name in steps) or True else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_6(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(None, step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_7(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], None) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_8(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_9(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], ) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_10(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name not in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_11(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update=None
    )


def x_merge_branch_log__mutmut_12(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"XXstepsXX": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_13(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"STEPS": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_14(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "XXparametersXX": {**stored.parameters, **incoming.parameters}}
    )


def x_merge_branch_log__mutmut_15(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "PARAMETERS": {**stored.parameters, **incoming.parameters}}
    )

mutants_x_merge_branch_log__mutmut['_mutmut_orig'] = x_merge_branch_log__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_1'] = x_merge_branch_log__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_2'] = x_merge_branch_log__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_3'] = x_merge_branch_log__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_4'] = x_merge_branch_log__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_5'] = x_merge_branch_log__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_6'] = x_merge_branch_log__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_7'] = x_merge_branch_log__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_8'] = x_merge_branch_log__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_9'] = x_merge_branch_log__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_10'] = x_merge_branch_log__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_11'] = x_merge_branch_log__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_12'] = x_merge_branch_log__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_13'] = x_merge_branch_log__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_14'] = x_merge_branch_log__mutmut_14 # type: ignore # mutmut generated
mutants_x_merge_branch_log__mutmut['x_merge_branch_log__mutmut_15'] = x_merge_branch_log__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunLogFilterǁselect__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- queries


class RunLogFilter(BaseModel):
    """What ``get_run_logs`` selects: every set field must match.

    Results are ordered newest first by ``(created_at, run_id)``. ``after`` is
    the run id of the last run on the previous page (keyset pagination).
    """

    model_config = ConfigDict(extra="forbid")

    run_ids: list[str] | None = None
    tag: str = ""
    status: str = ""
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    parameters: dict[str, JSONType] = Field(default_factory=dict)
    limit: int | None = Field(default=None, ge=1)
    after: str | None = None

    _aware_times = field_validator("created_after", "created_before", "updated_after", "updated_before")(
        _as_aware
    )

    @staticmethod
    def sort_key(run_log: RunLog) -> tuple[datetime, str]:
        return (run_log.created_at, run_log.run_id)

    @_mutmut_mutated(mutants_xǁRunLogFilterǁmatches__mutmut)
    def matches(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_orig(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_1(self, run_log: RunLog) -> bool:
        if self.run_ids is not None or run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_2(self, run_log: RunLog) -> bool:
        if self.run_ids is None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_3(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_4(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return True
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_5(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag or run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_6(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag == self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_7(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return True
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_8(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status or run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_9(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status == self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_10(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return True
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_11(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_12(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(None, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_13(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, None, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_14(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, None):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_15(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_16(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_17(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, ):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_18(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return True
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_19(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_20(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(None, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_21(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, None, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_22(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, None):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_23(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_24(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_25(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, ):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_26(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return True
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_27(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = None
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_28(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(None)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_29(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None and parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_30(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is not None or parameter.get_value() != wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_31(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() == wanted:
                return False
        return True

    def xǁRunLogFilterǁmatches__mutmut_32(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return True
        return True

    def xǁRunLogFilterǁmatches__mutmut_33(self, run_log: RunLog) -> bool:
        if self.run_ids is not None and run_log.run_id not in self.run_ids:
            return False
        if self.tag and run_log.tag != self.tag:
            return False
        if self.status and run_log.status != self.status:
            return False
        if not _within(run_log.created_at, self.created_after, self.created_before):
            return False
        if not _within(run_log.updated_at, self.updated_after, self.updated_before):
            return False
        for name, wanted in self.parameters.items():
            parameter = run_log.parameters.get(name)
            if parameter is None or parameter.get_value() != wanted:
                return False
        return False

    @_mutmut_mutated(mutants_xǁRunLogFilterǁselect__mutmut)
    def select(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_orig(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_1(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = None
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_2(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(None)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_3(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = None
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_4(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted(None, key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_5(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=None, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_6(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=None)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_7(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted(key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_8(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_9(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, )
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_10(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(None)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_11(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=False)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_12(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_13(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = None
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_14(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next(None, None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_15(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next(None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_16(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), )
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_17(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id != self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_18(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is not None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_19(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(None)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_20(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = None
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_21(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(None)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_22(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = None
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_23(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(None) < cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_24(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) <= cursor_key]
        return ordered[: self.limit] if self.limit is not None else ordered

    def xǁRunLogFilterǁselect__mutmut_25(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if (self.limit is not None) and False else ordered

    def xǁRunLogFilterǁselect__mutmut_26(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if (self.limit is not None) or True else ordered

    def xǁRunLogFilterǁselect__mutmut_27(self, run_logs: Iterable[RunLog]) -> list[RunLog]:
        """Filter, order and paginate run logs in memory.

        Stores that cannot query their backend pass every run (headers are
        enough unless parameters are filtered on); the cursor run must be
        among them.
        """
        candidates = list(run_logs)
        ordered = sorted((r for r in candidates if self.matches(r)), key=self.sort_key, reverse=True)
        if self.after is not None:
            cursor = next((r for r in candidates if r.run_id == self.after), None)
            if cursor is None:
                raise exceptions.RunLogNotFoundError(self.after)
            cursor_key = self.sort_key(cursor)
            ordered = [r for r in ordered if self.sort_key(r) < cursor_key]
        return ordered[: self.limit] if self.limit is None else ordered

mutants_xǁRunLogFilterǁmatches__mutmut['_mutmut_orig'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_1'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_2'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_3'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_4'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_5'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_6'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_7'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_8'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_9'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_10'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_11'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_12'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_13'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_14'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_15'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_16'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_17'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_18'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_19'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_20'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_21'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_22'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_23'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_24'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_25'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_26'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_27'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_27 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_28'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_28 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_29'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_29 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_30'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_30 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_31'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_31 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_32'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_32 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁmatches__mutmut['xǁRunLogFilterǁmatches__mutmut_33'] = RunLogFilter.xǁRunLogFilterǁmatches__mutmut_33 # type: ignore # mutmut generated

mutants_xǁRunLogFilterǁselect__mutmut['_mutmut_orig'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_1'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_2'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_3'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_4'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_5'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_6'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_7'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_8'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_9'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_10'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_11'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_12'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_13'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_14'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_15'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_16'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_17'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_18'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_19'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_20'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_21'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_21 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_22'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_22 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_23'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_23 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_24'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_24 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_25'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_25 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_26'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_26 # type: ignore # mutmut generated
mutants_xǁRunLogFilterǁselect__mutmut['xǁRunLogFilterǁselect__mutmut_27'] = RunLogFilter.xǁRunLogFilterǁselect__mutmut_27 # type: ignore # mutmut generated
mutants_x__within__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__within__mutmut)
def _within(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is not None and moment >= before)


def x__within__mutmut_orig(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is not None and moment >= before)


def x__within__mutmut_1(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None or moment < after:
        return False
    return not (before is not None and moment >= before)


def x__within__mutmut_2(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is None and moment < after:
        return False
    return not (before is not None and moment >= before)


def x__within__mutmut_3(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment <= after:
        return False
    return not (before is not None and moment >= before)


def x__within__mutmut_4(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return True
    return not (before is not None and moment >= before)


def x__within__mutmut_5(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return (before is not None and moment >= before)


def x__within__mutmut_6(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is not None or moment >= before)


def x__within__mutmut_7(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is None and moment >= before)


def x__within__mutmut_8(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is not None and moment > before)

mutants_x__within__mutmut['_mutmut_orig'] = x__within__mutmut_orig # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_1'] = x__within__mutmut_1 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_2'] = x__within__mutmut_2 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_3'] = x__within__mutmut_3 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_4'] = x__within__mutmut_4 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_5'] = x__within__mutmut_5 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_6'] = x__within__mutmut_6 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_7'] = x__within__mutmut_7 # type: ignore # mutmut generated
mutants_x__within__mutmut['x__within__mutmut_8'] = x__within__mutmut_8 # type: ignore # mutmut generated
