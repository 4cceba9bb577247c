"""Step functions of the retry tests: importable by name, so worker processes find them too.

The "flaky" ones fail until the marker file exists in the working folder: the cause a person
fixes before retrying.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

MARKER = "cause-fixed"
STARTED = "step-started"


def fixed() -> bool:
    return Path(MARKER).exists()


class Basket:
    """A value only a pickle can carry between steps."""

    def __init__(self, items: list[str]) -> None:
        self.items = items


def make_basket() -> tuple[Basket, int]:
    return Basket(["apple", "pear", "plum"]), 5


def flaky_total(basket: Basket, count: int) -> int:
    assert isinstance(basket, Basket)
    if not fixed():
        raise RuntimeError("the cause is not fixed yet")
    return len(basket.items) + count


def double(total: int) -> int:
    return total * 2


def spoil() -> tuple[int, str]:
    """An on_failure step that changes a parameter and adds one."""
    return 99, "left by the failure path"


def spoil_count() -> int:
    """An on_failure step that only changes a parameter (the run's parameters keep their names)."""
    return 99


def items() -> list[int]:
    return [1, 2, 3]


def flaky_square(x: int) -> int:
    if x == 2 and not fixed():
        raise RuntimeError(f"item {x} fails until the cause is fixed")
    return x * x


def square(x: int) -> int:
    return x * x


def left(count: int) -> int:
    return count + 1


def flaky_right(count: int) -> int:
    if not fixed():
        raise RuntimeError("the right branch fails until the cause is fixed")
    return count + 2


def five() -> int:
    return 5


def always_fails(count: int) -> int:
    raise RuntimeError(f"fails whatever is fixed (count {count}): only a failure path gets past it")


def block_until_fixed() -> str:
    """Says it started, then waits for the marker: a step a test kills in the middle."""
    Path(STARTED).touch()
    while not fixed():
        time.sleep(0.05)
    return "done"


def count_up(i: int, total: int = 0) -> tuple[int, bool]:
    if i == 1 and not fixed():
        raise RuntimeError("iteration 1 fails until the cause is fixed")
    return total + i, i >= 2


def echo(value: Any) -> Any:
    return value


LARGE = "x" * 5_000  # over the 1 KiB stores keep inline: stored once per run, referred to


def make_large() -> str:
    return LARGE


def flaky_length(big: str) -> int:
    if not fixed():
        raise RuntimeError("the cause is not fixed yet")
    return len(big)


def overwrite_large() -> str:
    return "y" * 5_000
