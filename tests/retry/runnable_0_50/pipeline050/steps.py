"""Steps of the pipeline 0.50 ran for the fixtures: they fail until the file `cause-fixed` exists."""

from pathlib import Path


def hello() -> int:
    return 1


def double(chunk: int) -> int:
    if chunk == 2 and not Path("cause-fixed").exists():
        raise RuntimeError("the cause is not fixed yet")
    return chunk * 2


def total(doubled: list[int]) -> int:
    return sum(doubled)
