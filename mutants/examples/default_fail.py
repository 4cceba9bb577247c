"""A failing step without a handler ends the run FAIL.

    step 1 -> step 2 (raises) -> fail          (step 3 never runs)

execute() raises ExecutionFailedError naming the run and step 2; the run log keeps
step 2's exception and traceback. Run it from the repository root:
    python -m examples.default_fail
"""

from examples.common.functions import hello, raise_ex
from runnable import Pipeline, PythonTask, Stub


def main() -> Pipeline:
    step_1 = PythonTask(name="step 1", function=hello)
    step_2 = PythonTask(name="step 2", function=raise_ex)
    step_3 = Stub(name="step 3")

    pipeline = Pipeline(steps=[step_1, step_2, step_3])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
