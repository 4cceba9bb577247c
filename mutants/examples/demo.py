"""``make demo``: a small pipeline on the default run log store, then a summary of its run log.

With no configuration file, runs are recorded in the embedded SQLite database
``.run_log_store/runs.db`` and files in ``.catalog/``. Run it from the repository root:
    python examples/demo.py
"""

import sys
from pathlib import Path

# `make demo` runs this file as a script: make the repository root importable for `examples.common`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from examples.common.functions import hello, read_parameter, write_parameter
from runnable import Pipeline, PythonTask, ShellTask, metric, pickled
from runnable.models import RunLog


def build() -> Pipeline:
    return Pipeline(
        steps=[
            PythonTask(function=hello, name="hello"),
            PythonTask(
                function=write_parameter,
                name="write parameters",
                returns=[
                    pickled("basket"),
                    "integer",
                    "floater",
                    "stringer",
                    "pydantic_param",
                    metric("score"),
                ],
            ),
            PythonTask(function=read_parameter, name="read parameters", returns=["total"]),
            ShellTask(command='echo "total is $total"', name="shell"),
        ],
        description="runnable demo",
    )


def summarise(run_log: RunLog) -> str:
    lines = [f"run {run_log.run_id}: {run_log.status}"]
    for step in run_log.steps.values():
        attempt = step.last_attempt
        took = attempt.duration_seconds if attempt else None
        duration = f"{took * 1000:.1f} ms" if took is not None else "-"
        lines.append(f"  {step.name:<18} {step.status:<8} {duration:>10}")
        if attempt and attempt.output_parameters:
            outputs = ", ".join(f"{k}={v.get_value()!r}" for k, v in attempt.output_parameters.items())
            lines.append(f"  {'':<18} returned {outputs}")
        if attempt and attempt.user_defined_metrics:
            metrics = ", ".join(f"{k}={v.get_value()!r}" for k, v in attempt.user_defined_metrics.items())
            lines.append(f"  {'':<18} metrics  {metrics}")
    code = run_log.run_config.get("run_log_store", {})
    lines.append(f"recorded by the '{code.get('service_name', '?')}' run log store")
    return "\n".join(lines)


def main() -> None:
    run_log = build().execute()
    print()
    print(summarise(run_log))


if __name__ == "__main__":
    main()
