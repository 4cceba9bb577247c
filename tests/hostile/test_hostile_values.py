"""Values JSON cannot hold (NaN, infinities, bytes, lone surrogates) and values that are merely extreme.

Issue 19 item 5: NaN became ``null`` while the run said SUCCESS, and bytes failed with the message
"Traceback (most recent call last):". A value is now kept exactly or refused with a message that names
the step, the return and what to do; extreme but valid values round-trip through every store.
"""

from __future__ import annotations

import functools
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_support import any_store  # noqa: F401  (a fixture, found by name)

from runnable import Map, Pipeline, PythonTask, ShellTask, defaults, metric, pickled
from runnable.exceptions import ConfigurationError, ExecutionFailedError
from runnable.models import JsonParameter, MetricParameter, RunLog, StepAttempt, StepLog
from runnable.parameters import initial_parameters
from runnable.run_log_store.base import BaseRunLogStore

REPO = Path(__file__).resolve().parents[2]
CONSOLE_SCRIPT = Path(sys.executable).parent / "runnable"

# Set by the parametrised test before the pipeline runs; a step function reads it.
_returned: list[Any] = []


def first() -> int:
    return 7


def give() -> Any:
    return _returned[0]


def keep_exactly() -> float:
    return float("nan")


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "config.yaml"
    database = {"type": "database", "config": {"connection_string": f"sqlite:///{tmp_path / 'runs.db'}"}}
    path.write_text(yaml.safe_dump({"run-log-store": database}))
    return path


UNFAITHFUL: dict[str, tuple[Any, str]] = {
    "nan": (float("nan"), "x is nan"),
    "inf": (float("inf"), "x is inf"),
    "minus-inf": (float("-inf"), "x is -inf"),
    "nested-nan": ({"loss": [0.5, float("nan")]}, "x['loss'][1] is nan"),
    "nan-in-tuple": ((1.0, float("inf")), "x[1] is inf"),
    "non-utf8-bytes": (b"\xff\xfe\x00", "x is bytes (b'\\xff\\xfe\\x00')"),
    "utf8-bytes": (b"text", "x is bytes (b'text')"),
    "bytes-inside": ({"payload": bytearray(b"\x80")}, "x['payload'] is bytes"),
    "lone-surrogate": ("caf\udce9", "x is text with a lone surrogate"),
}


@pytest.mark.parametrize("kind", ["json", "metric"])
@pytest.mark.parametrize("case", list(UNFAITHFUL))
def test_a_return_json_cannot_hold_fails_the_step_and_changes_nothing(
    config_file: Path, case: str, kind: str
) -> None:
    value, where = UNFAITHFUL[case]
    _returned[:] = [value]
    declared = metric("x") if kind == "metric" else "x"
    pipeline = Pipeline(
        steps=[
            PythonTask(function=first, name="first", returns=["kept"]),
            PythonTask(function=give, name="give x", returns=[declared]),
        ]
    )

    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(config_file), run_id=f"{case}-{kind}")

    run_log = raised.value.run_log
    assert run_log.status == defaults.FAIL
    failed = run_log.steps["give x"]
    assert failed.status == defaults.FAIL
    message = failed.attempts[-1].message
    assert message.startswith("function '") and "\n" not in message and "Traceback" not in message
    assert f"return 'x' cannot be stored as JSON: {where}" in message
    assert 'pickled("x")' in message
    assert "'give x'" in str(raised.value)
    # Nothing was stored in its place, and what was stored before is intact.
    assert "x" not in run_log.parameters and failed.attempts[-1].output_parameters == {}
    assert run_log.parameters["kept"].get_value() == 7


def test_pickled_keeps_nan_exactly(config_file: Path) -> None:
    def check(value: float) -> None:
        assert math.isnan(value)

    pipeline = Pipeline(
        steps=[
            PythonTask(function=keep_exactly, name="produce", returns=[pickled("value")]),
            PythonTask(function=check, name="consume"),
        ]
    )
    assert pipeline.execute(configuration_file=str(config_file)).status == defaults.SUCCESS


def test_shell_export_of_nan_is_refused(config_file: Path) -> None:
    pipeline = Pipeline(steps=[ShellTask(command="export score=NaN", name="shell", returns=["score"])])
    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(config_file))
    assert (
        "return 'score' cannot be stored as JSON: score is nan" in raised.value.run_log.steps["shell"].message
    )


