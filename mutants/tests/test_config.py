"""Configuration discovery, YAML validation, environment substitution, defaults and masking."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import SecretStr

from runnable import config, defaults, exceptions


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test runs in an empty working directory with no configuration variable set."""
    monkeypatch.delenv(defaults.ENV_CONFIGURATION_FILE, raising=False)
    monkeypatch.chdir(tmp_path)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def store_type(text: str) -> str:
    return f"run-log-store:\n  type: {text}\n"


# --------------------------------------------------------------------------- discovery


def test_no_file_anywhere_means_built_in_defaults() -> None:
    path, reason = config.find_config()
    loaded = config.load()

    assert path is None
    assert "built-in defaults" in reason
    assert loaded.source == ""
    assert loaded.reason == reason
    assert loaded.run_log_store.type == "database"
    assert loaded.run_log_store.config == {"connection_string": "sqlite:///.run_log_store/runs.db"}
    assert loaded.run_log_store.source == config.BUILT_IN_DEFAULTS_SOURCE


def test_file_in_working_directory_is_found(tmp_path: Path) -> None:
    write(tmp_path / "runnable-config.yaml", store_type("file-system"))

    path, reason = config.find_config()

    assert path == Path("runnable-config.yaml")
    assert reason == "runnable-config.yaml in the working directory"
    assert config.load().run_log_store.type == "file-system"


def test_argument_wins_over_working_directory_file(tmp_path: Path) -> None:
    write(tmp_path / "runnable-config.yaml", store_type("file-system"))
    chosen = write(tmp_path / "chosen.yaml", store_type("chunked-fs"))

    loaded = config.load(str(chosen))

    assert loaded.source == str(chosen)
    assert loaded.reason == "from the configuration_file argument"
    assert loaded.run_log_store.type == "chunked-fs"


def test_environment_variable_wins_over_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_env = write(tmp_path / "from-env.yaml", store_type("buffered"))
    argument = write(tmp_path / "argument.yaml", store_type("chunked-fs"))
    monkeypatch.setenv(defaults.ENV_CONFIGURATION_FILE, str(from_env))

    loaded = config.load(str(argument))

    assert loaded.run_log_store.type == "buffered"
    assert loaded.source == str(from_env)
    assert loaded.reason.startswith("from RUNNABLE_CONFIGURATION_FILE")
    assert "argument.yaml" in loaded.reason


def test_file_named_by_environment_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    write(tmp_path / "runnable-config.yaml", store_type("file-system"))
    monkeypatch.setenv(defaults.ENV_CONFIGURATION_FILE, "typo.yaml")

    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.load()

    message = str(raised.value)
    assert "RUNNABLE_CONFIGURATION_FILE names 'typo.yaml'" in message
    assert "does not exist" in message


def test_file_named_by_argument_must_exist(tmp_path: Path) -> None:
    write(tmp_path / "runnable-config.yaml", store_type("file-system"))

    with pytest.raises(exceptions.ConfigurationError, match=r"'missing\.yaml', which does not exist"):
        config.load("missing.yaml")


