"""Parameters of every kind flowing between steps.

- ``initial_parameters.yaml`` (passed as parameters_file) starts the run with
  learning_rate, epochs and a nested mapping that becomes a pydantic model.
- ``RUNNABLE_PRM_envvar`` (if set) adds or overrides a parameter from the environment.
- ``write_parameter`` returns a pickled object, JSON values, a pydantic model and a metric.
- ``read_parameter`` receives them by argument name, validated into its annotations.
- ``read_with_kwargs`` receives what it does not name in ``**kwargs``.

Run it from the repository root:
    RUNNABLE_PRM_envvar='"from env"' python -m examples.parameters
"""

from pathlib import Path

from examples.common.functions import (
    read_initial_parameters,
    read_parameter,
    read_with_kwargs,
    write_parameter,
)
from runnable import Pipeline, PythonTask, metric, pickled

PARAMETERS_FILE = Path(__file__).parent / "common" / "initial_parameters.yaml"


def main() -> Pipeline:
    initial = PythonTask(function=read_initial_parameters, name="read initial", returns=["scaled"])
    write = PythonTask(
        function=write_parameter,
        name="write parameters",
        returns=[pickled("basket"), "integer", "floater", "stringer", "pydantic_param", metric("score")],
    )
    read = PythonTask(function=read_parameter, name="read parameters", returns=["total"])
    rest = PythonTask(function=read_with_kwargs, name="read kwargs")

    pipeline = Pipeline(steps=[initial, write, read, rest])
    pipeline.execute(parameters_file=str(PARAMETERS_FILE))
    return pipeline


if __name__ == "__main__":
    main()
