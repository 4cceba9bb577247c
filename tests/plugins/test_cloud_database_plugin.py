"""The guide's CloudDatabaseRunLogStore, installed as a separate distribution, used through YAML."""

from __future__ import annotations

import dataclasses
import itertools
import json
import types
import uuid
from pathlib import Path
from typing import Any

import pytest
from runnable_cloud_database import stores
from runnable_cloud_database.stores import CloudDatabaseRunLogStore
from typer.testing import CliRunner

from runnable import config, exceptions, plugins
from runnable.cli import app
from runnable.datastore import BaseRunLogStore, JsonParameter
from runnable.testing import StoreContract

# The guide's "YAML to Pydantic Field Mapping" example, verbatim.
GUIDE_CONFIG = """\
run-log-store:
  type: cloud-database              # → matches service_name in your class
  config:
    # Required fields
    connection_string: "postgresql://user:pass@host:5432/db"  # → self.connection_string
    table_name: "pipeline_execution_logs"     # → self.table_name

    # Optional fields (override defaults)
    retention_days: 180             # → self.retention_days (overrides default 90)
    enable_compression: false       # → self.enable_compression (overrides default True)
    max_connections: 50             # → self.max_connections (overrides default 20)
    timeout_seconds: 60             # → self.timeout_seconds (overrides default 30)
    supports_parallel_writes: true # → self.supports_parallel_writes (enables parallel execution)
"""

# The guide's mock-config.yaml, verbatim.
GUIDE_MOCK_CONFIG = """\
run-log-store:
  type: cloud-database
  config:
    connection_string: "sqlite:///:memory:"  # In-memory for testing
    table_name: "test_runs"
    mock: true  # Skip real database calls
"""

_tables = itertools.count()

# The guide's "Implementation Template", verbatim (docs: custom-run-log-stores.md).
GUIDE_TEMPLATE = Path(__file__).parent / "guide_template.txt"
# The template's lines the plugin replaces: placeholders (pass, empty results), the default of
# table_name (the guide's field mapping section makes it required), and the MongoDB-style query
# example the guide says to adapt.
FILLED_IN = [
    '    table_name: str = Field(default="runnable_logs", description="Table/collection name for run logs")',
    "        pass",
    "        return {}  # Replace with actual data",
    "        pass",
    "        conditions = {}",
    "        if run_ids:",
    "            conditions['run_id'] = {'$in': run_ids}  # MongoDB style - adapt to your DB",
    "        if tag:",
    "            conditions['tag'] = tag",
    "        if status:",
    "            conditions['status'] = status",
    "        return conditions",
    "    def _query_run_logs(self, conditions: Dict[str, Any]) -> List[Dict[str, Any]]:",
    "        return []  # Replace with actual results",
]


def build_from_yaml(tmp_path: Path, text: str) -> BaseRunLogStore:
    path = tmp_path / "cloud-database-config.yaml"
    path.write_text(text)
    loaded = config.load(str(path))
    return plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)


def test_guide_yaml_builds_the_installed_plugin_through_its_entry_point(tmp_path: Path) -> None:
    assert "cloud-database" in plugins.available("run-log-store")

    store = build_from_yaml(tmp_path, GUIDE_CONFIG)

    assert type(store) is CloudDatabaseRunLogStore
    assert store.service_name == "cloud-database"
    assert store.model_dump(exclude={"service_name", "service_type"}) == {
        "connection_string": "postgresql://user:pass@host:5432/db",
        "table_name": "pipeline_execution_logs",
        "retention_days": 180,
        "enable_compression": False,
        "max_connections": 50,
        "timeout_seconds": 60,
        "supports_parallel_writes": True,
        "mock": False,
        # The guide's knobs, which every store accepts (off unless the configuration turns them on).
        "cache_ttl_seconds": 0,
        "batch_size": 1,
        "async_writes": False,
    }


def test_guide_mock_config_builds_and_stores_runs(tmp_path: Path) -> None:
    store = build_from_yaml(tmp_path, GUIDE_MOCK_CONFIG)
    # The mock database lives as long as the process: a tag of its own keeps this run apart.
    run_id = f"mock-{next(_tables)}-run-{uuid.uuid4().hex[:8]}"
    store.create_run_log(run_id, tag=run_id)

    assert isinstance(store, CloudDatabaseRunLogStore)
    assert store.mock is True
    assert [run.run_id for run in store.get_run_logs(tag=run_id)] == [run_id]


def test_missing_connection_string_is_a_clear_error(tmp_path: Path) -> None:
    text = "run-log-store:\n  type: cloud-database\n  config:\n    table_name: runs\n"

    with pytest.raises(exceptions.ConfigurationError) as raised:
        build_from_yaml(tmp_path, text)

    message = str(raised.value)
    assert "cloud-database-config.yaml" in message
    assert "run-log-store" in message
    assert "`config.connection_string` is required but missing" in message
    assert "table_name" not in message.split("Its fields")[0]


