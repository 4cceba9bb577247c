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


# --------------------------------------------------------------------------- composite steps


def make_chunks() -> list[int]:
    """The items a Map iterates on: any JSON list."""
    return [1, 2, 3]


def process_chunk(chunk: int, multiplier: int) -> int:
    """Runs once per chunk: sees its map variable (chunk) and the run's parameters (multiplier)."""
    return chunk * multiplier


def assert_processed(processed: list[int], biggest: int) -> None:
    """After the Map: each returned name reduced over the chunks, in the order of the chunks."""
    assert processed == [10, 20, 30], processed
    assert biggest == 60, biggest
    print(f"processed {processed}, biggest doubled {biggest}")


def train_linear(data_size: int) -> float:
    return round(0.70 + data_size / 10_000, 4)


def train_tree(data_size: int) -> float:
    return round(0.80 + data_size / 20_000, 4)


def pick_best(linear_score: float, tree_score: float) -> str:
    """After the Parallel: both branches' returns are parameters here."""
    return "tree" if tree_score > linear_score else "linear"


def forecast() -> str:
    return "rainy"


def take_umbrella() -> str:
    return "umbrella"


def take_sunglasses() -> str:
    return "sunglasses"


def poll(attempt: int, waited: int = 0) -> tuple[int, bool]:
    """One iteration of a Loop: attempt is its index; waited is carried from the previous iteration."""
    waited += attempt
    return waited, attempt >= 2


def datasets() -> list[str]:
    return ["small", "large"]


def seeds(dataset: str) -> list[int]:
    return [1, 2] if dataset == "small" else [1, 2, 3]


def fit(dataset: str, seed: int) -> float:
    return round(seed / 10 + (0.5 if dataset == "large" else 0.0), 2)
