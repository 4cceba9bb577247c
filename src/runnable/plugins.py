"""Plugins: which class serves ``type: <name>`` for a service, and building it from its config.

Entry points (used by the executor, the SDK and the CLI):

- :func:`build` ``(service_type, service, *, expected=None) -> plugin``: import the plugin the section
  names, validate ``service.config`` into it (``model_validate``), set ``service_name`` to the type.
  Every mistake is one :class:`~runnable.exceptions.ConfigurationError` naming the file, the service
  and each failing field; ``expected`` (e.g. ``BaseRunLogStore``) makes the result typed and checked.
- :func:`available` ``(service_type) -> sorted names``, :func:`load` ``(service_type, name) -> class``.
- :func:`service_spec` ``(plugin) -> (class path, fields)`` and :func:`build_service` ``(spec) -> plugin``:
  a built plugin described for another process (a worker, a stress-test writer) and rebuilt there.

Plugins are found through ``importlib.metadata`` entry points whose group is the service type
(``run_log_store``, ``catalog``, ``secrets``, ``pipeline_executor``, ``job_executor``, ``pickler``), so a
package that declares ``[project.entry-points.'run_log_store'] "x" = "pkg.mod:Cls"`` is usable as
``type: x``. Discovery reads metadata only: a plugin module is imported when a configuration names it.

Tests register classes without installing a package on a :class:`PluginRegistry` (every function takes
``registry=``), or temporarily on the default one::

    with plugins.default_registry.registered("run_log_store", "mine", MyStore):
        store = plugins.build("run_log_store", ServiceConfig(type="mine"))
"""

from __future__ import annotations

import difflib
import threading
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import EntryPoint, PackageNotFoundError, distribution, entry_points
from typing import Any, TypeVar, overload

from pydantic import BaseModel, ValidationError

from runnable import defaults, exceptions
from runnable.config import ServiceConfig, is_secret_key, mask_secrets, normalise_key
from runnable.importing import import_object

PluginT = TypeVar("PluginT")

# The class a built plugin must be an instance of, e.g. BaseRunLogStore. Spelled as a callable because
# mypy refuses abstract classes where `type[T]` is expected, and every service base class is abstract.
Expected = Callable[..., PluginT]

# Fields every plugin gets from the section itself, not from `config`.
_SET_BY_RUNNABLE = ("service_name", "service_type")

# Import errors we can turn into an install command.
_INSTALL_HINTS = {
    "boto3": "pip install 'runnable[s3]'",
    "botocore": "pip install 'runnable[s3]'",
    "psycopg": "pip install 'runnable[postgres]'",
    "psycopg2": "pip install 'runnable[postgres]'",
    "nbformat": "pip install 'runnable[notebook]'",
    "nbclient": "pip install 'runnable[notebook]'",
    "ipykernel": "pip install 'runnable[notebook]'",
}


