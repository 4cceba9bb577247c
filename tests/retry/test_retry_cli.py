"""``runnable retry``: exit codes, the stored configuration, masked values, and a run killed mid-step."""

from __future__ import annotations

import json
import os
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from retry_support import PERSISTENT_STORES, kill_once_started
from typer.testing import CliRunner, Result

from runnable import defaults
from runnable.cli import app
from runnable.models import RunLog
from runnable.retry_plan import retry_records

WIDE = {"COLUMNS": "200", "NO_COLOR": "1"}

STEPS = """
import time
from pathlib import Path

def first() -> int:
    return 5

def flaky(count: int) -> int:
    if not Path("cause-fixed").exists():
        raise RuntimeError("the cause is not fixed yet")
    return count * 2

def block(count: int) -> int:
    Path("step-started").touch()
    while not Path("cause-fixed").exists():
        time.sleep(0.05)
    return count + 1
"""

PIPELINE = """
from runnable import Pipeline, PythonTask
from retry_cli_steps import first, {second}

pipeline = Pipeline(
    steps=[
        PythonTask(function=first, name="first", returns=["count"]),
        PythonTask(function={second}, name="second", returns=["result"]),
    ]
)
"""


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env={**WIDE, **(env or {})})


def one_paragraph(result: Result) -> str:
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message, message
    return message


def show(run_id: str, *args: str) -> RunLog:
    result = invoke("runs", "show", run_id, "--json", *args)
    assert result.exit_code == 0, result.output
    return RunLog.model_validate(json.loads(result.stdout))


@pytest.fixture
def project(workdir: Path) -> Callable[..., None]:
    """Writes a store configuration (runnable-config.yaml), the steps module and pipeline.py."""

    def write(store_yaml: str, second: str = "flaky") -> None:
        (workdir / "runnable-config.yaml").write_text(textwrap.dedent(store_yaml))
        (workdir / "retry_cli_steps.py").write_text(STEPS)
        (workdir / "pipeline.py").write_text(PIPELINE.format(second=second))

    return write


def fix_the_cause() -> None:
    Path("cause-fixed").touch()


FILE_SYSTEM = """
run-log-store:
  type: file-system
  config:
    log_folder: run-logs
"""


def test_exit_codes_follow_the_outcome_of_the_retry(project: Callable[..., None]) -> None:
    project(FILE_SYSTEM)
    assert invoke("execute", "pipeline.py", "--run-id", "the-run").exit_code == 1

    failed_again = invoke("retry", "the-run")
    assert failed_again.exit_code == 1, failed_again.output
    assert "the cause is not fixed yet" in one_paragraph(failed_again)
    assert "Retry 1 of run the-run" in failed_again.stdout
    assert "skipped (succeeded before)" in failed_again.stdout

    fix_the_cause()
    succeeded = invoke("retry", "the-run")
    assert succeeded.exit_code == 0, succeeded.output
    assert "Run the-run succeeded after retry 2" in succeeded.stdout
    rows = {line.split()[0]: line for line in succeeded.stdout.splitlines() if line.split()}
    assert "skipped (succeeded before)" in rows["first"]
    assert "ran" in rows["second"] and "SUCCESS" in rows["second"] and rows["second"].rstrip().endswith("3")
    assert "superseded" in rows["fail"]
    run_log = show("the-run")
    assert run_log.status == defaults.SUCCESS
    assert [r.status for r in retry_records(run_log)] == [defaults.FAIL, defaults.SUCCESS]

    again = invoke("retry", "the-run")
    assert again.exit_code == 2
    assert "it succeeded, so there is nothing to retry" in one_paragraph(again)
    assert "--force" in again.stderr
    assert invoke("retry", "the-run", "--force").exit_code == 0

    unknown = invoke("retry", "no-such-run")
    assert unknown.exit_code == 2
    assert "No run 'no-such-run'" in one_paragraph(unknown)


def test_a_changed_pipeline_is_refused_saying_what_changed(project: Callable[..., None]) -> None:
    project(FILE_SYSTEM)
    assert invoke("execute", "pipeline.py", "--run-id", "the-run").exit_code == 1
    Path("pipeline.py").write_text(PIPELINE.format(second="block"))

    result = invoke("retry", "the-run")
    assert result.exit_code == 2
    message = one_paragraph(result)
    assert "the pipeline definition has changed" in message
    assert "step 'second' changed (command: 'retry_cli_steps.flaky' -> 'retry_cli_steps.block')" in message
    assert show("the-run").status == defaults.FAIL


def test_a_pipeline_file_can_be_named_and_must_exist(project: Callable[..., None]) -> None:
    project(FILE_SYSTEM)
    assert invoke("execute", "pipeline.py", "--run-id", "the-run").exit_code == 1
    Path("pipeline.py").rename("moved.py")

    missing = invoke("retry", "the-run")
    assert missing.exit_code == 2
    assert "was made from pipeline.py, which does not exist here" in one_paragraph(missing)

    fix_the_cause()
    named = invoke("retry", "the-run", "moved.py:pipeline")
    assert named.exit_code == 0, named.output


