"""A step that succeeds but ends the pipeline with failure (a guard, a validation).

    step 1 -> check (terminate_with_failure) -> fail

Run it from the repository root:
    python -m examples.terminate_with_failure
"""

from examples.common.functions import hello
from runnable import Pipeline, PythonTask, Stub


def main() -> Pipeline:
    step_1 = PythonTask(name="step 1", function=hello)
    check = Stub(name="check", terminate_with_failure=True)

    pipeline = Pipeline(steps=[step_1, check])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
