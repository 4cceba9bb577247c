"""Doing something on failure, then failing anyway (try/except/raise).

Without failures:  step 1 -> step 2 -> step 3 -> success
step 1 raises:     step 1 -> step 4 -> fail

step 4 could send a notification. The run ends FAIL and execute() raises
ExecutionFailedError naming the run and step 4. Run it from the repository root:
    python -m examples.on_failure_fail
"""

from examples.common.functions import raise_ex
from runnable import Pipeline, PythonTask, Stub


def main() -> Pipeline:
    step_1 = PythonTask(name="step 1", function=raise_ex)  # fails
    step_2 = Stub(name="step 2")
    step_3 = Stub(name="step 3")
    step_1.on_failure = Stub(name="step 4", terminate_with_failure=True).as_pipeline()

    pipeline = Pipeline(steps=[step_1, step_2, step_3])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