def test_a_directory_is_not_a_configuration_file(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()

    with pytest.raises(exceptions.ConfigurationError, match="is a directory"):
        config.load("conf")


# --------------------------------------------------------------------------- file format


def test_empty_file_gives_every_default(tmp_path: Path) -> None:
    loaded = config.load(str(write(tmp_path / "empty.yaml", "")))

    assert {name: loaded.service(name).type for name in defaults.SERVICE_TYPES} == {
        "pipeline_executor": "local",
        "job_executor": "local",
        "run_log_store": "database",
        "catalog": "file-system",
        "secrets": "env-secrets",
        "pickler": "pickle",
    }


def test_services_not_named_get_defaults(tmp_path: Path) -> None:
    text = "catalog:\n  type: do-nothing\n"

    loaded = config.load(str(write(tmp_path / "c.yaml", text)))

    assert loaded.catalog.type == "do-nothing"
    assert loaded.catalog.source == str(tmp_path / "c.yaml")
    assert loaded.run_log_store.type == "database"
    assert loaded.run_log_store.source == config.BUILT_IN_DEFAULTS_SOURCE
    assert loaded.secrets.type == "env-secrets"


def test_dash_and_underscore_forms_are_the_same(tmp_path: Path) -> None:
    text = (
        "run_log_store:\n  type: file-system\n  config:\n    log-folder: runs\n"
        "pipeline-executor:\n  type: local\n  config:\n    enable_parallel: true\n"
    )

    loaded = config.load(str(write(tmp_path / "c.yaml", text)))

    assert loaded.run_log_store.config == {"log_folder": "runs"}
    assert loaded.service("run-log-store") is loaded.run_log_store
    assert loaded.pipeline_executor.config == {"enable_parallel": True}


def test_a_service_written_in_both_forms_is_refused(tmp_path: Path) -> None:
    text = "run-log-store:\n  type: buffered\nrun_log_store:\n  type: file-system\n"

    with pytest.raises(exceptions.ConfigurationError, match="configured twice"):
        config.load(str(write(tmp_path / "c.yaml", text)))


def test_a_field_written_in_both_forms_is_refused(tmp_path: Path) -> None:
    text = "run-log-store:\n  type: file-system\n  config:\n    log-folder: a\n    log_folder: b\n"

    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.load(str(write(tmp_path / "c.yaml", text)))

    assert "config.log_folder" in str(raised.value)


def test_unknown_service_key_suggests_the_close_one(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "run-log-stor:\n  type: buffered\n")

    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.load(str(path))

    message = str(raised.value)
    assert str(path) in message
    assert "unknown top-level key 'run-log-stor'" in message
    assert "Did you mean `run-log-store`?" in message


def test_unknown_key_inside_a_section_suggests_config(tmp_path: Path) -> None:
    text = "run-log-store:\n  type: buffered\n  confg:\n    x: 1\n"

    with pytest.raises(exceptions.ConfigurationError, match="Did you mean `config`"):
        config.load(str(write(tmp_path / "c.yaml", text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- run-log-store\n", "top level must be a mapping of services"),
        ("run-log-store: buffered\n", "expected a mapping like `{type: database"),
        ("run-log-store:\n  config: {}\n", "`type` must name a plugin"),
        ("run-log-store:\n  type: buffered\n  config: [1]\n", "`config` must be a mapping"),
    ],
)
def test_misshapen_files_say_what_shape_is_expected(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(exceptions.ConfigurationError, match=re.escape(expected)):
        config.load(str(write(tmp_path / "c.yaml", text)))


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.yaml", "run-log-store:\n  type: buffered\n  config: {log_folder: [a\n")

    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.load(str(path))

    message = str(raised.value)
    assert str(path) in message
    assert "YAML syntax error at line 4" in message
    assert "starts at line 3" in message


def test_non_utf8_file_is_a_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("run-log-store:\n  type: caf\xe9\n".encode("latin-1"))

    with pytest.raises(exceptions.ConfigurationError, match="not UTF-8"):
        config.load(str(path))


# --------------------------------------------------------------------------- environment variables


def load_store_config(tmp_path: Path, fields: str, environ: dict[str, str]) -> config.ServiceConfig:
    text = f"run-log-store:\n  type: database\n  config:\n{fields}"
    return config.load(str(write(tmp_path / "c.yaml", text)), environ=environ).run_log_store


def test_whole_and_partial_values_are_substituted(tmp_path: Path) -> None:
    fields = (
        '    connection_string: "postgresql://u:${DB_PASSWORD}@h/db"\n'
        "    table_name: ${TABLE}\n"
        "    retention_days: ${DAYS}\n"
    )

    service = load_store_config(tmp_path, fields, {"DB_PASSWORD": "s3cr3t", "TABLE": "runs", "DAYS": "7"})

    assert service.config == {
        "connection_string": "postgresql://u:s3cr3t@h/db",
        "table_name": "runs",
        "retention_days": "7",
    }
    # The unresolved form is kept for the run log.
    assert service.raw_config["connection_string"] == "postgresql://u:${DB_PASSWORD}@h/db"


def test_defaults_apply_to_unset_and_empty_variables(tmp_path: Path) -> None:
    fields = "    a: ${UNSET:-fallback}\n    b: ${EMPTY:-fallback}\n    c: ${UNSET:-}\n    d: ${EMPTY}\n"

    service = load_store_config(tmp_path, fields, {"EMPTY": ""})

    assert service.config == {"a": "fallback", "b": "fallback", "c": "", "d": ""}


def test_double_dollar_escapes_a_literal_reference(tmp_path: Path) -> None:
    fields = "    template: 'echo $${HOME} and ${NAME}'\n    price: cost $5\n"

    service = load_store_config(tmp_path, fields, {"NAME": "x"})

    assert service.config == {"template": "echo ${HOME} and x", "price": "cost $5"}


def test_references_inside_nested_values_are_substituted(tmp_path: Path) -> None:
    fields = "    overrides:\n      env:\n        - ${A}\n        - {key: '${B}-suffix'}\n      count: 3\n"

    service = load_store_config(tmp_path, fields, {"A": "1", "B": "2"})

    assert service.config["overrides"] == {"env": ["1", {"key": "2-suffix"}], "count": 3}


def test_missing_variable_names_variable_file_and_field(tmp_path: Path) -> None:
    fields = "    overrides:\n      env:\n        - ok\n        - ${NOT_SET_ANYWHERE}\n"

    with pytest.raises(exceptions.ConfigurationError) as raised:
        load_store_config(tmp_path, fields, {})

    message = str(raised.value)
    assert "environment variable NOT_SET_ANYWHERE is not set" in message
    assert str(tmp_path / "c.yaml") in message
    assert "config.overrides.env[1]" in message
    assert raised.value.field == "config.overrides.env[1]"
    assert raised.value.service == "run-log-store"


@pytest.mark.parametrize("reference", ["${}", "${1ABC}", "${A-b}", "${UNCLOSED"])
def test_malformed_references_are_errors(tmp_path: Path, reference: str) -> None:
    with pytest.raises(exceptions.ConfigurationError, match="malformed environment reference"):
        load_store_config(tmp_path, f"    value: '{reference}'\n", {"A": "x"})


def test_variables_come_from_the_process_environment_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNNABLE_TEST_FOLDER", "from-env")
    path = write(
        tmp_path / "c.yaml",
        "run-log-store:\n  type: file-system\n  config:\n    log_folder: ${RUNNABLE_TEST_FOLDER}\n",
    )

    assert config.load(str(path)).run_log_store.config == {"log_folder": "from-env"}


def test_run_record_keeps_references_and_masks_literal_secrets(tmp_path: Path) -> None:
    fields = (
        "    connection_string: postgresql://u:${DB_PASSWORD}@h/db\n"
        "    password: hunter2\n"
        "    api-key: ${API_KEY}\n"
        "    table_name: runs\n"
    )
    loaded = config.load(
        str(write(tmp_path / "c.yaml", f"run-log-store:\n  type: database\n  config:\n{fields}")),
        environ={"DB_PASSWORD": "s3cr3t", "API_KEY": "k3y"},
    )

    record = loaded.for_record()

    assert record["run_log_store"] == {
        "service_name": "database",
        "service_type": "run_log_store",
        "connection_string": "postgresql://u:${DB_PASSWORD}@h/db",
        "password": defaults.MASK,
        "api_key": "${API_KEY}",
        "table_name": "runs",
    }
    assert record["catalog"] == {"service_name": "file-system", "service_type": "catalog"}
    flat = repr(record)
    assert "s3cr3t" not in flat and "hunter2" not in flat and "k3y" not in flat


# --------------------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://user:pa55@host:5432/db", "postgresql://user:********@host:5432/db"),
        ("mysql+pymysql://u:p@ss@h/db", "mysql+pymysql://u:********@h/db"),
        ("redis://:only-password@cache:6379/0", "redis://:********@cache:6379/0"),
        ("sqlite:///.run_log_store/runs.db", "sqlite:///.run_log_store/runs.db"),
        ("http://host:8080/path?x=1", "http://host:8080/path?x=1"),
        ("postgresql://u:${DB_PASSWORD}@h/db", "postgresql://u:${DB_PASSWORD}@h/db"),
        ("s3://bucket/x?X-Amz-Signature=abc&region=eu", "s3://bucket/x?X-Amz-Signature=********&region=eu"),
        ("cannot reach postgresql://a:b@h/db: refused", "cannot reach postgresql://a:********@h/db: refused"),
    ],
)
def test_mask_url(text: str, masked: str) -> None:
    assert config.mask_url(text) == masked


def test_mask_secrets_masks_secret_looking_keys_at_any_depth() -> None:
    value = {
        "aws_secret_access_key": "AKIA-secret",
        "Access-Key": "abc",
        "token": 12345,
        "password": "",
        "nested": {"db": {"password": "pw", "url": "postgresql://u:pw@h/db"}, "items": [{"api_key": "x"}]},
        "log_folder": ".run_log_store",
        "secret_ref": "${SECRET_REF}",
        "wrapped": SecretStr("hidden"),
        "credentials": {"user": "a", "key": "b"},
    }

    assert config.mask_secrets(value) == {
        "aws_secret_access_key": defaults.MASK,
        "Access-Key": defaults.MASK,
        "token": defaults.MASK,
        "password": "",
        "nested": {
            "db": {"password": defaults.MASK, "url": "postgresql://u:********@h/db"},
            "items": [{"api_key": defaults.MASK}],
        },
        "log_folder": ".run_log_store",
        "secret_ref": "${SECRET_REF}",
        "wrapped": defaults.MASK,
        "credentials": defaults.MASK,
    }


def test_mask_secrets_does_not_change_its_input() -> None:
    value = {"password": "pw", "inner": {"token": "t"}}

    config.mask_secrets(value)

    assert value == {"password": "pw", "inner": {"token": "t"}}


def test_error_messages_mask_what_they_quote(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "run-log-store: postgresql://u:hunter2@h/db\n")

    with pytest.raises(exceptions.ConfigurationError) as raised:
        config.load(str(path))

    assert "hunter2" not in str(raised.value)
    assert "postgresql://u:********@h/db" in str(raised.value)


def test_service_lookup_rejects_unknown_services() -> None:
    with pytest.raises(exceptions.ConfigurationError, match="Did you mean `catalog`"):
        config.built_in_defaults().service("catalogue")
