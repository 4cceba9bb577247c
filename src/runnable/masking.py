"""The one masking rule of runnable: what may be printed, logged or stored of a value that holds secrets.

- :func:`mask_secrets` ``(value)``: a copy of a configuration (any depth) safe to show or store.
  Values under secret-looking keys (:func:`is_secret_key`) become :data:`runnable.defaults.MASK`;
  every string has its URL passwords and secret-looking ``key=value`` pairs masked (:func:`mask_url`).
- :func:`mask_url` ``(text)``: URL passwords and secret-looking ``key=value`` values masked in a text;
  :func:`mask_urls` ``(value)`` the same for every string of a record (a stored run config).
- :func:`mask_values` ``(text, values)``: known secret values (a task's secrets) masked in a text.
- :class:`SecretFilter`: the same for a stream of text written piece by piece (live task output).
- :func:`contains_secret` ``(value, values)``: whether a value (a returned parameter) holds a secret.

A URL password is everything between ``scheme://user:`` and the **last** ``@`` on its line, whatever
characters it holds (``/``, ``@``, ``:``, ``%``, ``?``, ``#``, spaces). URL parsers such as
SQLAlchemy's ``make_url`` end the password at the first ``@`` and would show the rest of a password
that holds one as part of the host. In a sentence that mentions an ``@`` after a URL, more than the
password is masked: masking too much is safe, masking too little is not. An environment reference
(``${DB_PASSWORD}``) is not a secret and stays readable, so a run config says where the secret came from.

Imports nothing from the package but ``defaults``: the store contract and the executor use it
without loading the configuration machinery.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import SecretBytes, SecretStr

from runnable import defaults

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
_SCHEME = r"[A-Za-z][A-Za-z0-9+.\-]*://"
# The user part cannot hold ':' or '/' (as in SQLAlchemy's URL grammar); the password runs to the
# last '@' on its line, so that no character it may hold (spaces included) ends it early.
_URL_CREDENTIALS = re.compile(rf"(?P<head>{_SCHEME}[^\s:/]*:)(?P<password>[^\n]*)(?P<tail>@)")
# key=value after '?', '&', ';', whitespace or at the start: URL queries and libpq-style settings.
_KEY_VALUE = re.compile(r"(?P<head>(?:^|(?<=[?&;\s]))(?P<key>[^=&;#\s]+)=)(?P<value>[^&;#\s]*)")
_WHOLE_REFERENCE = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")


def is_secret_key(key: str) -> bool:
    """Whether a field or key name looks like it holds a credential (``password``, ``api-key``...)."""
    normalised = key.lower().replace("-", "_")
    return any(word in normalised for word in _SECRET_KEY_WORDS)


def mask_url(text: str) -> str:
    """Mask URL passwords (``scheme://user:********@host``) and secret-looking ``key=value`` values."""

    def password(match: re.Match[str]) -> str:
        secret = match.group("password")
        kept = secret if not secret or _WHOLE_REFERENCE.fullmatch(secret) else defaults.MASK
        return f"{match.group('head')}{kept}{match.group('tail')}"

    def key_value(match: re.Match[str]) -> str:
        value = match.group("value")
        if not value or not is_secret_key(match.group("key")) or _WHOLE_REFERENCE.fullmatch(value):
            return match.group(0)
        return f"{match.group('head')}{defaults.MASK}"

    if "://" in text:
        text = _URL_CREDENTIALS.sub(password, text)
    if "=" in text:
        text = _KEY_VALUE.sub(key_value, text)
    return text


def mask_secrets(value: Any, key: str = "") -> Any:
    """A copy of ``value`` safe to print or store.

    Values under secret-looking keys become :data:`runnable.defaults.MASK` (an empty value stays empty,
    a bare ``${VAR}`` reference stays as written); every other string goes through :func:`mask_url`.
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


def mask_urls(value: Any) -> Any:
    """A copy of ``value`` with :func:`mask_url` applied to every string in it, keys left as they are.

    For records whose keys are not configuration fields (a stored run config names a ``secrets``
    service and steps' ``secrets`` lists, which are not secret).
    """
    if isinstance(value, str):
        return mask_url(value)
    if isinstance(value, Mapping):
        return {name: mask_urls(item) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_urls(item) for item in value]
    return value


def mask_values(text: str, secret_values: Iterable[str]) -> str:
    """``text`` with every occurrence of a secret value replaced by the mask."""
    # Longest first, so a secret that contains another is masked whole.
    for value in sorted({v for v in secret_values if v}, key=len, reverse=True):
        text = text.replace(value, defaults.MASK)
    return text


def contains_secret(value: Any, secret_values: Iterable[str]) -> bool:
    """Whether any string inside ``value`` (at any depth, keys included) holds one of the secret values."""
    wanted = [v for v in secret_values if v]
    if not wanted:
        return False
    if isinstance(value, str):
        return any(secret in value for secret in wanted)
    if isinstance(value, bytes):
        return any(secret.encode() in value for secret in wanted)
    if isinstance(value, Mapping):
        return any(contains_secret(k, wanted) or contains_secret(v, wanted) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(contains_secret(item, wanted) for item in value)
    return False


class SecretFilter:
    """Masks known secret values in text that arrives in pieces (a task's live output).

    A piece may end with the start of a secret whose rest comes in the next piece: that tail is
    held back until it can be told apart (:meth:`feed`), and given out by :meth:`flush` at the end.
    """

    def __init__(self, secret_values: Iterable[str]) -> None:
        self._secrets = sorted({v for v in secret_values if v}, key=len, reverse=True)
        self._pending = ""

    def __bool__(self) -> bool:
        return bool(self._secrets)

    def feed(self, text: str) -> str:
        """The part of what was written so far that is safe to show now, secrets masked."""
        if not self._secrets:
            return text
        text = mask_values(self._pending + text, self._secrets)
        keep = self._held_back(text)
        self._pending = text[len(text) - keep :] if keep else ""
        return text[: len(text) - keep] if keep else text

    def flush(self) -> str:
        """Whatever was held back: the stream has ended, so it is not the start of a secret."""
        rest, self._pending = self._pending, ""
        return rest

    def _held_back(self, text: str) -> int:
        """How many characters at the end of ``text`` could be the start of a secret."""
        longest = 0
        for secret in self._secrets:
            for length in range(min(len(secret) - 1, len(text)), longest, -1):
                if text.endswith(secret[:length]):
                    longest = length
                    break
        return longest
