"""Composite steps nest: a Map whose branch holds a Parallel whose branch holds a Map.

    datasets -> per dataset (map) -> models (parallel: seeds -> per seed (map) | baseline) -> success

Internal names show the nesting: ``per dataset.small.models.fit.per seed.2.fit``
is the ``fit`` step of seed 2, in the ``fit`` branch of the ``models`` step, in
the ``small`` iteration of ``per dataset``. Each level reduces or merges what
its branches returned: ``scores`` ends as one list per dataset.

Run it from the repository root:
    python -m examples.nested
"""

from examples.common.functions import datasets, fit, seeds
from runnable import Map, Parallel, Pipeline, PythonTask, Stub


def main() -> Pipeline:
    per_seed = Map(
        name="per seed",
        iterate_on="seeds",
        iterate_as="seed",
        branch=Pipeline(steps=[PythonTask(function=fit, name="fit", returns=["scores"])]),
    )
    models = Parallel(
        name="models",
        branches={
            "fit": Pipeline(steps=[PythonTask(function=seeds, name="seeds", returns=["seeds"]), per_seed]),
            "baseline": Pipeline(steps=[Stub(name="baseline")]),
        },
    )
    per_dataset = Map(
        name="per dataset", iterate_on="datasets", iterate_as="dataset", branch=Pipeline(steps=[models])
    )
    pipeline = Pipeline(
        steps=[PythonTask(function=datasets, name="datasets", returns=["datasets"]), per_dataset]
    )
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
