"""A linear pipeline: each step runs after the one before it.

    hello -> stub -> goodbye (a shell command) -> success

Run it from the repository root:
    python -m examples.linear
"""

from examples.common.functions import hello
from runnable import Pipeline, PythonTask, ShellTask, Stub


def main() -> Pipeline:
    hello_task = PythonTask(function=hello, name="hello")
    placeholder = Stub(name="placeholder", what="a step not written yet")  # stubs ignore their arguments
    goodbye = ShellTask(command="echo 'Goodbye World!'", name="goodbye")

    pipeline = Pipeline(steps=[hello_task, placeholder, goodbye], description="hello, a stub, goodbye")
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
