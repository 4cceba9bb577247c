"""Running pipelines end to end on real stores, and reading back what they recorded."""

from __future__ import annotations

import hashlib
import json as jsonlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel, PrivateAttr

from runnable import Catalog, Pipeline, PythonTask, ShellTask, Stub, defaults, metric, pickled, plugins
from runnable.exceptions import ExecutionFailedError, RunLogExistsError, RunLogNotFoundError
from runnable.graph import dag_hash
from runnable.models import JsonParameter, MetricParameter, ObjectParameter, RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore

ConfigWriter = Callable[..., Path]
ReadBack = Callable[[Path, str], RunLog]
# Stores whose run logs outlive the process that wrote them (buffered does not).
PERSISTENT_STORES = ("file-system", "chunked-fs", "database")
ALL_STORES = ("buffered", *PERSISTENT_STORES)


# --------------------------------------------------------------------------- step functions


def hello() -> None:
    print("hello from a step")


def explode() -> None:
    raise ValueError("boom")


def needs_x(x: int) -> int:
    return x


def two_values():  # type: ignore[no-untyped-def]  # unannotated on purpose: only the run can tell
    return 1, 2


class Settings(BaseModel):
    x: int
    label: str = "default"


def typed(count: int, settings: Settings) -> Settings:
    assert isinstance(count, int)
    assert isinstance(settings, Settings)
    return Settings(x=settings.x + count, label="updated")


class Basket:
    def __init__(self, items: list[str]) -> None:
        self.items = items


def make_basket() -> Basket:
    return Basket(["apple", "pear"])


def count_basket(basket: Basket) -> int:
    assert isinstance(basket, Basket)
    return len(basket.items)


def train() -> tuple[float, float]:
    return 0.93, 0.1


def collect(total: int, **kwargs: Any) -> dict[str, Any]:
    return {"total": total, "rest": sorted(kwargs)}


def write_files() -> None:
    Path("out").mkdir(exist_ok=True)
    Path("out/a.csv").write_text("a\n1\n")
    Path("out/b.csv").write_text("b\n2\n")


def delete_files() -> None:
    for path in Path("out").glob("*.csv"):
        path.unlink()


def read_files() -> int:
    return len(list(Path("out").glob("*.csv")))


def show_secret() -> None:
    assert os.environ["API_TOKEN"] == "tok-123-secret"
    print(f"the token is {os.environ['API_TOKEN']}")


# --------------------------------------------------------------------------- recording


@pytest.mark.parametrize("store", ALL_STORES)
def test_linear_run_is_recorded_step_by_step(
    store: str, write_config: ConfigWriter, stored_run_log: ReadBack
) -> None:
    configuration = write_config(store)
    pipeline = Pipeline(
        steps=[
            PythonTask(function=hello, name="hello"),
            Stub(name="stub"),
            ShellTask(command="echo shell", name="sh"),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configuration), run_id="linear-run", tag="nightly")

    assert (run_log.run_id, run_log.tag, run_log.status) == ("linear-run", "nightly", defaults.SUCCESS)
    assert run_log.dag_hash == dag_hash(pipeline.dag.definition())
    assert list(run_log.steps) == ["hello", "stub", "sh", "success"]
    expected_types = ["task", "stub", "task", "success"]
    assert [s.step_type for s in run_log.steps.values()] == expected_types
    for step in run_log.steps.values():
        assert step.status == defaults.SUCCESS
        [attempt] = step.attempts
        assert attempt.start_time is not None and attempt.start_time.tzinfo is not None
        assert attempt.end_time is not None and attempt.end_time >= attempt.start_time
        assert len(attempt.code_identities) == 1
    # Task output is kept as an execution log in the catalog, hashed.
    [log_entry] = run_log.steps["hello"].data_catalog
    log_file = Path(".catalog") / "linear-run" / "hello.execution.log"
    assert log_entry.name == "hello.execution.log" and log_entry.stage == "put"
    assert "hello from a step" in log_file.read_text()
    assert log_entry.data_hash == hashlib.sha256(log_file.read_bytes()).hexdigest()
    assert "shell" in (Path(".catalog") / "linear-run" / "sh.execution.log").read_text()
    # The run config says what ran and on what.
    config = run_log.run_config
    assert config["dag"] == pipeline.dag.definition() and config["dag_hash"] == run_log.dag_hash
    assert config["run_log_store"]["service_name"] == store
    assert config["pipeline_executor"]["service_name"] == "local"
    assert config["pipeline_definition_file"].endswith("test_execution.py")
    if store in PERSISTENT_STORES:
        assert stored_run_log(configuration, "linear-run").model_dump() == run_log.model_dump()


