"""Finding and reading the configuration file: which plugin serves each service, with what settings.

Entry points (used by the executor, the SDK and the CLI):

- :func:`load` ``(configuration_file="") -> RunnableConfig``: find the file (see :func:`find_config`),
  read it, substitute environment variables, fill in built-in defaults for the services it does not name.
- :func:`find_config` ``(configuration_file="") -> (path | None, reason)``: which file is used and why,
  for ``runnable doctor`` and logs.
- :func:`from_mapping`: the same validation for an already-parsed mapping (tests, programmatic use).
- :func:`mask_secrets` / :func:`mask_url`: the one masking rule for everything we print or store.

A :class:`RunnableConfig` has one :class:`ServiceConfig` per service (``pipeline_executor``,
``job_executor``, ``run_log_store``, ``catalog``, ``secrets``, ``pickler``). ``ServiceConfig.config``
holds values with ``${VAR}`` references resolved, ready to build a plugin from
(``runnable.plugins.build``); ``ServiceConfig.raw_config`` keeps them as written so that a run log can
record ``${DB_PASSWORD}`` instead of the password (:meth:`ServiceConfig.for_record`).

This module imports PyYAML only when it reads a file, and nothing from the rest of the package except
``defaults`` and ``exceptions``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretBytes, SecretStr

from runnable import defaults, exceptions

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁServiceConfigǁfor_record__mutmut: MutantDict = {}  # type: ignore


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

    @property
    def section_name(self) -> str:
        """The service as it is usually written in YAML: ``run-log-store``."""
        return self.service_type.replace("_", "-")

    @_mutmut_mutated(mutants_xǁServiceConfigǁfor_record__mutmut)
    def for_record(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_orig(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_1(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = None
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_2(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"XXservice_nameXX": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_3(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"SERVICE_NAME": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_4(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "XXservice_typeXX": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_5(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "SERVICE_TYPE": self.service_type}
        recorded.update(mask_secrets(self.raw_config or self.config))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_6(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(None)
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_7(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(None))
        return recorded

    def xǁServiceConfigǁfor_record__mutmut_8(self) -> dict[str, Any]:
        """What a run log stores about this service (runnable 0.50's shape), secrets masked.

        Values come from the unresolved form, so ``${DB_PASSWORD}`` is recorded as the reference.
        """
        recorded: dict[str, Any] = {"service_name": self.type, "service_type": self.service_type}
        recorded.update(mask_secrets(self.raw_config and self.config))
        return recorded

mutants_xǁServiceConfigǁfor_record__mutmut['_mutmut_orig'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_1'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_1 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_2'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_2 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_3'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_3 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_4'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_4 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_5'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_5 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_6'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_6 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_7'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_7 # type: ignore # mutmut generated
mutants_xǁServiceConfigǁfor_record__mutmut['xǁServiceConfigǁfor_record__mutmut_8'] = ServiceConfig.xǁServiceConfigǁfor_record__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunnableConfigǁfor_record__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁRunnableConfigǁservice__mutmut)
    def service(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_orig(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_1(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = None
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_2(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(None)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_3(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_4(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                None, file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_5(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=None
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_6(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_7(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_8(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(None)}", file=self.source
            )
        section: ServiceConfig = getattr(self, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_9(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = None
        return section

    def xǁRunnableConfigǁservice__mutmut_10(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(None, key)
        return section

    def xǁRunnableConfigǁservice__mutmut_11(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, None)
        return section

    def xǁRunnableConfigǁservice__mutmut_12(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(key)
        return section

    def xǁRunnableConfigǁservice__mutmut_13(self, service_type: str) -> ServiceConfig:
        """The section of a service; ``run-log-store`` and ``run_log_store`` both work."""
        key = normalise_key(service_type)
        if key not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"'{service_type}' is not a service. {_known_services_hint(key)}", file=self.source
            )
        section: ServiceConfig = getattr(self, )
        return section

    @_mutmut_mutated(mutants_xǁRunnableConfigǁfor_record__mutmut)
    def for_record(self) -> dict[str, dict[str, Any]]:
        """Every service as a run log records it, secrets masked."""
        return {
            service_type: self.service(service_type).for_record() for service_type in defaults.SERVICE_TYPES
        }

    def xǁRunnableConfigǁfor_record__mutmut_orig(self) -> dict[str, dict[str, Any]]:
        """Every service as a run log records it, secrets masked."""
        return {
            service_type: self.service(service_type).for_record() for service_type in defaults.SERVICE_TYPES
        }

    def xǁRunnableConfigǁfor_record__mutmut_1(self) -> dict[str, dict[str, Any]]:
        """Every service as a run log records it, secrets masked."""
        return {
            service_type: self.service(None).for_record() for service_type in defaults.SERVICE_TYPES
        }

mutants_xǁRunnableConfigǁservice__mutmut['_mutmut_orig'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_1'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_2'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_3'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_4'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_5'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_6'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_7'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_8'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_9'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_10'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_11'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_12'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁservice__mutmut['xǁRunnableConfigǁservice__mutmut_13'] = RunnableConfig.xǁRunnableConfigǁservice__mutmut_13 # type: ignore # mutmut generated

mutants_xǁRunnableConfigǁfor_record__mutmut['_mutmut_orig'] = RunnableConfig.xǁRunnableConfigǁfor_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunnableConfigǁfor_record__mutmut['xǁRunnableConfigǁfor_record__mutmut_1'] = RunnableConfig.xǁRunnableConfigǁfor_record__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_config__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- discovery


@_mutmut_mutated(mutants_x_find_config__mutmut)
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_orig(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_1(configuration_file: str | os.PathLike[str] = "XXXX") -> tuple[Path | None, str]:
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_2(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = None
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_3(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(None, "")
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_4(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, None)
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_5(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get("")
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_6(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, )
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_7(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "XXXX")
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_8(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "")
    if from_env:
        reason = None
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_9(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "")
    if from_env:
        reason = f"from {defaults.ENV_CONFIGURATION_FILE}"
        if configuration_file:
            reason = f" (overrides the configuration_file argument '{os.fspath(configuration_file)}')"
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_10(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "")
    if from_env:
        reason = f"from {defaults.ENV_CONFIGURATION_FILE}"
        if configuration_file:
            reason -= f" (overrides the configuration_file argument '{os.fspath(configuration_file)}')"
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_11(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
    """The configuration file to use and a human reason, by DESIGN.md §1 precedence.

    ``RUNNABLE_CONFIGURATION_FILE`` wins over the argument, which wins over ``runnable-config.yaml``
    in the working directory; ``(None, reason)`` means built-in defaults. A file named by the
    variable or the argument must exist: a missing one is an error, never a silent fallback.
    """
    from_env = os.environ.get(defaults.ENV_CONFIGURATION_FILE, "")
    if from_env:
        reason = f"from {defaults.ENV_CONFIGURATION_FILE}"
        if configuration_file:
            reason += f" (overrides the configuration_file argument '{os.fspath(None)}')"
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_12(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(None, f"{defaults.ENV_CONFIGURATION_FILE} names"), reason
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_13(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(Path(from_env), None), reason
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_14(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(f"{defaults.ENV_CONFIGURATION_FILE} names"), reason
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_15(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(Path(from_env), ), reason
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_16(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(Path(None), f"{defaults.ENV_CONFIGURATION_FILE} names"), reason
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


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_17(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        reason = None
        path = Path(configuration_file)
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_18(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        reason = "XXfrom the configuration_file argumentXX"
        path = Path(configuration_file)
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_19(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        reason = "FROM THE CONFIGURATION_FILE ARGUMENT"
        path = Path(configuration_file)
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_20(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        path = None
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_21(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        path = Path(None)
        return _existing_file(path, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_22(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(None, "The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_23(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(path, None), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_24(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file("The configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_25(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(path, ), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_26(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(path, "XXThe configuration_file argument namesXX"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_27(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(path, "the configuration_file argument names"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_28(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
        return _existing_file(path, "THE CONFIGURATION_FILE ARGUMENT NAMES"), reason
    in_working_directory = Path(defaults.DEFAULT_CONFIGURATION_FILE)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_29(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
    in_working_directory = None
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )


# --------------------------------------------------------------------------- discovery


def x_find_config__mutmut_30(configuration_file: str | os.PathLike[str] = "") -> tuple[Path | None, str]:
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
    in_working_directory = Path(None)
    if in_working_directory.is_file():
        return in_working_directory, f"{defaults.DEFAULT_CONFIGURATION_FILE} in the working directory"
    return None, (
        f"no configuration file ({defaults.ENV_CONFIGURATION_FILE} unset, no configuration_file argument, "
        f"no {defaults.DEFAULT_CONFIGURATION_FILE} in the working directory): built-in defaults"
    )

mutants_x_find_config__mutmut['_mutmut_orig'] = x_find_config__mutmut_orig # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_1'] = x_find_config__mutmut_1 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_2'] = x_find_config__mutmut_2 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_3'] = x_find_config__mutmut_3 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_4'] = x_find_config__mutmut_4 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_5'] = x_find_config__mutmut_5 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_6'] = x_find_config__mutmut_6 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_7'] = x_find_config__mutmut_7 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_8'] = x_find_config__mutmut_8 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_9'] = x_find_config__mutmut_9 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_10'] = x_find_config__mutmut_10 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_11'] = x_find_config__mutmut_11 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_12'] = x_find_config__mutmut_12 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_13'] = x_find_config__mutmut_13 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_14'] = x_find_config__mutmut_14 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_15'] = x_find_config__mutmut_15 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_16'] = x_find_config__mutmut_16 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_17'] = x_find_config__mutmut_17 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_18'] = x_find_config__mutmut_18 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_19'] = x_find_config__mutmut_19 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_20'] = x_find_config__mutmut_20 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_21'] = x_find_config__mutmut_21 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_22'] = x_find_config__mutmut_22 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_23'] = x_find_config__mutmut_23 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_24'] = x_find_config__mutmut_24 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_25'] = x_find_config__mutmut_25 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_26'] = x_find_config__mutmut_26 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_27'] = x_find_config__mutmut_27 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_28'] = x_find_config__mutmut_28 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_29'] = x_find_config__mutmut_29 # type: ignore # mutmut generated
mutants_x_find_config__mutmut['x_find_config__mutmut_30'] = x_find_config__mutmut_30 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__existing_file__mutmut)
def _existing_file(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_orig(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_1(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = None
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_2(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if (path.is_dir()) and False else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_3(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if (path.is_dir()) or True else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_4(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "XXis a directory, not a fileXX" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_5(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "IS A DIRECTORY, NOT A FILE" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_6(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "XXdoes not existXX"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_7(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "DOES NOT EXIST"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_8(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        None,
        file=str(path),
    )


def x__existing_file__mutmut_9(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=None,
    )


def x__existing_file__mutmut_10(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        file=str(path),
    )


def x__existing_file__mutmut_11(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        )


def x__existing_file__mutmut_12(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "XXFix the path or create the file; runnable does not fall back to defaults when a file is named.XX",
        file=str(path),
    )


def x__existing_file__mutmut_13(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(path),
    )


def x__existing_file__mutmut_14(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "FIX THE PATH OR CREATE THE FILE; RUNNABLE DOES NOT FALL BACK TO DEFAULTS WHEN A FILE IS NAMED.",
        file=str(path),
    )


def x__existing_file__mutmut_15(path: Path, subject: str) -> Path:
    if path.is_file():
        return path
    problem = "is a directory, not a file" if path.is_dir() else "does not exist"
    raise exceptions.ConfigurationError(
        f"{subject} '{path}', which {problem} (working directory: {Path.cwd()}). "
        "Fix the path or create the file; runnable does not fall back to defaults when a file is named.",
        file=str(None),
    )

mutants_x__existing_file__mutmut['_mutmut_orig'] = x__existing_file__mutmut_orig # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_1'] = x__existing_file__mutmut_1 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_2'] = x__existing_file__mutmut_2 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_3'] = x__existing_file__mutmut_3 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_4'] = x__existing_file__mutmut_4 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_5'] = x__existing_file__mutmut_5 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_6'] = x__existing_file__mutmut_6 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_7'] = x__existing_file__mutmut_7 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_8'] = x__existing_file__mutmut_8 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_9'] = x__existing_file__mutmut_9 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_10'] = x__existing_file__mutmut_10 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_11'] = x__existing_file__mutmut_11 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_12'] = x__existing_file__mutmut_12 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_13'] = x__existing_file__mutmut_13 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_14'] = x__existing_file__mutmut_14 # type: ignore # mutmut generated
mutants_x__existing_file__mutmut['x__existing_file__mutmut_15'] = x__existing_file__mutmut_15 # type: ignore # mutmut generated
mutants_x_load__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- loading


@_mutmut_mutated(mutants_x_load__mutmut)
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


# --------------------------------------------------------------------------- loading


def x_load__mutmut_orig(
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


# --------------------------------------------------------------------------- loading


def x_load__mutmut_1(
    configuration_file: str | os.PathLike[str] = "XXXX",
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


# --------------------------------------------------------------------------- loading


def x_load__mutmut_2(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = None
    if path is None:
        return from_mapping({}, reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_3(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(None)
    if path is None:
        return from_mapping({}, reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_4(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is not None:
        return from_mapping({}, reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_5(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping(None, reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_6(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping({}, reason=None, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_7(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping({}, reason=reason, environ=None)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_8(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping(reason=reason, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_9(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping({}, environ=environ)
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_10(
    configuration_file: str | os.PathLike[str] = "",
    *,
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Find, read and validate the configuration; services the file does not name get built-in defaults.

    ``environ`` (default ``os.environ``) is where ``${VAR}`` references are looked up.
    """
    path, reason = find_config(configuration_file)
    if path is None:
        return from_mapping({}, reason=reason, )
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_11(
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
    return from_mapping(None, source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_12(
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
    return from_mapping(read_yaml(path), source=None, reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_13(
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
    return from_mapping(read_yaml(path), source=str(path), reason=None, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_14(
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
    return from_mapping(read_yaml(path), source=str(path), reason=reason, environ=None)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_15(
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
    return from_mapping(source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_16(
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
    return from_mapping(read_yaml(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_17(
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
    return from_mapping(read_yaml(path), source=str(path), environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_18(
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
    return from_mapping(read_yaml(path), source=str(path), reason=reason, )


# --------------------------------------------------------------------------- loading


def x_load__mutmut_19(
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
    return from_mapping(read_yaml(None), source=str(path), reason=reason, environ=environ)


# --------------------------------------------------------------------------- loading


def x_load__mutmut_20(
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
    return from_mapping(read_yaml(path), source=str(None), reason=reason, environ=environ)

mutants_x_load__mutmut['_mutmut_orig'] = x_load__mutmut_orig # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_1'] = x_load__mutmut_1 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_2'] = x_load__mutmut_2 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_3'] = x_load__mutmut_3 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_4'] = x_load__mutmut_4 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_5'] = x_load__mutmut_5 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_6'] = x_load__mutmut_6 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_7'] = x_load__mutmut_7 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_8'] = x_load__mutmut_8 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_9'] = x_load__mutmut_9 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_10'] = x_load__mutmut_10 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_11'] = x_load__mutmut_11 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_12'] = x_load__mutmut_12 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_13'] = x_load__mutmut_13 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_14'] = x_load__mutmut_14 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_15'] = x_load__mutmut_15 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_16'] = x_load__mutmut_16 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_17'] = x_load__mutmut_17 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_18'] = x_load__mutmut_18 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_19'] = x_load__mutmut_19 # type: ignore # mutmut generated
mutants_x_load__mutmut['x_load__mutmut_20'] = x_load__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_yaml__mutmut)
def read_yaml(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_orig(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_1(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = None
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_2(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding=None)
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_3(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="XXutf-8XX")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_4(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="UTF-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_5(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            None,
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_6(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=None,
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_7(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_8(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_9(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(None),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_10(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            None, file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_11(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=None
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_12(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_13(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_14(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror and exc}. Check its permissions.", file=str(path)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_15(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise exceptions.ConfigurationError(
            f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}). Save it as UTF-8.",
            file=str(path),
        ) from exc
    except OSError as exc:
        raise exceptions.ConfigurationError(
            f"the file cannot be read: {exc.strerror or exc}. Check its permissions.", file=str(None)
        ) from exc
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_16(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = None
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_17(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(None, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_18(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, None, yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_19(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", None)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_20(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr("CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_21(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_22(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", )
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_23(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "XXCSafeLoaderXX", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_24(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "csafeloader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_25(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSAFELOADER", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_26(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = None  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_27(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(None, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_28(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=None)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_29(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_30(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, )  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_31(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            None, file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_32(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=None
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_33(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_34(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_35(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(None)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_36(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(None)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_37(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(None, file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_38(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=None) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_39(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(file=str(path)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_40(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", ) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_41(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(None)) from exc
    return {} if data is None else data


def x_read_yaml__mutmut_42(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if (data is None) and False else data


def x_read_yaml__mutmut_43(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if (data is None) or True else data


def x_read_yaml__mutmut_44(path: Path) -> Any:
    """Parse a YAML file; an empty file is ``{}``. Syntax errors name the file and the line."""
    import yaml  # only runs that read a configuration file pay for PyYAML

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
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)  # a safe loader: plain data only
    except yaml.MarkedYAMLError as exc:
        raise exceptions.ConfigurationError(
            f"YAML syntax error {_yaml_location(exc)}. Fix the YAML there.", file=str(path)
        ) from exc
    except yaml.YAMLError as exc:
        raise exceptions.ConfigurationError(f"YAML error: {exc}", file=str(path)) from exc
    return {} if data is not None else data

mutants_x_read_yaml__mutmut['_mutmut_orig'] = x_read_yaml__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_1'] = x_read_yaml__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_2'] = x_read_yaml__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_3'] = x_read_yaml__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_4'] = x_read_yaml__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_5'] = x_read_yaml__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_6'] = x_read_yaml__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_7'] = x_read_yaml__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_8'] = x_read_yaml__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_9'] = x_read_yaml__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_10'] = x_read_yaml__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_11'] = x_read_yaml__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_12'] = x_read_yaml__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_13'] = x_read_yaml__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_14'] = x_read_yaml__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_15'] = x_read_yaml__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_16'] = x_read_yaml__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_17'] = x_read_yaml__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_18'] = x_read_yaml__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_19'] = x_read_yaml__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_20'] = x_read_yaml__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_21'] = x_read_yaml__mutmut_21 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_22'] = x_read_yaml__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_23'] = x_read_yaml__mutmut_23 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_24'] = x_read_yaml__mutmut_24 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_25'] = x_read_yaml__mutmut_25 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_26'] = x_read_yaml__mutmut_26 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_27'] = x_read_yaml__mutmut_27 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_28'] = x_read_yaml__mutmut_28 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_29'] = x_read_yaml__mutmut_29 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_30'] = x_read_yaml__mutmut_30 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_31'] = x_read_yaml__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_32'] = x_read_yaml__mutmut_32 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_33'] = x_read_yaml__mutmut_33 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_34'] = x_read_yaml__mutmut_34 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_35'] = x_read_yaml__mutmut_35 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_36'] = x_read_yaml__mutmut_36 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_37'] = x_read_yaml__mutmut_37 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_38'] = x_read_yaml__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_39'] = x_read_yaml__mutmut_39 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_40'] = x_read_yaml__mutmut_40 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_41'] = x_read_yaml__mutmut_41 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_42'] = x_read_yaml__mutmut_42 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_43'] = x_read_yaml__mutmut_43 # type: ignore # mutmut generated
mutants_x_read_yaml__mutmut['x_read_yaml__mutmut_44'] = x_read_yaml__mutmut_44 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__yaml_location__mutmut)
def _yaml_location(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_orig(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_1(exc: Any) -> str:
    problem_mark, context_mark = None
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_2(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None or context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_3(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is not None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_4(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is not None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_5(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = None
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_6(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark and context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_7(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = None
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_8(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line - 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_9(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 2}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_10(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column - 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_11(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 2}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_12(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None or problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_13(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context or context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_14(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_15(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_16(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where = f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_17(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where -= f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_18(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line - 1})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_19(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 2})"
    return f"{where}: {exc.problem or exc.context}"


def x__yaml_location__mutmut_20(exc: Any) -> str:
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    if problem_mark is None and context_mark is None:
        return f": {exc}"
    mark = problem_mark or context_mark
    where = f"at line {mark.line + 1}, column {mark.column + 1}"
    if exc.context and context_mark is not None and problem_mark is not None:
        # PyYAML's context reads "while parsing a flow sequence"; say where that construct began.
        where += f" ({exc.context} that starts at line {context_mark.line + 1})"
    return f"{where}: {exc.problem and exc.context}"

mutants_x__yaml_location__mutmut['_mutmut_orig'] = x__yaml_location__mutmut_orig # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_1'] = x__yaml_location__mutmut_1 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_2'] = x__yaml_location__mutmut_2 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_3'] = x__yaml_location__mutmut_3 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_4'] = x__yaml_location__mutmut_4 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_5'] = x__yaml_location__mutmut_5 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_6'] = x__yaml_location__mutmut_6 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_7'] = x__yaml_location__mutmut_7 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_8'] = x__yaml_location__mutmut_8 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_9'] = x__yaml_location__mutmut_9 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_10'] = x__yaml_location__mutmut_10 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_11'] = x__yaml_location__mutmut_11 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_12'] = x__yaml_location__mutmut_12 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_13'] = x__yaml_location__mutmut_13 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_14'] = x__yaml_location__mutmut_14 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_15'] = x__yaml_location__mutmut_15 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_16'] = x__yaml_location__mutmut_16 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_17'] = x__yaml_location__mutmut_17 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_18'] = x__yaml_location__mutmut_18 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_19'] = x__yaml_location__mutmut_19 # type: ignore # mutmut generated
mutants_x__yaml_location__mutmut['x__yaml_location__mutmut_20'] = x__yaml_location__mutmut_20 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_from_mapping__mutmut)
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_orig(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_1(
    data: Any,
    *,
    source: str = "XXXX",
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_2(
    data: Any,
    *,
    source: str = "",
    reason: str = "XXXX",
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_3(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = None
    where = source or "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_4(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if (environ is None) and False else environ
    where = source or "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_5(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if (environ is None) or True else environ
    where = source or "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_6(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is not None else environ
    where = source or "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_7(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = None
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_8(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = source and "the configuration"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_9(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = source or "XXthe configurationXX"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_10(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = source or "THE CONFIGURATION"
    if not isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_11(
    data: Any,
    *,
    source: str = "",
    reason: str = "",
    environ: Mapping[str, str] | None = None,
) -> RunnableConfig:
    """Validate a parsed configuration (top-level service keys) and fill in defaults."""
    environ = os.environ if environ is None else environ
    where = source or "the configuration"
    if isinstance(data, Mapping):
        raise exceptions.ConfigurationError(
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(data)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_12(
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
            None,
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_13(
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
            file=None,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_14(
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
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_15(
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
            )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_16(
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
            f"the top level must be a mapping of services ({_service_list()}), found {_describe_type(None)}.",
            file=where,
        )
    sections: dict[str, ServiceConfig] = {}
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_17(
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
    sections: dict[str, ServiceConfig] = None
    written_as: dict[str, str] = {}
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_18(
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
    written_as: dict[str, str] = None
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_19(
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
    for key, section in data.items():
        service_type = None
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_20(
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
    for key, section in data.items():
        service_type = normalise_key(key) if (isinstance(key, str)) and False else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_21(
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
    for key, section in data.items():
        service_type = normalise_key(key) if (isinstance(key, str)) or True else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_22(
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
    for key, section in data.items():
        service_type = normalise_key(None) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_23(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else "XXXX"
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_24(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_25(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                None, file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_26(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=None
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_27(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_28(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_29(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(None)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_30(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type not in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_31(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                None,
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_32(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=None,
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_33(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=None,
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_34(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_35(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_36(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_37(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace(None, "-"),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_38(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", None),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_39(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("-"),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_40(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", ),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_41(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("XX_XX", "-"),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_42(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "XX-XX"),
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_43(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = None
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
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_44(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = None
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_45(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(None, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_46(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, None, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_47(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, None, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_48(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, None)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_49(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_50(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_51(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_52(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, )
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_53(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_54(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = None
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_55(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=None,
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_56(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=None,
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_57(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                raw_config=None,
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_58(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                service_type=None,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_59(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                source=None,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_60(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                config=dict(plugin_config),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_61(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_62(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_63(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_64(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_65(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
                file=where,
                service=service_type.replace("_", "-"),
            )
        written_as[service_type] = key
        sections[service_type] = _service_section(service_type, section, where, environ)
    for service_type, (plugin, plugin_config) in _BUILT_IN_SERVICES.items():
        if service_type not in sections:
            sections[service_type] = ServiceConfig(
                type=plugin,
                config=dict(None),
                raw_config=dict(plugin_config),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_66(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
                raw_config=dict(None),
                service_type=service_type,
                source=BUILT_IN_DEFAULTS_SOURCE,
            )
    return RunnableConfig(source=source, reason=reason, **sections)


def x_from_mapping__mutmut_67(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=None, reason=reason, **sections)


def x_from_mapping__mutmut_68(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=None, **sections)


def x_from_mapping__mutmut_69(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(reason=reason, **sections)


def x_from_mapping__mutmut_70(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, **sections)


def x_from_mapping__mutmut_71(
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
    for key, section in data.items():
        service_type = normalise_key(key) if isinstance(key, str) else ""
        if service_type not in defaults.SERVICE_TYPES:
            raise exceptions.ConfigurationError(
                f"unknown top-level key '{key}'. {_known_services_hint(service_type)}", file=where
            )
        if service_type in written_as:
            raise exceptions.ConfigurationError(
                f"the service is configured twice, as '{written_as[service_type]}' and as '{key}'. Keep one.",
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
    return RunnableConfig(source=source, reason=reason, )

mutants_x_from_mapping__mutmut['_mutmut_orig'] = x_from_mapping__mutmut_orig # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_1'] = x_from_mapping__mutmut_1 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_2'] = x_from_mapping__mutmut_2 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_3'] = x_from_mapping__mutmut_3 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_4'] = x_from_mapping__mutmut_4 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_5'] = x_from_mapping__mutmut_5 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_6'] = x_from_mapping__mutmut_6 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_7'] = x_from_mapping__mutmut_7 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_8'] = x_from_mapping__mutmut_8 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_9'] = x_from_mapping__mutmut_9 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_10'] = x_from_mapping__mutmut_10 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_11'] = x_from_mapping__mutmut_11 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_12'] = x_from_mapping__mutmut_12 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_13'] = x_from_mapping__mutmut_13 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_14'] = x_from_mapping__mutmut_14 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_15'] = x_from_mapping__mutmut_15 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_16'] = x_from_mapping__mutmut_16 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_17'] = x_from_mapping__mutmut_17 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_18'] = x_from_mapping__mutmut_18 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_19'] = x_from_mapping__mutmut_19 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_20'] = x_from_mapping__mutmut_20 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_21'] = x_from_mapping__mutmut_21 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_22'] = x_from_mapping__mutmut_22 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_23'] = x_from_mapping__mutmut_23 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_24'] = x_from_mapping__mutmut_24 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_25'] = x_from_mapping__mutmut_25 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_26'] = x_from_mapping__mutmut_26 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_27'] = x_from_mapping__mutmut_27 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_28'] = x_from_mapping__mutmut_28 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_29'] = x_from_mapping__mutmut_29 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_30'] = x_from_mapping__mutmut_30 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_31'] = x_from_mapping__mutmut_31 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_32'] = x_from_mapping__mutmut_32 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_33'] = x_from_mapping__mutmut_33 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_34'] = x_from_mapping__mutmut_34 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_35'] = x_from_mapping__mutmut_35 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_36'] = x_from_mapping__mutmut_36 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_37'] = x_from_mapping__mutmut_37 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_38'] = x_from_mapping__mutmut_38 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_39'] = x_from_mapping__mutmut_39 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_40'] = x_from_mapping__mutmut_40 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_41'] = x_from_mapping__mutmut_41 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_42'] = x_from_mapping__mutmut_42 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_43'] = x_from_mapping__mutmut_43 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_44'] = x_from_mapping__mutmut_44 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_45'] = x_from_mapping__mutmut_45 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_46'] = x_from_mapping__mutmut_46 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_47'] = x_from_mapping__mutmut_47 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_48'] = x_from_mapping__mutmut_48 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_49'] = x_from_mapping__mutmut_49 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_50'] = x_from_mapping__mutmut_50 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_51'] = x_from_mapping__mutmut_51 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_52'] = x_from_mapping__mutmut_52 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_53'] = x_from_mapping__mutmut_53 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_54'] = x_from_mapping__mutmut_54 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_55'] = x_from_mapping__mutmut_55 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_56'] = x_from_mapping__mutmut_56 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_57'] = x_from_mapping__mutmut_57 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_58'] = x_from_mapping__mutmut_58 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_59'] = x_from_mapping__mutmut_59 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_60'] = x_from_mapping__mutmut_60 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_61'] = x_from_mapping__mutmut_61 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_62'] = x_from_mapping__mutmut_62 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_63'] = x_from_mapping__mutmut_63 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_64'] = x_from_mapping__mutmut_64 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_65'] = x_from_mapping__mutmut_65 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_66'] = x_from_mapping__mutmut_66 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_67'] = x_from_mapping__mutmut_67 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_68'] = x_from_mapping__mutmut_68 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_69'] = x_from_mapping__mutmut_69 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_70'] = x_from_mapping__mutmut_70 # type: ignore # mutmut generated
mutants_x_from_mapping__mutmut['x_from_mapping__mutmut_71'] = x_from_mapping__mutmut_71 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_built_in_defaults__mutmut)
def built_in_defaults() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason="built-in defaults")


def x_built_in_defaults__mutmut_orig() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason="built-in defaults")


def x_built_in_defaults__mutmut_1() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping(None, reason="built-in defaults")


def x_built_in_defaults__mutmut_2() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason=None)


def x_built_in_defaults__mutmut_3() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping(reason="built-in defaults")


def x_built_in_defaults__mutmut_4() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, )


def x_built_in_defaults__mutmut_5() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason="XXbuilt-in defaultsXX")


def x_built_in_defaults__mutmut_6() -> RunnableConfig:
    """The configuration of a run that names no configuration file."""
    return from_mapping({}, reason="BUILT-IN DEFAULTS")

mutants_x_built_in_defaults__mutmut['_mutmut_orig'] = x_built_in_defaults__mutmut_orig # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_1'] = x_built_in_defaults__mutmut_1 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_2'] = x_built_in_defaults__mutmut_2 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_3'] = x_built_in_defaults__mutmut_3 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_4'] = x_built_in_defaults__mutmut_4 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_5'] = x_built_in_defaults__mutmut_5 # type: ignore # mutmut generated
mutants_x_built_in_defaults__mutmut['x_built_in_defaults__mutmut_6'] = x_built_in_defaults__mutmut_6 # type: ignore # mutmut generated
mutants_x__service_section__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_section__mutmut)
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_orig(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_1(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = None
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_2(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace(None, "-")
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_3(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", None)
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_4(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("-")
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_5(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", )
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_6(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("XX_XX", "-")
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_7(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "XX-XX")
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_8(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = None
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_9(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][1]
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_10(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            file=where,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_11(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            None,
            file=where,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_12(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            file=None,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_13(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            file=where,
            service=None,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_14(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            file=where,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_15(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_16(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(section)}. Remove the key to use the built-in default '{default_type}'.",
            file=where,
            )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_17(
    service_type: str, section: Any, where: str, environ: Mapping[str, str]
) -> ServiceConfig:
    name = service_type.replace("_", "-")
    default_type = _BUILT_IN_SERVICES[service_type][0]
    if not isinstance(section, Mapping):
        raise exceptions.ConfigurationError(
            f"expected a mapping like `{{type: {default_type}, config: {{...}}}}`, found "
            f"{_describe_type(None)}. Remove the key to use the built-in default '{default_type}'.",
            file=where,
            service=name,
        )
    for key in section:
        if key not in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_18(
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
        if key in _SERVICE_KEYS:
            raise exceptions.ConfigurationError(
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_19(
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
                None,
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


def x__service_section__mutmut_20(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=None,
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


def x__service_section__mutmut_21(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=None,
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


def x__service_section__mutmut_22(
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


def x__service_section__mutmut_23(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
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


def x__service_section__mutmut_24(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
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


def x__service_section__mutmut_25(
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
                f"unknown key '{key}'.{_did_you_mean(None, _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_26(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), None)} A service section has only "
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


def x__service_section__mutmut_27(
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
                f"unknown key '{key}'.{_did_you_mean(_SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_28(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), )} A service section has only "
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


def x__service_section__mutmut_29(
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
                f"unknown key '{key}'.{_did_you_mean(str(None), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_30(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "XX`type` (the plugin name) and `config` (the plugin's fields).XX",
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


def x__service_section__mutmut_31(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`TYPE` (THE PLUGIN NAME) AND `CONFIG` (THE PLUGIN'S FIELDS).",
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


def x__service_section__mutmut_32(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = None
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


def x__service_section__mutmut_33(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get(None)
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


def x__service_section__mutmut_34(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("XXtypeXX")
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


def x__service_section__mutmut_35(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("TYPE")
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


def x__service_section__mutmut_36(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) and not plugin.strip():
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


def x__service_section__mutmut_37(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if isinstance(plugin, str) or not plugin.strip():
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


def x__service_section__mutmut_38(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or plugin.strip():
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


def x__service_section__mutmut_39(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            None,
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


def x__service_section__mutmut_40(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(plugin)}.",
            file=None,
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


def x__service_section__mutmut_41(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(plugin)}.",
            file=where,
            service=None,
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


def x__service_section__mutmut_42(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field=None,
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


def x__service_section__mutmut_43(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
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


def x__service_section__mutmut_44(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(plugin)}.",
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


def x__service_section__mutmut_45(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(plugin)}.",
            file=where,
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


def x__service_section__mutmut_46(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_47(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
                "`type` (the plugin name) and `config` (the plugin's fields).",
                file=where,
                service=name,
            )
    plugin = section.get("type")
    if not isinstance(plugin, str) or not plugin.strip():
        raise exceptions.ConfigurationError(
            f"`type` must name a plugin (e.g. `type: {default_type}`), found {_describe_type(None)}.",
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


def x__service_section__mutmut_48(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field="XXtypeXX",
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


def x__service_section__mutmut_49(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field="TYPE",
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


def x__service_section__mutmut_50(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    raw = None
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


def x__service_section__mutmut_51(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    raw = section.get(None)
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


def x__service_section__mutmut_52(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    raw = section.get("XXconfigXX")
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


def x__service_section__mutmut_53(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    raw = section.get("CONFIG")
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


def x__service_section__mutmut_54(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    if raw is not None:
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


def x__service_section__mutmut_55(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        raw = None
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


def x__service_section__mutmut_56(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    if isinstance(raw, Mapping):
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


def x__service_section__mutmut_57(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            None,
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


def x__service_section__mutmut_58(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            file=None,
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


def x__service_section__mutmut_59(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            service=None,
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


def x__service_section__mutmut_60(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field=None,
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


def x__service_section__mutmut_61(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_62(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_63(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_64(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_65(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            f"`config` must be a mapping of the plugin's fields, found {_describe_type(None)}.",
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


def x__service_section__mutmut_66(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field="XXconfigXX",
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


def x__service_section__mutmut_67(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
            field="CONFIG",
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


def x__service_section__mutmut_68(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    raw_config: dict[str, Any] = None
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


def x__service_section__mutmut_69(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        if isinstance(key, str):
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


def x__service_section__mutmut_70(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                None, file=where, service=name, field="config"
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


def x__service_section__mutmut_71(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=None, service=name, field="config"
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


def x__service_section__mutmut_72(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, service=None, field="config"
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


def x__service_section__mutmut_73(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, service=name, field=None
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


def x__service_section__mutmut_74(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                file=where, service=name, field="config"
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


def x__service_section__mutmut_75(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", service=name, field="config"
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


def x__service_section__mutmut_76(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, field="config"
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


def x__service_section__mutmut_77(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, service=name, )
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


def x__service_section__mutmut_78(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, service=name, field="XXconfigXX"
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


def x__service_section__mutmut_79(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                f"field names must be strings, found {key!r}.", file=where, service=name, field="CONFIG"
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


def x__service_section__mutmut_80(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field = None
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


def x__service_section__mutmut_81(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field = normalise_key(None)
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


def x__service_section__mutmut_82(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        if field not in raw_config:
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


def x__service_section__mutmut_83(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                None,
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


def x__service_section__mutmut_84(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                file=None,
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


def x__service_section__mutmut_85(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                service=None,
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


def x__service_section__mutmut_86(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                field=None,
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


def x__service_section__mutmut_87(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_88(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_89(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_90(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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


def x__service_section__mutmut_91(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                "XXthe field is given twice (with `-` and with `_`). Keep one.XX",
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


def x__service_section__mutmut_92(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                "the field is given twice (with `-` and with `_`). keep one.",
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


def x__service_section__mutmut_93(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
                "THE FIELD IS GIVEN TWICE (WITH `-` AND WITH `_`). KEEP ONE.",
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


def x__service_section__mutmut_94(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        raw_config[field] = None
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


def x__service_section__mutmut_95(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
    resolved = None
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_96(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(None, environ, file=where, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_97(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, None, file=where, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_98(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, file=None, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_99(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, file=where, service=None, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_100(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, file=where, service=name, field=None)
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_101(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(environ, file=where, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_102(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, file=where, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_103(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, service=name, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_104(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, file=where, field=f"config.{field}")
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_105(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        field: substitute_env(value, environ, file=where, service=name, )
        for field, value in raw_config.items()
    }
    return ServiceConfig(
        type=plugin.strip(),
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_106(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        type=None,
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_107(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        config=None,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_108(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        raw_config=None,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_109(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        service_type=None,
        source=where,
    )


def x__service_section__mutmut_110(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        source=None,
    )


def x__service_section__mutmut_111(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        config=resolved,
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_112(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        raw_config=raw_config,
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_113(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        service_type=service_type,
        source=where,
    )


def x__service_section__mutmut_114(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        source=where,
    )


def x__service_section__mutmut_115(
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
                f"unknown key '{key}'.{_did_you_mean(str(key), _SERVICE_KEYS)} A service section has only "
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
        )

mutants_x__service_section__mutmut['_mutmut_orig'] = x__service_section__mutmut_orig # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_1'] = x__service_section__mutmut_1 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_2'] = x__service_section__mutmut_2 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_3'] = x__service_section__mutmut_3 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_4'] = x__service_section__mutmut_4 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_5'] = x__service_section__mutmut_5 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_6'] = x__service_section__mutmut_6 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_7'] = x__service_section__mutmut_7 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_8'] = x__service_section__mutmut_8 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_9'] = x__service_section__mutmut_9 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_10'] = x__service_section__mutmut_10 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_11'] = x__service_section__mutmut_11 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_12'] = x__service_section__mutmut_12 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_13'] = x__service_section__mutmut_13 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_14'] = x__service_section__mutmut_14 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_15'] = x__service_section__mutmut_15 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_16'] = x__service_section__mutmut_16 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_17'] = x__service_section__mutmut_17 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_18'] = x__service_section__mutmut_18 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_19'] = x__service_section__mutmut_19 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_20'] = x__service_section__mutmut_20 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_21'] = x__service_section__mutmut_21 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_22'] = x__service_section__mutmut_22 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_23'] = x__service_section__mutmut_23 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_24'] = x__service_section__mutmut_24 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_25'] = x__service_section__mutmut_25 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_26'] = x__service_section__mutmut_26 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_27'] = x__service_section__mutmut_27 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_28'] = x__service_section__mutmut_28 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_29'] = x__service_section__mutmut_29 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_30'] = x__service_section__mutmut_30 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_31'] = x__service_section__mutmut_31 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_32'] = x__service_section__mutmut_32 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_33'] = x__service_section__mutmut_33 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_34'] = x__service_section__mutmut_34 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_35'] = x__service_section__mutmut_35 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_36'] = x__service_section__mutmut_36 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_37'] = x__service_section__mutmut_37 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_38'] = x__service_section__mutmut_38 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_39'] = x__service_section__mutmut_39 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_40'] = x__service_section__mutmut_40 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_41'] = x__service_section__mutmut_41 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_42'] = x__service_section__mutmut_42 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_43'] = x__service_section__mutmut_43 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_44'] = x__service_section__mutmut_44 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_45'] = x__service_section__mutmut_45 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_46'] = x__service_section__mutmut_46 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_47'] = x__service_section__mutmut_47 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_48'] = x__service_section__mutmut_48 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_49'] = x__service_section__mutmut_49 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_50'] = x__service_section__mutmut_50 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_51'] = x__service_section__mutmut_51 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_52'] = x__service_section__mutmut_52 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_53'] = x__service_section__mutmut_53 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_54'] = x__service_section__mutmut_54 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_55'] = x__service_section__mutmut_55 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_56'] = x__service_section__mutmut_56 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_57'] = x__service_section__mutmut_57 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_58'] = x__service_section__mutmut_58 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_59'] = x__service_section__mutmut_59 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_60'] = x__service_section__mutmut_60 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_61'] = x__service_section__mutmut_61 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_62'] = x__service_section__mutmut_62 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_63'] = x__service_section__mutmut_63 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_64'] = x__service_section__mutmut_64 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_65'] = x__service_section__mutmut_65 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_66'] = x__service_section__mutmut_66 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_67'] = x__service_section__mutmut_67 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_68'] = x__service_section__mutmut_68 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_69'] = x__service_section__mutmut_69 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_70'] = x__service_section__mutmut_70 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_71'] = x__service_section__mutmut_71 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_72'] = x__service_section__mutmut_72 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_73'] = x__service_section__mutmut_73 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_74'] = x__service_section__mutmut_74 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_75'] = x__service_section__mutmut_75 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_76'] = x__service_section__mutmut_76 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_77'] = x__service_section__mutmut_77 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_78'] = x__service_section__mutmut_78 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_79'] = x__service_section__mutmut_79 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_80'] = x__service_section__mutmut_80 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_81'] = x__service_section__mutmut_81 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_82'] = x__service_section__mutmut_82 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_83'] = x__service_section__mutmut_83 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_84'] = x__service_section__mutmut_84 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_85'] = x__service_section__mutmut_85 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_86'] = x__service_section__mutmut_86 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_87'] = x__service_section__mutmut_87 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_88'] = x__service_section__mutmut_88 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_89'] = x__service_section__mutmut_89 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_90'] = x__service_section__mutmut_90 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_91'] = x__service_section__mutmut_91 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_92'] = x__service_section__mutmut_92 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_93'] = x__service_section__mutmut_93 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_94'] = x__service_section__mutmut_94 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_95'] = x__service_section__mutmut_95 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_96'] = x__service_section__mutmut_96 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_97'] = x__service_section__mutmut_97 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_98'] = x__service_section__mutmut_98 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_99'] = x__service_section__mutmut_99 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_100'] = x__service_section__mutmut_100 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_101'] = x__service_section__mutmut_101 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_102'] = x__service_section__mutmut_102 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_103'] = x__service_section__mutmut_103 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_104'] = x__service_section__mutmut_104 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_105'] = x__service_section__mutmut_105 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_106'] = x__service_section__mutmut_106 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_107'] = x__service_section__mutmut_107 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_108'] = x__service_section__mutmut_108 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_109'] = x__service_section__mutmut_109 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_110'] = x__service_section__mutmut_110 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_111'] = x__service_section__mutmut_111 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_112'] = x__service_section__mutmut_112 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_113'] = x__service_section__mutmut_113 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_114'] = x__service_section__mutmut_114 # type: ignore # mutmut generated
mutants_x__service_section__mutmut['x__service_section__mutmut_115'] = x__service_section__mutmut_115 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalise_key__mutmut)
def normalise_key(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", "_")


def x_normalise_key__mutmut_orig(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", "_")


def x_normalise_key__mutmut_1(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace(None, "_")


def x_normalise_key__mutmut_2(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", None)


def x_normalise_key__mutmut_3(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("_")


def x_normalise_key__mutmut_4(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", )


def x_normalise_key__mutmut_5(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("XX-XX", "_")


def x_normalise_key__mutmut_6(key: str) -> str:
    """``run-log-store`` -> ``run_log_store``: configuration keys accept ``-`` and ``_``."""
    return key.strip().replace("-", "XX_XX")

mutants_x_normalise_key__mutmut['_mutmut_orig'] = x_normalise_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_1'] = x_normalise_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_2'] = x_normalise_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_3'] = x_normalise_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_4'] = x_normalise_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_5'] = x_normalise_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalise_key__mutmut['x_normalise_key__mutmut_6'] = x_normalise_key__mutmut_6 # type: ignore # mutmut generated


# --------------------------------------------------------------------------- environment variables

# `$${` is the escape for a literal `${`; otherwise `${NAME}` or `${NAME:-default}`.
_REFERENCE = re.compile(r"\$\$\{|\$\{([^}]*)\}?")
_REFERENCE_BODY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?", re.DOTALL)
mutants_x_substitute_env__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_substitute_env__mutmut)
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


def x_substitute_env__mutmut_orig(
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


def x_substitute_env__mutmut_1(
    value: Any,
    environ: Mapping[str, str] | None = None,
    *,
    file: str = "XXXX",
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


def x_substitute_env__mutmut_2(
    value: Any,
    environ: Mapping[str, str] | None = None,
    *,
    file: str = "",
    service: str = "XXXX",
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


def x_substitute_env__mutmut_3(
    value: Any,
    environ: Mapping[str, str] | None = None,
    *,
    file: str = "",
    service: str = "",
    field: str = "XXXX",
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


def x_substitute_env__mutmut_4(
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
    environ = None
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


def x_substitute_env__mutmut_5(
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
    environ = os.environ if (environ is None) and False else environ
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


def x_substitute_env__mutmut_6(
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
    environ = os.environ if (environ is None) or True else environ
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


def x_substitute_env__mutmut_7(
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
    environ = os.environ if environ is not None else environ
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


def x_substitute_env__mutmut_8(
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
        return _substitute_string(None, environ, file, service, field)
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


def x_substitute_env__mutmut_9(
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
        return _substitute_string(value, None, file, service, field)
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


def x_substitute_env__mutmut_10(
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
        return _substitute_string(value, environ, None, service, field)
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


def x_substitute_env__mutmut_11(
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
        return _substitute_string(value, environ, file, None, field)
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


def x_substitute_env__mutmut_12(
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
        return _substitute_string(value, environ, file, service, None)
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


def x_substitute_env__mutmut_13(
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
        return _substitute_string(environ, file, service, field)
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


def x_substitute_env__mutmut_14(
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
        return _substitute_string(value, file, service, field)
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


def x_substitute_env__mutmut_15(
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
        return _substitute_string(value, environ, service, field)
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


def x_substitute_env__mutmut_16(
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
        return _substitute_string(value, environ, file, field)
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


def x_substitute_env__mutmut_17(
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
        return _substitute_string(value, environ, file, service, )
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


def x_substitute_env__mutmut_18(
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
            key: substitute_env(None, environ, file=file, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_19(
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
            key: substitute_env(item, None, file=file, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_20(
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
            key: substitute_env(item, environ, file=None, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_21(
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
            key: substitute_env(item, environ, file=file, service=None, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_22(
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
            key: substitute_env(item, environ, file=file, service=service, field=None)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_23(
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
            key: substitute_env(environ, file=file, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_24(
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
            key: substitute_env(item, file=file, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_25(
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
            key: substitute_env(item, environ, service=service, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_26(
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
            key: substitute_env(item, environ, file=file, field=f"{field}.{key}")
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_27(
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
            key: substitute_env(item, environ, file=file, service=service, )
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            substitute_env(item, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_28(
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
            substitute_env(None, environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_29(
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
            substitute_env(item, None, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_30(
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
            substitute_env(item, environ, file=None, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_31(
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
            substitute_env(item, environ, file=file, service=None, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_32(
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
            substitute_env(item, environ, file=file, service=service, field=None)
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_33(
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
            substitute_env(environ, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_34(
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
            substitute_env(item, file=file, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_35(
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
            substitute_env(item, environ, service=service, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_36(
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
            substitute_env(item, environ, file=file, field=f"{field}[{index}]")
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_37(
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
            substitute_env(item, environ, file=file, service=service, )
            for index, item in enumerate(value)
        ]
    return value


def x_substitute_env__mutmut_38(
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
            for index, item in enumerate(None)
        ]
    return value

mutants_x_substitute_env__mutmut['_mutmut_orig'] = x_substitute_env__mutmut_orig # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_1'] = x_substitute_env__mutmut_1 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_2'] = x_substitute_env__mutmut_2 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_3'] = x_substitute_env__mutmut_3 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_4'] = x_substitute_env__mutmut_4 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_5'] = x_substitute_env__mutmut_5 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_6'] = x_substitute_env__mutmut_6 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_7'] = x_substitute_env__mutmut_7 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_8'] = x_substitute_env__mutmut_8 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_9'] = x_substitute_env__mutmut_9 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_10'] = x_substitute_env__mutmut_10 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_11'] = x_substitute_env__mutmut_11 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_12'] = x_substitute_env__mutmut_12 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_13'] = x_substitute_env__mutmut_13 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_14'] = x_substitute_env__mutmut_14 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_15'] = x_substitute_env__mutmut_15 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_16'] = x_substitute_env__mutmut_16 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_17'] = x_substitute_env__mutmut_17 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_18'] = x_substitute_env__mutmut_18 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_19'] = x_substitute_env__mutmut_19 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_20'] = x_substitute_env__mutmut_20 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_21'] = x_substitute_env__mutmut_21 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_22'] = x_substitute_env__mutmut_22 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_23'] = x_substitute_env__mutmut_23 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_24'] = x_substitute_env__mutmut_24 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_25'] = x_substitute_env__mutmut_25 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_26'] = x_substitute_env__mutmut_26 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_27'] = x_substitute_env__mutmut_27 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_28'] = x_substitute_env__mutmut_28 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_29'] = x_substitute_env__mutmut_29 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_30'] = x_substitute_env__mutmut_30 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_31'] = x_substitute_env__mutmut_31 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_32'] = x_substitute_env__mutmut_32 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_33'] = x_substitute_env__mutmut_33 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_34'] = x_substitute_env__mutmut_34 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_35'] = x_substitute_env__mutmut_35 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_36'] = x_substitute_env__mutmut_36 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_37'] = x_substitute_env__mutmut_37 # type: ignore # mutmut generated
mutants_x_substitute_env__mutmut['x_substitute_env__mutmut_38'] = x_substitute_env__mutmut_38 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__substitute_string__mutmut)
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


def x__substitute_string__mutmut_orig(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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


def x__substitute_string__mutmut_1(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(None) == "$${":
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


def x__substitute_string__mutmut_2(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(1) == "$${":
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


def x__substitute_string__mutmut_3(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) != "$${":
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


def x__substitute_string__mutmut_4(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "XX$${XX":
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


def x__substitute_string__mutmut_5(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "XX${XX"
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


def x__substitute_string__mutmut_6(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = None
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


def x__substitute_string__mutmut_7(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(None)
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


def x__substitute_string__mutmut_8(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(2)
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


def x__substitute_string__mutmut_9(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = None
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


def x__substitute_string__mutmut_10(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if (match.group(0).endswith("}")) and False else None
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


def x__substitute_string__mutmut_11(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if (match.group(0).endswith("}")) or True else None
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


def x__substitute_string__mutmut_12(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(None) if match.group(0).endswith("}") else None
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


def x__substitute_string__mutmut_13(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith(None) else None
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


def x__substitute_string__mutmut_14(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(None).endswith("}") else None
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


def x__substitute_string__mutmut_15(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(1).endswith("}") else None
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


def x__substitute_string__mutmut_16(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("XX}XX") else None
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


def x__substitute_string__mutmut_17(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is not None:
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


def x__substitute_string__mutmut_18(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                None,
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


def x__substitute_string__mutmut_19(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "(NAME is letters, digits and _), or $${ for a literal '${'.",
                file=None,
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


def x__substitute_string__mutmut_20(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
                service=None,
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


def x__substitute_string__mutmut_21(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
                field=None,
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


def x__substitute_string__mutmut_22(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
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


def x__substitute_string__mutmut_23(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "(NAME is letters, digits and _), or $${ for a literal '${'.",
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


def x__substitute_string__mutmut_24(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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


def x__substitute_string__mutmut_25(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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


def x__substitute_string__mutmut_26(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(None)}': write ${{NAME}} or ${{NAME:-default}} "
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


def x__substitute_string__mutmut_27(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(1)}': write ${{NAME}} or ${{NAME:-default}} "
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


def x__substitute_string__mutmut_28(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "XX(NAME is letters, digits and _), or $${ for a literal '${'.XX",
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


def x__substitute_string__mutmut_29(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "(name is letters, digits and _), or $${ for a literal '${'.",
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


def x__substitute_string__mutmut_30(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$${":
            return "${"
        body = match.group(1)
        parsed = _REFERENCE_BODY.fullmatch(body) if match.group(0).endswith("}") else None
        if parsed is None:
            raise exceptions.ConfigurationError(
                f"malformed environment reference '{match.group(0)}': write ${{NAME}} or ${{NAME:-default}} "
                "(NAME IS LETTERS, DIGITS AND _), OR $${ FOR A LITERAL '${'.",
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


def x__substitute_string__mutmut_31(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        name, default = None
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


def x__substitute_string__mutmut_32(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        name, default = parsed.group(None), parsed.group(2)
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


def x__substitute_string__mutmut_33(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        name, default = parsed.group(2), parsed.group(2)
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


def x__substitute_string__mutmut_34(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        name, default = parsed.group(1), parsed.group(None)
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


def x__substitute_string__mutmut_35(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        name, default = parsed.group(1), parsed.group(3)
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


def x__substitute_string__mutmut_36(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = None
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


def x__substitute_string__mutmut_37(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = environ.get(None, "")
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


def x__substitute_string__mutmut_38(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = environ.get(name, None)
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


def x__substitute_string__mutmut_39(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = environ.get("")
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


def x__substitute_string__mutmut_40(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = environ.get(name, )
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


def x__substitute_string__mutmut_41(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        found = environ.get(name, "XXXX")
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


def x__substitute_string__mutmut_42(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        if default is None:
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


def x__substitute_string__mutmut_43(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
        if name not in environ:
            return ""
        raise exceptions.ConfigurationError(
            f"environment variable {name} is not set (referenced as ${{{name}}}). Set it, give a default "
            f"with ${{{name}:-value}}, or write $${{ for a literal '${{'.",
            file=file,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_44(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            return "XXXX"
        raise exceptions.ConfigurationError(
            f"environment variable {name} is not set (referenced as ${{{name}}}). Set it, give a default "
            f"with ${{{name}:-value}}, or write $${{ for a literal '${{'.",
            file=file,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_45(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            None,
            file=file,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_46(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            file=None,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_47(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            service=None,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_48(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            field=None,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_49(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            file=file,
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_50(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            service=service,
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_51(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            field=field,
        )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_52(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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
            )

    return _REFERENCE.sub(replace, text)


def x__substitute_string__mutmut_53(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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

    return _REFERENCE.sub(None, text)


def x__substitute_string__mutmut_54(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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

    return _REFERENCE.sub(replace, None)


def x__substitute_string__mutmut_55(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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

    return _REFERENCE.sub(text)


def x__substitute_string__mutmut_56(text: str, environ: Mapping[str, str], file: str, service: str, field: str) -> str:
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

    return _REFERENCE.sub(replace, )

mutants_x__substitute_string__mutmut['_mutmut_orig'] = x__substitute_string__mutmut_orig # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_1'] = x__substitute_string__mutmut_1 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_2'] = x__substitute_string__mutmut_2 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_3'] = x__substitute_string__mutmut_3 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_4'] = x__substitute_string__mutmut_4 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_5'] = x__substitute_string__mutmut_5 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_6'] = x__substitute_string__mutmut_6 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_7'] = x__substitute_string__mutmut_7 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_8'] = x__substitute_string__mutmut_8 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_9'] = x__substitute_string__mutmut_9 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_10'] = x__substitute_string__mutmut_10 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_11'] = x__substitute_string__mutmut_11 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_12'] = x__substitute_string__mutmut_12 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_13'] = x__substitute_string__mutmut_13 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_14'] = x__substitute_string__mutmut_14 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_15'] = x__substitute_string__mutmut_15 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_16'] = x__substitute_string__mutmut_16 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_17'] = x__substitute_string__mutmut_17 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_18'] = x__substitute_string__mutmut_18 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_19'] = x__substitute_string__mutmut_19 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_20'] = x__substitute_string__mutmut_20 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_21'] = x__substitute_string__mutmut_21 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_22'] = x__substitute_string__mutmut_22 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_23'] = x__substitute_string__mutmut_23 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_24'] = x__substitute_string__mutmut_24 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_25'] = x__substitute_string__mutmut_25 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_26'] = x__substitute_string__mutmut_26 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_27'] = x__substitute_string__mutmut_27 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_28'] = x__substitute_string__mutmut_28 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_29'] = x__substitute_string__mutmut_29 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_30'] = x__substitute_string__mutmut_30 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_31'] = x__substitute_string__mutmut_31 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_32'] = x__substitute_string__mutmut_32 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_33'] = x__substitute_string__mutmut_33 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_34'] = x__substitute_string__mutmut_34 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_35'] = x__substitute_string__mutmut_35 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_36'] = x__substitute_string__mutmut_36 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_37'] = x__substitute_string__mutmut_37 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_38'] = x__substitute_string__mutmut_38 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_39'] = x__substitute_string__mutmut_39 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_40'] = x__substitute_string__mutmut_40 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_41'] = x__substitute_string__mutmut_41 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_42'] = x__substitute_string__mutmut_42 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_43'] = x__substitute_string__mutmut_43 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_44'] = x__substitute_string__mutmut_44 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_45'] = x__substitute_string__mutmut_45 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_46'] = x__substitute_string__mutmut_46 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_47'] = x__substitute_string__mutmut_47 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_48'] = x__substitute_string__mutmut_48 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_49'] = x__substitute_string__mutmut_49 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_50'] = x__substitute_string__mutmut_50 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_51'] = x__substitute_string__mutmut_51 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_52'] = x__substitute_string__mutmut_52 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_53'] = x__substitute_string__mutmut_53 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_54'] = x__substitute_string__mutmut_54 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_55'] = x__substitute_string__mutmut_55 # type: ignore # mutmut generated
mutants_x__substitute_string__mutmut['x__substitute_string__mutmut_56'] = x__substitute_string__mutmut_56 # type: ignore # mutmut generated


# --------------------------------------------------------------------------- masking

_SECRET_KEY_WORDS = (
    "password",
    "passwd",
    "secret",
    "token",
    "access_key",
    "accesskey",
    "api_key",
    "apikey",
    "private_key",
    "credential",
    "signature",
)
_URL_CREDENTIALS = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@?#]*:)(?P<password>[^\s/]*)(?P<tail>@)",
)
_URL_QUERY_VALUE = re.compile(r"(?P<head>[?&;](?P<key>[^=&;#\s]+)=)(?P<value>[^&;#\s]*)")
_WHOLE_REFERENCE = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")
mutants_x_is_secret_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_secret_key__mutmut)
def is_secret_key(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_orig(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_1(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = None
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_2(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace(None, "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_3(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", None)
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_4(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_5(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", )
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_6(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.upper().replace("-", "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_7(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("XX-XX", "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_8(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "XX_XX")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def x_is_secret_key__mutmut_9(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "_")
    return any(None)


def x_is_secret_key__mutmut_10(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "_")
    return any(word not in normalised for word in _SECRET_KEY_WORDS)

mutants_x_is_secret_key__mutmut['_mutmut_orig'] = x_is_secret_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_1'] = x_is_secret_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_2'] = x_is_secret_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_3'] = x_is_secret_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_4'] = x_is_secret_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_5'] = x_is_secret_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_6'] = x_is_secret_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_7'] = x_is_secret_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_8'] = x_is_secret_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_9'] = x_is_secret_key__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_secret_key__mutmut['x_is_secret_key__mutmut_10'] = x_is_secret_key__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_url__mutmut)
def mask_url(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_orig(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_1(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = None
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_2(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group(None)
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_3(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("XXpasswordXX")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_4(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("PASSWORD")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_5(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = None
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_6(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if (not secret or _WHOLE_REFERENCE.fullmatch(secret)) and False else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_7(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if (not secret or _WHOLE_REFERENCE.fullmatch(secret)) or True else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_8(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret and _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_9(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_10(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(None) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_11(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group(None)}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_12(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('XXheadXX')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_13(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('HEAD')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_14(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group(None)}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_15(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('XXtailXX')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_16(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('TAIL')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_17(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = None
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_18(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group(None)
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_19(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("XXvalueXX")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_20(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("VALUE")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_21(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) and _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_22(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value and not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_23(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_24(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_25(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(None) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_26(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group(None)) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_27(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("XXkeyXX")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_28(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("KEY")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_29(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(None):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_30(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(None)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_31(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(1)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_32(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group(None)}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_33(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('XXheadXX')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_34(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('HEAD')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_35(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "XX://XX" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_36(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" not in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_37(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = None
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_38(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(None, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_39(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, None)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_40(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_41(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, )
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_42(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "XX=XX" in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_43(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" not in text:
        text = _URL_QUERY_VALUE.sub(query_value, text)
    return text


def x_mask_url__mutmut_44(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = None
    return text


def x_mask_url__mutmut_45(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(None, text)
    return text


def x_mask_url__mutmut_46(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, None)
    return text


def x_mask_url__mutmut_47(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(text)
    return text


def x_mask_url__mutmut_48(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking query values in ``text``.

    An environment reference (``${DB_PASSWORD}``) is not a secret and is left readable.
    """

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def query_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _URL_QUERY_VALUE.sub(query_value, )
    return text

mutants_x_mask_url__mutmut['_mutmut_orig'] = x_mask_url__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_1'] = x_mask_url__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_2'] = x_mask_url__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_3'] = x_mask_url__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_4'] = x_mask_url__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_5'] = x_mask_url__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_6'] = x_mask_url__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_7'] = x_mask_url__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_8'] = x_mask_url__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_9'] = x_mask_url__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_10'] = x_mask_url__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_11'] = x_mask_url__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_12'] = x_mask_url__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_13'] = x_mask_url__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_14'] = x_mask_url__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_15'] = x_mask_url__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_16'] = x_mask_url__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_17'] = x_mask_url__mutmut_17 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_18'] = x_mask_url__mutmut_18 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_19'] = x_mask_url__mutmut_19 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_20'] = x_mask_url__mutmut_20 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_21'] = x_mask_url__mutmut_21 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_22'] = x_mask_url__mutmut_22 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_23'] = x_mask_url__mutmut_23 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_24'] = x_mask_url__mutmut_24 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_25'] = x_mask_url__mutmut_25 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_26'] = x_mask_url__mutmut_26 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_27'] = x_mask_url__mutmut_27 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_28'] = x_mask_url__mutmut_28 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_29'] = x_mask_url__mutmut_29 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_30'] = x_mask_url__mutmut_30 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_31'] = x_mask_url__mutmut_31 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_32'] = x_mask_url__mutmut_32 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_33'] = x_mask_url__mutmut_33 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_34'] = x_mask_url__mutmut_34 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_35'] = x_mask_url__mutmut_35 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_36'] = x_mask_url__mutmut_36 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_37'] = x_mask_url__mutmut_37 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_38'] = x_mask_url__mutmut_38 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_39'] = x_mask_url__mutmut_39 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_40'] = x_mask_url__mutmut_40 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_41'] = x_mask_url__mutmut_41 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_42'] = x_mask_url__mutmut_42 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_43'] = x_mask_url__mutmut_43 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_44'] = x_mask_url__mutmut_44 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_45'] = x_mask_url__mutmut_45 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_46'] = x_mask_url__mutmut_46 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_47'] = x_mask_url__mutmut_47 # type: ignore # mutmut generated
mutants_x_mask_url__mutmut['x_mask_url__mutmut_48'] = x_mask_url__mutmut_48 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_secrets__mutmut)
def mask_secrets(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_orig(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_1(value: Any, key: str = "XXXX") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_2(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key or is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_3(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(None):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_4(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" and (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_5(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None and value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_6(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is not None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_7(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value != "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_8(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "XXXX" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_9(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) or _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_10(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(None)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_11(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(None)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_12(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(None, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_13(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, None) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_14(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_15(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, ) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_16(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(None)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def x_mask_secrets__mutmut_17(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store: the one masking rule of runnable.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string has URL passwords masked.
    """
    if isinstance(value, SecretStr | SecretBytes):
        return defaults.MASK
    if key and is_secret_key(key):
        if value is None or value == "" or (isinstance(value, str) and _WHOLE_REFERENCE.fullmatch(value)):
            return value
        return defaults.MASK
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_secrets(item, str(name)) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(None) for item in value]
    return value

mutants_x_mask_secrets__mutmut['_mutmut_orig'] = x_mask_secrets__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_1'] = x_mask_secrets__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_2'] = x_mask_secrets__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_3'] = x_mask_secrets__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_4'] = x_mask_secrets__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_5'] = x_mask_secrets__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_6'] = x_mask_secrets__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_7'] = x_mask_secrets__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_8'] = x_mask_secrets__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_9'] = x_mask_secrets__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_10'] = x_mask_secrets__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_11'] = x_mask_secrets__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_12'] = x_mask_secrets__mutmut_12 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_13'] = x_mask_secrets__mutmut_13 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_14'] = x_mask_secrets__mutmut_14 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_15'] = x_mask_secrets__mutmut_15 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_16'] = x_mask_secrets__mutmut_16 # type: ignore # mutmut generated
mutants_x_mask_secrets__mutmut['x_mask_secrets__mutmut_17'] = x_mask_secrets__mutmut_17 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- messages


@_mutmut_mutated(mutants_x__did_you_mean__mutmut)
def _did_you_mean(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_orig(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_1(word: str, candidates: Any) -> str:
    matches = None
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_2(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(None, [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_3(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), None, n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_4(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=None, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_5(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=None)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_6(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches([str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_7(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_8(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_9(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, )
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_10(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.upper(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_11(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(None) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_12(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=2, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_13(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=1.6)
    return f" Did you mean `{matches[0]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_14(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if (matches) and False else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_15(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if (matches) or True else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_16(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[1]}`?" if matches else ""


# --------------------------------------------------------------------------- messages


def x__did_you_mean__mutmut_17(word: str, candidates: Any) -> str:
    matches = difflib.get_close_matches(word.lower(), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" Did you mean `{matches[0]}`?" if matches else "XXXX"

mutants_x__did_you_mean__mutmut['_mutmut_orig'] = x__did_you_mean__mutmut_orig # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_1'] = x__did_you_mean__mutmut_1 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_2'] = x__did_you_mean__mutmut_2 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_3'] = x__did_you_mean__mutmut_3 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_4'] = x__did_you_mean__mutmut_4 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_5'] = x__did_you_mean__mutmut_5 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_6'] = x__did_you_mean__mutmut_6 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_7'] = x__did_you_mean__mutmut_7 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_8'] = x__did_you_mean__mutmut_8 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_9'] = x__did_you_mean__mutmut_9 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_10'] = x__did_you_mean__mutmut_10 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_11'] = x__did_you_mean__mutmut_11 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_12'] = x__did_you_mean__mutmut_12 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_13'] = x__did_you_mean__mutmut_13 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_14'] = x__did_you_mean__mutmut_14 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_15'] = x__did_you_mean__mutmut_15 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_16'] = x__did_you_mean__mutmut_16 # type: ignore # mutmut generated
mutants_x__did_you_mean__mutmut['x__did_you_mean__mutmut_17'] = x__did_you_mean__mutmut_17 # type: ignore # mutmut generated
mutants_x__service_list__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_list__mutmut)
def _service_list() -> str:
    return ", ".join(service.replace("_", "-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_orig() -> str:
    return ", ".join(service.replace("_", "-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_1() -> str:
    return ", ".join(None)


def x__service_list__mutmut_2() -> str:
    return "XX, XX".join(service.replace("_", "-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_3() -> str:
    return ", ".join(service.replace(None, "-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_4() -> str:
    return ", ".join(service.replace("_", None) for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_5() -> str:
    return ", ".join(service.replace("-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_6() -> str:
    return ", ".join(service.replace("_", ) for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_7() -> str:
    return ", ".join(service.replace("XX_XX", "-") for service in defaults.SERVICE_TYPES)


def x__service_list__mutmut_8() -> str:
    return ", ".join(service.replace("_", "XX-XX") for service in defaults.SERVICE_TYPES)

mutants_x__service_list__mutmut['_mutmut_orig'] = x__service_list__mutmut_orig # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_1'] = x__service_list__mutmut_1 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_2'] = x__service_list__mutmut_2 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_3'] = x__service_list__mutmut_3 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_4'] = x__service_list__mutmut_4 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_5'] = x__service_list__mutmut_5 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_6'] = x__service_list__mutmut_6 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_7'] = x__service_list__mutmut_7 # type: ignore # mutmut generated
mutants_x__service_list__mutmut['x__service_list__mutmut_8'] = x__service_list__mutmut_8 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__known_services_hint__mutmut)
def _known_services_hint(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_orig(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_1(written: str) -> str:
    matches = None
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_2(written: str) -> str:
    matches = difflib.get_close_matches(None, defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_3(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), None, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_4(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=None, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_5(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=None)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_6(written: str) -> str:
    matches = difflib.get_close_matches(defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_7(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_8(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_9(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, )
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_10(written: str) -> str:
    matches = difflib.get_close_matches(written.upper(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_11(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=2, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_12(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=1.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_13(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = None
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_14(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if (matches) and False else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_15(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if (matches) or True else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_16(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace(None, '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_17(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', None)}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_18(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_19(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', )}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_20(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[1].replace('_', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_21(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('XX_XX', '-')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_22(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', 'XX-XX')}`? " if matches else ""
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."


def x__known_services_hint__mutmut_23(written: str) -> str:
    matches = difflib.get_close_matches(written.lower(), defaults.SERVICE_TYPES, n=1, cutoff=0.6)
    hint = f"Did you mean `{matches[0].replace('_', '-')}`? " if matches else "XXXX"
    return f"{hint}Known services: {_service_list()} (`-` or `_` both work)."

mutants_x__known_services_hint__mutmut['_mutmut_orig'] = x__known_services_hint__mutmut_orig # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_1'] = x__known_services_hint__mutmut_1 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_2'] = x__known_services_hint__mutmut_2 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_3'] = x__known_services_hint__mutmut_3 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_4'] = x__known_services_hint__mutmut_4 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_5'] = x__known_services_hint__mutmut_5 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_6'] = x__known_services_hint__mutmut_6 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_7'] = x__known_services_hint__mutmut_7 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_8'] = x__known_services_hint__mutmut_8 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_9'] = x__known_services_hint__mutmut_9 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_10'] = x__known_services_hint__mutmut_10 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_11'] = x__known_services_hint__mutmut_11 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_12'] = x__known_services_hint__mutmut_12 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_13'] = x__known_services_hint__mutmut_13 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_14'] = x__known_services_hint__mutmut_14 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_15'] = x__known_services_hint__mutmut_15 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_16'] = x__known_services_hint__mutmut_16 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_17'] = x__known_services_hint__mutmut_17 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_18'] = x__known_services_hint__mutmut_18 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_19'] = x__known_services_hint__mutmut_19 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_20'] = x__known_services_hint__mutmut_20 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_21'] = x__known_services_hint__mutmut_21 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_22'] = x__known_services_hint__mutmut_22 # type: ignore # mutmut generated
mutants_x__known_services_hint__mutmut['x__known_services_hint__mutmut_23'] = x__known_services_hint__mutmut_23 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__describe_type__mutmut)
def _describe_type(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_orig(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_1(value: Any) -> str:
    if value is not None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_2(value: Any) -> str:
    if value is None:
        return "XXnothingXX"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_3(value: Any) -> str:
    if value is None:
        return "NOTHING"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_4(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "XXa mappingXX"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_5(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "A MAPPING"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_6(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "XXa listXX"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_7(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "A LIST"
    return f"{type(value).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_8(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(None).__name__} {mask_secrets(value)!r}"


def x__describe_type__mutmut_9(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"{type(value).__name__} {mask_secrets(None)!r}"

mutants_x__describe_type__mutmut['_mutmut_orig'] = x__describe_type__mutmut_orig # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_1'] = x__describe_type__mutmut_1 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_2'] = x__describe_type__mutmut_2 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_3'] = x__describe_type__mutmut_3 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_4'] = x__describe_type__mutmut_4 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_5'] = x__describe_type__mutmut_5 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_6'] = x__describe_type__mutmut_6 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_7'] = x__describe_type__mutmut_7 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_8'] = x__describe_type__mutmut_8 # type: ignore # mutmut generated
mutants_x__describe_type__mutmut['x__describe_type__mutmut_9'] = x__describe_type__mutmut_9 # type: ignore # mutmut generated
