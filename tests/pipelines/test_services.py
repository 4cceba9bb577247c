"""The pieces a run is wired from: code identity, parameter binding, catalog, secrets, run ids."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from runnable import defaults
from runnable.catalog import DoNothingCatalog, FileSystemCatalog
from runnable.code_identity import git_code_identity
from runnable.context import generate_run_id
from runnable.exceptions import CatalogError, ConfigurationError, SecretNotFoundError
from runnable.models import JsonParameter, ObjectParameter, Parameter
from runnable.parameters import (
    ParameterBindingError,
    ReturnValueError,
    TaskReturn,
    bind_arguments,
    collect_returns,
    environment_parameters,
    initial_parameters,
    to_parameter,
)
from runnable.secrets import (
    DoNothingSecretsManager,
    DotEnvSecretsManager,
    EnvSecretsManager,
    exposed_as_environment,
    mask_values,
)

# --------------------------------------------------------------------------- code identity


def git(folder: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=folder, check=True, capture_output=True)


def test_code_identity_of_a_clean_and_a_dirty_repository(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "t@example.com")
    git(tmp_path, "config", "user.name", "t")
    git(tmp_path, "remote", "add", "origin", "https://alice:hunter2@git.example.com/team/repo.git")
    (tmp_path / "code.py").write_text("x = 1\n")
    git(tmp_path, "add", "code.py")
    git(tmp_path, "commit", "-qm", "first")
    (tmp_path / "untracked.txt").write_text("not code\n")

    clean = git_code_identity(tmp_path)
    (tmp_path / "code.py").write_text("x = 2\n")
    dirty = git_code_identity(tmp_path)

    assert clean.code_identifier and re.fullmatch(r"[0-9a-f]{40}", clean.code_identifier)
    assert clean.code_identifier_dependable is True and clean.code_identifier_message == ""
    assert clean.code_identifier_url == f"https://{defaults.MASK}@git.example.com/team/repo.git"
    assert dirty.code_identifier == clean.code_identifier
    assert dirty.code_identifier_dependable is False and "code.py" in (dirty.code_identifier_message or "")


def test_code_identity_of_a_repository_without_a_remote(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    git(
        tmp_path,
        "-c",
        "user.email=t@example.com",
        "-c",
        "user.name=t",
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "first",
    )

    identity = git_code_identity(tmp_path)

    assert identity.code_identifier and identity.code_identifier_url is None
    assert identity.code_identifier_dependable is True


def test_code_identity_outside_git_says_why(tmp_path: Path) -> None:
    identity = git_code_identity(tmp_path)

    assert identity.code_identifier is None and identity.code_identifier_dependable is False
    assert "not recorded" in (identity.code_identifier_message or "")


# --------------------------------------------------------------------------- parameters


class Point(BaseModel):
    x: int
    y: int = 0


def no_object(parameter: ObjectParameter) -> Any:
    raise AssertionError("no object expected")


def test_binding_by_name_with_annotations_defaults_and_kwargs() -> None:
    def function(point: Point, count: int, flag: bool = False, **rest: Any) -> None: ...

    parameters: dict[str, Parameter] = {
        "point": JsonParameter(value={"x": 1}),
        "count": JsonParameter(value="3"),
        "extra": JsonParameter(value=[1, 2]),
    }

    bound = bind_arguments(function, parameters, no_object)

    assert bound == {"point": Point(x=1), "count": 3, "extra": [1, 2]}


def test_binding_without_kwargs_ignores_other_parameters_and_loads_objects() -> None:
    def function(basket: Any, note: str) -> None: ...

    loaded = []

    def load(parameter: ObjectParameter) -> Any:
        loaded.append(parameter.value)
        return {"restored": parameter.value}

    parameters: dict[str, Parameter] = {
        "basket": ObjectParameter(value="basket"),
        "note": JsonParameter(value="n"),
        "unused": JsonParameter(value=1),
    }

    assert bind_arguments(function, parameters, load) == {"basket": {"restored": "basket"}, "note": "n"}
    assert loaded == ["basket"]


def test_binding_errors_name_the_argument() -> None:
    def function(needed: int) -> None: ...

    def positional(value: int, /) -> None: ...

    with pytest.raises(ParameterBindingError, match=r"argument 'needed'.*available: other"):
        bind_arguments(function, {"other": JsonParameter(value=1)}, no_object)
    with pytest.raises(ParameterBindingError, match=r"argument 'needed' .* annotated int"):
        bind_arguments(function, {"needed": JsonParameter(value="many")}, no_object)
    with pytest.raises(ParameterBindingError, match="positional-only"):
        bind_arguments(positional, {"value": JsonParameter(value=1)}, no_object)


def test_returns_pairing_and_conversion() -> None:
    returns = [TaskReturn(name="a"), TaskReturn(name="b")]

    assert collect_returns(returns, (1, 2), "f") == {"a": 1, "b": 2}
    assert collect_returns([TaskReturn(name="pair")], (1, 2), "f") == {"pair": (1, 2)}
    assert collect_returns([], "ignored", "f") == {}
    with pytest.raises(ReturnValueError, match=r"declares 2 returns .* returned one value of type int"):
        collect_returns(returns, 5, "f")
    with pytest.raises(ReturnValueError, match=r"pickled\(\"frame\"\)"):
        to_parameter(TaskReturn(name="frame"), object(), lambda name, value: name)
    assert to_parameter(TaskReturn(name="p"), Point(x=1), lambda n, v: n) == JsonParameter(
        value={"x": 1, "y": 0}
    )
    assert to_parameter(TaskReturn(name="s"), {1, 2}, lambda n, v: n) == JsonParameter(value=[1, 2])
    assert TaskReturn.model_validate("plain") == TaskReturn(name="plain", kind="json")


def test_initial_parameters_from_file_and_environment(tmp_path: Path) -> None:
    parameters_file = tmp_path / "params.yaml"
    parameters_file.write_text("a: 1\nb: [x, y]\n")

    assert environment_parameters({"RUNNABLE_PRM_a": "2", "RUNNABLE_PRM_": "x", "OTHER": "1"}) == {
        "a": JsonParameter(value=2)
    }
    assert initial_parameters(str(parameters_file))["b"] == JsonParameter(value=["x", "y"])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "does not exist"),
        ("a: [1,\n", "not valid YAML at line"),
        ("- 1\n- 2\n", "must be a YAML mapping"),
    ],
)
def test_parameters_file_errors_name_the_file(tmp_path: Path, content: str | None, problem: str) -> None:
    parameters_file = tmp_path / "params.yaml"
    if content is not None:
        parameters_file.write_text(content)

    with pytest.raises(ConfigurationError, match=problem) as raised:
        initial_parameters(str(parameters_file))

    assert "params.yaml" in str(raised.value)


# --------------------------------------------------------------------------- catalog


def test_file_system_catalog_round_trip_and_guards(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    (work / "sub" / "f.txt").write_text("content")
    catalog = FileSystemCatalog(catalog_location=str(work / ".catalog"), compute_data_folder=str(work))

    [put] = catalog.put("run", "**/*.txt")
    (work / "sub" / "f.txt").unlink()
    [got] = catalog.get("run", "sub/*.txt")

    assert (put.name, put.stage, got.stage) == ("sub/f.txt", "put", "get")
    assert put.data_hash == got.data_hash and (work / "sub" / "f.txt").read_text() == "content"
    assert put.catalog_relative_path == "run/sub/f.txt"
    # The catalog inside the compute folder is never put into itself.
    assert [e.name for e in catalog.put("run", "**/*")] == ["sub/f.txt"]
    with pytest.raises(CatalogError, match=r"must not contain '..'"):
        catalog.get("run", "../*")
    assert catalog.put("run", "missing.txt", allow_missing=True) == []
    catalog.put_object("run", "obj.pickle", b"bytes")
    assert catalog.get_object("run", "obj.pickle") == b"bytes"
    with pytest.raises(CatalogError, match="Pickled object 'nope' of run 'run' is missing"):
        catalog.get_object("run", "nope")


def test_do_nothing_catalog_keeps_objects_in_memory_only() -> None:
    catalog = DoNothingCatalog()

    catalog.put_object("run", "o", b"1")

    assert catalog.get_object("run", "o") == b"1"
    assert catalog.put("run", "*") == [] and catalog.get("run", "*") == []
    with pytest.raises(CatalogError, match="only in the process"):
        DoNothingCatalog().get_object("run", "o")


# --------------------------------------------------------------------------- secrets


def test_secrets_managers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_TOKEN_V1", "t1")
    (tmp_path / ".env").write_text("DB_PASSWORD=pw\n")
    monkeypatch.chdir(tmp_path)

    assert EnvSecretsManager(prefix="APP_", suffix="_V1").get("TOKEN") == "t1"
    assert DotEnvSecretsManager().get("DB_PASSWORD") == "pw"
    with pytest.raises(SecretNotFoundError, match="'NOPE' was not found in the environment variable NOPE"):
        EnvSecretsManager().get("NOPE")
    # A missing file is refused when the manager is built (the run's start), not at the first secret.
    with pytest.raises(ValidationError, match=r"missing.env does not exist"):
        DotEnvSecretsManager(location="missing.env")
    not_in_dotenv = r"^Secret 'NOPE' was not found in the dotenv file \.env\.$"
    with pytest.raises(SecretNotFoundError, match=not_in_dotenv):
        DotEnvSecretsManager().get("NOPE")
    # resolve() asks for each name; do-nothing gives every secret as the empty string.
    assert EnvSecretsManager(prefix="APP_", suffix="_V1").resolve(["TOKEN"]) == {"TOKEN": "t1"}
    assert DoNothingSecretsManager().resolve(["TOKEN", "OTHER"]) == {"TOKEN": "", "OTHER": ""}


def test_exposed_secrets_restore_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEPT", "before")
    monkeypatch.delenv("ADDED", raising=False)

    with exposed_as_environment({"KEPT": "during", "ADDED": "during"}):
        assert os.environ["KEPT"] == os.environ["ADDED"] == "during"

    assert os.environ["KEPT"] == "before" and "ADDED" not in os.environ
    assert mask_values("a secret and secret-long", ["secret", "secret-long", ""]) == (
        f"a {defaults.MASK} and {defaults.MASK}"
    )
    # Longest first, whatever the alphabet says: "b" sorts after "ab" and would leave its "a" showing.
    assert mask_values("key ab", ["b", "ab"]) == f"key {defaults.MASK}"


def test_generated_run_ids_are_readable_and_distinct() -> None:
    ids = {generate_run_id() for _ in range(200)}

    assert len(ids) == 200
    assert all(re.fullmatch(r"[a-z]+-[a-z]+-\d{6}-[0-9a-f]{4}", run_id) for run_id in ids)
