"""Every example in examples/ traced with the SDK's in-memory exporter: its spans mirror its run log.

Each example runs in this process as its ``main()`` (composites.yaml through ``load_pipeline``), and
the spans are checked against the run log the store kept: one trace, one root per run, a ``step``
span per step log with its name, node type and status, one ``attempt`` span per attempt, a
``branch`` span per branch log under its composite step's attempt, errors on what failed, and not
one span more.
"""

from __future__ import annotations

import importlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from run_log_views import read_run_log
from runnable import defaults
from runnable.exceptions import ExecutionFailedError
from runnable.masking import mask_url
from runnable.models import BranchLog, JobLog, RunLog, StepAttempt, StepLog
from runnable.pipeline_yaml import load_pipeline

REPOSITORY = Path(__file__).resolve().parents[2]
SECRET = "tok-123-secret"

# Every example module, and whether its run fails.
EXAMPLES = {
    "linear": False,
    "parameters": False,
    "catalog": False,
    "shell": False,
    "notebook": False,
    "map": False,
    "parallel": False,
    "conditional": False,
    "loop": False,
    "nested": False,
    "on_failure_succeed": False,
    "on_failure_fail": True,
    "default_fail": True,
    "terminate_with_failure": True,
    "using_secrets": False,
    "python_job": False,
    "shell_job": False,
    "notebook_job": False,
    "demo": False,
}
# The nodes that do their work in the step itself: no attempt span of their own.
WITHOUT_ATTEMPT_SPANS = frozenset({defaults.STUB, defaults.SUCCESS_NODE, defaults.FAIL_NODE})


def test_every_example_is_covered() -> None:
    modules = {path.stem for path in (REPOSITORY / "examples").glob("*.py")} - {"__init__"}
    assert modules == set(EXAMPLES)