def test_without_config_the_stored_run_config_is_used_with_references_resolved_now(
    project: Callable[..., None],
) -> None:
    project(
        """
        run-log-store:
          type: file-system
          config:
            log_folder: run-logs
        catalog:
          type: file-system
          config:
            catalog_location: ${CATALOG_FOLDER}
        """
    )
    assert (
        invoke("execute", "pipeline.py", "--run-id", "the-run", env={"CATALOG_FOLDER": "cat-a"}).exit_code
        == 1
    )
    # The configuration the run is found through changes; the run's own services do not.
    Path("runnable-config.yaml").write_text(
        FILE_SYSTEM + "catalog:\n  type: file-system\n  config:\n    catalog_location: cat-b\n"
    )
    Path("other.yaml").write_text(
        FILE_SYSTEM + "catalog:\n  type: file-system\n  config:\n    catalog_location: cat-c\n"
    )

    # With -c, the named configuration is used as it is.
    assert invoke("retry", "the-run", "-c", "other.yaml").exit_code == 1
    run_log = show("the-run")
    assert retry_records(run_log)[-1].configuration == "other.yaml"
    assert run_log.steps["second"].data_catalog[-1].catalog_handler_location == "cat-c"

    # Without it, the stored run config: ${CATALOG_FOLDER} is resolved again, from today's environment.
    fix_the_cause()
    retried = invoke("retry", "the-run", env={"CATALOG_FOLDER": "cat-a"})
    assert retried.exit_code == 0, retried.output
    run_log = show("the-run")
    assert retry_records(run_log)[-1].configuration == "the stored run config"
    assert run_log.steps["second"].data_catalog[-1].catalog_handler_location == "cat-a"
    assert run_log.run_config["catalog"]["catalog_location"] == "${CATALOG_FOLDER}"
    assert not Path("cat-b").exists()


def test_a_reference_that_cannot_be_resolved_names_the_field(project: Callable[..., None]) -> None:
    project(FILE_SYSTEM.replace("run-logs", "${RUN_FOLDER}"))
    assert invoke("execute", "pipeline.py", "--run-id", "the-run", env={"RUN_FOLDER": "logs"}).exit_code == 1
    Path("runnable-config.yaml").write_text(FILE_SYSTEM.replace("run-logs", "logs"))

    result = invoke("retry", "the-run")
    assert result.exit_code == 2
    message = one_paragraph(result)
    assert "the run config of run 'the-run'" in message
    assert "field 'config.log_folder'" in message and "RUN_FOLDER is not set" in message


def test_a_secret_recorded_masked_needs_the_configuration(project: Callable[..., None]) -> None:
    # The guide's store (a third-party plugin), configured with a password written in the file.
    secret = "s3cr3t-pa55"
    project(
        f"""
        run-log-store:
          type: cloud-database
          config:
            connection_string: postgresql://runner:{secret}@db.example/runs
            table_name: retry_cli_{os.getpid()}_{time.monotonic_ns()}
        """
    )
    assert invoke("execute", "pipeline.py", "--run-id", "the-run").exit_code == 1
    fix_the_cause()

    refused = invoke("retry", "the-run")
    assert refused.exit_code == 2
    message = one_paragraph(refused)
    assert "`run-log-store.config.connection_string` masked" in message
    assert "runnable retry the-run -c FILE" in message
    assert secret not in refused.output

    retried = invoke("retry", "the-run", "-c", "runnable-config.yaml")
    assert retried.exit_code == 0, retried.output
    assert secret not in retried.output
    run_log = show("the-run")
    assert secret not in run_log.model_dump_json()


STORE_YAML = {
    "file-system": FILE_SYSTEM,
    "chunked-fs": FILE_SYSTEM.replace("file-system", "chunked-fs"),
    "database": "run-log-store:\n  type: database\n  config:\n    connection_string: sqlite:///runs.db\n",
}


@pytest.mark.parametrize("store", PERSISTENT_STORES)
def test_a_run_killed_in_the_middle_of_a_step_can_be_retried(
    store: str, project: Callable[..., None], workdir: Path
) -> None:
    project(STORE_YAML[store], second="block")
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")},
        **WIDE,
        "PYTHONPATH": str(workdir),
    }
    kill_once_started(
        workdir, workdir / "step-started", environment, "execute", "pipeline.py", "--run-id", "killed"
    )

    # The store is readable: the run is left PROCESSING, its blocked step too.
    left = show("killed")
    assert left.status == defaults.PROCESSING
    assert left.steps["second"].status == defaults.PROCESSING
    refused = invoke("retry", "killed")
    assert refused.exit_code == 2
    assert "it is PROCESSING, so it may still be running" in one_paragraph(refused)

    fix_the_cause()
    retried = invoke("retry", "killed", "--force")
    assert retried.exit_code == 0, retried.output
    run_log = show("killed")
    assert run_log.status == defaults.SUCCESS
    assert run_log.steps["first"].attempts == left.steps["first"].attempts
    blocked = run_log.steps["second"]
    assert [(a.attempt_number, a.status) for a in blocked.attempts] == [
        (1, defaults.FAIL),
        (2, defaults.SUCCESS),
    ]
    assert blocked.attempts[0].message.startswith("Interrupted: the process running this step stopped")
    assert run_log.parameters["result"].get_value() == 6
    (record,) = retry_records(run_log)
    assert record.forced and record.previous_status == defaults.PROCESSING
    assert record.interrupted == ["second"]
    assert record.skipped == ["first"]
