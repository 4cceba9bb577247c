"""Jobs record a JobLog; notebooks run in a real kernel, failed or not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from runnable import Catalog, NotebookTask, Pipeline, PythonJob, ShellJob, defaults, metric
from runnable.exceptions import ExecutionFailedError, PipelineDefinitionError
from runnable.models import JsonParameter, MetricParameter, RunLog

ConfigWriter = Callable[..., Path]


def evaluate(threshold: float) -> tuple[float, str]:
    Path("report.txt").write_text(f"threshold {threshold}\n")
    return threshold * 2, "ok"


def crash() -> None:
    print("about to crash")
    raise RuntimeError("job went wrong")


@pytest.mark.parametrize("store", ["buffered", "chunked-fs", "database"])
def test_python_job_records_a_job_log(
    store: str, write_config: ConfigWriter, stored_run_log: Callable[[Path, str], RunLog]
) -> None:
    Path("params.yaml").write_text("threshold: 0.25\n")
    configuration = write_config(store)
    job = PythonJob(
        function=evaluate, returns=[metric("score"), "verdict"], catalog=Catalog(put=["report.txt"])
    )

    run_log = job.execute(
        configuration_file=str(configuration), job_id="job-run", parameters_file="params.yaml"
    )

    assert run_log.run_id == "job-run" and run_log.status == defaults.SUCCESS and run_log.steps == {}
    job_log = run_log.job
    assert job_log is not None and job_log.status == defaults.SUCCESS
    [attempt] = job_log.attempts
    assert attempt.start_time is not None and attempt.start_time.tzinfo is not None
    assert attempt.input_parameters == {"threshold": JsonParameter(value=0.25)}
    assert attempt.output_parameters == {
        "score": MetricParameter(value=0.5),
        "verdict": JsonParameter(value="ok"),
    }
    assert attempt.user_defined_metrics == {"score": MetricParameter(value=0.5)}
    assert {d.name for d in job_log.data_catalog} == {"report.txt", "job.execution.log"}
    assert run_log.parameters["verdict"] == JsonParameter(value="ok")
    assert run_log.run_config["job_executor"]["service_name"] == "local"
    if store != "buffered":
        assert stored_run_log(configuration, "job-run").model_dump() == run_log.model_dump()


def test_a_failing_job_raises_and_keeps_its_log(write_config: ConfigWriter) -> None:
    with pytest.raises(ExecutionFailedError) as raised:
        PythonJob(function=crash).execute(configuration_file=str(write_config()), job_id="bad-job")

    assert "bad-job" in str(raised.value) and "job went wrong" in str(raised.value)
    job_log = raised.value.run_log.job
    assert job_log.status == defaults.FAIL and "RuntimeError: job went wrong" in job_log.attempts[0].message
    assert "about to crash" in (Path(".catalog") / "bad-job" / "job.execution.log").read_text()


def test_shell_job_status_follows_the_exit_code(write_config: ConfigWriter) -> None:
    with pytest.raises(ExecutionFailedError, match="exited with status 7"):
        ShellJob(command="exit 7").execute(configuration_file=str(write_config()))


def test_job_run_id_arguments_must_agree(write_config: ConfigWriter) -> None:
    job = ShellJob(command="true")

    assert job.execute(configuration_file=str(write_config()), run_id="by-run-id").run_id == "by-run-id"
    with pytest.raises(PipelineDefinitionError, match="give one of them"):
        job.execute(configuration_file=str(write_config()), job_id="a", run_id="b")


def write_notebook(path: Path, *sources: str) -> None:
    cells: list[dict[str, object]] = [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": f"c{i}",
            "metadata": {},
            "outputs": [],
            "source": source,
        }
        for i, source in enumerate(sources)
    ]
    kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook = {"cells": cells, "metadata": {"kernelspec": kernelspec}, "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(notebook))


def test_a_failing_notebook_fails_the_step_and_keeps_the_executed_copy(write_config: ConfigWriter) -> None:
    write_notebook(Path("broken.ipynb"), "print('first cell ran')", "1 / 0")
    pipeline = Pipeline(steps=[NotebookTask(notebook="broken.ipynb", name="nb")])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()), run_id="nb-fail")

    step = raised.value.run_log.steps["nb"]
    assert step.status == defaults.FAIL and "ZeroDivisionError" in step.attempts[0].message
    copy = Path(".catalog") / "nb-fail" / "broken-nb_out.ipynb"
    assert "first cell ran" in copy.read_text()
    assert "broken-nb_out.ipynb" in {d.name for d in step.data_catalog}


def test_a_notebook_that_does_not_define_a_return_fails_naming_it(write_config: ConfigWriter) -> None:
    write_notebook(Path("quiet.ipynb"), "x = 1")
    pipeline = Pipeline(steps=[NotebookTask(notebook="quiet.ipynb", name="nb", returns=["x", "y"])])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()))

    assert "does not define 'y'" in raised.value.run_log.steps["nb"].message