class PluginRegistry:
    """Where plugin classes come from: explicit registrations first, then installed entry points."""

    def __init__(self, *, use_entry_points: bool = True) -> None:
        self.use_entry_points = use_entry_points
        self._registered: dict[str, dict[str, type[Any] | str]] = {}
        self._entry_points: dict[str, dict[str, list[EntryPoint]]] = {}
        self._all_entry_points: Any = None
        self._built_in_entry_points: Any = None
        self._lock = threading.Lock()

    # -- registration ------------------------------------------------------------------

    def register(self, service_type: str, name: str, plugin: type[Any] | str) -> None:
        """Serve ``type: name`` with ``plugin``: a class, or a lazy ``"module:Class"`` path."""
        with self._lock:
            self._registered.setdefault(_group(service_type), {})[name] = plugin

    def unregister(self, service_type: str, name: str) -> None:
        with self._lock:
            self._registered.get(_group(service_type), {}).pop(name, None)

    @contextmanager
    def registered(self, service_type: str, name: str, plugin: type[Any] | str) -> Iterator[None]:
        """Register for the duration of a ``with`` block (tests)."""
        group = _group(service_type)
        previous = self._registered.get(group, {}).get(name)
        self.register(group, name, plugin)
        try:
            yield
        finally:
            if previous is None:
                self.unregister(group, name)
            else:
                self.register(group, name, previous)

    # -- discovery ---------------------------------------------------------------------

    def available(self, service_type: str) -> list[str]:
        """Every plugin name usable as ``type:`` for the service, sorted. Imports no plugin."""
        group = _group(service_type)
        return sorted(set(self._installed(group)) | set(self._registered.get(group, {})))

    def load(self, service_type: str, name: str, *, source: str = "") -> type[BaseModel]:
        """The plugin class for ``type: name``, importing only its module."""
        group = _group(service_type)
        section = group.replace("_", "-")
        registered = self._registered.get(group, {}).get(name)
        if registered is not None:
            target = registered if isinstance(registered, type) else _import_path(registered, section, source)
            return _as_plugin_class(target, group, name, str(registered), source)
        candidates = self._built_in(group).get(name) or self._installed(group).get(name)
        if not candidates:
            raise exceptions.ConfigurationError(
                f"unknown type '{name}'.{_suggestion(name, self.available(group))} "
                f"Available types: {', '.join(self.available(group)) or 'none'}. "
                f"A plugin package registers more through the '{group}' entry-point group.",
                file=source,
                service=section,
                field="type",
            )
        distinct = {entry.value for entry in candidates}
        if len(distinct) > 1:
            providers = "; ".join(f"{entry.value} (from {_distribution(entry)})" for entry in candidates)
            raise exceptions.ConfigurationError(
                f"type '{name}' is provided by more than one installed package: {providers}. "
                "Uninstall one of them.",
                file=source,
                service=section,
                field="type",
            )
        entry = candidates[0]
        try:
            target = entry.load()
        except Exception as exc:
            raise _import_failure(entry.value, _distribution(entry), exc, section, name, source) from exc
        return _as_plugin_class(target, group, name, entry.value, source)

    def _built_in(self, group: str) -> dict[str, list[EntryPoint]]:
        """runnable's own types, read from its own distribution's metadata alone.

        Scanning every installed distribution costs a run more than its first step (each one's metadata
        is read), and a run names built-in types almost always; so a built-in name is served without
        the scan, and a package declaring the same name in the same group is not consulted for it.
        """
        if not self.use_entry_points:
            return {}
        with self._lock:
            if self._built_in_entry_points is None:
                try:
                    self._built_in_entry_points = distribution("runnable").entry_points
                except PackageNotFoundError:  # source tree on sys.path without metadata: scan instead
                    self._built_in_entry_points = ()
        found: dict[str, list[EntryPoint]] = {}
        for entry in self._built_in_entry_points:
            if entry.group == group:
                found.setdefault(entry.name, []).append(entry)
        return found

    def _installed(self, group: str) -> dict[str, list[EntryPoint]]:
        if not self.use_entry_points:
            return {}
        with self._lock:
            if self._all_entry_points is None:
                # One scan of the installed distributions for every group: each
                # `entry_points(group=...)` call reads every distribution's metadata again,
                # and a run looks up five services.
                self._all_entry_points = entry_points()
            if group not in self._entry_points:
                found: dict[str, list[EntryPoint]] = {}
                for entry in self._all_entry_points.select(group=group):
                    found.setdefault(entry.name, []).append(entry)
                self._entry_points[group] = found
            return self._entry_points[group]

    # -- building ----------------------------------------------------------------------

    def build(
        self, service_type: str, service: ServiceConfig, *, expected: Expected[PluginT] | None = None
    ) -> Any:
        group = _group(service_type)
        section = group.replace("_", "-")
        source = service.source
        plugin_class = self.load(group, service.type, source=source)
        if expected is not None and not (isinstance(expected, type) and issubclass(plugin_class, expected)):
            raise exceptions.ConfigurationError(
                f"the plugin '{service.type}' ({_qualified_name(plugin_class)}) is not a "
                f"{getattr(expected, '__name__', expected)}, so it cannot serve as {section}.",
                file=source,
                service=section,
                field="type",
            )
        set_by_runnable = {"service_name": service.type, "service_type": group}
        for name in _SET_BY_RUNNABLE:
            # runnable 0.50 let a file repeat these; the same value is harmless, another one is a mistake.
            if name in service.config and service.config[name] != set_by_runnable[name]:
                raise exceptions.ConfigurationError(
                    f"`{name}` is set by runnable from the section (`type: {service.type}`, so "
                    f"`{set_by_runnable[name]}`); remove it from `config`.",
                    file=source,
                    service=section,
                    field=f"config.{name}",
                )
        values = dict(service.config)
        problems: list[Any] = []
        if plugin_class.model_config.get("extra") not in ("forbid", "allow"):
            # A plugin that left pydantic's default (ignore) would drop a misspelled key silently
            # and run with the default instead; refuse it as if the plugin forbade extras.
            accepted = _accepted_keys(plugin_class)
            for key in [key for key in values if key not in accepted]:
                problems.append(
                    {"type": "extra_forbidden", "loc": (key,), "msg": "", "input": values.pop(key)}
                )
        fields = plugin_class.model_fields
        if "service_name" in fields:
            values["service_name"] = service.type
        if "service_type" in fields:
            values["service_type"] = group
        try:
            built = plugin_class.model_validate(values)
        except ValidationError as exc:
            problems.extend(exc.errors())
        if problems:
            raise exceptions.ConfigurationError(
                _describe_problems(problems, plugin_class, service.type), file=source, service=section
            )
        return built


