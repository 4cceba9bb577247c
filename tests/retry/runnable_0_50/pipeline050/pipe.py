"""The pipeline runnable 0.50.0 ran (as `python -m pipeline050.pipe`) to record the fixtures next to it."""

from pipeline050.steps import double, hello, total
from runnable import Map, Parallel, Pipeline, PythonTask, ShellTask, Stub


def main() -> Pipeline:
    pipeline = Pipeline(
        steps=[
            PythonTask(function=hello, name="hello", returns=["x"]),
            Parallel(
                name="par",
                branches={
                    "a": Pipeline(steps=[Stub(name="s1")]),
                    "b": Pipeline(steps=[ShellTask(command="echo hi", name="sh")]),
                },
            ),
            Map(
                name="map",
                iterate_on="chunks",
                iterate_as="chunk",
                branch=Pipeline(steps=[PythonTask(function=double, name="double", returns=["doubled"])]),
            ),
            PythonTask(function=total, name="total", returns=["sum"]),
        ]
    )
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