@pytest.fixture
def run_example(
    write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> Callable[[str, bool], RunLog]:
    """Runs an example as its own ``main()`` (or composites.yaml), with the run id its name."""
    monkeypatch.syspath_prepend(str(REPOSITORY))

    def run(name: str, fails: bool) -> RunLog:
        configuration = write_config("chunked-fs", name=f"{name}.yaml")
        monkeypatch.setenv(defaults.ENV_CONFIGURATION_FILE, str(configuration))
        monkeypatch.setenv(defaults.ENV_RUN_ID, name)
        monkeypatch.setenv("RUNNABLE_PRM_envvar", '"from env"')
        monkeypatch.setenv("RUNNABLE_PRM_multiplier", "10")
        monkeypatch.setenv("RUNNABLE_PRM_data_size", "1000")
        monkeypatch.setenv("API_TOKEN", SECRET)
        if name == "composites":
            execute: Callable[[], object] = load_pipeline(REPOSITORY / "examples" / "composites.yaml").execute
        else:
            execute = importlib.import_module(f"examples.{name}").main
        if fails:
            with pytest.raises(ExecutionFailedError):
                execute()
        else:
            execute()
        return read_run_log(name, configuration)

    return run


class Trace:
    """The finished spans of one run, by parent."""

    def __init__(self, finished: Iterable[ReadableSpan]) -> None:
        self.spans = list(finished)
        self.children: dict[int | None, list[ReadableSpan]] = defaultdict(list)
        for span in self.spans:
            self.children[span.parent.span_id if span.parent else None].append(span)
        self.checked: set[int] = set()

    def under(self, parent: ReadableSpan, prefix: str) -> list[ReadableSpan]:
        found = [span for span in self.children[parent.context.span_id] if span.name.startswith(prefix)]
        self.checked.update(span.context.span_id for span in found)
        return found


def attributes(span: ReadableSpan) -> dict[str, object]:
    return dict(span.attributes or {})


def assert_outcome(span: ReadableSpan, status: str, message: str) -> None:
    """The span's runnable status, its OpenTelemetry status, and the (masked) error of a failure."""
    found = attributes(span)
    assert found["runnable.status"] == status, span.name
    expected_code = {defaults.SUCCESS: StatusCode.OK, defaults.FAIL: StatusCode.ERROR}.get(
        status, StatusCode.UNSET
    )
    assert span.status.status_code is expected_code, span.name
    if status == defaults.FAIL and message:
        assert found["runnable.error"] == mask_url(message), span.name
    else:
        assert "runnable.error" not in found, span.name


def check_attempts(trace: Trace, parent: ReadableSpan, attempts: list[StepAttempt]) -> list[ReadableSpan]:
    found = trace.under(parent, "attempt ")
    assert [span.name for span in found] == [f"attempt {attempt.attempt_number}" for attempt in attempts]
    for span, attempt in zip(found, attempts, strict=True):
        assert attributes(span)["runnable.attempt"] == attempt.attempt_number
        assert_outcome(span, attempt.status, attempt.message.splitlines()[0] if attempt.message else "")
    return found


def check_steps(trace: Trace, parent: ReadableSpan, step_logs: Iterable[StepLog]) -> None:
    by_name = {f"step {step_log.internal_name}": step_log for step_log in step_logs}
    found = {span.name: span for span in trace.under(parent, "step ")}
    assert set(found) == set(by_name), parent.name
    for name, step_log in by_name.items():
        span = found[name]
        assert attributes(span)["runnable.step"] == step_log.internal_name
        assert attributes(span)["runnable.node_type"] == step_log.step_type
        assert_outcome(span, step_log.status, step_log.message)
        if step_log.step_type in WITHOUT_ATTEMPT_SPANS:
            assert trace.under(span, "attempt ") == [], name
            continue
        attempt_spans = check_attempts(trace, span, step_log.attempts)
        if step_log.step_type == defaults.TASK:
            returns = attributes(attempt_spans[-1]).get("runnable.returns", ())
            assert sorted(returns) == sorted(step_log.attempts[-1].output_parameters)  # type: ignore[call-overload]
        else:
            check_branches(trace, attempt_spans[-1], step_log)


def check_branches(trace: Trace, attempt: ReadableSpan, step_log: StepLog) -> None:
    by_name: dict[str, BranchLog] = {f"branch {name}": branch for name, branch in step_log.branches.items()}
    found = {span.name: span for span in trace.under(attempt, "branch ")}
    assert set(found) == set(by_name), step_log.internal_name
    for name, branch_log in by_name.items():
        span = found[name]
        assert attributes(span)["runnable.node_type"] == step_log.step_type
        assert attributes(span)["runnable.branch"] == branch_log.internal_name
        assert attributes(span)["runnable.status"] == branch_log.status
        check_steps(trace, span, branch_log.steps.values())


def check_job(trace: Trace, run: ReadableSpan, job_log: JobLog) -> None:
    (attempt,) = check_attempts(trace, run, job_log.attempts)
    assert sorted(attributes(attempt)["runnable.returns"]) == sorted(job_log.attempts[-1].output_parameters)  # type: ignore[call-overload]


@pytest.mark.parametrize("name", [*EXAMPLES, "composites"])
def test_the_spans_of_an_example_mirror_its_run_log(
    name: str, run_example: Callable[[str, bool], RunLog], spans: InMemorySpanExporter
) -> None:
    run_log = run_example(name, EXAMPLES.get(name, False))
    trace = Trace(spans.get_finished_spans())

    assert len({span.context.trace_id for span in trace.spans}) == 1
    (run,) = trace.children[None]
    assert run.name == f"run {name}"
    assert attributes(run)["runnable.run_id"] == name
    assert_outcome(run, run_log.status, attributes(run).get("runnable.error", ""))  # type: ignore[arg-type]
    trace.checked.add(run.context.span_id)
    if run_log.job is not None:
        check_job(trace, run, run_log.job)
    else:
        check_steps(trace, run, run_log.steps.values())
    unexplained = [span.name for span in trace.spans if span.context.span_id not in trace.checked]
    assert unexplained == []
    assert all(SECRET not in span.to_json() for span in trace.spans)
    assert run_log.run_config["telemetry"]["trace_id"] == f"{run.context.trace_id:032x}"


def test_a_failed_runs_error_names_the_failed_step(
    run_example: Callable[[str, bool], RunLog], spans: InMemorySpanExporter
) -> None:
    run_example("default_fail", True)
    run = next(span for span in spans.get_finished_spans() if span.parent is None)
    error = str(attributes(run)["runnable.error"])
    assert "step 2" in error, error