def test_map_reduced_to_nan_is_refused(config_file: Path) -> None:
    def square(item: int) -> float:
        return float(item * item)

    pipeline = Pipeline(
        steps=[
            PythonTask(function=lambda: [1, 2], name="items", returns=["items"]),
            Map(
                name="squares",
                iterate_on="items",
                iterate_as="item",
                reducer="lambda *values: float('nan')",
                branch=Pipeline(steps=[PythonTask(function=square, name="square", returns=["squared"])]),
            ),
        ]
    )
    with pytest.raises(ExecutionFailedError) as raised:
        pipeline.execute(configuration_file=str(config_file))
    run_log = raised.value.run_log
    assert "squared is nan" in run_log.steps["squares"].message
    assert "squared" not in run_log.parameters


def test_cli_names_step_and_return_in_one_paragraph(tmp_path: Path) -> None:
    (tmp_path / "pipeline.py").write_text(
        "from runnable import Pipeline, PythonTask, metric\n"
        "def loss():\n    return float('nan')\n"
        "Pipeline(steps=[PythonTask(function=loss, name='train', returns=[metric('loss')])]).execute()\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RUNNABLE_")}
    result = subprocess.run(
        [str(CONSOLE_SCRIPT), "execute", "pipeline.py"],
        cwd=tmp_path,
        env={**environment, "COLUMNS": "200", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    message = result.stderr.strip()
    assert (
        "step 'train' failed" in message and "return 'loss' cannot be stored as JSON: loss is nan" in message
    )
    assert "Traceback" not in message and "\n\n" not in message


# --------------------------------------------------------------------------- initial parameters


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("lr: .nan\n", "lr is nan"),
        ("limits: [1, -.inf]\n", "limits[1] is -inf"),
        ("blob: !!binary /w==\n", "bytes"),
    ],
)
def test_parameters_file_value_json_cannot_hold_is_refused(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "parameters.yaml"
    path.write_text(text)
    with pytest.raises(ConfigurationError, match=r"parameters\.yaml") as raised:
        initial_parameters(str(path))
    assert where in str(raised.value)


def test_environment_parameter_nan_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNNABLE_PRM_score", "NaN")
    with pytest.raises(ConfigurationError, match=r"RUNNABLE_PRM_score=NaN decodes to nan"):
        initial_parameters()
    monkeypatch.setenv("RUNNABLE_PRM_score", '"NaN"')
    assert initial_parameters()["score"].get_value() == "NaN"


# --------------------------------------------------------------------------- extreme but valid values

EXTREME: dict[str, Any] = {
    "big-int": 10**300,
    "big-negative-int": -(2**64) - 1,
    "largest-float": 1.7976931348623157e308,
    "smallest-float": 5e-324,
    "negative-zero": -0.0,
    "nul-character": "a\x00b",
    "sql": "'; DROP TABLE runnable_runs; --",
    "right-to-left": "\u202eevil\U0001f986",
    "deep": functools.reduce(lambda inner, _: [inner], range(40), "bottom"),
    "odd-keys": {"": 1, "a.b": 2, "a/b": 3, "..": 4, "\x00": 5, "%2E": 6},
    "two-mebibytes": "x" * (2 * 1024 * 1024),
}


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, float) and isinstance(right, float):
        return left == right and math.copysign(1, left) == math.copysign(1, right)
    return type(left) is type(right) and left == right


def test_extreme_values_round_trip_through_every_store(any_store: BaseRunLogStore) -> None:  # noqa: F811
    parameters = {name: JsonParameter(value=value) for name, value in EXTREME.items()}
    metrics = {
        name: MetricParameter(value=value) for name, value in EXTREME.items() if name != "two-mebibytes"
    }
    step = StepLog(
        name="s",
        internal_name="s",
        status=defaults.SUCCESS,
        attempts=[
            StepAttempt(status=defaults.SUCCESS, output_parameters=parameters, user_defined_metrics=metrics)
        ],
    )
    any_store.put_run_log(RunLog(run_id="extreme", parameters=parameters, steps={"s": step}))
    any_store.set_parameters("extreme", {"late": JsonParameter(value=EXTREME["deep"])})

    back = any_store.get_run_log_by_id("extreme", full=True)

    for name, value in EXTREME.items():
        assert _same(back.parameters[name].get_value(), value), name
        assert _same(back.steps["s"].attempts[0].output_parameters[name].get_value(), value), name
    assert back.parameters["late"].get_value() == EXTREME["deep"]
    assert [run.run_id for run in any_store.get_run_logs(parameters={"sql": EXTREME["sql"]})] == ["extreme"]
