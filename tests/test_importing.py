"""runnable.importing: the one way a path written in a file or a run log becomes an object."""

from __future__ import annotations

import os.path
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from runnable.importing import import_object
from runnable.run_log_store.buffered import BufferedRunLogStore


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package on sys.path: ``tasks`` works, ``broken`` imports a module nobody installed."""
    name = f"importing_sample_{os.getpid()}"
    folder = tmp_path / name
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "tasks.py").write_text(
        textwrap.dedent(
            """
            class Trainer:
                def fit(self):
                    return "fitted"

            def train():
                return "trained"
            """
        )
    )
    (folder / "broken.py").write_text("import a_dependency_nobody_installed\n\ndef train():\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    for module in [module for module in sys.modules if module.startswith(name)]:
        del sys.modules[module]


def test_both_forms_name_the_same_objects(package: str) -> None:
    assert import_object(f"{package}.tasks.train")() == "trained"
    assert import_object(f"{package}.tasks:train")() == "trained"
    assert import_object(f"{package}.tasks:Trainer.fit")(None) == "fitted"
    assert import_object("os.path:join") is os.path.join
    assert import_object("runnable.run_log_store.buffered:BufferedRunLogStore") is BufferedRunLogStore
    assert import_object("os.path:") is os.path  # a colon and nothing after it: the module


def test_a_module_that_fails_to_import_reports_its_own_error(package: str) -> None:
    # pkgutil.resolve_name would report "module has no attribute 'broken'" here.
    with pytest.raises(ModuleNotFoundError, match="a_dependency_nobody_installed"):
        import_object(f"{package}.broken.train")
    with pytest.raises(ModuleNotFoundError, match="a_dependency_nobody_installed"):
        import_object(f"{package}.broken:train")


def test_what_is_missing_is_named(package: str) -> None:
    with pytest.raises(ModuleNotFoundError, match="not_a_module_anywhere"):
        import_object("not_a_module_anywhere.train")
    with pytest.raises(AttributeError, match="nope"):
        import_object(f"{package}.tasks.nope")
    with pytest.raises(AttributeError, match="nope"):
        import_object(f"{package}.tasks:Trainer.nope")
    for no_module in ("train", ":train"):
        with pytest.raises(ValueError, match="Empty module name"):
            import_object(no_module)