default_registry = PluginRegistry()
"""The registry :func:`build`, :func:`load` and :func:`available` use unless given another."""


def available(service_type: str, *, registry: PluginRegistry | None = None) -> list[str]:
    """Every plugin name usable as ``type:`` for the service (``run_log_store`` or ``run-log-store``)."""
    return (registry or default_registry).available(service_type)


def load(service_type: str, name: str, *, registry: PluginRegistry | None = None) -> type[BaseModel]:
    """The plugin class for ``type: name``; only its module is imported."""
    return (registry or default_registry).load(service_type, name)


@overload
def build(
    service_type: str,
    service: ServiceConfig,
    *,
    expected: Expected[PluginT],
    registry: PluginRegistry | None = None,
) -> PluginT: ...


@overload
def build(
    service_type: str,
    service: ServiceConfig,
    *,
    expected: None = None,
    registry: PluginRegistry | None = None,
) -> Any: ...


def build(
    service_type: str,
    service: ServiceConfig,
    *,
    expected: Expected[PluginT] | None = None,
    registry: PluginRegistry | None = None,
) -> Any:
    """The plugin ``service.type`` of the service, built from ``service.config``.

    ``service_name`` is set to the type (and ``service_type`` to the service) on plugins that have
    those fields. Validation problems, unknown types and plugins that fail to import all raise one
    :class:`~runnable.exceptions.ConfigurationError` that says what to change.
    """
    return (registry or default_registry).build(service_type, service, expected=expected)


# --------------------------------------------------------------------------- rebuilding in another process

ServiceSpec = tuple[str, dict[str, Any]]
"""A built plugin as another process rebuilds it: its class's import path and its fields."""


def service_spec(service: BaseModel) -> ServiceSpec:
    """What another process needs to rebuild ``service``: its class's import path and its fields."""
    return _qualified_name(type(service)), service.model_dump()


def build_service(spec: ServiceSpec) -> Any:
    """The plugin :func:`service_spec` described, rebuilt from its class and fields in this process."""
    class_path, fields = spec
    return import_object(class_path)(**fields)


# --------------------------------------------------------------------------- messages


def describe_validation_error(exc: ValidationError, model: type[BaseModel], plugin: str = "") -> str:
    """One paragraph listing each failing field (``config.retention_days``) and its problem.

    Values of secret-looking fields are never shown; unknown fields get a "did you mean" hint.
    """
    return _describe_problems(list(exc.errors()), model, plugin)


def _describe_problems(errors: list[Any], model: type[BaseModel], plugin: str) -> str:
    known = [name for name in model.model_fields if name not in _SET_BY_RUNNABLE]
    # A store's secret fields (a connection string with a password, malformed or not) are never echoed.
    secret_fields = frozenset(getattr(model, "secret_fields", ()))
    known_at: dict[tuple[str, ...], list[str]] = {}
    for error in errors:
        # Nested sections (an executor's `defaults`) suggest from their own fields.
        parent = tuple(str(part) for part in error["loc"][:-1])
        if parent and parent not in known_at:
            nested = _fields_of_nested(model, list(parent))
            if nested is not None:
                known_at[parent] = nested
    problems = [_describe_error(error, known, secret_fields, known_at) for error in errors]
    whose = f"type '{plugin}' ({_qualified_name(model)})" if plugin else _qualified_name(model)
    count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
    message = exceptions.as_sentence(f"{count} in the config of {whose}: {'; '.join(problems)}")
    if any(error["type"] == "extra_forbidden" for error in errors):
        message += f" Its fields: {', '.join(known) or 'none'}."
    return message


