"""Files kept by the catalog and brought back for later steps.

    write files (put data/*.csv and notes.txt) -> remove the working copies
    -> read files (get them back) -> shell step (get, then put a report without copying it)

Each file moved is recorded on its step with its sha256. Run it from the repository root:
    python -m examples.catalog
"""

from examples.common.functions import read_files, remove_files, write_files
from runnable import Catalog, Pipeline, PythonTask, ShellTask


def main() -> Pipeline:
    write = PythonTask(
        function=write_files, name="write files", catalog=Catalog(put=["data/*.csv", "notes.txt"])
    )
    remove = PythonTask(function=remove_files, name="remove files")
    read = PythonTask(
        function=read_files, name="read files", catalog=Catalog(get=["data/*.csv", "notes.txt"])
    )
    report = ShellTask(
        command="wc -l data/numbers.csv > report.txt && cat report.txt",
        name="report",
        catalog=Catalog(get=["data/*.csv"], put=["report.txt"], store_copy=False),
    )

    pipeline = Pipeline(steps=[write, remove, read, report])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
