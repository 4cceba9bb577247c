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

from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Annotated, Any, Literal, Protocol, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    ValidationInfo,
    computed_field,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

from runnable import defaults, exceptions
from runnable.conditions import ParameterCondition, as_conditions

JSONType = Any


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _as_aware(value: datetime | None) -> datetime | None:
    # runnable 0.50 wrote naive local timestamps; we read them as UTC so that
    # they compare with the timezone-aware ones we write.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


_MOMENT = TypeAdapter(datetime)


def _moment_as_text(
    value: datetime | None, handler: SerializerFunctionWrapHandler, info: SerializationInfo
) -> Any:
    # model_dump() gives timestamps as ISO-8601 text, as runnable 0.50's did, so that
    # json.dumps(run_log.model_dump()) works (the public guide's stores do it); the text is the one
    # JSON mode writes, with full precision and the timezone.
    if value is None or info.mode_is_json():
        return handler(value)
    return _MOMENT.dump_python(value, mode="json")


def _known_status(status: str) -> str:
    # A status runnable never writes (a damaged file or row) is reported, never shown as if valid.
    if status not in defaults.STATUSES:
        known = ", ".join(defaults.STATUSES)
        raise ValueError(f"{status!r} is not a status runnable records (one of {known})")
    return status


# --------------------------------------------------------------------------- names


def encode_name_segment(segment: str) -> str:
    """Make a step or branch name safe to join into an internal name."""
    return segment.replace("%", "%25").replace(defaults.NAME_SEPARATOR, "%2E")


def decode_name_segment(segment: str) -> str:
    return segment.replace("%2E", defaults.NAME_SEPARATOR).replace("%25", "%")


def join_internal_name(*segments: str) -> str:
    """Join already-encoded segments (any empty one is skipped)."""
    return defaults.NAME_SEPARATOR.join(s for s in segments if s)


def split_internal_name(internal_name: str) -> list[str]:
    return internal_name.split(defaults.NAME_SEPARATOR) if internal_name else []


def parent_of(internal_name: str) -> str:
    """The internal name one level up: a step's branch, or a branch's step ("" at the top)."""
    head, _, _ = internal_name.rpartition(defaults.NAME_SEPARATOR)
    return head


# --------------------------------------------------------------------------- parameters


# Stores persist a parameter in its *stored form*: no ``description`` (it is computed from the
# value) and, for a large value, a reference to the value kept once per run instead of the value.
# A store passes one object under STORED_VALUES in the pydantic context of model_dump(_json) and
# model_validate; without it, models dump and read as in runnable 0.50.
STORED_VALUES = "runnable.stored_values"
VALUE_REFERENCE = "value_ref"


class StoredValues(Protocol):
    """What a store puts in the pydantic context to write and read parameters (``run_log_store._values``)."""

    def stored_form(
        self, kind: str, value: JSONType, dump: Callable[[], dict[str, JSONType]]
    ) -> dict[str, JSONType]:
        """The stored form of a parameter of ``kind`` holding ``value``; ``dump()``: its JSON-mode dump."""

    def value_of(self, reference: str) -> JSONType:
        """The value stored under ``reference``; ValueError if there is none."""


def _stored_values(context: Any) -> StoredValues | None:
    found = context.get(STORED_VALUES) if isinstance(context, dict) else None
    return cast("StoredValues | None", found)


