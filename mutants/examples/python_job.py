"""A job: one function run as a tracked run, recorded as the run log's job log.

Run it from the repository root:
    python -m examples.python_job
"""

from examples.common.functions import train
from runnable import Catalog, PythonJob, metric


def write_model(epochs: int = 3) -> tuple[float, float]:
    accuracy, loss = train(epochs)
    with open("model.txt", "w") as handle:
        handle.write(f"accuracy={accuracy}\n")
    return accuracy, loss


def main() -> PythonJob:
    job = PythonJob(
        function=write_model, returns=[metric("accuracy"), "loss"], catalog=Catalog(put=["model.txt"])
    )
    job.execute()
    return job


if __name__ == "__main__":
    main()
