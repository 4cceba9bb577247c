"""What a run's fixed cost is made of stays as light as issue 16 left it: heavy modules on used paths only.

Each path runs in a fresh interpreter (a module imported by an earlier test would hide a regression)
and the test reads that interpreter's ``sys.modules`` at its end. A module named here costs a run tens
of milliseconds when imported for nothing; benchmarks/bench_fixed_cost.py measures the paths.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# What every path below leaves alone unless it says otherwise: the migration tool (a current schema is
# checked with one query), the dialects of databases not in use, the CLI's display, worker processes,
# the S3 client, the Argo renderer.
NEVER_ON_A_PLAIN_RUN = (
    "alembic",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.postgresql",
    "psycopg",
    "pymysql",
    "rich",
    "typer",
    "multiprocessing",
    "runnable.executor.workers",
    "runnable.cli",
    "runnable.async_pipeline",
    "boto3",
    "hera",
    "runnable.executor.argo",
)

# The pipeline the fixed-cost benchmarks time (issues 15 and 16).
ONE_STEP = (Path(__file__).resolve().parents[1] / "benchmarks" / "one_step.py").read_text()

# Runs what argv[1] names in this interpreter, then writes sys.modules to $MODULES_FILE.
PROBE = """\
import json, os, runpy, sys

what = sys.argv[1]
if what == "pipeline":
    sys.argv = ["pipeline.py"]
    runpy.run_path("pipeline.py", run_name="__main__")
elif what == "node":
    sys.argv = ["runnable", *sys.argv[2:]]
    from runnable.cli.app import main

    try:
        main()
    except SystemExit as stopped:
        if stopped.code:
            raise
else:
    exec(what)
with open(os.environ["MODULES_FILE"], "w") as written:
    json.dump(sorted(sys.modules), written)
"""


def modules_after(folder: Path, *arguments: str) -> set[str]:
    """The modules a fresh interpreter has imported once it ran ``arguments`` (see PROBE) in ``folder``."""
    modules_file = folder / "modules.json"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("RUNNABLE_")}
    environment["MODULES_FILE"] = str(modules_file)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(modules_file.read_text()))


def imported(modules: set[str], names: tuple[str, ...]) -> list[str]:
    """The names of ``names`` imported, as packages or any module under them."""
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


def pipeline_folder(tmp_path: Path, configuration: str = "") -> Path:
    (tmp_path / "pipeline.py").write_text(ONE_STEP)
    if configuration:
        (tmp_path / "runnable-config.yaml").write_text(configuration)
    return tmp_path


def test_import_runnable_imports_no_sdk_store_or_cli(tmp_path: Path) -> None:
    modules = modules_after(tmp_path, "import runnable")

    assert imported(modules, ("sqlalchemy", "yaml", "zstandard", "runnable.sdk", *NEVER_ON_A_PLAIN_RUN)) == []


def test_the_sdk_imports_no_store_executor_or_cli(tmp_path: Path) -> None:
    modules = modules_after(tmp_path, "from runnable import Pipeline, PythonTask")

    heavy = ("sqlalchemy", "asyncio", "yaml", "runnable.run_log_store", "runnable.executor")
    assert imported(modules, (*heavy, *NEVER_ON_A_PLAIN_RUN)) == []


def test_a_run_on_the_default_store_imports_neither_the_migration_tool_nor_other_dialects(
    tmp_path: Path,
) -> None:
    folder = pipeline_folder(tmp_path)

    creating = modules_after(folder, "pipeline")  # the run creates the database and stamps its schema
    checking = modules_after(folder, "pipeline")  # the schema exists: one query checks its revision

    assert (folder / ".run_log_store").is_dir()
    for modules in (creating, checking):
        assert "sqlalchemy.dialects.sqlite" in modules  # the store in use is the database store
        # No configuration file: no YAML parser either; a new run is no retry; no composite step.
        retrying = ("runnable.retry", "runnable.retry_plan", "runnable.dag_compare")
        assert (
            imported(modules, ("yaml", "runnable.executor.composite", *retrying, *NEVER_ON_A_PLAIN_RUN)) == []
        )


def test_a_run_on_chunked_fs_imports_no_database_library(tmp_path: Path) -> None:
    folder = pipeline_folder(tmp_path, '{"run-log-store": {"type": "chunked-fs"}}')

    modules = modules_after(folder, "pipeline")

    assert "runnable.run_log_store.chunked_fs" in modules
    assert imported(modules, ("sqlalchemy", "zstandard", *NEVER_ON_A_PLAIN_RUN)) == []


def test_a_node_process_imports_only_the_node_commands(tmp_path: Path) -> None:
    folder = pipeline_folder(tmp_path)

    modules = modules_after(folder, "node", "execute-single-node", "run-weight", "pipeline.py", "only")

    assert "runnable.executor.nodes" in modules
    # The CLI's other commands, its live display and tables, and what a node never needs.
    display = ("rich", "runnable.cli.progress", "runnable.cli.render", "runnable.cli.runs", "runnable.cli.ui")
    assert imported(modules, (*display, *(n for n in NEVER_ON_A_PLAIN_RUN if n != "runnable.cli"))) == [
        "typer"
    ]


@pytest.mark.postgres
def test_a_node_process_on_postgresql_imports_no_migration_tool(tmp_path: Path, postgres_url: str) -> None:
    store = {"type": "database", "config": {"connection_string": postgres_url, "table_name": "weight"}}
    folder = pipeline_folder(tmp_path, json.dumps({"run-log-store": store}))

    modules = modules_after(folder, "node", "execute-single-node", "run-weight", "pipeline.py", "only")

    assert "sqlalchemy.dialects.postgresql" in modules and "psycopg" in modules
    display = ("rich", "runnable.cli.progress", "runnable.cli.render")
    assert (
        imported(modules, ("alembic", "sqlalchemy.dialects.mysql", "pymysql", "multiprocessing", *display))
        == []
    )
