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

from pydantic import BaseModel, ConfigDict, PrivateAttr

from runnable import defaults, exceptions


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁBaseSecretsǁresolve__mutmut: MutantDict = {}  # type: ignore


class BaseSecrets(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "secrets"

    @abstractmethod
    def get(self, name: str) -> str:
        """The secret's value; :class:`~runnable.exceptions.SecretNotFoundError` if there is none."""

    @_mutmut_mutated(mutants_xǁBaseSecretsǁresolve__mutmut)
    def resolve(self, names: list[str]) -> dict[str, str]:
        return {name: self.get(name) for name in names}

    def xǁBaseSecretsǁresolve__mutmut_orig(self, names: list[str]) -> dict[str, str]:
        return {name: self.get(name) for name in names}

    def xǁBaseSecretsǁresolve__mutmut_1(self, names: list[str]) -> dict[str, str]:
        return {name: self.get(None) for name in names}

mutants_xǁBaseSecretsǁresolve__mutmut['_mutmut_orig'] = BaseSecrets.xǁBaseSecretsǁresolve__mutmut_orig # type: ignore # mutmut generated
mutants_xǁBaseSecretsǁresolve__mutmut['xǁBaseSecretsǁresolve__mutmut_1'] = BaseSecrets.xǁBaseSecretsǁresolve__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDoNothingSecretsManagerǁget__mutmut: MutantDict = {}  # type: ignore


class DoNothingSecretsManager(BaseSecrets):
    """Every secret is the empty string: for runs that declare secrets they do not need here."""

    service_name: str = "do-nothing"

    @_mutmut_mutated(mutants_xǁDoNothingSecretsManagerǁget__mutmut)
    def get(self, name: str) -> str:
        return ""

    def xǁDoNothingSecretsManagerǁget__mutmut_orig(self, name: str) -> str:
        return ""

    def xǁDoNothingSecretsManagerǁget__mutmut_1(self, name: str) -> str:
        return "XXXX"

mutants_xǁDoNothingSecretsManagerǁget__mutmut['_mutmut_orig'] = DoNothingSecretsManager.xǁDoNothingSecretsManagerǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDoNothingSecretsManagerǁget__mutmut['xǁDoNothingSecretsManagerǁget__mutmut_1'] = DoNothingSecretsManager.xǁDoNothingSecretsManagerǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut: MutantDict = {}  # type: ignore


class EnvSecretsManager(BaseSecrets):
    """Secrets from the environment of the process, optionally under a prefix and suffix.

    With ``prefix: "PROD_"`` the secret ``db_password`` is read from ``PROD_db_password``.
    """

    service_name: str = "env-secrets"
    prefix: str = ""
    suffix: str = ""

    @_mutmut_mutated(mutants_xǁEnvSecretsManagerǁget__mutmut)
    def get(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, f"the environment variable {variable}") from None

    def xǁEnvSecretsManagerǁget__mutmut_orig(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, f"the environment variable {variable}") from None

    def xǁEnvSecretsManagerǁget__mutmut_1(self, name: str) -> str:
        variable = None
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, f"the environment variable {variable}") from None

    def xǁEnvSecretsManagerǁget__mutmut_2(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(None, f"the environment variable {variable}") from None

    def xǁEnvSecretsManagerǁget__mutmut_3(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, None) from None

    def xǁEnvSecretsManagerǁget__mutmut_4(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(f"the environment variable {variable}") from None

    def xǁEnvSecretsManagerǁget__mutmut_5(self, name: str) -> str:
        variable = f"{self.prefix}{name}{self.suffix}"
        try:
            return os.environ[variable]
        except KeyError:
            raise exceptions.SecretNotFoundError(name, ) from None

mutants_xǁEnvSecretsManagerǁget__mutmut['_mutmut_orig'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut['xǁEnvSecretsManagerǁget__mutmut_1'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut['xǁEnvSecretsManagerǁget__mutmut_2'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut['xǁEnvSecretsManagerǁget__mutmut_3'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_3 # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut['xǁEnvSecretsManagerǁget__mutmut_4'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_4 # type: ignore # mutmut generated
mutants_xǁEnvSecretsManagerǁget__mutmut['xǁEnvSecretsManagerǁget__mutmut_5'] = EnvSecretsManager.xǁEnvSecretsManagerǁget__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut: MutantDict = {}  # type: ignore


class DotEnvSecretsManager(BaseSecrets):
    """Secrets from a ``.env`` file (``NAME=value`` lines), read once per run."""

    service_name: str = "dotenv"
    location: str = ".env"

    _values: dict[str, str | None] | None = PrivateAttr(default=None)

    @_mutmut_mutated(mutants_xǁDotEnvSecretsManagerǁget__mutmut)
    def get(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_orig(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_1(self, name: str) -> str:
        values = None
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_2(self, name: str) -> str:
        values = self._load()
        value = None
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_3(self, name: str) -> str:
        values = self._load()
        value = values.get(None)
        if value is None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_4(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is not None:
            raise exceptions.SecretNotFoundError(name, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_5(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(None, f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_6(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, None)
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_7(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(f"the dotenv file {self.location}")
        return value

    def xǁDotEnvSecretsManagerǁget__mutmut_8(self, name: str) -> str:
        values = self._load()
        value = values.get(name)
        if value is None:
            raise exceptions.SecretNotFoundError(name, )
        return value

    @_mutmut_mutated(mutants_xǁDotEnvSecretsManagerǁ_load__mutmut)
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

    def xǁDotEnvSecretsManagerǁ_load__mutmut_orig(self) -> dict[str, str | None]:
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

    def xǁDotEnvSecretsManagerǁ_load__mutmut_1(self) -> dict[str, str | None]:
        if self._values is not None:
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

    def xǁDotEnvSecretsManagerǁ_load__mutmut_2(self) -> dict[str, str | None]:
        if self._values is None:
            path = None
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_3(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(None)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_4(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_5(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    None,
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_6(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service=None,
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_7(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field=None,
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_8(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_9(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_10(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_11(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="XXsecretsXX",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_12(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="SECRETS",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_13(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="XXlocationXX",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_14(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="LOCATION",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(path))
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_15(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = None
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_16(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(None)
        return self._values

    def xǁDotEnvSecretsManagerǁ_load__mutmut_17(self) -> dict[str, str | None]:
        if self._values is None:
            path = Path(self.location)
            if not path.is_file():
                raise exceptions.ConfigurationError(
                    f"the dotenv file {path.resolve()} does not exist; create it or set 'location'",
                    service="secrets",
                    field="location",
                )
            from dotenv import dotenv_values

            self._values = dict(dotenv_values(None))
        return self._values

mutants_xǁDotEnvSecretsManagerǁget__mutmut['_mutmut_orig'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_1'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_2'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_3'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_4'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_5'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_6'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_7'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁget__mutmut['xǁDotEnvSecretsManagerǁget__mutmut_8'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁget__mutmut_8 # type: ignore # mutmut generated

mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['_mutmut_orig'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_1'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_2'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_3'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_4'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_5'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_6'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_7'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_8'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_9'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_10'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_11'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_12'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_13'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_14'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_15'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_16'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDotEnvSecretsManagerǁ_load__mutmut['xǁDotEnvSecretsManagerǁ_load__mutmut_17'] = DotEnvSecretsManager.xǁDotEnvSecretsManagerǁ_load__mutmut_17 # type: ignore # mutmut generated


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
mutants_x_mask_values__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mask_values__mutmut)
def mask_values(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_orig(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_1(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted(None, key=len, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_2(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=None, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_3(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=None):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_4(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted(key=len, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_5(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_6(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, ):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_7(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=False):
        text = text.replace(value, defaults.MASK)
    return text


def x_mask_values__mutmut_8(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = None
    return text


def x_mask_values__mutmut_9(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(None, defaults.MASK)
    return text


def x_mask_values__mutmut_10(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(value, None)
    return text


def x_mask_values__mutmut_11(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(defaults.MASK)
    return text


def x_mask_values__mutmut_12(text: str, secret_values: list[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted((v for v in secret_values if v), key=len, reverse=True):
        text = text.replace(value, )
    return text

mutants_x_mask_values__mutmut['_mutmut_orig'] = x_mask_values__mutmut_orig # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_1'] = x_mask_values__mutmut_1 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_2'] = x_mask_values__mutmut_2 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_3'] = x_mask_values__mutmut_3 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_4'] = x_mask_values__mutmut_4 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_5'] = x_mask_values__mutmut_5 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_6'] = x_mask_values__mutmut_6 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_7'] = x_mask_values__mutmut_7 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_8'] = x_mask_values__mutmut_8 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_9'] = x_mask_values__mutmut_9 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_10'] = x_mask_values__mutmut_10 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_11'] = x_mask_values__mutmut_11 # type: ignore # mutmut generated
mutants_x_mask_values__mutmut['x_mask_values__mutmut_12'] = x_mask_values__mutmut_12 # type: ignore # mutmut generated