def test_task_output_is_shown_live_and_captured(
    write_config: ConfigWriter, capfd: pytest.CaptureFixture[str]
) -> None:
    configuration = write_config()
    pipeline = Pipeline(
        steps=[
            PythonTask(function=hello, name="py"),
            ShellTask(command="echo to-out; echo to-err >&2", name="sh"),
        ]
    )

    pipeline.execute(configuration_file=str(configuration), run_id="live")

    shown = capfd.readouterr()
    assert "hello from a step" in shown.out and "to-out" in shown.out and "to-err" in shown.err
    shell_log = (Path(".catalog") / "live" / "sh.execution.log").read_text()
    assert "to-out" in shell_log and "to-err" in shell_log


def test_code_identity_is_computed_once_per_run(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(steps=[Stub(name="a"), Stub(name="b"), PythonTask(function=hello, name="c")])

    run_log = pipeline.execute(configuration_file=str(write_config()))

    identities = [a.code_identities[0] for s in run_log.steps.values() for a in s.attempts]
    # The working folder is not a git repository: the identity says so instead of failing.
    assert identities[0].code_identifier is None and "not recorded" in (
        identities[0].code_identifier_message or ""
    )
    assert all(identity == identities[0] for identity in identities)


def test_two_executions_are_two_runs(write_config: ConfigWriter, stored_run_log: ReadBack) -> None:
    configuration = write_config("file-system")
    pipeline = Pipeline(steps=[PythonTask(function=train, name="train", returns=["accuracy", "loss"])])

    first = pipeline.execute(configuration_file=str(configuration))
    second = pipeline.execute(configuration_file=str(configuration))

    assert first.run_id != second.run_id
    for run_log in (first, second):
        assert re.fullmatch(r"[a-z]+-[a-z]+-\d{6}-[0-9a-f]{4}", run_log.run_id)
        assert stored_run_log(configuration, run_log.run_id).status == defaults.SUCCESS


def test_run_id_comes_from_the_argument_then_the_environment(
    write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    configuration = str(write_config())
    pipeline = Pipeline(steps=[Stub(name="s")])
    monkeypatch.setenv(defaults.ENV_RUN_ID, "from-env")

    assert pipeline.execute(configuration_file=configuration).run_id == "from-env"
    assert pipeline.execute(configuration_file=configuration, run_id="from-arg").run_id == "from-arg"


def test_default_store_is_the_embedded_database(workdir: Path) -> None:
    run_log = Pipeline(steps=[PythonTask(function=hello, name="hello")]).execute(run_id="no-config")

    assert run_log.run_config["run_log_store"]["service_name"] == "database"
    assert (workdir / ".run_log_store" / "runs.db").is_file()
    from runnable.run_log_store.sql.store import DatabaseRunLogStore

    stored = DatabaseRunLogStore(connection_string=defaults.DEFAULT_SQLITE_URL).get_run_log_by_id(
        "no-config", full=True
    )
    assert stored.steps["hello"].status == defaults.SUCCESS


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("store", ALL_STORES)
def test_a_failing_step_fails_the_run_naming_run_and_step(
    store: str, write_config: ConfigWriter, stored_run_log: ReadBack
) -> None:
    configuration = write_config(store)
    pipeline = Pipeline(
        steps=[
            PythonTask(function=hello, name="ok"),
            PythonTask(function=explode, name="explode"),
            Stub(name="never"),
        ]
    )

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(configuration), run_id="failing-run")

    message = str(raised.value)
    assert "failing-run" in message and "'explode'" in message and "boom" in message
    run_log = raised.value.run_log
    assert isinstance(run_log, RunLog) and run_log.status == defaults.FAIL
    assert list(run_log.steps) == ["ok", "explode", "fail"]
    failed = run_log.steps["explode"]
    assert failed.status == defaults.FAIL and "ValueError: boom" in failed.message
    attempt_message = failed.attempts[0].message
    assert (
        "Traceback" in attempt_message
        and "in explode" in attempt_message
        and 'raise ValueError("boom")' in attempt_message
    )
    assert "explode" in run_log.steps["fail"].message
    if store in PERSISTENT_STORES:
        assert stored_run_log(configuration, "failing-run").model_dump() == run_log.model_dump()


def test_a_missing_argument_fails_the_step_naming_the_argument(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(steps=[PythonTask(function=needs_x, name="needs x")])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()))

    message = raised.value.run_log.steps["needs x"].message
    assert "argument 'x'" in message and "no parameter named 'x'" in message and "needs_x" in message


