"""Finding and reading the configuration file: which plugin serves each service, with what settings.

Entry points (used by the executor, the SDK and the CLI):

- :func:`load` ``(configuration_file="") -> RunnableConfig``: find the file (see :func:`find_config`),
  read it, substitute environment variables, fill in built-in defaults for the services it does not name.
- :func:`find_config` ``(configuration_file="") -> (path | None, reason)``: which file is used and why,
  for ``runnable doctor`` and logs.
- :func:`from_mapping`: the same validation for an already-parsed mapping (tests, programmatic use).
- :func:`mask_secrets` / :func:`mask_url`: re-exported from :mod:`runnable.masking`, the one masking rule.

A :class:`RunnableConfig` has one :class:`ServiceConfig` per service (``pipeline_executor``,
``job_executor``, ``run_log_store``, ``catalog``, ``secrets``, ``pickler``). ``ServiceConfig.config``
holds values with ``${VAR}`` references resolved, ready to build a plugin from
(``runnable.plugins.build``); ``ServiceConfig.raw_config`` keeps them as written so that a run log can
record ``${DB_PASSWORD}`` instead of the password (:meth:`ServiceConfig.for_record`).

This module imports PyYAML only when it reads a file (through :mod:`runnable.user_yaml`, which refuses
duplicate keys and alias bombs), and nothing else from the rest of the package except ``defaults`` and
``exceptions``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from runnable import defaults, exceptions
from runnable.masking import is_secret_key as is_secret_key
from runnable.masking import mask_secrets as mask_secrets
from runnable.masking import mask_url as mask_url
from runnable.telemetry import TelemetrySettings

# A top-level key that configures no service: the optional `telemetry:` section (docs/telemetry.md).
TELEMETRY_KEY = "telemetry"

BUILT_IN_DEFAULTS_SOURCE = "built-in defaults"

_BUILT_IN_SERVICES: dict[str, tuple[str, dict[str, Any]]] = {
    "pipeline_executor": (defaults.DEFAULT_PIPELINE_EXECUTOR, {}),
    "job_executor": (defaults.DEFAULT_JOB_EXECUTOR, {}),
    "run_log_store": (defaults.DEFAULT_RUN_LOG_STORE, {"connection_string": defaults.DEFAULT_SQLITE_URL}),
    "catalog": (defaults.DEFAULT_CATALOG, {}),
    "secrets": (defaults.DEFAULT_SECRETS, {}),
    "pickler": (defaults.DEFAULT_PICKLER, {}),
}

_SERVICE_KEYS = ("type", "config")


# --------------------------------------------------------------------------- models


class ServiceConfig(BaseModel):
    """One service's section: ``{type: <plugin name>, config: {<plugin fields>}}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    config: dict[str, Any] = Field(default_factory=dict)
    """Field values with ``${VAR}`` resolved; keys use ``_``."""
    raw_config: dict[str, Any] = Field(default_factory=dict)
    """Field values as written in the file (references unresolved); keys use ``_``."""
    service_type: str = ""
    """The service this section configures (``run_log_store``...); empty when built by hand."""
    source: str = ""
    """The file the section came from, or :data:`BUILT_IN_DEFAULTS_SOURCE`."""

    def for_record(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded


class RunnableConfig(BaseModel):
    """The whole configuration: one :class:`ServiceConfig` per service, and where it came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = ""
    """Path of the file read, or empty when every service uses built-in defaults."""
    reason: str = ""
    """Why that file (or none) was chosen, e.g. ``from RUNNABLE_CONFIGURATION_FILE``."""
    pipeline_executor: ServiceConfig
    job_executor: ServiceConfig
    run_log_store: ServiceConfig
    catalog: ServiceConfig
    secrets: ServiceConfig
    pickler: ServiceConfig
    telemetry: TelemetrySettings = Field(default_factory=TelemetrySettings)

    def service(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def for_record(self) -> dict[str, dict[str, Any]]:
        """Every service as a run log records it, secrets masked."""
        return {
            service_type: self.service(service_type).for_record() for service_type in defaults.SERVICE_TYPES
        }


def _names_a_folder(value: str) -> str:
    if not value.strip():
        raise ValueError(
            "must name a folder; an empty value would silently mean the working directory. "
            "Write the folder, or '.' if the working directory is what you mean"
        )
    return value


Folder = Annotated[str, AfterValidator(_names_a_folder)]
"""A plugin field naming a folder (``log_folder``, ``catalog_location``): empty or blank is refused."""


# --------------------------------------------------------------------------- discovery


def find_config(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "")
    if from_env:
        reason = f"from {defaults.ENV_CONFIGURATION_FILE}"
        if configuration_file:
            reason += f" (overrides the configuration_file argument '{os.fspath(configuration_file)}')"
        return _existing_file(Path(from_env), f"{defaults.ENV_CONFIGURATION_FILE} names"), reason
    if configuration_file:
        reason = "from the configuration_file argument"
        path = Path(configuration_file)
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


def _existing_file(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


# --------------------------------------------------------------------------- loading


def load(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping({}, reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    from runnable import user_yaml

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    try:
        data = user_yaml.parse(text)  # plain data only; duplicate keys and alias bombs refused
    except user_yaml.YamlRefused as exc:
        raise exceptions.ConfigurationError(f"YAML {user_yaml.describe(exc)}", file=str(path)) from exc
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {user_yaml.describe(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def from_mapping(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = source or "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    telemetry = TelemetrySettings()
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type == TELEMETRY_KEY:
            telemetry = _telemetry_section(section, where, environ)
            continue
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key {key!r}. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as {written_as[service_type]!r} and as {key!r}. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, telemetry=telemetry, **sections)


def built_in_defaults() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason="built-in defaults")


def _service_section(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            file=where,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key {key!r}.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(plugin)}.",
            file=where,
            service=name,
            field="type",
        )
    raw = section.get("config")
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise exceptions.ConfigurationError(
            f"`config` must be a mapping of the plugin's fields, found {_describe_type(raw)}.",
            file=where,
            service=name,
            field="config",
        )
    raw_config: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str):
            raise exceptions.ConfigurationError(
                f"field names must be strings, found {key!r}.", file=where, service=name, field="config"
            )
        field = normalise_key(key)
        if field in raw_config:
            raise exceptions.ConfigurationError(
                "the field is given twice (with `-` and with `_`). Keep one.",
                file=where,
                service=name,
                field=f"config.{field}",
            )
        raw_config[field] = value
    resolved = {
        field: substitute_env(value, environ, file=where, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def _telemetry_section(section: Any, where: str, environ: Mapping[str, str]) -> TelemetrySettings:
    """The ``telemetry:`` section: its keys (``-`` or ``_``) are :class:`TelemetrySettings`' fields."""
    if section is None:
        return TelemetrySettings()
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            "expected a mapping like `{endpoint: http://collector:4318}`, found "
            f"{_describe_type(section)}.",
            file=where,
            service=TELEMETRY_KEY,
        )
    known = TelemetrySettings().keys()
    fields: dict[str, Any] = {}
    for key, value in section.items():
        field = normalise_key(key) if isinstance(key, str) else ""
        if field not in known:
            raise exceptions.ConfigurationError(
                f"unknown key {key!r}.{_did_you_mean(field, known)} Known keys: {', '.join(known)}.",
                file=where,
                service=TELEMETRY_KEY,
            )
        fields[field] = substitute_env(value, environ, file=where, service=TELEMETRY_KEY, field=field)
    from pydantic import ValidationError

    try:
        return TelemetrySettings(**fields)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        raise exceptions.ConfigurationError(
            f"{error['msg']}.", file=where, service=TELEMETRY_KEY, field=field
        ) from None


