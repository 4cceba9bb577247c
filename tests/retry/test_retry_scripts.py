"""Retrying runs made the ways runnable 0.50 users make them: ``python script.py``, its
``RUNNABLE_RETRY_RUN_ID``, scripts that name their own run id, and runs recorded by runnable 0.50."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from runnable import defaults
from runnable.models import RunLog
from runnable.retry_plan import retry_records

CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"
RUNNABLE_0_50 = Path(__file__).parent / "runnable_0_50"

# The functions live in the script itself (``__main__.f`` when it runs as ``python script.py``).
FUNCTIONS = """
import os
import sys
from pathlib import Path

from runnable import Pipeline, PythonTask


def check_envvar() -> int:
    return 5


def flaky(count: int) -> int:
    if not Path("cause-fixed").exists():
        raise RuntimeError("the cause is not fixed yet")
    return count * 2


def build() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=check_envvar, name="first", returns=["count"]),
            PythonTask(function=flaky, name="second", returns=["result"]),
        ]
    )
"""

# The most common shape: the pipeline is executed under the main guard, its run id from the
# command line when one is given.
SCRIPT = (
    FUNCTIONS
    + """
if __name__ == "__main__":
    build().execute(run_id=sys.argv[1] if len(sys.argv) > 1 else "")
"""
)

# The guide's shape: main() executes the pipeline (its run id from the environment), the guard calls it.
MAIN_SCRIPT = (
    FUNCTIONS
    + """
def main() -> Pipeline:
    pipeline = build()
    pipeline.execute(run_id=os.environ.get("NIGHTLY_RUN_ID", ""))
    return pipeline


if __name__ == "__main__":
    main()