def test_returns_of_the_wrong_length_fail_at_run_end(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(steps=[PythonTask(function=two_values, name="two", returns=["a", "b", "c"])])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()))

    message = raised.value.run_log.steps["two"].message
    assert "declares 3 returns (a, b, c) but returned 2 values" in message


def test_on_failure_pipeline_handles_the_failure(write_config: ConfigWriter) -> None:
    risky = PythonTask(function=explode, name="risky", on_failure=Stub(name="recover").as_pipeline())
    pipeline = Pipeline(steps=[risky, Stub(name="skipped")])

    run_log = pipeline.execute(configuration_file=str(write_config()))

    assert run_log.status == defaults.SUCCESS
    assert list(run_log.steps) == ["risky", "recover", "success"]
    assert run_log.steps["risky"].status == defaults.FAIL


def test_terminate_with_failure_fails_the_run_after_a_successful_step(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(steps=[Stub(name="guard", terminate_with_failure=True)])

    with pytest.raises(ExecutionFailedError, match=r"'guard'.*terminates the pipeline with failure"):
        pipeline.execute(configuration_file=str(write_config()))


# --------------------------------------------------------------------------- parameters


def test_parameters_file_and_environment_with_annotations(
    write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("params.yaml").write_text("count: 1\nsettings:\n  x: 10\nname: from-file\n")
    monkeypatch.setenv("RUNNABLE_PRM_count", "2")  # JSON-decoded: the int 2, overriding the file
    monkeypatch.setenv("RUNNABLE_PRM_note", "plain text")  # not JSON: kept as the string
    pipeline = Pipeline(steps=[PythonTask(function=typed, name="typed", returns=["settings"])])

    run_log = pipeline.execute(configuration_file=str(write_config()), parameters_file="params.yaml")

    assert run_log.parameters["count"] == JsonParameter(value=2)
    assert run_log.parameters["note"] == JsonParameter(value="plain text")
    assert run_log.parameters["name"] == JsonParameter(value="from-file")
    # The returned model is dumped to JSON and replaces the parameter.
    assert run_log.parameters["settings"] == JsonParameter(value={"x": 12, "label": "updated"})
    attempt = run_log.steps["typed"].attempts[0]
    assert attempt.input_parameters["settings"] == JsonParameter(value={"x": 10})
    assert attempt.output_parameters == {"settings": JsonParameter(value={"x": 12, "label": "updated"})}


def test_a_value_that_does_not_fit_the_annotation_fails_naming_the_argument(
    write_config: ConfigWriter,
) -> None:
    Path("params.yaml").write_text("count: 1\nsettings:\n  x: not-a-number\n")
    pipeline = Pipeline(steps=[PythonTask(function=typed, name="typed")])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()), parameters_file="params.yaml")

    assert "argument 'settings'" in raised.value.run_log.steps["typed"].message


