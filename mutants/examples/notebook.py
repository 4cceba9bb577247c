"""A notebook as a step: parameters injected, returns read from its namespace.

    python step (returns integer, stringer) -> notebook (returns doubled, message) -> python step

The executed copy of the notebook, with its outputs, is kept in the run's catalog.
Needs the notebook extra (pip install 'runnable[notebook]'). Run it from the repository root:
    python -m examples.notebook
"""

from pathlib import Path

from runnable import NotebookTask, Pipeline, PythonTask

NOTEBOOK = Path(__file__).parent / "common" / "simple_notebook.ipynb"


def start() -> tuple[int, str]:
    return 21, "hello"


def check(doubled: int, message: str) -> None:
    assert doubled == 42
    assert message == "hello from a notebook"


def main() -> Pipeline:
    first = PythonTask(function=start, name="start", returns=["integer", "stringer"])
    notebook = NotebookTask(notebook=str(NOTEBOOK), name="notebook", returns=["doubled", "message"])
    last = PythonTask(function=check, name="check")

    pipeline = Pipeline(steps=[first, notebook, last])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
