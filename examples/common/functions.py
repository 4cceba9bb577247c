"""Plain functions the examples turn into pipeline steps. None of them knows about runnable."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel


def hello() -> None:
    """The simplest step: prints and returns nothing."""
    print("Hello World!")


def raise_ex() -> None:
    """A step that fails."""
    raise Exception("This is an exception")


class ComplexParams(BaseModel):
    x: int
    foo: str


@dataclass
class Basket:
    """Not JSON serialisable: passed between steps as a pickled object."""

    items: set[str] = field(default_factory=set)

    def total(self) -> int:
        return len(self.items)


def write_parameter() -> tuple[Basket, int, float, str, ComplexParams, float]:
    """Returns one value of every kind: an object, JSON values, a pydantic model and a metric."""
    return Basket(items={"apple", "pear"}), 1, 3.14, "hello", ComplexParams(x=10, foo="bar"), 0.9


def read_parameter(
    basket: Basket,
    integer: int,
    floater: float,
    stringer: str,
    pydantic_param: ComplexParams,
    score: float,
    envvar: str = "not set",
) -> int:
    """Arguments are bound by name; the dict parameter arrives as a ComplexParams."""
    assert basket.total() == 2
    assert integer == 1
    assert floater == 3.14
    assert stringer == "hello"
    assert isinstance(pydantic_param, ComplexParams) and pydantic_param.x == 10
    assert score == 0.9
    print(f"envvar is {envvar}")
    return integer + pydantic_param.x


def read_with_kwargs(total: int, **kwargs: object) -> None:
    """``**kwargs`` receives every parameter not bound by name."""
    assert total == 11
    assert {"integer", "floater", "stringer", "pydantic_param", "score", "basket"} <= set(kwargs)
    print(f"also received: {sorted(kwargs)}")


def read_initial_parameters(learning_rate: float, epochs: int, model: ComplexParams) -> float:
    """Parameters from the parameters file (YAML), validated into the annotations."""
    assert isinstance(model, ComplexParams)
    return learning_rate * epochs


def write_files() -> None:
    """Writes files for the catalog to keep."""
    Path("data").mkdir(exist_ok=True)
    Path("data/numbers.csv").write_text("a,b\n1,2\n3,4\n")
    Path("notes.txt").write_text("kept by the catalog\n")


def read_files() -> None:
    """Reads the files the catalog brought back (the previous step's were removed)."""
    assert Path("data/numbers.csv").read_text().startswith("a,b")
    print(Path("notes.txt").read_text().strip())


def remove_files() -> None:
    """Deletes the working copies, so the next step can only have them from the catalog."""
    Path("data/numbers.csv").unlink()
    Path("notes.txt").unlink()


def use_secret() -> None:
    """A secret arrives as an environment variable while the step runs."""
    token = os.environ["API_TOKEN"]
    assert token
    print("calling the service with the token")


def train(epochs: int = 3) -> tuple[float, float]:
    """Returns an accuracy metric and a loss."""
    return 0.5 + epochs / 100, 1 / epochs