def test_pickled_metric_and_kwargs_flow_between_steps(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=make_basket, name="make", returns=[pickled("basket")]),
            PythonTask(function=count_basket, name="count", returns=["total"]),
            PythonTask(function=train, name="train", returns=[metric("accuracy"), "loss"]),
            PythonTask(function=collect, name="collect", returns=["collected"]),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(write_config()), run_id="flow")

    assert run_log.parameters["basket"] == ObjectParameter(value="basket")
    assert (Path(".catalog") / "flow" / "basket.pickle").is_file()
    assert run_log.parameters["total"] == JsonParameter(value=2)
    train_attempt = run_log.steps["train"].attempts[0]
    assert train_attempt.user_defined_metrics == {"accuracy": MetricParameter(value=0.93)}
    assert train_attempt.output_parameters["accuracy"] == MetricParameter(value=0.93)
    assert run_log.parameters["accuracy"] == MetricParameter(value=0.93)
    assert run_log.parameters["collected"].get_value() == {
        "total": 2,
        "rest": ["accuracy", "basket", "loss"],
    }
    count_attempt = run_log.steps["count"].attempts[0]
    assert set(count_attempt.input_parameters) == {"basket"}


def test_shell_steps_read_parameters_from_and_return_through_the_environment(
    write_config: ConfigWriter,
) -> None:
    Path("params.yaml").write_text("greeting: hello\nsizes: [1, 2]\n")
    produce = ShellTask(
        name="produce",
        command="""
            [ "$greeting" = hello ] || exit 3
            [ "$sizes" = "[1, 2]" ] || exit 4
            export total=3
            export word=yes
        """,
        returns=["total", metric("word")],
    )
    check = PythonTask(function=needs_x, name="check")  # fails unless x exists: it must not

    run_log = Pipeline(steps=[produce]).execute(
        configuration_file=str(write_config()), parameters_file="params.yaml"
    )

    assert run_log.steps["produce"].attempts[0].output_parameters == {
        "total": JsonParameter(value=3),
        "word": MetricParameter(value="yes"),
    }
    with pytest.raises(ExecutionFailedError):
        Pipeline(steps=[check]).execute(configuration_file=str(write_config()))


def test_a_shell_command_that_does_not_export_a_return_fails(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(steps=[ShellTask(name="quiet", command="true", returns=["answer"])])

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(write_config()))

    assert "did not export 'answer'" in raised.value.run_log.steps["quiet"].message


# --------------------------------------------------------------------------- catalog


def test_catalog_puts_and_gets_files_with_hashes(write_config: ConfigWriter) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=write_files, name="write", catalog=Catalog(put=["out/*.csv"])),
            PythonTask(function=delete_files, name="delete"),
            PythonTask(
                function=read_files, name="read", returns=["found"], catalog=Catalog(get=["out/*.csv"])
            ),
            ShellTask(
                command="echo report > report.txt",
                name="report",
                catalog=Catalog(put=["report.txt"], store_copy=False),
            ),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(write_config()), run_id="files")

    put = [d for d in run_log.steps["write"].data_catalog if d.name.endswith(".csv")]
    got = [d for d in run_log.steps["read"].data_catalog if d.stage == "get"]
    assert [(d.name, d.stage) for d in put] == [("out/a.csv", "put"), ("out/b.csv", "put")]
    assert [d.name for d in got] == ["out/a.csv", "out/b.csv"]
    for entry in put + got:
        assert entry.data_hash == hashlib.sha256(Path(entry.name).read_bytes()).hexdigest()
    assert (Path(".catalog") / "files" / "out" / "a.csv").read_text() == "a\n1\n"
    assert run_log.parameters["found"] == JsonParameter(value=2)
    [report] = [d for d in run_log.steps["report"].data_catalog if d.name == "report.txt"]
    assert report.data_hash and not (Path(".catalog") / "files" / "report.txt").exists()


def test_catalog_mistakes_fail_the_step_with_a_message(write_config: ConfigWriter) -> None:
    getter = Pipeline(steps=[PythonTask(function=hello, name="get", catalog=Catalog(get=["missing/*.csv"]))])
    putter = Pipeline(
        steps=[PythonTask(function=hello, name="put", catalog=Catalog(put=["never-written.txt"]))]
    )

    with pytest.raises(ExecutionFailedError) as got:
        getter.execute(configuration_file=str(write_config()))
    with pytest.raises(ExecutionFailedError) as put:
        putter.execute(configuration_file=str(write_config()))

    assert "Catalog get 'missing/*.csv' matched no file" in got.value.run_log.steps["get"].message
    assert "Catalog put 'never-written.txt' matched no file" in put.value.run_log.steps["put"].message


