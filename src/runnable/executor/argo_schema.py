"""Check a rendered Argo document against Argo's own schema, as the ``hera`` package models it.

hera's models of Argo's API are generated from Argo's published schema. They ignore keys they do not
know, so a document is checked both ways: it must load (no missing or ill-typed field), and loading
it must keep every key (no unknown field, which Argo would reject or silently ignore).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from runnable import exceptions


def schema_problems(document: dict[str, Any]) -> list[str]:
    """What Argo's schema finds wrong in ``document`` (a Workflow or CronWorkflow); empty if nothing."""
    try:
        from hera.workflows.models import CronWorkflow, Workflow
    except ImportError:
        raise exceptions.ConfigurationError(
            "Checking an Argo workflow needs the hera package: pip install 'runnable[argo]'."
        ) from None
    model = CronWorkflow if document.get("kind") == "CronWorkflow" else Workflow
    try:
        loaded = model.model_validate(document)
    except ValidationError as exc:
        return [f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()]
    kept = loaded.model_dump(by_alias=True, exclude_none=True, mode="json")
    return [f"{path}: not a field of Argo's schema" for path in _dropped(document, kept, "")]


def _dropped(given: Any, kept: Any, path: str) -> list[str]:
    found: list[str] = []
    if isinstance(given, dict):
        for key, value in given.items():
            where = f"{path}.{key}" if path else str(key)
            if not isinstance(kept, dict) or key not in kept:
                if value is not None:
                    found.append(where)
                continue
            found.extend(_dropped(value, kept[key], where))
    elif isinstance(given, list) and isinstance(kept, list):
        for position, (value, kept_value) in enumerate(zip(given, kept, strict=False)):
            found.extend(_dropped(value, kept_value, f"{path}[{position}]"))
    return found
