"""Branches in worker processes: really started, really killed.

Worker processes are real (``spawn``); a worker that dies is killed for real (SIGKILL, a
segfault, ``os._exit``) by the task it runs.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from runnable import Conditional, Map, Parallel, Pipeline, PythonTask, Stub, defaults, pickled
from runnable.exceptions import ExecutionFailedError
from runnable.models import RunLog
from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
from store_sections import store_section

ReadBack = Callable[[Path, str], RunLog]


@pytest.fixture
def configure(workdir: Path) -> Callable[..., Path]:
    def write(store: str = "chunked-fs", workers: int = 2, enable: bool = True) -> Path:
        path = workdir / f"{store}.yaml"
        path.write_text(
            yaml.safe_dump(
                {
                    "run-log-store": store_section(store, workdir),
                    "catalog": {"type": "file-system", "config": {"catalog_location": ".catalog"}},
                    "pipeline-executor": {
                        "type": "local",
                        "config": {"enable_parallel": enable, "max_workers": workers},
                    },
                }
            )
        )
        return path

    return write


# --------------------------------------------------------------------------- step functions


def six() -> list[int]:
    return [0, 1, 2, 3, 4, 5]


def where_am_i(x: int) -> tuple[int, str]:
    return os.getpid(), os.getcwd()


def read_secret(x: int) -> str:
    return os.environ["COMPOSITE_WORKER_SECRET"][::-1]


def make_set(x: int) -> set[int]:
    return set(range(x))


def sizes(sets: list[set[int]]) -> list[int]:
    return [len(found) for found in sets]


def victims() -> list[str]:
    return ["fine", "sigkill", "segfault", "exit", "also fine"]


def die_or_not(how: str) -> str:
    if how == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif how == "segfault":
        ctypes.string_at(0)  # reads address 0: SIGSEGV
    elif how == "exit":
        os._exit(3)
    return how.upper()


def pids(x: int) -> int:
    return os.getpid()


# When this module was imported: in a worker, when the worker booted (it imports the step functions).
IMPORTED_AT = time.time()
BOOT_MARKERS = "TEST_WORKER_BOOT_MARKERS"
if os.environ.get(BOOT_MARKERS):
    (Path(os.environ[BOOT_MARKERS]) / str(os.getpid())).touch()


def wait_for_two_workers() -> list[int]:
    """The step before the Map: returns once two other processes have imported this module (or 30 s)."""
    markers, deadline = Path(os.environ[BOOT_MARKERS]), time.time() + 30
    while time.time() < deadline:
        if len([m for m in markers.iterdir() if m.name != str(os.getpid())]) >= 2:
            break
        time.sleep(0.05)
    return six()


def booted_at(x: int) -> float:
    return IMPORTED_AT


def one_item() -> list[int]:
    return [7]


def pairs(x: int) -> list[int]:
    return [x, x + 10]


def run_level() -> tuple[str, list[int], str]:
    return "run", [1, 2, 3], "deep"


def branch_level() -> str:
    return "branch"


def seen_level(x: int, level: str) -> tuple[str, int]:
    return f"{level}:{x}", os.getpid()


# --------------------------------------------------------------------------- tests


def branch_map(function: Callable[..., Any], returns: list[Any], **settings: Any) -> Map:
    return Map(
        name="map",
        iterate_on="xs",
        iterate_as="x",
        branch=Pipeline(steps=[PythonTask(function=function, name="work", returns=returns, **settings)]),
    )


@pytest.mark.parametrize("store", ["chunked-fs", "sqlite"])
def test_branches_run_in_worker_processes_with_the_run_s_folder_environment_and_secrets(
    store: str, configure: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, workdir: Path
) -> None:
    monkeypatch.setenv("COMPOSITE_WORKER_SECRET", "terces")
    pipeline = Pipeline(
        steps=[
            PythonTask(function=six, name="six", returns=["xs"]),
            branch_map(where_am_i, ["pid", "cwd"]),
            Map(
                name="secret",
                iterate_on="xs",
                iterate_as="x",
                branch=Pipeline(
                    steps=[
                        PythonTask(
                            function=read_secret,
                            name="read",
                            returns=["revealed"],
                            secrets=["COMPOSITE_WORKER_SECRET"],
                        )
                    ]
                ),
            ),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configure(store, workers=2)), run_id="workers")

    worker_pids = set(run_log.parameters["pid"].get_value())
    assert os.getpid() not in worker_pids and 1 <= len(worker_pids) <= 2
    assert set(run_log.parameters["cwd"].get_value()) == {str(workdir)}
    assert run_log.parameters["revealed"].get_value() == ["secret"] * 6
    assert "terces" not in run_log.model_dump_json()


@pytest.mark.parametrize("store", ["chunked-fs", "sqlite"])
def test_a_worker_branch_sees_the_innermost_of_names_shadowed_in_enclosing_scopes(
    store: str, configure: Callable[..., Path]
) -> None:
    # `level` is set in the run's scope and again in the Conditional's branch scope; the Map's branches
    # run in workers, which rebuild the scopes they inherit: the branch's value must win.
    inner_map = Map(
        name="map",
        iterate_on="xs",
        iterate_as="x",
        branch=Pipeline(steps=[PythonTask(function=seen_level, name="see", returns=["seen", "pid"])]),
    )
    deep = Pipeline(steps=[PythonTask(function=branch_level, name="shadow", returns=["level"]), inner_map])
    pipeline = Pipeline(
        steps=[
            PythonTask(function=run_level, name="start", returns=["level", "xs", "which"]),
            Conditional(name="choose", parameter="which", branches={"deep": deep}),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configure(store, workers=2)), run_id="shadowed")

    assert os.getpid() not in run_log.parameters["pid"].get_value()
    assert run_log.parameters["seen"].get_value() == ["branch:1", "branch:2", "branch:3"]


def test_workers_boot_while_the_steps_before_the_map_run(
    configure: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    markers = tmp_path / "booted"
    markers.mkdir()
    monkeypatch.setenv(BOOT_MARKERS, str(markers))
    pipeline = Pipeline(
        steps=[
            PythonTask(function=wait_for_two_workers, name="six", returns=["xs"]),
            branch_map(booted_at, ["booted"]),
        ]
    )
    run_log = pipeline.execute(configuration_file=str(configure(workers=2)), run_id="early")

    map_started = run_log.steps["map"].attempts[0].start_time.timestamp()
    booted = run_log.parameters["booted"].get_value()
    assert len(booted) == 6 and all(moment < map_started for moment in booted)


def test_pickled_returns_of_worker_branches_are_reduced_in_the_run_s_process(
    configure: Callable[..., Path],
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=six, name="six", returns=["xs"]),
            branch_map(make_set, [pickled("sets")]),
            PythonTask(function=sizes, name="sizes", returns=["sizes"]),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(configure()), run_id="objects")

    assert run_log.parameters["sizes"].get_value() == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize("store", ["chunked-fs", "sqlite"])
def test_a_worker_that_dies_fails_its_branch_and_nothing_else_is_lost(
    store: str, configure: Callable[..., Path], stored_run_log: ReadBack
) -> None:
    configuration = configure(store, workers=2)
    pipeline = Pipeline(
        steps=[
            PythonTask(function=victims, name="victims", returns=["how"]),
            Map(
                name="map",
                iterate_on="how",
                iterate_as="how",
                branch=Pipeline(
                    steps=[PythonTask(function=die_or_not, name="die", returns=["said"]), Stub(name="after")]
                ),
            ),
            Stub(name="never"),
        ]
    )

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(configuration), run_id="deaths")

    assert "3 of 5 branches failed; the first, branch 'map.sigkill' failed: step 'map.sigkill.die'" in str(
        raised.value
    )
    run_log = stored_run_log(configuration, "deaths")
    assert run_log.status == defaults.FAIL
    statuses = {}
    for name, branch in run_log.steps["map"].branches.items():
        statuses[name] = branch.status
        statuses.update({step: log.status for step, log in branch.steps.items()})
    assert list(run_log.steps) == ["victims", "map", "fail"]
    assert list(run_log.steps["map"].branches) == [
        "map.fine",
        "map.sigkill",
        "map.segfault",
        "map.exit",
        "map.also fine",
    ]
    assert statuses == {
        "map.fine": "SUCCESS",
        "map.fine.die": "SUCCESS",
        "map.fine.after": "SUCCESS",
        "map.fine.success": "SUCCESS",
        "map.sigkill": "FAIL",
        "map.sigkill.die": "FAIL",
        "map.segfault": "FAIL",
        "map.segfault.die": "FAIL",
        "map.exit": "FAIL",
        "map.exit.die": "FAIL",
        "map.also fine": "SUCCESS",
        "map.also fine.die": "SUCCESS",
        "map.also fine.after": "SUCCESS",
        "map.also fine.success": "SUCCESS",
    }

    def message(how: str) -> str:
        return run_log.steps["map"].branches[f"map.{how}"].steps[f"map.{how}.die"].message

    assert "was killed by SIGKILL while running branch 'map.sigkill'" in message("sigkill")
    assert "was killed by SIGSEGV while running branch 'map.segfault'" in message("segfault")
    assert "exited with status 3 while running branch 'map.exit'" in message("exit")
    # What the surviving branches returned is kept in their scopes.
    assert run_log.parameters_in_scope("map.also fine")["said"].get_value() == "ALSO FINE"
    assert run_log.steps["map"].status == defaults.FAIL
    assert run_log.steps["fail"].message.startswith("The run failed because step 'map' failed")


def test_lambda_reducers_work_in_workers_and_after_a_map_reduced_here(
    configure: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    # The first map has one item: it runs here and makes its reducer from the lambda's text before
    # the workers start; the nested map's reducer is made from the text in the workers.
    nested = Map(
        name="inner",
        iterate_on="pair",
        iterate_as="x",
        reducer="lambda *x: max(x)",
        branch=Pipeline(steps=[PythonTask(function=pids, name="pid", returns=["pid"])]),
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=one_item, name="one", returns=["single"]),
            Map(
                name="first",
                iterate_on="single",
                iterate_as="x",
                reducer="lambda *x: x[0]",
                branch=Pipeline(steps=[PythonTask(function=pairs, name="p", returns=["firsts"])]),
            ),
            PythonTask(function=six, name="six", returns=["xs"]),
            Map(
                name="outer",
                iterate_on="xs",
                iterate_as="x",
                reducer="lambda *x: len(set(map(str, x)))",
                branch=Pipeline(steps=[PythonTask(function=pairs, name="pairs", returns=["pair"]), nested]),
            ),
        ]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = pipeline.execute(configuration_file=str(configure()), run_id="lambdas")

    assert run_log.parameters["firsts"].get_value() == [7, 17]
    # Each outer branch ran its nested map in one worker: max of equal pids is that pid.
    distinct_pids = run_log.parameters["pid"].get_value()
    assert isinstance(distinct_pids, int) and 1 <= distinct_pids <= 2
    assert run_log.parameters_in_scope("outer.3")["pid"].get_value() != os.getpid()
    assert caplog.records == []


@pytest.mark.parametrize("store", ["file-system", "buffered"])
def test_stores_without_parallel_writes_run_branches_here_with_one_warning(
    store: str, configure: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=six, name="six", returns=["xs"]),
            branch_map(pids, ["pid"]),
            Parallel(
                name="par",
                branches={"a": Pipeline(steps=[Stub(name="s")]), "b": Pipeline(steps=[Stub(name="t")])},
            ),
        ]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = pipeline.execute(configuration_file=str(configure(store)), run_id="fallback")

    assert run_log.parameters["pid"].get_value() == [os.getpid()] * 6
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert f"run log store '{store}' does not support parallel writes" in warnings[0]
    assert "one after another" in warnings[0]


def test_a_pipeline_whose_functions_cannot_reach_a_worker_runs_here(
    configure: Callable[..., Path], caplog: pytest.LogCaptureFixture
) -> None:
    def local_function(x: int) -> int:  # a closure: cannot be pickled by reference
        return os.getpid()

    pipeline = Pipeline(
        steps=[PythonTask(function=six, name="six", returns=["xs"]), branch_map(local_function, ["pid"])]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = pipeline.execute(configuration_file=str(configure()), run_id="closure")

    assert run_log.parameters["pid"].get_value() == [os.getpid()] * 6
    assert "cannot be sent to worker processes" in caplog.text
    assert "must be importable" in caplog.text


def test_workers_that_cannot_start_leave_the_branches_to_this_process(
    configure: Callable[..., Path], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A module that exists in this process only: a worker cannot import the function from it.
    module = types.ModuleType("only_in_this_process")
    exec("import os\ndef pid(x):\n    return os.getpid()\n", module.__dict__)
    monkeypatch.setitem(sys.modules, "only_in_this_process", module)
    pipeline = Pipeline(
        steps=[PythonTask(function=six, name="six", returns=["xs"]), branch_map(module.pid, ["pid"])]
    )

    with caplog.at_level(logging.WARNING, logger="runnable"):
        run_log = pipeline.execute(configuration_file=str(configure()), run_id="cannot-start")

    assert run_log.status == defaults.SUCCESS
    assert run_log.parameters["pid"].get_value() == [os.getpid()] * 6
    assert "a worker process could not start" in caplog.text
    assert "only_in_this_process" in caplog.text


def _run_in_own_group(command: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``command``; on timeout kill its whole process group (workers that start runs of their own)."""
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{' '.join(command)} did not finish within {timeout} s")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@pytest.mark.parametrize("form", ["script", "module", "runnable execute"])
def test_a_script_that_executes_at_module_level_is_not_run_again_by_its_workers(
    workdir: Path, form: str
) -> None:
    # Its functions live in __main__: the workers find them by running the script up to execute().
    (workdir / "pkg").mkdir()
    (workdir / "pkg" / "__init__.py").write_text("")
    script = workdir / "pkg" / "unguarded.py"
    script.write_text(
        textwrap.dedent(
            """
            import os
            from runnable import Map, Pipeline, PythonTask

            def items():
                return [1, 2, 3]

            def triple(x):
                return (x * 3, os.getpid())

            branch = Pipeline(steps=[PythonTask(function=triple, name="triple", returns=["tripled", "pid"])])
            run_log = Pipeline(
                steps=[
                    PythonTask(function=items, name="items", returns=["xs"]),
                    Map(name="map", iterate_on="xs", iterate_as="x", branch=branch),
                ]
            ).execute(run_id="unguarded")
            print("RESULT", run_log.run_id, os.getpid(), run_log.parameters["tripled"].get_value())
            """
        )
    )
    configuration = workdir / "runnable-config.yaml"
    configuration.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "chunked-fs", "config": {"log_folder": "runs"}},
                "pipeline-executor": {"type": "local", "config": {"enable_parallel": True, "max_workers": 2}},
            }
        )
    )

    # Under `runnable execute` the functions live in the module `unguarded`, imported by each worker.
    commands = {
        "script": [sys.executable, str(script)],
        "module": [sys.executable, "-m", "pkg.unguarded"],
        "runnable execute": [str(Path(sys.executable).parent / "runnable"), "execute", str(script)],
    }
    completed = _run_in_own_group(commands[form], cwd=workdir, timeout=120)

    assert completed.returncode == 0, completed.stderr
    assert "could not start" not in completed.stderr
    results = [line for line in completed.stdout.splitlines() if line.startswith("RESULT unguarded")]
    assert len(results) == 1 and results[0].endswith("[3, 6, 9]")
    store = ChunkedFileSystemRunLogStore(log_folder=str(workdir / "runs"))
    [only_run] = store.get_run_logs()
    assert only_run.run_id == "unguarded" and only_run.status == defaults.SUCCESS
    run_log = store.get_run_log_by_id("unguarded", full=True)
    parent_pid = int(results[0].split()[2])
    assert parent_pid not in run_log.parameters["pid"].get_value()