# --------------------------------------------------------------------------- secrets


def test_secrets_are_environment_variables_only_while_the_task_runs(
    write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_API_TOKEN", "tok-123-secret")
    configuration = write_config(secrets={"type": "env-secrets", "config": {"prefix": "VAULT_"}})
    pipeline = Pipeline(
        steps=[
            PythonTask(function=show_secret, name="python", secrets=["API_TOKEN"]),
            ShellTask(command='echo "shell sees $API_TOKEN"', name="shell", secrets=["API_TOKEN"]),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configuration), run_id="secret-run")

    assert run_log.status == defaults.SUCCESS
    assert "API_TOKEN" not in os.environ
    for name in ("python", "shell"):
        log = (Path(".catalog") / "secret-run" / f"{name}.execution.log").read_text()
        assert defaults.MASK in log and "tok-123-secret" not in log
    assert "tok-123-secret" not in run_log.model_dump_json()


def test_dotenv_secrets_and_a_missing_secret(write_config: ConfigWriter) -> None:
    Path("local.env").write_text("API_TOKEN=tok-123-secret\n")
    configuration = write_config(secrets={"type": "dotenv", "config": {"location": "local.env"}})

    found = Pipeline(steps=[PythonTask(function=show_secret, name="found", secrets=["API_TOKEN"])])
    missing = Pipeline(steps=[PythonTask(function=hello, name="missing", secrets=["NOT_THERE"])])

    assert found.execute(configuration_file=str(configuration)).status == defaults.SUCCESS
    with pytest.raises(ExecutionFailedError) as raised:
        missing.execute(configuration_file=str(configuration))
    assert (
        "Secret 'NOT_THERE' was not found in the dotenv file local.env"
        in raised.value.run_log.steps["missing"].message
    )


# --------------------------------------------------------------------------- the store contract only


class RecordingStore(BufferedRunLogStore):
    """The buffered store, noting every contract call the executor makes."""

    service_name: str = "recording"
    api_token: str = ""
    calls: ClassVar[list[str]] = []
    depth: ClassVar[int] = 0

    def __getattribute__(self, name: str) -> Any:
        attribute = super().__getattribute__(name)
        if not (callable(attribute) and name in _CONTRACT_METHODS):
            return attribute

        def noted(*args: Any, **kwargs: Any) -> Any:
            # Only the executor's calls count, not the store's calls to itself.
            if RecordingStore.depth == 0:
                RecordingStore.calls.append(name + (":full" if kwargs.get("full") else ""))
            RecordingStore.depth += 1
            try:
                return attribute(*args, **kwargs)
            finally:
                RecordingStore.depth -= 1

        return noted


_CONTRACT_METHODS = {
    "create_run_log",
    "get_run_log_by_id",
    "put_run_log",
    "set_parameters",
    "get_parameters",
    "set_run_config",
    "create_step_log",
    "add_step_log",
    "update_run_log_status",
    "add_branch_log",
    "get_step_log",
}


@pytest.fixture
def recording_store(workdir: Path) -> Iterator[Path]:
    RecordingStore.calls = []
    with plugins.default_registry.registered("run_log_store", "recording", RecordingStore):
        path = Path("recording.yaml")
        path.write_text("run-log-store:\n  type: recording\n  config:\n    api_token: tok-123-secret\n")
        yield path


def test_the_executor_records_through_granular_contract_calls(recording_store: Path) -> None:
    def calls_for(steps: int) -> list[str]:
        RecordingStore.calls = []
        pipeline = Pipeline(
            steps=[
                PythonTask(function=train, name=f"s{i}", returns=["accuracy", "loss"]) for i in range(steps)
            ]
        )
        pipeline.execute(configuration_file=str(recording_store))
        return list(RecordingStore.calls)

    small, large = calls_for(3), calls_for(30)

    # Each extra step costs the same calls: per-step recording does not grow with the run.
    per_step = (len(large) - len(small)) / 27
    # create_step_log, add_step_log x2, set_parameters: a step reads no parameters back (the walk
    # knows what it wrote), and add_logs' default makes the end's writes one by one.
    assert per_step == 4
    assert large.count("get_parameters") == small.count("get_parameters")
    assert large.count("get_run_log_by_id:full") == 1  # only the final read
    assert "put_run_log" not in large


def test_the_run_config_never_holds_a_secret(recording_store: Path) -> None:
    run_log = Pipeline(steps=[Stub(name="s")]).execute(configuration_file=str(recording_store))

    assert run_log.run_config["run_log_store"]["api_token"] == defaults.MASK
    assert "tok-123-secret" not in jsonlib.dumps(run_log.run_config)


class FourMethodStore(BaseRunLogStore):
    """A store written from the guide's template: only the four abstract methods, JSON text in a dict."""

    service_name: str = "four-methods"
    _runs: dict[str, str] = PrivateAttr(default_factory=dict)

    def create_run_log(
        self,
        run_id: str,
        dag_hash: str = "",
        use_cached: bool = False,
        tag: str = "",
        original_run_id: str = "",
        status: str = defaults.CREATED,
    ) -> RunLog:
        if run_id in self._runs:
            raise RunLogExistsError(run_id)
        run_log = RunLog(run_id=run_id, dag_hash=dag_hash, tag=tag, status=status)
        self.put_run_log(run_log)
        return run_log

    def get_run_log_by_id(self, run_id: str, full: bool = False) -> RunLog:
        if run_id not in self._runs:
            raise RunLogNotFoundError(run_id)
        return RunLog.model_validate_json(self._runs[run_id])

    def put_run_log(self, run_log: RunLog) -> None:
        self._runs[run_log.run_id] = run_log.model_dump_json()

    def get_summary(self) -> dict[str, Any]:
        return {"Type": self.service_name, "Runs": len(self._runs)}


def test_a_store_with_only_the_four_abstract_methods_says_what_to_override_to_list_runs() -> None:
    store = FourMethodStore()
    store.create_run_log("one")
    assert [run.run_id for run in store.get_run_logs(run_ids=["one"])] == ["one"]  # no listing needed
    with pytest.raises(NotImplementedError) as refused:
        store.get_run_logs()
    assert str(refused.value) == (
        "The run log store 'four-methods' cannot list its runs: override iter_run_ids() or get_run_logs()."
    )
    assert not store.can_delete


def test_a_store_with_only_the_four_abstract_methods_records_a_full_run(workdir: Path) -> None:
    Path("four.yaml").write_text("run-log-store:\n  type: four-methods\n")
    pipeline = Pipeline(
        steps=[
            PythonTask(function=train, name="train", returns=[metric("accuracy"), "loss"]),
            PythonTask(function=explode, name="boom"),
        ]
    )

    registered = plugins.default_registry.registered("run_log_store", "four-methods", FourMethodStore)
    with registered, pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file="four.yaml")

    run_log = raised.value.run_log
    assert list(run_log.steps) == ["train", "boom", "fail"]
    assert run_log.parameters["accuracy"] == MetricParameter(value=0.93)
    assert run_log.status == defaults.FAIL


def test_the_run_config_records_environment_references_as_written(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_STORE_TOKEN", "tok-from-env-999")
    Path("ref.yaml").write_text(
        "run-log-store:\n  type: recording\n  config:\n    api_token: ${TEST_STORE_TOKEN}\n"
    )

    with plugins.default_registry.registered("run_log_store", "recording", RecordingStore):
        run_log = Pipeline(steps=[Stub(name="s")]).execute(configuration_file="ref.yaml")

    assert run_log.run_config["run_log_store"]["api_token"] == "${TEST_STORE_TOKEN}"
    assert "tok-from-env-999" not in run_log.model_dump_json()
    assert run_log.run_config["catalog"] == {
        "service_type": "catalog",
        "service_name": "file-system",
        "compute_data_folder": ".",
        "catalog_location": ".catalog",
    }
