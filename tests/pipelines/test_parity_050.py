"""What runnable 0.50's own examples rely on, run end to end (issue 12, items 7 to 14)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import textwrap
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest

from notebooks import write_notebook
from runnable import (
    AsyncPipeline,
    Loop,
    NotebookJob,
    NotebookTask,
    Parallel,
    Pipeline,
    PythonJob,
    PythonTask,
    ShellJob,
    Stub,
    defaults,
    metric,
    pickled,
)
from runnable.exceptions import ConfigurationError, ExecutionFailedError, PipelineDefinitionError
from runnable.models import MetricParameter, ObjectParameter
from runnable.pipeline_yaml import load_pipeline

ConfigWriter = Callable[..., Path]


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_a_yaml_stub_ignores_any_other_key(workdir: Path, write_config: ConfigWriter) -> None:
    # runnable 0.50's examples/01-tasks/stub.yaml, as it is.
    definition = write(
        workdir / "stub.yaml",
        """
        dag:
          description: stubs take arbitrary keys
          start_at: step 1
          steps:
            step 1:
              type: stub
              next: step 2
            step 2:
              type: stub
              what: is this thing?
              It: does not matter!!
              returns: [not, a, list, of, anything]
              command: 42
              next: step 3
            step 3:
              type: stub
              next: success
            success:
              type: success
            fail:
              type: fail
        """,
    )
    listed = write(
        workdir / "listed.yaml",
        """
        steps:
          - {name: later, type: stub, command_type: notebook, nonsense: {deep: [1, 2]}}
        """,
    )
    configuration = str(write_config())
    run_log = load_pipeline(definition).execute(configuration_file=configuration)
    assert run_log.status == defaults.SUCCESS
    assert [step.step_type for step in run_log.steps.values()] == ["stub", "stub", "stub", "success"]
    assert load_pipeline(listed).execute(configuration_file=configuration).status == defaults.SUCCESS


class Point:
    """A plain picklable object (runnable 0.50's examples return a pandas DataFrame here)."""

    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y


def make_point() -> Point:
    return Point(3, 4)


def function_using_argparse(integer: int, args: argparse.Namespace) -> int:
    # runnable 0.50's examples/common/functions.py, plus a pickled object.
    assert integer == 1
    assert args.floater == 3.14
    assert args.stringer == "hello"
    assert args.envvar == "from env"
    assert args.pydantic_param["x"] == 10
    assert args.pydantic_param["foo"] == "bar"
    assert (args.point.x, args.point.y) == (3, 4)
    return len(vars(args))


def test_an_argparse_namespace_argument_receives_every_parameter(
    workdir: Path, write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        workdir / "parameters.yaml",
        """
        integer: 1
        floater: 3.14
        stringer: hello
        pydantic_param: {x: 10, foo: bar}
        """,
    )
    monkeypatch.setenv("RUNNABLE_PRM_envvar", "from env")
    pipeline = Pipeline(
        steps=[
            PythonTask(name="point", function=make_point, returns=[pickled("point")]),
            PythonTask(name="argparse", function=function_using_argparse, returns=["count"]),
        ]
    )

    run_log = pipeline.execute(configuration_file=str(write_config()), parameters_file="parameters.yaml")

    assert run_log.status == defaults.SUCCESS, run_log.steps["argparse"].message
    # Every parameter in scope, the one also bound by name included.
    assert run_log.parameters["count"].get_value() == 6


def test_every_field_of_050s_local_executors_is_accepted_and_recorded(
    workdir: Path, write_config: ConfigWriter
) -> None:
    # Fields of runnable 0.50's `local` pipeline and job executors (service_name and service_type as
    # runnable itself sets them).
    configuration = write_config(
        pipeline_executor={
            "type": "local",
            "config": {
                "service_name": "local",
                "service_type": "pipeline_executor",
                "enable_parallel": False,
                "object_serialisation": False,
                "overrides": {"gpu": {"docker_image": "x"}},
            },
        },
        job_executor={
            "type": "local",
            "config": {"service_name": "local", "service_type": "job_executor", "mock": True},
        },
    )
    Path("should-not-exist").unlink(missing_ok=True)

    run_log = Pipeline(
        steps=[PythonTask(name="point", function=make_point, returns=[pickled("point")])]
    ).execute(configuration_file=str(configuration))
    job_log = ShellJob(command="touch should-not-exist; exit 3").execute(
        configuration_file=str(configuration)
    )

    executor = run_log.run_config["pipeline_executor"]
    assert executor["object_serialisation"] is False and executor["overrides"] == {
        "gpu": {"docker_image": "x"}
    }
    assert run_log.status == defaults.SUCCESS
    # mock: the job is recorded as a success without running.
    assert job_log.status == defaults.SUCCESS and job_log.run_config["job_executor"]["mock"] is True
    assert job_log.job is not None and job_log.job.attempts[-1].status == defaults.SUCCESS
    assert not Path("should-not-exist").exists()


def test_a_conflicting_service_name_is_still_refused(workdir: Path, write_config: ConfigWriter) -> None:
    configuration = write_config(pipeline_executor={"type": "local", "config": {"service_name": "argo"}})
    with pytest.raises(ConfigurationError, match="so `local`"):
        Pipeline(steps=[Stub(name="s")]).execute(configuration_file=str(configuration))


def scale(learning_rate: float, epochs: int) -> float:
    return learning_rate * epochs


def test_runnable_parameters_file_gives_the_initial_parameters(
    workdir: Path, write_config: ConfigWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(workdir / "from-env.yaml", "learning_rate: 0.5\nepochs: 4\n")
    write(workdir / "argument.yaml", "learning_rate: 1\nepochs: 1\n")
    monkeypatch.setenv("RUNNABLE_PARAMETERS_FILE", "from-env.yaml")
    monkeypatch.setenv("RUNNABLE_PRM_epochs", "6")
    pipeline = Pipeline(steps=[PythonTask(name="scale", function=scale, returns=["product"])])

    # As in runnable 0.50, the variable wins over the argument, and RUNNABLE_PRM_* over the file.
    run_log = pipeline.execute(configuration_file=str(write_config()), parameters_file="argument.yaml")

    assert run_log.parameters["product"].get_value() == 3.0
    assert run_log.run_config["parameters_file"] == "from-env.yaml"


def never_stop_task() -> tuple[int, bool, str]:
    # runnable 0.50's examples/10-loop/max_iterations_loop.py reads the index from the environment.
    actual_counter = int(os.environ.get("counter", 0))  # noqa: SIM112 - the name index_as gives
    return actual_counter, False, f"Completed iteration {actual_counter}"


def check_final_count(counter: int, should_stop: bool) -> tuple[int, bool, bool]:
    assert counter == 2, f"Expected counter=2, got {counter}"
    assert should_stop is False
    assert "counter" not in os.environ  # the variable lives as long as the loop
    return counter, True, True


def test_a_loop_exposes_its_index_and_returns_what_the_branch_returned(
    workdir: Path, write_config: ConfigWriter
) -> None:
    branch = Pipeline(
        steps=[
            PythonTask(
                name="never_stop", function=never_stop_task, returns=["counter", "should_stop", "message"]
            )
        ]
    )
    loop = Loop(
        name="max_iter_loop", branch=branch, max_iterations=3, break_on="should_stop", index_as="counter"
    )
    validate = PythonTask(
        name="validate_max_iter",
        function=check_final_count,
        returns=["final_counter", "hit_max_iterations", "validation_passed"],
        terminate_with_success=True,
    )

    run_log = Pipeline(name="max_iterations_example", steps=[loop, validate]).execute(
        configuration_file=str(write_config())
    )

    assert run_log.status == defaults.SUCCESS, run_log.steps["validate_max_iter"].message
    assert run_log.parameters["final_counter"].get_value() == 2
    assert run_log.parameters["message"].get_value() == "Completed iteration 2"


def shout_index() -> int:
    return int(os.environ["attempt"]) * 10  # noqa: SIM112 - the name index_as gives


def test_a_loop_index_stays_the_loops_own_unless_returned(workdir: Path, write_config: ConfigWriter) -> None:
    branch = Pipeline(steps=[PythonTask(name="shout", function=shout_index, returns=["shouted"])])
    loop = Loop(name="poll", branch=branch, max_iterations=2, break_on="done", index_as="attempt")

    run_log = Pipeline(steps=[loop]).execute(configuration_file=str(write_config()))

    assert run_log.parameters["shouted"].get_value() == 10
    assert "attempt" not in run_log.parameters


# --------------------------------------------------------------------------- notebooks


def read_notebook_returns(df: Fraction, integer: int, score: float) -> str:
    assert df == Fraction(3, 4) and integer == 1 and score == 0.9
    return "read"


def test_a_notebook_returns_pickled_objects(workdir: Path, write_config: ConfigWriter) -> None:
    # runnable 0.50's passing_parameters_notebook returns a DataFrame `df`; any picklable object will do.
    write_notebook(
        Path("write_parameters.ipynb"),
        "from fractions import Fraction\ndf = Fraction(3, 4)\ninteger = 1",
        "score = 0.9",
    )
    writer = NotebookTask(
        name="set_parameter",
        notebook="write_parameters.ipynb",
        returns=[pickled("df"), "integer", metric("score")],
    )
    reader = PythonTask(name="get_parameters", function=read_notebook_returns, returns=["verdict"])

    run_log = Pipeline(steps=[writer, reader]).execute(configuration_file=str(write_config()), run_id="nb")

    assert run_log.status == defaults.SUCCESS, run_log.steps["get_parameters"].message
    outputs = run_log.steps["set_parameter"].attempts[-1].output_parameters
    assert outputs["df"] == ObjectParameter(value="df")
    assert outputs["score"] == MetricParameter(value=0.9)
    assert Path(".catalog/nb/df.pickle").is_file()
    assert run_log.parameters["verdict"].get_value() == "read"


def test_a_notebook_object_that_cannot_leave_the_kernel_fails_the_step_clearly(
    workdir: Path, write_config: ConfigWriter
) -> None:
    write_notebook(
        Path("local_class.ipynb"),
        "class Local:\n    pass\nthing = Local()\nlock = __import__('threading').Lock()",
    )
    for name, expected in (("thing", "define the class in a module"), ("lock", "could not pickle it")):
        task = NotebookTask(name="nb", notebook="local_class.ipynb", returns=[pickled(name)])
        with pytest.raises(ExecutionFailedError) as raised:
            Pipeline(steps=[task]).execute(configuration_file=str(write_config()))
        message = raised.value.run_log.steps["nb"].message
        assert f"returns '{name}' as pickled" in message and expected in message


def test_the_executed_copy_is_also_written_next_to_the_notebook(
    workdir: Path, write_config: ConfigWriter
) -> None:
    Path("notebooks").mkdir()
    write_notebook(Path("notebooks/report.ipynb"), "print('reported')")
    configuration = str(write_config())
    beside = Path("notebooks/report-makereport_out.ipynb")  # runnable 0.50's name: letters and digits

    Pipeline(steps=[NotebookTask(name="make report", notebook="notebooks/report.ipynb")]).execute(
        configuration_file=configuration, run_id="beside"
    )
    assert "reported" in beside.read_text()
    assert Path(".catalog/beside/report-make_report_out.ipynb").is_file()
    assert sorted(path.name for path in Path("notebooks").iterdir()) == [beside.name, "report.ipynb"]

    beside.unlink()
    quiet = NotebookTask(
        name="make report", notebook="notebooks/report.ipynb", executed_copy_next_to_notebook=False
    )
    Pipeline(steps=[quiet]).execute(configuration_file=configuration, run_id="catalog-only")
    assert not beside.exists() and Path(".catalog/catalog-only/report-make_report_out.ipynb").is_file()

    NotebookJob(notebook="notebooks/report.ipynb").execute(configuration_file=configuration)
    assert "reported" in Path("notebooks/report-job_out.ipynb").read_text()


def test_notebooks_in_parallel_workers_do_not_collide_on_kernel_ports(
    workdir: Path, write_config: ConfigWriter
) -> None:
    # Over TCP, kernels started at once in two worker processes could pick the same free port
    # ("Address already in use"). They talk over Unix sockets in a folder of their own instead.
    write_notebook(
        Path("which.ipynb"),
        "import os\nfrom ipykernel.kernelapp import IPKernelApp\n"
        + "\n".join(
            f"transport_{n} = IPKernelApp.instance().transport\nlauncher_{n} = os.getppid()" for n in range(4)
        ),
    )
    branches = {
        f"b{n}": Pipeline(
            steps=[
                NotebookTask(
                    name="nb",
                    notebook="which.ipynb",
                    returns=[f"transport_{n}", f"launcher_{n}"],
                    executed_copy_next_to_notebook=False,
                )
            ]
        )
        for n in range(4)
    }
    configuration = str(write_config("chunked-fs", parallel=True))

    run_log = Pipeline(steps=[Parallel(name="notebooks", branches=branches)]).execute(
        configuration_file=configuration
    )

    assert run_log.status == defaults.SUCCESS, run_log.steps["notebooks"].message
    assert {run_log.parameters[f"transport_{n}"].get_value() for n in range(4)} == {"ipc"}
    launchers = {run_log.parameters[f"launcher_{n}"].get_value() for n in range(4)}
    assert os.getpid() not in launchers  # the kernels were started by the worker processes


def test_yaml_notebook_tasks_take_the_executed_copy_option(workdir: Path, write_config: ConfigWriter) -> None:
    write_notebook(Path("report.ipynb"), "x = 1")
    definition = write(
        workdir / "notebooks.yaml",
        """
        steps:
          - name: report
            command_type: notebook
            command: report.ipynb
            executed_copy_next_to_notebook: false
        """,
    )
    wrong = write(
        workdir / "wrong.yaml",
        """
        steps:
          - {name: sh, command_type: shell, command: "true", executed_copy_next_to_notebook: false}
        """,
    )

    load_pipeline(definition).execute(configuration_file=str(write_config()))

    assert not Path("report-report_out.ipynb").exists()
    with pytest.raises(PipelineDefinitionError, match="only notebook tasks have an executed copy"):
        load_pipeline(wrong)


def test_kernel_sockets_move_to_tmp_when_the_run_folder_is_too_deep(tmp_path: Path) -> None:
    from runnable.tasks import _kernel_config

    deep = tmp_path / ("d" * 90)
    deep.mkdir()
    with _kernel_config(deep) as config:
        socket_prefix = Path(config.KernelManager.ip)
        assert config.KernelManager.transport == "ipc" and socket_prefix.parent.parent == Path("/tmp")
        assert len(str(socket_prefix)) + len("-5") < 104  # a Unix socket path's limit on macOS
    assert not socket_prefix.parent.exists()


def level_seen() -> int:
    return logging.getLogger("runnable").getEffectiveLevel()


def test_execute_takes_050s_log_level(workdir: Path, write_config: ConfigWriter) -> None:
    configuration = str(write_config())
    runnable_logger = logging.getLogger("runnable")
    before = runnable_logger.level
    pipeline = Pipeline(steps=[PythonTask(name="level", function=level_seen, returns=["level"])])

    # runnable 0.50's signature: execute(configuration_file, run_id, tag, parameters_file, log_level).
    run_log = pipeline.execute(configuration, "", "", "", "DEBUG")
    job_log = PythonJob(function=level_seen, returns=["level"]).execute(configuration, log_level="error")
    streamed = asyncio.run(AsyncPipeline(steps=pipeline.steps).execute(configuration, log_level="WARNING"))

    assert run_log.parameters["level"].get_value() == logging.DEBUG
    assert job_log.parameters["level"].get_value() == logging.ERROR
    assert streamed.parameters["level"].get_value() == logging.WARNING
    assert runnable_logger.level == before  # only while the run lasts
    with pytest.raises(ConfigurationError, match="'LOUD' is not a log level"):
        pipeline.execute(configuration, log_level="LOUD")
