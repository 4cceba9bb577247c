"""The public names code written for runnable 0.50 and the public guide imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import runnable.datastore
import runnable.testing
from runnable import defaults, exceptions

# What DESIGN.md §1 and the public guide import from runnable.datastore.
DATASTORE_NAMES = {
    "BaseRunLogStore",
    "BranchLog",
    "CodeIdentity",
    "DataCatalog",
    "JobLog",
    "JsonParameter",
    "MetricParameter",
    "ObjectParameter",
    "Parameter",
    "RunLog",
    "StepAttempt",
    "StepLog",
}


def public_names(module: object) -> set[str]:
    return {name for name in vars(module) if not name.startswith("_")}


def test_datastore_all_is_sorted_complete_and_importable() -> None:
    exported = runnable.datastore.__all__
    assert exported == sorted(exported)
    assert set(exported) == public_names(runnable.datastore)
    assert set(exported) >= DATASTORE_NAMES
    for name in exported:
        assert getattr(runnable.datastore, name) is not None


def test_guide_imports_work_as_written() -> None:
    namespace: dict[str, object] = {}
    exec(  # the guide's own import lines
        "from runnable.datastore import BaseRunLogStore, RunLog, JobLog, StepLog, JsonParameter\n"
        "from runnable import defaults, exceptions\n",
        namespace,
    )
    assert namespace["BaseRunLogStore"] is runnable.datastore.BaseRunLogStore


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("RunLogNotFoundError", "EntityNotFoundError"),
        ("StepLogNotFoundError", "EntityNotFoundError"),
        ("BranchLogNotFoundError", "EntityNotFoundError"),
        ("JobLogNotFoundError", "EntityNotFoundError"),
        ("EntityNotFoundError", "RunLogStoreError"),
        ("RunLogExistsError", "RunLogStoreError"),
        ("InvalidRunIdError", "RunLogStoreError"),
        ("CorruptedRunLogError", "RunLogStoreError"),
        ("StoreUnavailableError", "RunLogStoreError"),
        ("MigrationRequiredError", "SchemaVersionError"),
        ("RunLogStoreError", "RunnableError"),
        ("ConfigurationError", "RunnableError"),
        ("ExecutionFailedError", "RunnableError"),
    ],
)
def test_exceptions_exist_in_their_hierarchy(name: str, parent: str) -> None:
    error_class = getattr(exceptions, name)
    assert issubclass(error_class, getattr(exceptions, parent))
    assert issubclass(error_class, Exception)


def test_guide_style_not_found_message_is_kept() -> None:
    error = exceptions.RunLogNotFoundError("Run log abc not found")
    assert str(error) == "Run log abc not found"
    assert error.run_id == "abc"
    assert "'abc'" in str(exceptions.RunLogNotFoundError("abc"))


def test_status_constants_have_runnable_050_values() -> None:
    assert (defaults.CREATED, defaults.PROCESSING, defaults.SUCCESS, defaults.FAIL) == (
        "CREATED",
        "PROCESSING",
        "SUCCESS",
        "FAIL",
    )
    assert (defaults.TRIGGERED, defaults.SKIPPED) == ("TRIGGERED", "SKIPPED")
    assert set(defaults.TERMINAL_STATUSES) == {defaults.SUCCESS, defaults.FAIL}
    assert set(defaults.STATUSES) >= {defaults.CREATED, defaults.PROCESSING, *defaults.TERMINAL_STATUSES}
    assert defaults.DEFAULT_RUN_LOG_FOLDER == ".run_log_store"
    assert defaults.NAME_SEPARATOR == "."


def test_testing_module_exports_its_contract() -> None:
    assert runnable.testing.__all__ == sorted(runnable.testing.__all__)
    assert "StoreContract" in runnable.testing.__all__
    assert runnable.testing.StoreContract.__test__ is False
    for name in runnable.testing.__all__:
        assert hasattr(runnable.testing, name)


HEAVY_MODULES = ["sqlalchemy", "alembic", "filelock", "boto3", "zstandard", "typer", "rich", "runnable.cli"]


@pytest.mark.parametrize(
    "statement",
    [
        "import runnable",
        "import runnable.datastore",
        "from runnable.run_log_store.file_system import FileSystemRunLogStore",
        "from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore",
    ],
)
def test_imports_stay_light(statement: str) -> None:
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, check=True).stdout)
    heavy = [
        name for name in loaded if name.split(".")[0] in HEAVY_MODULES or name.startswith("runnable.cli")
    ]
    assert heavy == []
