"""Conditional: run the one branch whose name equals a parameter's value.

    forecast -> weather (rainy: umbrella | sunny: sunglasses) -> success

``forecast`` returns ``"rainy"``, so only the ``rainy`` branch runs; what it
returns (``take``) becomes a parameter of the run. A value that matches no
branch fails the step, naming the value and the branches.

Run it from the repository root:
    python -m examples.conditional
"""

from examples.common.functions import forecast, take_sunglasses, take_umbrella
from runnable import Conditional, Pipeline, PythonTask


def main() -> Pipeline:
    weather = Conditional(
        name="weather",
        parameter="outlook",
        branches={
            "rainy": Pipeline(steps=[PythonTask(function=take_umbrella, name="umbrella", returns=["take"])]),
            "sunny": Pipeline(
                steps=[PythonTask(function=take_sunglasses, name="sunglasses", returns=["take"])]
            ),
        },
    )
    pipeline = Pipeline(steps=[PythonTask(function=forecast, name="forecast", returns=["outlook"]), weather])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
