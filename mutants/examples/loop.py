"""Loop: run a branch again and again until a parameter says stop.

    wait for it (loop: poll) -> success

Each iteration sees its number as ``attempt`` (``index_as``, from 0) and the
parameters the previous iteration left (``waited``). The loop ends after the
iteration that returns ``done=True`` (``break_on``), or after
``max_iterations`` with a warning; the last iteration's returns become the
run's parameters.

Run it from the repository root:
    python -m examples.loop
"""

from examples.common.functions import poll
from runnable import Loop, Pipeline, PythonTask


def main() -> Pipeline:
    wait = Loop(
        name="wait for it",
        branch=Pipeline(steps=[PythonTask(function=poll, name="poll", returns=["waited", "done"])]),
        max_iterations=5,
        break_on="done",
        index_as="attempt",
    )
    pipeline = Pipeline(steps=[wait])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
