"""Step functions named by the YAML pipelines of test_yaml_composite.py (``yaml_composite_steps.square``).

A module of its own so that worker processes can import them by name.
"""

from __future__ import annotations


def numbers() -> list[int]:
    return [3, 1, 2]


def square(x: int) -> tuple[int, str]:
    return x * x, "odd" if x % 2 else "even"


def odd(x: int) -> str:
    return f"{x} is odd"


def count_up(i: int, total: int = 0) -> tuple[int, bool]:
    return total + i, i >= 2
