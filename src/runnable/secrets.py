"""Secrets managers: where a task's ``secrets=[names]`` get their values.

A task sees its secrets as environment variables only while it runs (see
:func:`exposed_as_environment`); values are never logged, stored in the run
log or put in error messages.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from runnable import exceptions
from runnable.masking import mask_values as mask_values  # where the executor and 0.50-era code find it


class BaseSecrets(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "secrets"

    @abstractmethod
    def get(self, name: str) -> str:
        """The secret's value; :class:`~runnable.exceptions.SecretNotFoundError` if there is none."""

    def resolve(self, names: list[str]) -> dict[str, str]:
        return {name: self.get(name) for name in names}


class DoNothingSecretsManager(BaseSecrets):
    """Every secret is the empty string: for runs that declare secrets they do not need here."""

    service_name: str = "do-nothing"

    def get(self, name: str) -> str:
        return ""


class EnvSecretsManager(BaseSecrets):
    """Secrets from the environment of the process, optionally under a prefix and suffix.

    With ``prefix: "PROD_"`` the secret ``db_password`` is read from ``PROD_db_password``.
    """

    service_name: str = "env-secrets"
    prefix: str = ""
    suffix: str = ""

    def get(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, f"the environment variable {variable}") from None


class DotEnvSecretsManager(BaseSecrets):
    """Secrets from a ``.env`` file (``NAME=value`` lines), read once per run."""

    service_name: str = "dotenv"
    location: str = Field(default=".env", validate_default=True)

    _values: dict[str, str | None] | None = PrivateAttr(default=None)

    @field_validator("location")
    @classmethod
    def _file_exists(cls, location: str) -> str:
        # Checked when the run starts, not when the first step asks for a secret halfway through it.
        if not Path(location).is_file():
            raise ValueError(
                f"the dotenv file {Path(location).resolve()} does not exist; create it or set `location` "
                "to the file that holds the secrets"
            )
        return location

    def get(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def _load(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values


@contextmanager
def exposed_as_environment(values: Mapping[str, str]) -> Iterator[None]:
    """Set environment variables for the duration of the block, then restore what was there."""
    previous = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, old in previous.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old
