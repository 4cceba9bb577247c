"""The one run-id rule of runnable.

A run id becomes a file or folder name (file stores, the file-system catalog's
``<catalog_location>/<run_id>/``), an object key (S3 stores) and a database key, so every run id
follows :data:`RUN_ID_RULE`:

- 1 to :data:`MAX_RUN_ID_LENGTH` characters, each an ASCII letter, digit, ``_``, ``-`` or ``.``;
- the first a letter, digit or ``_`` (no leading dot or dash, no hidden file, no option look-alike);
- no ``..`` anywhere.

That holds runnable 0.50's generated ids (``wise-hopper-0611``), ours
(``brave-otter-141502-a3f9``) and ids people give (``nightly_2026.12.01``), and refuses anything
that could leave a folder (``/``, ``\\``, ``..``, ``C:``), NUL and other control characters,
whitespace, and names too long for a file system.

A run id is checked where it enters (:func:`chosen_run_id`: the CLI's ``--run-id``, the
``RUNNABLE_RUN_ID`` environment variable, ``execute(run_id=...)``, a retry's run id) before anything
is written, and again by every component that turns it into a path or key
(:func:`validate_run_id`), so a third-party caller cannot bypass the first check.

Imports nothing from the package but ``defaults`` and ``exceptions``.
"""

from __future__ import annotations

import functools
import os
import re

from runnable import defaults, exceptions

RUN_ID_RULE = "ASCII letters, digits, '_', '-' and '.', starting with a letter, digit or '_', without '..'"
# Well under the 255 bytes file systems allow in a name, leaving room for suffixes (".json").
MAX_RUN_ID_LENGTH = 200
# Good run ids a process remembers: every chunk read or write checks its run id.
MAX_CACHED_RUN_IDS = 1024
_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def validate_run_id(run_id: str, given_as: str = "") -> str:
    """Return ``run_id`` if it follows :data:`RUN_ID_RULE`, else raise :class:`InvalidRunIdError`.

    ``given_as`` says where the id came from (``--run-id``, ``RUNNABLE_RUN_ID``) for the message.
    """
    if _is_valid(run_id):
        return run_id
    reason = _why_invalid(run_id)
    source = f" (given as {given_as})" if given_as else ""
    raise exceptions.InvalidRunIdError(
        run_id, f"{reason}{source}. Use a run id of 1 to {MAX_RUN_ID_LENGTH} characters: {RUN_ID_RULE}."
    )


def chosen_run_id(given: str, given_as: str = "run_id") -> str:
    """The run id a new run asks for: ``given``, else ``RUNNABLE_RUN_ID``, else "" (generate one).

    Checked here, where it enters, so a bad id stops the run before anything is written.
    """
    if given:
        return validate_run_id(given, given_as)
    from_environment = os.environ.get(defaults.ENV_RUN_ID, "")
    if from_environment:
        return validate_run_id(from_environment, f"the environment variable {defaults.ENV_RUN_ID}")
    return ""


@functools.lru_cache(maxsize=MAX_CACHED_RUN_IDS)
def _is_valid(run_id: str) -> bool:
    return (
        isinstance(run_id, str)
        and 0 < len(run_id) <= MAX_RUN_ID_LENGTH
        and _PATTERN.fullmatch(run_id) is not None
        and ".." not in run_id
    )


def _why_invalid(run_id: str) -> str:
    if not isinstance(run_id, str):
        return f"it is a {type(run_id).__name__}, not a string"
    if not run_id:
        return "it is empty"
    if "\x00" in run_id:
        return "it contains a NUL character"
    if _CONTROL.search(run_id):
        return "it contains a control character"
    if "/" in run_id or "\\" in run_id:
        return "it contains a path separator ('/' or '\\')"
    if ".." in run_id:
        return "it contains '..'"
    if re.match(r"[A-Za-z]:", run_id):
        return "it is an absolute path"
    if run_id[0].isspace() or run_id[-1].isspace():
        return "it starts or ends with whitespace"
    if run_id.startswith("."):
        return "it starts with '.'"
    if len(run_id) > MAX_RUN_ID_LENGTH:
        return f"it is {len(run_id)} characters long"
    return "it contains characters other than the allowed ones"
