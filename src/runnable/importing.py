"""Importing the object a ``module:attribute`` path names.

The one importer behind task commands and map reducers (written ``pkg.module.function``, whose
callers split off the last part: ``pkg.module:function``), plugin registrations and entry points
(``pkg.module:Class``) and a store's class rebuilt in another process.

Not :func:`pkgutil.resolve_name`: it refuses names that are not identifiers with a message about
its own format and, given a path without a colon, guesses where the module ends by trying imports,
reporting a module that exists but fails to import as a missing attribute (pydantic's
``ImportString`` does the same for a missing module). Here the caller names the module, so the
user sees that module's own import error.
"""

from __future__ import annotations

import importlib
from typing import Any


def import_object(path: str) -> Any:
    """The object ``"pkg.module:Class.attribute"`` names (``"pkg.module"`` alone: the module).

    Raises ``ImportError`` when the module cannot be imported, ``AttributeError`` when it lacks an
    attribute, ``ValueError`` when the path names no module (``":function"``).
    """
    module_name, _, attributes = path.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in attributes.split(".") if attributes else ():
        target = getattr(target, part)
    return target