def test_retention_days_invalid_is_a_type_error_naming_the_value(tmp_path: Path) -> None:
    text = GUIDE_CONFIG.replace("retention_days: 180", 'retention_days: "invalid"')

    with pytest.raises(exceptions.ConfigurationError) as raised:
        build_from_yaml(tmp_path, text)

    message = str(raised.value)
    assert "`config.retention_days`" in message
    assert "valid integer" in message
    assert "'invalid'" in message
    # The connection string's password is not part of any message.
    assert "pass@" not in message


def test_what_runnable_shows_of_the_guides_summary_hides_the_password(tmp_path: Path) -> None:
    config_file = tmp_path / "cloud-database-config.yaml"
    config_file.write_text(GUIDE_CONFIG)
    store = build_from_yaml(tmp_path, GUIDE_CONFIG)

    # The guide's get_summary() returns the connection string as it is ("May want to mask").
    assert "user:pass@" in store.get_summary()["Connection"]
    assert store.masked_config()["connection_string"] == "postgresql://user:********@host:5432/db"
    doctor = CliRunner().invoke(app, ["doctor", "-c", str(config_file)], env={"COLUMNS": "200"})
    assert doctor.exit_code == 0, doctor.output
    assert "user:********@host" in doctor.stdout
    assert "pass@" not in doctor.output


def test_a_copy_from_the_guides_store_names_it_without_the_password(tmp_path: Path) -> None:
    from runnable.history import copy_runs
    from runnable.run_log_store.buffered import BufferedRunLogStore

    store = build_from_yaml(tmp_path, GUIDE_MOCK_CONFIG.replace("sqlite:///:memory:", "sqlite://me:pass@/"))
    store.create_run_log("copied")

    report = copy_runs(store, BufferedRunLogStore())

    assert report.source == "cloud-database at sqlite://me:********@/"
    assert "pass@" not in json.dumps(dataclasses.asdict(report))


def test_large_run_logs_are_stored_compressed_and_read_back() -> None:
    store = CloudDatabaseRunLogStore(connection_string="memory://compression", table_name=f"t{next(_tables)}")
    run_log = store.create_run_log("big")
    run_log.parameters["blob"] = JsonParameter(value="x" * 1_100_000)
    store.put_run_log(run_log)

    record = store._fetch_run_log_data("big")
    assert record is not None and record["compressed"] == "zlib"
    assert len(record["body"]) < 50_000
    assert store.get_run_log_by_id("big", full=True).parameters["blob"].get_value() == "x" * 1_100_000


def test_the_guides_store_is_closed_like_every_store() -> None:
    # The template defines no close(): the contract's no-op lets runs, retries and the UI close any store.
    assert "def close" not in GUIDE_TEMPLATE.read_text()
    assert CloudDatabaseRunLogStore.close is BaseRunLogStore.close
    store = CloudDatabaseRunLogStore(connection_string="memory://closing", table_name=f"t{next(_tables)}")
    store.create_run_log("before")
    store.close()
    store.create_run_log("after")
    assert {run.run_id for run in store.get_run_logs()} == {"before", "after"}


def test_the_plugin_is_the_guides_template_as_printed() -> None:
    """Every line of the guide's template is in the plugin, in order, but the placeholders it fills in."""
    plugin = [line.rstrip() for line in Path(stores.__file__).read_text().splitlines()]
    missing = []
    position = 0
    for line in (line.rstrip() for line in GUIDE_TEMPLATE.read_text().splitlines() if line.strip()):
        try:
            position = plugin.index(line, position) + 1
        except ValueError:
            missing.append(line)
    assert missing == FILLED_IN


def test_stores_naming_the_same_table_share_it() -> None:
    table = f"shared{next(_tables)}"
    writer = CloudDatabaseRunLogStore(connection_string="memory://shared", table_name=table)
    reader = CloudDatabaseRunLogStore(connection_string="memory://shared", table_name=table)
    elsewhere = CloudDatabaseRunLogStore(connection_string="memory://shared", table_name=table + "x")

    writer.create_run_log("seen")

    assert reader.get_run_log_by_id("seen").run_id == "seen"
    with pytest.raises(exceptions.RunLogNotFoundError):
        elsewhere.get_run_log_by_id("seen")


def say_hello() -> int:
    print("Hello from the cloud database test")
    return 42


def make_blob() -> str:
    return "x" * 1_100_000  # over the guide's 1MB threshold: the run log is stored compressed