def normalise_key(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", "_")


# --------------------------------------------------------------------------- environment variables

# `$${` is the escape for a literal `${`; otherwise `${NAME}` or `${NAME:-default}`.
_REFERENCE = re.compile(r"\$\$\{|\$\{([^}]*)\}?")
_REFERENCE_BODY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?", re.DOTALL)


def substitute_env(
    value: Any,
    environ: Mapping[str, str] | None = None,
    *,
    file: str = "",
    service: str = "",
    field: str = "",
) -> Any:
    """Resolve ``${VAR}`` and ``${VAR:-default}`` in every string inside ``value``.

    ``$${`` stands for a literal ``${``. A variable that is unset (or empty, as in the shell) takes
    its default; one with no default is an error naming the variable, the file and the field.
    """
    environ = os.environ if environ is None else environ
    if isinstance(value, str):
        return _substitute_string(value, environ, file, service, field)
    if isinstance(value, Mapping):
        return {
            key: substitute_env(item, environ, file=file, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def _substitute_string(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "(NAME is letters, digits and _), or $${ for a literal '${'.",
                file=file,
                service=service,
                field=field,
            )
        name, default = parsed.group(1), parsed.group(2)
        found = environ.get(name, "")
        if found:
            return found
        if default is not None:
            return default
        if name in environ:
            return ""
        raise exceptions.ConfigurationError(
            f"environment variable {name} is not set (referenced as ${{{name}}}). Set it, give a default "
            f"with ${{{name}:-value}}, or write $${{ for a literal '${{'.",
            file=file,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


# --------------------------------------------------------------------------- messages


def _did_you_mean(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


def _service_list() -> str:
    return ", ".join(service.replace("_", "-") for service in defaults.SERVICE_TYPES)


def _known_services_hint(written: str) -> str:
    candidates = (*defaults.SERVICE_TYPES, TELEMETRY_KEY)
    matches = difflib.get_close_matches(written.lower(), candidates, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return (
        f"{hint}Known services: {_service_list()} (`-` or `_` both work), and the optional "
        f"`{TELEMETRY_KEY}` section."
    )


def _describe_type(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"
