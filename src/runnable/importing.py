"""Importing the object a path names, as configuration files and run logs write it.

Two forms, both in use since runnable 0.50:

- ``pkg.module.function``: the last part is the attribute, the rest the module (a task's
  ``command``, a map's reducer);
- ``pkg.module:Class.attribute``: the module before the colon, attributes after it (entry points,
  plugin registrations, a store's class rebuilt in another process).

Not :func:`pkgutil.resolve_name`: without a colon it guesses where the module ends by trying
imports and, when a module that exists fails to import, reports a missing attribute instead of
the import error; pydantic's ``ImportString`` does the same for missing modules. Here the module
is the one the path names, so its own import error is what the caller sees.
"""

from __future__ import annotations

import importlib
from typing import Any


def import_object(path: str) -> Any:
    """The object ``path`` names (either form above), importing its module.

    Raises ``ImportError`` when the module cannot be imported, ``AttributeError`` when it lacks the
    attribute, ``ValueError`` when the path names no module (``"train"``, ``":f"``).
    """
    if ":" in path:
        module_name, _, attributes = path.partition(":")
    else:
        module_name, _, attributes = path.rpartition(".")
    target: Any = importlib.import_module(module_name)
    for part in attributes.split(".") if attributes else ():
        target = getattr(target, part)
    return target