"""
)


def environment(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    return {**clean, "COLUMNS": "200", "NO_COLOR": "1", **extra}


def python(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=environment(**env), timeout=120
    )


def runnable(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *args], capture_output=True, text=True, env=environment(**env), timeout=120
    )


def show(run_id: str, *args: str) -> RunLog:
    result = runnable("runs", "show", run_id, "--json", *args)
    assert result.returncode == 0, result.stderr
    return RunLog.model_validate(json.loads(result.stdout))


def attempts(run_log: RunLog) -> dict[str, int]:
    return {name: len(step.attempts) for name, step in run_log.steps.items()}


def listed_run_ids(*args: str) -> list[str]:
    result = runnable("runs", "list", "--json", *args)
    assert result.returncode == 0, result.stderr
    return [run["run_id"] for run in json.loads(result.stdout)]


def fix_the_cause() -> None:
    Path("cause-fixed").touch()


@pytest.mark.parametrize("shape", [SCRIPT, MAIN_SCRIPT], ids=["under-the-guard", "main-function"])
def test_a_run_made_with_python_script_is_retried_as_the_script(workdir: Path, shape: str) -> None:
    (workdir / "script.py").write_text(shape)
    made = python("script.py", "nightly", NIGHTLY_RUN_ID="nightly")
    assert made.returncode == 1, made.stderr
    assert show("nightly").run_config["dag"]["nodes"]["first"]["command"] == "__main__.check_envvar"

    fix_the_cause()
    retried = runnable("retry", "nightly", NIGHTLY_RUN_ID="nightly")

    assert retried.returncode == 0, retried.stderr
    assert "Run nightly succeeded after retry 1" in retried.stdout
    run_log = show("nightly")
    assert run_log.status == defaults.SUCCESS
    assert attempts(run_log)["first"] == 1 and attempts(run_log)["second"] == 2
    assert run_log.parameters["result"].get_value() == 10
    assert listed_run_ids() == ["nightly"]


def test_the_main_scripts_functions_are_the_same_whether_imported_or_run(workdir: Path) -> None:
    (workdir / "script.py").write_text(MAIN_SCRIPT)
    assert python("script.py", NIGHTLY_RUN_ID="as-main").returncode == 1
    assert runnable("execute", "script.py", "--run-id", "imported").returncode == 1
    assert show("imported").run_config["dag"]["nodes"]["first"]["command"] == "script.check_envvar"
    fix_the_cause()

    # Recorded as script.f, retried as __main__.f ...
    by_variable = python("script.py", RUNNABLE_RETRY_RUN_ID="imported")
    # ... and recorded as __main__.f, retried through the import rules as script.f.
    by_name = runnable("retry", "as-main", "script.py:main", NIGHTLY_RUN_ID="as-main")

    assert by_variable.returncode == 0, by_variable.stderr
    assert by_name.returncode == 0, by_name.stderr
    assert [r.status for r in retry_records(show("imported"))] == [defaults.SUCCESS]
    assert [r.status for r in retry_records(show("as-main"))] == [defaults.SUCCESS]


def test_another_file_of_the_same_name_is_a_changed_pipeline(workdir: Path) -> None:
    (workdir / "script.py").write_text(MAIN_SCRIPT)
    assert python("script.py", NIGHTLY_RUN_ID="the-run").returncode == 1
    (workdir / "elsewhere").mkdir()
    (workdir / "elsewhere" / "script.py").write_text(MAIN_SCRIPT)

    refused = runnable("retry", "the-run", "elsewhere/script.py:main", NIGHTLY_RUN_ID="the-run")

    assert refused.returncode == 2
    assert "'__main__.check_envvar' -> 'script.check_envvar'" in refused.stderr


def test_runnable_retry_run_id_retries_in_place(workdir: Path) -> None:
    (workdir / "script.py").write_text(SCRIPT)
    assert python("script.py", "the-run").returncode == 1
    fix_the_cause()

    retried = python("script.py", RUNNABLE_RETRY_RUN_ID="the-run")

    assert retried.returncode == 0, retried.stderr
    run_log = show("the-run")
    assert run_log.status == defaults.SUCCESS
    assert attempts(run_log)["second"] == 2
    assert [r.retry_number for r in retry_records(run_log)] == [1]
    assert listed_run_ids() == ["the-run"]


def test_a_script_naming_its_own_run_id_is_retried_under_the_runs_id(workdir: Path) -> None:
    (workdir / "script.py").write_text(MAIN_SCRIPT)
    assert python("script.py", NIGHTLY_RUN_ID="sunday").returncode == 1
    assert python("script.py", NIGHTLY_RUN_ID="monday").returncode == 1
    fix_the_cause()

    # The script's run id is Tuesday's now, as a nightly job's would be.
    by_command = runnable("retry", "sunday", NIGHTLY_RUN_ID="tuesday")
    by_variable = python("script.py", NIGHTLY_RUN_ID="tuesday", RUNNABLE_RETRY_RUN_ID="monday")

    for retried, run_id in ((by_command, "sunday"), (by_variable, "monday")):
        assert retried.returncode == 0, retried.stderr
        said = [line for line in retried.stderr.splitlines() if "tuesday" in line]
        assert said == [
            f"Retry of run '{run_id}': the run_id 'tuesday' given to execute() is not used; a retry keeps "
            "the run's id."
        ]
        assert show(run_id).status == defaults.SUCCESS
    assert sorted(listed_run_ids()) == ["monday", "sunday"]


# --------------------------------------------------------------------------- runs recorded by runnable 0.50


@pytest.fixture
def runs_of_0_50(workdir: Path) -> Path:
    """The failed 0.50 runs, their pipeline package and configurations, in the working folder."""
    for entry in RUNNABLE_0_50.iterdir():
        if entry.is_dir():
            name = ".run_log_store" if entry.name == "run_log_store" else entry.name
            shutil.copytree(entry, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(entry, workdir / entry.name)
    return workdir


@pytest.mark.parametrize(
    ("run_id", "configuration"),
    [("failed-050-fs", "file-system.yaml"), ("failed-050-chunked", "chunked-fs.yaml")],
)
def test_runs_recorded_by_0_50_are_retried(runs_of_0_50: Path, run_id: str, configuration: str) -> None:
    recorded = show(run_id, "-c", configuration)
    assert recorded.run_config["pipeline_definition_file"] == "pipeline050.pipe.main"
    assert recorded.run_config["dag"]["nodes"]["hello"]["max_attempts"] == 1
    fix_the_cause()

    retried = runnable("retry", run_id, "-c", configuration)

    assert retried.returncode == 0, retried.stderr
    run_log = show(run_id, "-c", configuration)
    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["sum"].get_value() == 12
    branches = run_log.steps["map"].branches
    assert {name: len(branch.steps[name + ".double"].attempts) for name, branch in branches.items()} == {
        "map.1": 1,
        "map.2": 2,
        "map.3": 1,
    }
    assert retry_records(run_log)[0].skipped[:2] == ["hello", "par"]


def test_a_0_50_run_named_by_module_and_function_is_looked_for_as_a_file(runs_of_0_50: Path) -> None:
    (runs_of_0_50 / "pipeline050" / "pipe.py").rename(runs_of_0_50 / "pipeline050" / "moved.py")

    refused = runnable("retry", "failed-050-fs", "-c", "file-system.yaml")

    assert refused.returncode == 2
    assert "was made from pipeline050.pipe.main, which does not exist here" in refused.stderr
