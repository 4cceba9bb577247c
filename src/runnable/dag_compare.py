"""Whether a pipeline is still the one a run recorded, and if not, what differs.

A retry continues the recorded steps, so it compares the dag definition recorded in the run config
with the pipeline's current one. Two definitions that say the same thing compare equal even when
they were written differently:

* **Fields at their default.** runnable 0.50 recorded ``max_attempts: 1``, ``overrides: {}`` and
  ``catalog: null`` on every node; a field holding its default (or null) says nothing, so it counts
  as absent.
* **A function of the main script.** A function defined in the script run as ``python script.py``
  is ``__main__.f``; the same function reached by importing that script is ``script.f``. They are
  one function when the module ``script`` is the file that was ``__main__``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# At most this many differences are spelled out when a dag has changed.
MAX_DIFFERENCES_SHOWN = 8
MAIN_MODULE = "__main__"
# Node fields whose default value says nothing: runnable 0.50 wrote them on every node, we do not.
_SILENT_DEFAULTS: dict[str, Any] = {"overrides": {}, "max_attempts": 1}

# (recorded command, current command) -> whether they name the same function.
SameCommand = Callable[[str, str], bool]


def dag_differences(
    recorded: dict[str, Any], current: dict[str, Any], same_command: SameCommand | None = None
) -> list[str]:
    """How the ``current`` dag definition differs from the ``recorded`` one, one sentence per change.

    Steps are named by their path (``map_step.branch.inner``); composite steps' branches are
    compared step by step, so a change deep inside a branch is named where it is. ``same_command``
    says whether two different Python commands are one function (see :func:`main_script_aware`).
    """
    before, after = _flatten(recorded), _flatten(current)
    if same_command is not None:
        _align_commands(before, after, same_command)
    differences = [f"step '{_display(key)}' was removed" for key in before if key not in after and key[1]]
    differences += [f"step '{_display(key)}' was added" for key in after if key not in before and key[1]]
    for key in before:
        if key not in after or before[key] == after[key]:
            continue
        changes = _field_changes(before[key], after[key])
        graph_path, step_name = key
        if step_name:
            differences.append(f"step '{_display(key)}' changed ({changes})")
        else:
            where = f"branch '{graph_path}'" if graph_path else "the pipeline"
            differences.append(f"{where} changed ({changes})")
    if len(differences) > MAX_DIFFERENCES_SHOWN:
        hidden = len(differences) - MAX_DIFFERENCES_SHOWN
        differences = [*differences[:MAX_DIFFERENCES_SHOWN], f"and {hidden} more"]
    return differences


def main_script_aware(recorded_main: Path | None, current_main: Path | None) -> SameCommand:
    """``__main__.f`` and ``script.f`` are one function when ``script`` is the file that was ``__main__``.

    ``recorded_main`` is the file that was ``__main__`` when the run was made (the pipeline file it
    recorded), ``current_main`` the one that is ``__main__`` now (None when none is a script).
    """

    def same(recorded: str, current: str) -> bool:
        if recorded == current:
            return True
        return _main_alias(recorded, current, recorded_main) or _main_alias(current, recorded, current_main)

    return same


def running_main_file() -> Path | None:
    """The script this process runs as ``__main__`` (``python script.py``, or runpy), if any."""
    return _resolved(getattr(sys.modules.get(MAIN_MODULE), "__file__", None))


def _main_alias(main_command: str, other: str, main_file: Path | None) -> bool:
    prefix = MAIN_MODULE + "."
    if main_file is None or not main_command.startswith(prefix) or other.startswith(prefix):
        return False
    qualified_name = main_command[len(prefix) :]
    if not other.endswith("." + qualified_name):
        return False
    module_file = _module_file(other[: -len(qualified_name) - 1])
    return module_file is not None and module_file == main_file


def _module_file(module_name: str) -> Path | None:
    module = sys.modules.get(module_name)
    if module is not None:
        return _resolved(getattr(module, "__file__", None))
    try:
        spec = importlib.util.find_spec(module_name)
    except (ImportError, ValueError):
        return None
    return _resolved(spec.origin if spec is not None else None)


def _resolved(path: str | None) -> Path | None:
    return Path(path).resolve() if path else None


def _align_commands(before: _Flat, after: _Flat, same_command: SameCommand) -> None:
    """Where both name one function differently, take the recorded name (it is not a change)."""
    for key, fields in after.items():
        recorded = before.get(key)
        if recorded is None or fields.get("command_type") != "python":
            continue
        old, new = recorded.get("command"), fields.get("command")
        if isinstance(old, str) and isinstance(new, str) and old != new and same_command(old, new):
            fields["command"] = old


# A flattened dag: (graph path, step name) -> the step's own fields; (graph path, "") -> the graph's.
_Flat = dict[tuple[str, str], dict[str, Any]]


def _flatten(definition: dict[str, Any], graph_path: str = "") -> _Flat:
    flat: _Flat = {(graph_path, ""): {k: v for k, v in definition.items() if k != "nodes"}}
    nodes = definition.get("nodes", {})
    for name, node in nodes.items() if isinstance(nodes, dict) else ():
        step_path = f"{graph_path}.{name}" if graph_path else str(name)
        own: dict[str, Any] = {}
        for key, value in node.items() if isinstance(node, dict) else ():
            if _is_graph(value):  # the one branch of a Map or Loop: its steps are named under the step
                flat.update(_flatten(value, step_path))
            elif isinstance(value, dict) and value and all(_is_graph(v) for v in value.values()):
                for branch_key, branch in value.items():
                    flat.update(_flatten(branch, f"{step_path}.{branch_key}"))
                own[key] = sorted(value)  # which branches there are is the step's own business
            elif value is not None and (key not in _SILENT_DEFAULTS or value != _SILENT_DEFAULTS[key]):
                own[key] = value
        flat[(graph_path, str(name))] = own
    return flat


def _is_graph(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("nodes"), dict) and "start_at" in value


def _display(key: tuple[str, str]) -> str:
    graph_path, step_name = key
    return f"{graph_path}.{step_name}" if graph_path else step_name


def _field_changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    parts = []
    for name in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if _is_short(old) and _is_short(new):
            parts.append(f"{name}: {_short(old)} -> {_short(new)}")
        else:
            parts.append(name)
    return "; ".join(parts)


def _is_short(value: Any) -> bool:
    return len(_short(value)) <= 60


def _short(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, str):
        return repr(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)
