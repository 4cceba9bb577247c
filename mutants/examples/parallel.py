"""Parallel: branches that run side by side and all must succeed.

    parallel (linear: train linear | tree: train tree) -> pick best -> success

Each branch sees the run's parameters (``data_size``); what a branch returns is
merged into the run's parameters when all branches have succeeded, so the step
after the Parallel receives both scores.

Run it from the repository root:
    RUNNABLE_PRM_data_size=1000 python -m examples.parallel
"""

from examples.common.functions import pick_best, train_linear, train_tree
from runnable import Parallel, Pipeline, PythonTask


def main() -> Pipeline:
    train = Parallel(
        name="train",
        branches={
            "linear": Pipeline(
                steps=[PythonTask(function=train_linear, name="fit", returns=["linear_score"])]
            ),
            "tree": Pipeline(steps=[PythonTask(function=train_tree, name="fit", returns=["tree_score"])]),
        },
    )
    pipeline = Pipeline(steps=[train, PythonTask(function=pick_best, name="pick best", returns=["best"])])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
