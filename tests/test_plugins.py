"""Plugin discovery through entry points, lazy loading, and the errors of building a plugin."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, field_validator

from runnable import config, defaults, exceptions, plugins
from runnable.config import ServiceConfig, from_mapping
from runnable.run_log_store.base import BaseRunLogStore
from runnable.run_log_store.buffered import BufferedRunLogStore

_unique = itertools.count()


class TunedStore(BufferedRunLogStore):
    """A store with the kinds of fields real stores have."""

    log_folder: str = ".run_log_store"
    retention_days: int = 90
    password: int = 0
    table_name: str = "runnable"

    @field_validator("table_name")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not value.isidentifier():
            raise ValueError("must be an SQL identifier")
        return value


class NotAStore(BaseModel):
    service_name: str = ""


def section(config: dict[str, object], plugin: str = "tuned") -> ServiceConfig:
    loaded = from_mapping({"run-log-store": {"type": plugin, "config": config}}, source="conf.yaml")
    return loaded.run_log_store


@pytest.fixture
def registry() -> plugins.PluginRegistry:
    """Entry points plus a test-only store, without touching the default registry."""
    registry = plugins.PluginRegistry()
    registry.register("run_log_store", "tuned", TunedStore)
    return registry


def build_error(registry: plugins.PluginRegistry, config: dict[str, object], plugin: str = "tuned") -> str:
    with pytest.raises(exceptions.ConfigurationError) as raised:
        registry.build("run_log_store", section(config, plugin))
    return str(raised.value)


# --------------------------------------------------------------------------- discovery


def test_entry_points_list_our_built_ins() -> None:
    assert {"buffered", "file-system", "chunked-fs", "database"} <= set(plugins.available("run_log_store"))
    assert {"file-system", "do-nothing"} <= set(plugins.available("catalog"))
    assert {"env-secrets", "dotenv", "do-nothing"} <= set(plugins.available("secrets"))
    assert "local" in plugins.available("pipeline_executor")
    assert "local" in plugins.available("job_executor")
    assert "pickle" in plugins.available("pickler")


def test_available_is_sorted_and_accepts_either_spelling() -> None:
    names = plugins.available("run-log-store")

    assert names == sorted(names)
    assert names == plugins.available("run_log_store")


def test_unknown_service_is_refused() -> None:
    with pytest.raises(exceptions.ConfigurationError, match="not a service"):
        plugins.available("run_log_storage")


def test_registered_classes_join_entry_points(registry: plugins.PluginRegistry) -> None:
    assert "tuned" in registry.available("run_log_store")
    assert "buffered" in registry.available("run_log_store")
    assert "tuned" not in plugins.available("run_log_store")


def test_registry_without_entry_points_knows_only_registrations() -> None:
    registry = plugins.PluginRegistry(use_entry_points=False)
    registry.register("run_log_store", "only", BufferedRunLogStore)

    assert registry.available("run_log_store") == ["only"]


def test_default_registry_registration_is_temporary() -> None:
    with plugins.default_registry.registered("run-log-store", "temporary", TunedStore):
        store = plugins.build("run_log_store", ServiceConfig(type="temporary"), expected=BaseRunLogStore)
        assert isinstance(store, TunedStore)
    assert "temporary" not in plugins.available("run_log_store")


def test_lazy_registration_by_import_path() -> None:
    registry = plugins.PluginRegistry(use_entry_points=False)
    registry.register("run_log_store", "lazy", "runnable.run_log_store.buffered:BufferedRunLogStore")

    assert registry.load("run_log_store", "lazy") is BufferedRunLogStore


def test_only_the_named_plugin_is_imported(tmp_path: Path) -> None:
    config_file = tmp_path / "c.yaml"
    config_file.write_text("run-log-store:\n  type: buffered\n")
    script = textwrap.dedent(
        f"""
        import json, sys
        import runnable.config, runnable.plugins
        after_import = sorted(sys.modules)
        runnable.plugins.available("run_log_store")
        runnable.plugins.available("catalog")
        after_discovery = sorted(sys.modules)
        loaded = runnable.config.load({str(config_file)!r})
        store = runnable.plugins.build("run_log_store", loaded.run_log_store)
        print(json.dumps({{
            "import": after_import, "discovery": after_discovery, "build": sorted(sys.modules),
            "store": type(store).__name__,
        }}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    modules = json.loads(result.stdout)

    never = {
        "runnable.run_log_store.file_system",
        "runnable.run_log_store.chunked_fs",
        "runnable.run_log_store.sql",
        "runnable.catalog",
        "runnable_cloud_database",
        "sqlalchemy",
        "boto3",
        "filelock",
    }
    assert modules["store"] == "BufferedRunLogStore"
    assert "yaml" not in modules["import"]
    assert "runnable.run_log_store.buffered" not in modules["discovery"]
    assert "runnable.run_log_store.buffered" in modules["build"]
    assert not never & set(modules["build"])


# --------------------------------------------------------------------------- building


def test_build_sets_service_name_to_the_type(registry: plugins.PluginRegistry) -> None:
    store = registry.build("run-log-store", section({"log-folder": "runs", "retention_days": 7}))

    assert isinstance(store, TunedStore)
    assert store.service_name == "tuned"
    assert store.service_type == "run_log_store"
    assert (store.log_folder, store.retention_days) == ("runs", 7)


def test_build_with_expected_checks_the_class(registry: plugins.PluginRegistry) -> None:
    registry.register("run_log_store", "not-a-store", NotAStore)

    with pytest.raises(exceptions.ConfigurationError, match="is not a BaseRunLogStore"):
        registry.build("run_log_store", section({}, "not-a-store"), expected=BaseRunLogStore)


def test_a_plugin_must_be_a_pydantic_class() -> None:
    registry = plugins.PluginRegistry(use_entry_points=False)
    registry.register("run_log_store", "function", "os.path:join")

    with pytest.raises(exceptions.ConfigurationError, match="not a pydantic model class"):
        registry.load("run_log_store", "function")


def test_unknown_type_lists_available_types(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {}, plugin="file-sytem")

    assert "conf.yaml" in message
    assert "run-log-store" in message
    assert "unknown type 'file-sytem'" in message
    assert "Did you mean 'file-system'?" in message
    assert "Available types: buffered, chunked-fs" in message
    assert "tuned" in message


def test_unknown_key_suggests_the_field(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {"log_folde": "runs"})

    assert "conf.yaml" in message
    assert "service 'run-log-store'" in message
    assert "`config.log_folde` is not a field, did you mean `log_folder`?" in message
    assert "Its fields: " in message and "log_folder" in message


def test_wrong_type_names_field_and_value(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {"retention_days": "ninety"})

    assert "`config.retention_days`" in message
    assert "valid integer" in message
    assert "(got 'ninety')" in message


def test_missing_required_field(registry: plugins.PluginRegistry) -> None:
    class NeedsUrl(BufferedRunLogStore):
        connection_string: str

    registry.register("run_log_store", "needs-url", NeedsUrl)

    message = build_error(registry, {}, plugin="needs-url")

    assert "`config.connection_string` is required but missing" in message


def test_every_failing_field_is_in_one_error(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {"retention_days": "x", "table_name": "not valid", "colour": 1})

    assert message.count("Configuration error") == 1
    assert "3 problems" in message
    assert "`config.table_name`: value error, must be an SQL identifier (got 'not valid')" in message
    assert "`config.colour` is not a field" in message


def test_values_of_secret_fields_are_not_quoted(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {"password": "hunter2", "log_folder": ["postgresql://u:pw@h/db"]})

    assert "hunter2" not in message
    assert ":pw@" not in message
    assert "`config.password`" in message
    assert "********" in message


def test_unknown_keys_are_refused_even_if_the_plugin_would_ignore_them() -> None:
    class Lenient(BaseModel):  # pydantic's default: extra keys silently ignored
        service_name: str = ""
        log_folder: str = ".run_log_store"

    registry = plugins.PluginRegistry(use_entry_points=False)
    registry.register("catalog", "lenient", Lenient)
    loaded = from_mapping({"catalog": {"type": "lenient", "config": {"log_foldr": "x"}}}, source="c.yaml")

    with pytest.raises(exceptions.ConfigurationError) as raised:
        registry.build("catalog", loaded.catalog)

    assert "`config.log_foldr` is not a field, did you mean `log_folder`?" in str(raised.value)
    assert "service 'catalog'" in str(raised.value)


def test_service_name_cannot_be_set_in_config(registry: plugins.PluginRegistry) -> None:
    message = build_error(registry, {"service_name": "other"})

    assert "`service_name` is set by runnable" in message


# --------------------------------------------------------------------------- broken packages


def install_fake_distribution(root: Path, name: str, entry_points: str, modules: dict[str, str]) -> None:
    """A distribution importlib.metadata finds on sys.path: dist-info metadata plus modules."""
    dist_info = root / f"{name}-0.1.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (dist_info / "entry_points.txt").write_text(entry_points)
    for module, source in modules.items():
        (root / f"{module}.py").write_text(source)


def test_plugin_that_fails_to_import_names_entry_point_and_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = f"broken_store_{next(_unique)}"
    install_fake_distribution(
        tmp_path,
        "broken-store",
        f"[run_log_store]\nbroken = {module}:Store\n",
        {module: "import boto3_is_not_installed_here\n"},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = plugins.PluginRegistry()

    assert "broken" in registry.available("run_log_store")
    message = build_error(registry, {}, plugin="broken")

    assert f"entry point {module}:Store" in message
    assert "from distribution broken-store" in message
    assert "ModuleNotFoundError: No module named 'boto3_is_not_installed_here'" in message
    assert "Install the package that provides 'boto3_is_not_installed_here'" in message


def test_missing_optional_dependency_gets_the_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = f"s3_store_{next(_unique)}"
    source = "raise ModuleNotFoundError(\"No module named 'boto3'\", name='boto3')\n"
    install_fake_distribution(
        tmp_path, "s3-store", f"[run_log_store]\ns3-like = {module}:Store\n", {module: source}
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    message = build_error(plugins.PluginRegistry(), {}, plugin="s3-like")

    assert "pip install 'runnable[s3]'" in message


def test_two_packages_claiming_one_type_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for index in (1, 2):
        install_fake_distribution(
            tmp_path, f"claimant{index}", f"[catalog]\nclaimed = claimant{index}_mod:Catalog\n", {}
        )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry = plugins.PluginRegistry()

    with pytest.raises(exceptions.ConfigurationError) as raised:
        registry.load("catalog", "claimed")

    assert "claimant1" in str(raised.value) and "claimant2" in str(raised.value)
    assert "more than one installed package" in str(raised.value)


# --------------------------------------------------------------------------- documentation

DOCS = Path(__file__).parent.parent / "docs" / "configuration.md"


def test_every_yaml_example_in_the_docs_is_valid() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOCS.read_text(), flags=re.DOTALL)
    assert blocks

    for block in blocks:
        loaded = from_mapping(yaml.safe_load(block), environ={"DB_PASSWORD": "pw"}, source="docs")
        for service_type in defaults.SERVICE_TYPES:
            named = loaded.service(service_type).type
            assert named in plugins.available(service_type), f"{named} in {block}"


def test_every_built_in_type_is_documented() -> None:
    text = DOCS.read_text()
    for service_type in defaults.SERVICE_TYPES:
        heading = re.search(rf"^### .*`{service_type.replace('_', '-')}`.*$", text, flags=re.MULTILINE)
        assert heading is not None, f"no section for {service_type}"
        section = re.split(r"\n##", text[heading.end() :])[0]
        for entry in entry_points(group=service_type):
            if entry.dist is not None and entry.dist.name == "runnable":
                assert f"| `{entry.name}`" in section, f"{service_type} type {entry.name} is not documented"


def test_a_refused_connection_string_is_never_echoed(tmp_path: Path) -> None:
    config_file = tmp_path / "config.yaml"
    config_file.write_text(
        "run-log-store:\n  type: database\n  config:\n"
        "    connection_string: 'oracle://admin:hunter2-secret@db.internal/runs'\n"
    )
    with pytest.raises(exceptions.ConfigurationError) as raised:
        plugins.build("run_log_store", config.load(str(config_file)).run_log_store)
    message = str(raised.value)
    assert "connection_string" in message
    assert "hunter2-secret" not in message