class _ParameterBase(BaseModel):
    @model_serializer(mode="wrap")
    def _serialize(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        values = _stored_values(info.context)
        if values is None:
            return handler(self)
        kind, value = str(getattr(self, "kind", "")), getattr(self, "value", None)
        return values.stored_form(kind, value, lambda: handler(self))

    @model_validator(mode="before")
    @classmethod
    def _resolve_reference(cls, data: Any, info: ValidationInfo) -> Any:
        if not isinstance(data, dict) or VALUE_REFERENCE not in data:
            return data
        values = _stored_values(info.context)
        if values is None:
            raise ValueError(
                "the value is stored apart from the run log (a 'value_ref'); read the run through its store"
            )
        return {"kind": data.get("kind"), "value": values.value_of(str(data[VALUE_REFERENCE]))}

    def get_value(self) -> JSONType:
        return getattr(self, "value", None)


class JsonParameter(_ParameterBase):
    kind: Literal["json"] = "json"
    value: JSONType = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description(self) -> JSONType:
        return self.value


class MetricParameter(_ParameterBase):
    kind: Literal["metric"] = "metric"
    value: JSONType = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def description(self) -> JSONType:
        return self.value


class ObjectParameter(_ParameterBase):
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
    _times_as_text = field_serializer("start_time", "end_time", mode="wrap")(_moment_as_text)
    _status_is_known = field_validator("status")(_known_status)

    @property
    def duration_seconds(self) -> float | None:
        if self.start_time is None or self.end_time is None:
            return None
        return (self.end_time - self.start_time).total_seconds()


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

    _status_is_known = field_validator("status")(_known_status)

    def get_data_catalogs_by_stage(self, stage: str = "put") -> list[DataCatalog]:
        return [entry for entry in self.data_catalog if entry.stage == stage]

    def add_data_catalogs(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)

    @property
    def last_attempt(self) -> StepAttempt | None:
        return self.attempts[-1] if self.attempts else None


class BranchLog(BaseModel):
    internal_name: str
    status: str = defaults.CREATED
    steps: dict[str, StepLog] = Field(default_factory=dict)
    parameters: Parameters = Field(default_factory=dict)

    _status_is_known = field_validator("status")(_known_status)


class JobLog(BaseModel):
    status: str = defaults.CREATED
    message: str = ""
    mock: bool = False
    code_identities: list[CodeIdentity] = Field(default_factory=list)
    attempts: list[StepAttempt] = Field(default_factory=list)
    data_catalog: list[DataCatalog] = Field(default_factory=list)

    _status_is_known = field_validator("status")(_known_status)

    def add_data_catalogs(self, entries: Iterable[DataCatalog]) -> None:
        self.data_catalog.extend(entries)


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
    _times_as_text = field_serializer("created_at", "updated_at", mode="wrap")(_moment_as_text)
    _status_is_known = field_validator("status")(_known_status)

    # -- navigation ---------------------------------------------------------

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

    def steps_in_scope(self, internal_branch_name: str) -> dict[str, StepLog]:
        """The step dictionary that a step of that branch ("" for the top level) belongs in."""
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.steps if branch is None else branch.steps

    def parameters_in_scope(self, internal_branch_name: str) -> Parameters:
        branch, _ = self.search_branch_by_internal_name(internal_branch_name)
        return self.parameters if branch is None else branch.parameters

    def insert_step_log(self, step_log: StepLog) -> None:
        """Put a step log into the branch its internal name places it in.

        The step's own fields replace the stored ones; branches already stored
        under it are kept (see :func:`merge_step_log`).
        """
        scope = self.steps_in_scope(parent_of(step_log.internal_name))
        stored = scope.get(step_log.internal_name)
        scope[step_log.internal_name] = step_log if stored is None else merge_step_log(stored, step_log)

    def insert_branch_log(self, branch_log: BranchLog) -> None:
        """Put a branch log under the composite step that owns it, keeping steps already stored in it."""
        parent_step, _ = self.search_step_by_internal_name(parent_of(branch_log.internal_name))
        stored = parent_step.branches.get(branch_log.internal_name)
        parent_step.branches[branch_log.internal_name] = (
            branch_log if stored is None else merge_branch_log(stored, branch_log)
        )

    def header(self) -> RunLog:
        """A copy without step bodies: what listings return when ``full=False``."""
        return self.model_copy(update={"steps": {}})

    def get_data_catalogs_by_stage(self, stage: str = "put") -> list[DataCatalog]:
        found: list[DataCatalog] = []

        def walk(steps: dict[str, StepLog]) -> None:
            for step in steps.values():
                found.extend(step.get_data_catalogs_by_stage(stage))
                for branch in step.branches.values():
                    walk(branch.steps)

        walk(self.steps)
        return found


StepLog.model_rebuild()
BranchLog.model_rebuild()


# Writers of one run work on different parts of it at once (a map branch per
# process), so writing a step or branch never drops what others stored under
# it: its own fields are replaced, its children and parameters are merged.
# Chunked and SQL stores get these semantics for free (children are separate
# chunks/rows); whole-document stores get them from these two functions.


def merge_step_log(stored: StepLog, incoming: StepLog) -> StepLog:
    """``incoming`` with the branches of ``stored`` that it does not carry (recursively merged)."""
    branches = dict(stored.branches)
    for name, branch in incoming.branches.items():
        branches[name] = merge_branch_log(branches[name], branch) if name in branches else branch
    return incoming.model_copy(update={"branches": branches})


def merge_branch_log(stored: BranchLog, incoming: BranchLog) -> BranchLog:
    """``incoming`` with the steps and parameters of ``stored`` that it does not carry."""
    steps = dict(stored.steps)
    for name, step in incoming.steps.items():
        steps[name] = merge_step_log(steps[name], step) if name in steps else step
    return incoming.model_copy(
        update={"steps": steps, "parameters": {**stored.parameters, **incoming.parameters}}
    )


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
    conditions: list[ParameterCondition] = Field(default_factory=list)
    limit: int | None = Field(default=None, ge=1)
    after: str | None = None

    _aware_times = field_validator("created_after", "created_before", "updated_after", "updated_before")(
        _as_aware
    )

    @field_validator("conditions", mode="before")
    @classmethod
    def _parse_written_conditions(cls, value: Any) -> Any:
        # Conditions may come as text ("score>0.9"), e.g. through a plugin's **kwargs.
        return as_conditions(value) if isinstance(value, (list, tuple)) else value

    @property
    def reads_parameters(self) -> bool:
        """Whether matching needs the run-level parameters (not only the run's header columns)."""
        return bool(self.parameters or self.conditions)

    @staticmethod
    def sort_key(run_log: RunLog) -> tuple[datetime, str]:
        return (run_log.created_at, run_log.run_id)

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
        return all(condition.matches(run_log.parameters) for condition in self.conditions)

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


def _within(moment: datetime, after: datetime | None, before: datetime | None) -> bool:
    """``after`` is inclusive, ``before`` exclusive."""
    if after is not None and moment < after:
        return False
    return not (before is not None and moment >= before)