def _accepted_keys(model: type[BaseModel]) -> set[str]:
    accepted = set(model.model_fields)
    accepted.update(field.alias for field in model.model_fields.values() if field.alias)
    return accepted


def _fields_of_nested(model: type[BaseModel], location: list[str]) -> list[str] | None:
    """The fields of the model found at ``location`` inside ``model`` (None if it is not a model)."""
    current: Any = model
    for part in location:
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        by_name = {
            alias: field for name, field in current.model_fields.items() for alias in (name, field.alias)
        }
        field = by_name.get(part)
        if field is None:
            return None
        current = _model_in(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return None


def _model_in(annotation: Any) -> Any:
    """The model an annotation holds (``X``, ``X | None``, ``list[X]``, ``dict[str, X]``), if one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in reversed(typing.get_args(annotation)):
        found = _model_in(argument)
        if found is not None:
            return found
    return None


def _describe_error(
    error: Any,
    known: list[str],
    secret_fields: frozenset[str] = frozenset(),
    known_at: dict[tuple[str, ...], list[str]] | None = None,
) -> str:
    location = [str(part) for part in error["loc"]]
    path = ".".join(["config", *location])
    kind = error["type"]
    if kind == "missing":
        return f"`{path}` is required but missing"
    if kind == "extra_forbidden":
        candidates = (known_at or {}).get(tuple(location[:-1]), known)
        return f"`{path}` is not a field{_did_you_mean(location[-1], candidates)}"
    problem = str(error["msg"])
    problem = problem[:1].lower() + problem[1:]
    if any(is_secret_key(part) or part in secret_fields for part in location):
        raw = error.get("input")
        if isinstance(raw, str) and raw:
            # A custom validator's message may quote the value it refused.
            problem = problem.replace(raw, defaults.MASK)
        given = defaults.MASK
    else:
        given = repr(mask_secrets(error.get("input")))
        if len(given) > 80:
            given = given[:77] + "..."
    return f"`{path}`: {problem} (got {given})"


def _suggestion(word: str, candidates: list[str]) -> str:
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" Did you mean '{matches[0]}'?" if matches else ""


def _did_you_mean(word: str, candidates: list[str]) -> str:
    normalised = normalise_key(word)
    matches = difflib.get_close_matches(normalised, candidates, n=1, cutoff=0.6)
    return f", did you mean `{matches[0]}`?" if matches else ""


def _import_failure(
    target: str, distribution: str, exc: Exception, section: str, name: str, source: str
) -> exceptions.ConfigurationError:
    missing = getattr(exc, "name", None) if isinstance(exc, ImportError) else None
    top_level = (missing or "").split(".")[0]
    if top_level in _INSTALL_HINTS:
        advice = f"Install its dependencies: {_INSTALL_HINTS[top_level]}."
    elif missing:
        advice = f"Install the package that provides '{missing}'."
    else:
        advice = f"Fix or reinstall the package that provides it ({distribution})."
    return exceptions.ConfigurationError(
        f"the plugin '{name}' (entry point {target}, from {distribution}) could not be imported: "
        f"{type(exc).__name__}: {exc}. {advice}",
        file=source,
        service=section,
        field="type",
    )


# --------------------------------------------------------------------------- helpers


def _group(service_type: str) -> str:
    group = normalise_key(service_type)
    if group not in defaults.SERVICE_TYPES:
        raise exceptions.ConfigurationError(
            f"'{service_type}' is not a service; services are {', '.join(defaults.SERVICE_TYPES)}."
        )
    return group


def _import_path(path: str, section: str, source: str) -> Any:
    try:
        return import_object(path)
    except Exception as exc:
        raise _import_failure(path, "a registration", exc, section, path, source) from exc


def _as_plugin_class(target: Any, group: str, name: str, origin: str, source: str) -> type[BaseModel]:
    if isinstance(target, type) and issubclass(target, BaseModel):
        return target
    raise exceptions.ConfigurationError(
        f"the plugin '{name}' ({origin}) is not a pydantic model class, so it cannot be built from `config`.",
        file=source,
        service=group.replace("_", "-"),
        field="type",
    )


def _distribution(entry: EntryPoint) -> str:
    dist = entry.dist
    return f"distribution {dist.name}" if dist is not None else "an unknown distribution"


def _qualified_name(cls: type[Any]) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"