def test_guide_usage_pattern_runs_a_pipeline_on_the_plugin_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from runnable import Pipeline, PythonTask

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLOUD_DB_PASSWORD", "hunter2")
    table = f"pipeline_{next(_tables)}"
    config_file = tmp_path / "cloud-database-config.yaml"
    config_file.write_text(
        "run-log-store:\n  type: cloud-database\n  config:\n"
        '    connection_string: "postgresql://user:${CLOUD_DB_PASSWORD}@host:5432/db"\n'
        f"    table_name: {table}\n"
        "catalog:\n  type: do-nothing\n"
    )

    pipeline = Pipeline(
        steps=[
            PythonTask(function=say_hello, name="task1", returns=["answer"]),
            PythonTask(function=say_hello, name="task2"),
            PythonTask(function=make_blob, name="blob", returns=["blob"]),
        ]
    )
    # The guide's template stores json.dumps(run_log.model_dump()) with compression on (its default).
    run_log = pipeline.execute(configuration_file=str(config_file))

    # Another store instance on the same table sees what the run wrote through the base-class defaults.
    reader = CloudDatabaseRunLogStore(
        connection_string="postgresql://user:hunter2@host:5432/db", table_name=table
    )
    stored = reader.get_run_log_by_id(run_log.run_id, full=True)
    assert stored.status == "SUCCESS"
    assert [name for name in stored.steps if name.startswith("task")] == ["task1", "task2"]
    assert all(step.status == "SUCCESS" for step in stored.steps.values())
    assert stored.parameters["answer"].get_value() == 42
    assert stored.parameters["blob"].get_value() == make_blob()
    record = reader._fetch_run_log_data(run_log.run_id)
    assert record is not None and record["compressed"] == "zlib"
    # Timestamps keep their precision and timezone through the guide's JSON.
    assert stored.created_at == run_log.created_at and stored.created_at.tzinfo is not None
    first = stored.steps["task1"].attempts[0]
    assert first.start_time == run_log.steps["task1"].attempts[0].start_time
    assert "hunter2" not in json.dumps(stored.run_config)


class TestCloudDatabaseContract(StoreContract):
    """The shared contract, met by the guide's four methods plus runnable's base-class defaults."""

    headers_omit_steps = False  # the guide's get_run_log_by_id returns the whole run log

    @pytest.fixture
    def store(self) -> BaseRunLogStore:
        return CloudDatabaseRunLogStore(
            connection_string="memory://contract", table_name=f"contract_{next(_tables)}"
        )


# --------------------------------------------------------------------------- a store failing during a run

GUIDE_USAGE = """
from runnable import Pipeline, PythonTask


def hello():
    print("hello")


def main():
    pipeline = Pipeline(steps=[
        PythonTask(function=hello, name="task1"),
        PythonTask(function=hello, name="task2")
    ])
    pipeline.execute(configuration_file="cloud-database-config.yaml")
    return pipeline


if __name__ == "__main__":
    main()
"""


def guide_template_as_printed() -> type[BaseRunLogStore]:
    """The template exactly as the guide prints it: it stores nothing (its TODOs are left to do)."""
    module = types.ModuleType("guide_template_as_printed")
    exec(GUIDE_TEMPLATE.read_text(), module.__dict__)
    store_class: type[BaseRunLogStore] = module.CloudDatabaseRunLogStore
    return store_class


class FailingCloudDatabaseRunLogStore(CloudDatabaseRunLogStore):
    """The plugin with a bug in its storage code, as the guide's template had with datetimes."""

    def _update_run_log_storage(self, run_id: str, data: dict[str, Any]) -> None:
        raise TypeError("Object of type datetime is not JSON serializable")


@pytest.mark.parametrize(
    ("store_class", "said"),
    [
        (guide_template_as_printed(), "lost run"),
        (FailingCloudDatabaseRunLogStore, "failed while recording run"),
    ],
    ids=["stores-nothing", "raises"],
)
def test_a_store_failing_during_a_run_is_reported_as_the_stores_error(
    workdir: Path, store_class: type[BaseRunLogStore], said: str
) -> None:
    (workdir / "cloud-database-config.yaml").write_text(
        "run-log-store:\n  type: cloud-database\n  config:\n"
        f'    connection_string: "memory://user:pass@host/db"\n    table_name: failing_{next(_tables)}\n'
    )
    (workdir / "pipeline.py").write_text(GUIDE_USAGE)

    with plugins.default_registry.registered("run_log_store", "cloud-database", store_class):
        result = CliRunner().invoke(app, ["execute", "pipeline.py"], env={"COLUMNS": "200"})

    assert result.exit_code == 1, result.output
    message = result.stderr
    assert said in message
    assert f"'cloud-database' ({store_class.__module__}.{store_class.__qualname__})" in message
    assert "not found" not in message and "while calling main()" not in message
    assert "pass@" not in message
