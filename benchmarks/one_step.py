"""The one-step pipeline whose whole process is a run's fixed cost (issues 15 and 16).

``python one_step.py`` runs it; ``runnable execute-single-node RUN_ID one_step.py only`` runs its
node as an Argo pod would. The benchmarks and tests/test_import_weight.py copy this file into a new
folder, so that the run's database and configuration are the folder's own.
"""

from runnable import Pipeline, PythonTask


def noop() -> None:
    return None


pipeline = Pipeline(steps=[PythonTask(name="only", function=noop)])

if __name__ == "__main__":
    pipeline.execute()
