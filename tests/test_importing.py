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
from runnable.tasks import TaskFailure, import_dotted


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


def test_the_module_is_before_the_colon_and_attributes_after_it(package: str) -> None:
    assert import_object(f"{package}.tasks:train")() == "trained"
    assert import_object(f"{package}.tasks:Trainer.fit")(None) == "fitted"
    assert import_object("os.path:join") is os.path.join
    assert import_object("runnable.run_log_store.buffered:BufferedRunLogStore") is BufferedRunLogStore
    assert import_object("os.path") is os.path
    assert import_object("os.path:") is os.path


def test_a_module_that_fails_to_import_reports_its_own_error(package: str) -> None:
    with pytest.raises(ModuleNotFoundError, match="a_dependency_nobody_installed"):
        import_object(f"{package}.broken:train")
    # What a task command reports: pkgutil.resolve_name("<package>.broken.train") would say that
    # the package has no attribute 'broken' instead.
    with pytest.raises(TaskFailure, match="a_dependency_nobody_installed"):
        import_dotted(f"{package}.broken.train")


def test_what_is_missing_is_named(package: str) -> None:
    with pytest.raises(ModuleNotFoundError, match="not_a_module_anywhere"):
        import_object("not_a_module_anywhere:train")
    with pytest.raises(AttributeError, match="nope"):
        import_object(f"{package}.tasks:nope")
    with pytest.raises(AttributeError, match="nope"):
        import_object(f"{package}.tasks:Trainer.nope")
    with pytest.raises(ValueError, match="Empty module name"):
        import_object(":train")


def test_a_task_command_is_module_dot_function(package: str) -> None:
    assert import_dotted(f"{package}.tasks.train")() == "trained"
    # The last part is the function: a colon is not a second way to write a command.
    with pytest.raises(TaskFailure, match="no attribute 'tasks:train'"):
        import_dotted(f"{package}.tasks:train")
    with pytest.raises(TaskFailure, match="Empty module name"):
        import_dotted("train")
