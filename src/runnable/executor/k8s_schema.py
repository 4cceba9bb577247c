"""Check a rendered ``batch/v1`` Job or CronJob against the ``kubernetes`` client's models of the API.

The client's models are generated from Kubernetes' OpenAPI schema, but its deserializer skips keys
it does not know. So the document is walked against the models' ``attribute_map`` and
``openapi_types``: every key must be a field (an unknown one would be dropped by the API server or
refused), every value of the declared type, and each model is built from its fields so that the
client's own validation reports the required fields that are missing (clients from 35 on build
their models with pydantic, older ones check in setters; both are understood).
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from runnable import exceptions

# Older clients spell containers list[X] and dict(str, X), newer ones List[X] and Dict[str, X].
_LIST = re.compile(r"^[lL]ist\[(.+)\]$")
_DICT = re.compile(r"^(?:dict\(([^,]+), (.+)\)|Dict\[([^,]+), (.+)\])$")
_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (str,),
    "date": (str,),
}
MODELS = {"Job": "V1Job", "CronJob": "V1CronJob"}


def manifest_problems(document: dict[str, Any]) -> list[str]:
    """What the Kubernetes API's schema finds wrong in ``document``; empty if nothing."""
    try:
        from kubernetes import client
    except ImportError:
        raise exceptions.ConfigurationError(
            "Checking a Kubernetes job needs the kubernetes package: pip install 'runnable[k8s]'."
        ) from None
    kind = document.get("kind")
    if kind not in MODELS:
        return [f"kind: {kind!r} is not one of {', '.join(MODELS)}"]
    if document.get("apiVersion") != "batch/v1":
        return [f"apiVersion: {document.get('apiVersion')!r} is not batch/v1"]
    return _problems(client, document, MODELS[kind], "")


def _problems(client: Any, value: Any, type_name: str, path: str) -> list[str]:
    where = path or "(document)"
    if type_name == "object":
        return []
    if type_name in _PRIMITIVES:
        allowed = _PRIMITIVES[type_name]
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            return [f"{where}: {value!r} is not a {type_name}"]
        return []
    listed = _LIST.match(type_name)
    if listed:
        if not isinstance(value, list):
            return [f"{where}: expected a list"]
        found: list[str] = []
        for position, item in enumerate(value):
            found += _problems(client, item, listed.group(1), f"{path}[{position}]")
        return found
    mapped = _DICT.match(type_name)
    if mapped:
        if not isinstance(value, dict):
            return [f"{where}: expected a mapping"]
        found = []
        for key, item in value.items():
            found += _problems(client, item, mapped.group(2) or mapped.group(4), f"{path}.{key}")
        return found
    return _model_problems(client, value, type_name, path)


def _model_problems(client: Any, value: Any, type_name: str, path: str) -> list[str]:
    where = path or "(document)"
    model = getattr(client, type_name)
    if not isinstance(value, dict):
        return [f"{where}: expected a mapping ({type_name})"]
    attribute_of = {key: attribute for attribute, key in model.attribute_map.items()}
    found: list[str] = []
    for key, item in value.items():
        inner = f"{path}.{key}" if path else str(key)
        if key not in attribute_of:
            matches = difflib.get_close_matches(str(key), list(attribute_of), n=1, cutoff=0.6)
            hint = f", did you mean '{matches[0]}'?" if matches else ""
            found.append(f"{inner}: not a field of {type_name}{hint}")
        elif item is not None:
            found += _problems(client, item, model.openapi_types[attribute_of[key]], inner)
    if not found:
        # The client's models refuse a missing required field (and some ill-formed values) when built.
        try:
            model(**{attribute_of[key]: item for key, item in value.items()})
        except ValueError as exc:
            found += _described(exc, path)
    return found


def _described(error: ValueError, path: str) -> list[str]:
    """Older clients raise ``Invalid value for `name`, must not be `None```; newer ones pydantic's errors."""
    details = getattr(error, "errors", None)
    if not callable(details):
        return [f"{path or '(document)'}: {error}"]
    found = []
    for detail in details():
        where = ".".join([path, *(str(part) for part in detail["loc"])]).lstrip(".")
        found.append(f"{where}: {detail['msg']}")
    return found
