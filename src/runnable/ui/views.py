"""Run logs as the web UI shows them: plain dicts, safe to render or to answer as JSON.

Everything a page or an API answer holds passes through here, so this is the
one place where secrets are masked (:func:`runnable.masking.mask_secrets` on
run configs, secret-looking parameter names, URL passwords in any text) and
where the tree of a run is laid out. Nothing here knows about HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from runnable import defaults, telemetry
from runnable.masking import is_secret_key, mask_secrets, mask_url
from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    ObjectParameter,
    Parameter,
    RunLog,
    StepAttempt,
    StepLog,
    decode_name_segment,
    split_internal_name,
)
from runnable.timings import Spans, attempts_duration, format_duration, format_moment, run_duration

RUNNING_STATUSES = (defaults.CREATED, defaults.PROCESSING, defaults.TRIGGERED)
# Branches of one composite step drawn in full; past this, failures plus the first ones, then a link.
BRANCHES_SHOWN = 50
EXECUTION_LOG_SUFFIX = ".execution.log"
_VALUE_WIDTH = 120


def safe_value(name: str, value: Any) -> Any:
    """A parameter or config value as it may be shown: masked under a secret-looking name."""
    if is_secret_key(name) and value not in (None, ""):
        return defaults.MASK
    return mask_secrets(value)


def safe_text(text: str) -> str:
    return mask_url(text) if text else text


def parameter_view(name: str, parameter: Parameter) -> dict[str, Any]:
    value = safe_value(name, parameter.get_value())
    if isinstance(parameter, ObjectParameter):
        shown = f"pickled object (catalog name {value})"
    else:
        shown = json.dumps(value, default=str, ensure_ascii=False)
    return {
        "name": name,
        "kind": parameter.kind,
        "value": value,
        "text": shown if len(shown) <= _VALUE_WIDTH else shown[: _VALUE_WIDTH - 1] + "…",
    }


def parameters_view(parameters: dict[str, Parameter], skip: Iterable[str] = ()) -> list[dict[str, Any]]:
    skipped = set(skip)
    return [parameter_view(name, p) for name, p in parameters.items() if name not in skipped]


def is_running(status: str) -> bool:
    return status in RUNNING_STATUSES


def _moment(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


# --------------------------------------------------------------------------- runs list


def metric_names(run_logs: Sequence[RunLog]) -> list[str]:
    """Metric names on these runs, in the order first seen."""
    names: dict[str, None] = {}
    for run_log in run_logs:
        for name, parameter in run_log.parameters.items():
            if parameter.kind == "metric":
                names.setdefault(name)
    return list(names)


def run_row(run_log: RunLog, columns: Sequence[str]) -> dict[str, Any]:
    """One run of a listing: header facts and the chosen parameter/metric columns."""
    duration = run_duration(run_log)
    values: dict[str, Any] = {}
    for name in columns:
        parameter = run_log.parameters.get(name)
        values[name] = None if parameter is None else parameter_view(name, parameter)["text"]
    return {
        "run_id": run_log.run_id,
        "status": run_log.status,
        "running": is_running(run_log.status),
        "tag": safe_text(run_log.tag),
        "created_at": _moment(run_log.created_at),
        "updated_at": _moment(run_log.updated_at),
        "created": format_moment(run_log.created_at),
        "duration_seconds": duration,
        "duration": format_duration(duration),
        "columns": values,
    }


# --------------------------------------------------------------------------- one run


def _code_identities(identities: list[CodeIdentity]) -> list[dict[str, Any]]:
    return [
        {
            "type": identity.code_identifier_type or "",
            "identifier": identity.code_identifier or "",
            "dependable": bool(identity.code_identifier_dependable),
            "url": safe_text(identity.code_identifier_url or ""),
            "message": safe_text(identity.code_identifier_message or ""),
        }
        for identity in identities
    ]


def _catalog(entries: list[DataCatalog]) -> list[dict[str, Any]]:
    return [
        {
            "name": entry.name,
            "hash": entry.data_hash,
            "path": entry.catalog_relative_path,
            "location": safe_text(entry.catalog_handler_location),
            "stage": entry.stage,
            "is_execution_log": entry.name.endswith(EXECUTION_LOG_SUFFIX),
        }
        for entry in entries
    ]


def _attempt(attempt: StepAttempt) -> dict[str, Any]:
    duration = attempt.duration_seconds
    return {
        "number": attempt.attempt_number,
        "status": attempt.status,
        "start": _moment(attempt.start_time),
        "end": _moment(attempt.end_time),
        "start_text": format_moment(attempt.start_time),
        "end_text": format_moment(attempt.end_time),
        "duration_seconds": duration,
        "duration": format_duration(duration),
        "message": safe_text(attempt.message),
        "retry": attempt.retry_indicator,
        "input_parameters": parameters_view(attempt.input_parameters),
        "output_parameters": parameters_view(attempt.output_parameters, skip=attempt.user_defined_metrics),
        "metrics": parameters_view(attempt.user_defined_metrics),
    }


def branch_label(branch_log: BranchLog) -> str:
    return decode_name_segment(split_internal_name(branch_log.internal_name)[-1])


def step_view(step_log: StepLog, expanded: Sequence[str], spans: Spans) -> dict[str, Any]:
    """A step and everything under it; branches past :data:`BRANCHES_SHOWN` are summarised."""
    duration = attempts_duration(step_log.attempts)
    start, end = spans.step(step_log)
    if duration is None and step_log.branches and start is not None and end is not None:
        duration = (end - start).total_seconds()
    branches = list(step_log.branches.values())
    counts: dict[str, int] = {}
    for branch_log in branches:
        counts[branch_log.status] = counts.get(branch_log.status, 0) + 1
    shown = branches
    if len(branches) > BRANCHES_SHOWN and step_log.internal_name not in expanded:
        first = set(b.internal_name for b in branches[:BRANCHES_SHOWN])
        shown = [b for b in branches if b.internal_name in first or b.status != defaults.SUCCESS]
    last = step_log.last_attempt
    return {
        "name": step_log.name,
        "internal_name": step_log.internal_name,
        "status": step_log.status,
        "type": step_log.step_type,
        "message": safe_text((last.message if last is not None and last.message else "") or step_log.message),
        "start": _moment(start),
        "end": _moment(end),
        "duration_seconds": duration,
        "duration": format_duration(duration),
        "attempts": [_attempt(a) for a in step_log.attempts],
        "catalog": _catalog(step_log.data_catalog),
        "code_identities": _code_identities(step_log.code_identities),
        "branch_count": len(branches),
        "branch_statuses": counts,
        "hidden_branches": len(branches) - len(shown),
        "branches": [branch_view(b, expanded, spans) for b in shown],
    }


def branch_view(branch_log: BranchLog, expanded: Sequence[str], spans: Spans) -> dict[str, Any]:
    steps = spans.in_order(branch_log.steps.values())
    start, end = spans.steps(steps)
    duration = (end - start).total_seconds() if start is not None and end is not None else None
    return {
        "name": branch_label(branch_log),
        "internal_name": branch_log.internal_name,
        "status": branch_log.status,
        "start": _moment(start),
        "end": _moment(end),
        "duration_seconds": duration,
        "duration": format_duration(duration),
        "parameters": parameters_view(branch_log.parameters),
        "steps": [step_view(s, expanded, spans) for s in steps],
    }


def run_view(run_log: RunLog, expanded: Sequence[str] = (), spans: Spans | None = None) -> dict[str, Any]:
    """The whole run as the run page and ``/api/runs/<id>`` show it."""
    spans = spans if spans is not None else Spans()
    duration = run_duration(run_log)
    parameters = parameters_view(run_log.parameters)
    return {
        "run_id": run_log.run_id,
        "status": run_log.status,
        "running": is_running(run_log.status),
        "tag": safe_text(run_log.tag),
        "dag_hash": run_log.dag_hash,
        "trace_id": telemetry.trace_id_of(run_log.run_config),
        "created_at": _moment(run_log.created_at),
        "updated_at": _moment(run_log.updated_at),
        "created": format_moment(run_log.created_at),
        "updated": format_moment(run_log.updated_at),
        "duration_seconds": duration,
        "duration": format_duration(duration),
        "parameters": [p for p in parameters if p["kind"] != "metric"],
        "metrics": [p for p in parameters if p["kind"] == "metric"],
        "run_config": mask_secrets(run_log.run_config),
        "steps": [step_view(s, expanded, spans) for s in spans.in_order(run_log.steps.values())],
        "job": None if run_log.job is None else _job(run_log),
    }


def _job(run_log: RunLog) -> dict[str, Any]:
    assert run_log.job is not None
    job = run_log.job
    duration = attempts_duration(job.attempts)
    return {
        "status": job.status,
        "message": safe_text(job.message),
        "duration": format_duration(duration),
        "attempts": [_attempt(a) for a in job.attempts],
        "catalog": _catalog(job.data_catalog),
        "code_identities": _code_identities(job.code_identities),
    }


def execution_log_name(run_log: RunLog, internal_name: str) -> str | None:
    """The catalog name of a step's execution log, as the step recorded it (None if it has none)."""
    if internal_name == "":
        entries = run_log.job.data_catalog if run_log.job is not None else []
    else:
        step_log, _ = run_log.search_step_by_internal_name(internal_name)
        entries = step_log.data_catalog
    for entry in reversed(entries):
        if entry.name.endswith(EXECUTION_LOG_SUFFIX) and ".." not in entry.name.split("/"):
            return entry.name
    return None
