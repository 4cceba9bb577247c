"""Map: run a branch once per item of a list, then reduce what the branches returned.

    chunks -> process (map) -> double (map, reducer max) -> check -> success

Inside a branch the item is the parameter ``chunk`` (``iterate_as``) and
every parameter of the run is visible (``multiplier``). After a Map, each name
its branch returns holds the branches' values reduced in the order of the
chunks: into a list by default (``processed``); ``reducer`` changes that, here
to the largest value (``biggest``).

Run it from the repository root:
    RUNNABLE_PRM_multiplier=10 python -m examples.map

With a configuration that enables parallel branches (``pipeline-executor:
{type: local, config: {enable_parallel: true, max_workers: 4}}``) and a store
that supports parallel writes (``chunked-fs``, ``database``), the branches run
in worker processes.
"""

from examples.common.functions import assert_processed, make_chunks, process_chunk
from runnable import Map, Pipeline, PythonTask, ShellTask


def main() -> Pipeline:
    process = Map(
        name="process",
        iterate_on="chunks",
        iterate_as="chunk",
        branch=Pipeline(
            steps=[PythonTask(function=process_chunk, name="process chunk", returns=["processed"])]
        ),
    )
    double = Map(
        name="double",
        iterate_on="chunks",
        iterate_as="chunk",
        reducer="lambda *x: max(x)",
        branch=Pipeline(
            steps=[
                ShellTask(
                    command="export biggest=$(( chunk * multiplier * 2 ))",
                    name="double chunk",
                    returns=["biggest"],
                )
            ]
        ),
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=make_chunks, name="chunks", returns=["chunks"]),
            process,
            double,
            PythonTask(function=assert_processed, name="check"),
        ]
    )
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
