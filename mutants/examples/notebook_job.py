"""A notebook executed as a tracked job; the executed copy is kept in the catalog.

Run it from the repository root (parameters from the environment):
    RUNNABLE_PRM_integer=5 python -m examples.notebook_job
"""

from pathlib import Path

from runnable import NotebookJob

NOTEBOOK = Path(__file__).parent / "common" / "simple_notebook.ipynb"


def main() -> NotebookJob:
    job = NotebookJob(notebook=str(NOTEBOOK), returns=["doubled"])
    job.execute()
    return job


if __name__ == "__main__":
    main()
