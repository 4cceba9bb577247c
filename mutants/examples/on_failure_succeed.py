"""Handling a failure and carrying on.

Without failures:  step 1 -> step 2 -> step 3 -> success
step 1 raises, and its on_failure pipeline runs instead:  step 1 -> step 4 -> success

The run ends SUCCESS (the failure was handled); step 1's attempt keeps the exception
and its traceback. Run it from the repository root:
    python -m examples.on_failure_succeed
"""

from examples.common.functions import raise_ex
from runnable import Pipeline, PythonTask, Stub


def main() -> Pipeline:
    step_1 = PythonTask(name="step 1", function=raise_ex)  # fails
    step_2 = Stub(name="step 2")
    step_3 = Stub(name="step 3", terminate_with_success=True)
    step_4 = Stub(name="step 4", terminate_with_success=True)

    step_1.on_failure = Pipeline(steps=[step_4])

    pipeline = Pipeline(steps=[step_1, step_2, step_3])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
