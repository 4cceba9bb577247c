"""Shell steps: parameters arrive as environment variables, returns are exported variables.

    produce (export greeting, count, accuracy) -> consume (reads them) -> python step (binds them)

Run it from the repository root:
    python -m examples.shell
"""

from runnable import Pipeline, PythonTask, ShellTask, metric


def check(greeting: str, count: int, accuracy: float, doubled: int) -> None:
    assert greeting == "hello world"
    assert count == 3 and doubled == 6
    assert accuracy == 0.75
    print(f"{greeting}: {count} -> {doubled}")


def main() -> Pipeline:
    produce = ShellTask(
        name="produce",
        command="""
            echo "producing values"
            export greeting="hello world"
            export count=3
            export accuracy=0.75
        """,
        returns=["greeting", "count", metric("accuracy")],
    )
    consume = ShellTask(
        name="consume",
        command="""
            [ "$greeting" = "hello world" ] || exit 1
            export doubled=$(expr "$count" '*' 2)
        """,
        returns=["doubled"],
    )
    python_check = PythonTask(function=check, name="check")

    pipeline = Pipeline(steps=[produce, consume, python_check])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
