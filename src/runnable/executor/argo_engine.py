"""Run an Argo Workflow document on this machine, each container as a subprocess: what the emulator does.

It understands the part of Argo that runnable's rendered workflows use, with Argo's meaning:

* DAG templates: a task starts once every task its ``depends`` names has ended; ``depends`` is an
  expression over ``task.Succeeded``, ``.Failed``, ``.Skipped``, ``.Omitted``, ``.Errored``,
  ``.AnySucceeded``, ``.AllFailed`` (a bare name means Succeeded or Skipped) with ``&&``, ``||``,
  ``!`` and parentheses. A task whose ``depends`` is false is Omitted; one whose ``when`` is false is
  Skipped. A DAG fails when a task failed and no other task handles that failure (names it with
  ``.Failed``, ``.AllFailed`` or ``.Errored``), or when a task that nothing depends on failed;
* ``withParam``: the task runs once per item of the JSON list, at most ``max_processes`` containers at a time
  across the workflow; the group succeeds when every item did;
* ``when``: ``'a' == 'b'`` or ``'a' != 'b'`` after substitution;
* parameters: ``{{inputs.parameters.X}}``, ``{{workflow.parameters.X}}``, ``{{item}}``,
  ``{{tasks.T.outputs.parameters.P}}``, and the expression ``{{=asInt(inputs.parameters.X) + N}}``;
* container templates: ``command`` + ``args`` run as a subprocess (the image is not used: the command
  runs from this machine's environment); output parameters are read from their ``valueFrom.path``,
  which each container gets privately (the path in its arguments is replaced by a file of its own);
  ``retryStrategy.limit`` retries (the template's, else ``templateDefaults``'), each a new process
  running the same command, as Argo starts a new pod.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from runnable import exceptions

logger = logging.getLogger("runnable")

SUCCEEDED, FAILED, SKIPPED, OMITTED = "Succeeded", "Failed", "Skipped", "Omitted"
_REFERENCE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
_AS_INT_PLUS = re.compile(r"^=asInt\((inputs\.parameters\.[\w-]+)\)\s*\+\s*(\d+)$")
_DEPENDENCY = re.compile(r"([A-Za-z0-9][\w-]*)(?:\.(\w+))?")
_WHEN = re.compile(r"^'(.*)'\s*(==|!=)\s*'(.*)'$", re.DOTALL)
_HANDLES_FAILURE = ("Failed", "AllFailed", "Errored")
# Threads waiting on a withParam task's items; the processes they start are bounded separately.
MAX_ITEM_THREADS = 64


class WorkflowError(exceptions.RunnableError):
    """The workflow uses something the emulator does not understand; the message says what."""


@dataclass
class TaskResult:
    phase: str
    outputs: dict[str, str] = field(default_factory=dict)
    # The phases of a withParam task's items.
    item_phases: list[str] = field(default_factory=list)


class WorkflowEmulator:
    """Runs one workflow document; :meth:`run` returns the workflow's phase."""

    def __init__(
        self,
        document: dict[str, Any],
        parameters: dict[str, str],
        max_processes: int,
        environment: dict[str, str] | None = None,
    ) -> None:
        spec = document["spec"].get("workflowSpec", document["spec"])
        self.entrypoint: str = spec["entrypoint"]
        self.templates: dict[str, dict[str, Any]] = {
            template["name"]: template for template in spec["templates"]
        }
        # What Argo merges into every template that does not set it (runnable renders retries there).
        self.template_defaults: dict[str, Any] = spec.get("templateDefaults", {})
        declared = {p["name"]: p.get("value") for p in spec.get("arguments", {}).get("parameters", [])}
        self.workflow_parameters = {**{k: str(v) for k, v in declared.items() if v is not None}, **parameters}
        missing = [name for name in declared if name not in self.workflow_parameters]
        if missing:
            raise WorkflowError(f"the workflow needs the parameters {', '.join(missing)}")
        self.processes = threading.BoundedSemaphore(max_processes)
        self.environment = environment if environment is not None else dict(os.environ)
        # Containers started and still running, by pid: what a caller may watch or stop.
        self.running: dict[int, list[str]] = {}
        self._lock = threading.Lock()

    def run(self) -> str:
        return self.run_template(self.entrypoint, {}).phase

    # -- templates ------------------------------------------------------------------------

    def run_template(self, name: str, arguments: dict[str, str]) -> TaskResult:
        template = self.templates.get(name)
        if template is None:
            raise WorkflowError(f"no template named '{name}'")
        inputs: dict[str, str] = {}
        for parameter in template.get("inputs", {}).get("parameters", []):
            value = arguments.get(parameter["name"], parameter.get("value"))
            if value is None:
                raise WorkflowError(f"template '{name}' needs the input '{parameter['name']}'")
            inputs[parameter["name"]] = str(value)
        if "dag" in template:
            return self._run_dag(template, inputs)
        if "container" in template:
            return self._run_container(template, inputs)
        raise WorkflowError(f"template '{name}' is neither a DAG nor a container template")

    def _run_dag(self, template: dict[str, Any], inputs: dict[str, str]) -> TaskResult:
        tasks = {task["name"]: task for task in template["dag"]["tasks"]}
        references = {name: _dependencies(task.get("depends", "")) for name, task in tasks.items()}
        results: dict[str, TaskResult] = {}
        running: dict[str, Future[TaskResult]] = {}
        with ThreadPoolExecutor(max_workers=max(len(tasks), 1)) as pool:
            while len(results) < len(tasks):
                for name, task in tasks.items():
                    if name in results or name in running:
                        continue
                    if not all(dependency in results for dependency, _ in references[name]):
                        continue
                    if task.get("depends") and not _evaluate(task["depends"], results):
                        results[name] = TaskResult(OMITTED)
                        continue
                    running[name] = pool.submit(self._run_task, task, inputs, results)
                finished = [name for name, future in running.items() if future.done()]
                if not finished and running:
                    _wait_any(list(running.values()))
                    continue
                if not finished and not running and len(results) < len(tasks):
                    stuck = ", ".join(sorted(set(tasks) - set(results)))
                    raise WorkflowError(
                        f"template '{template['name']}': tasks {stuck} depend on unknown tasks"
                    )
                for name in finished:
                    results[name] = running.pop(name).result()
        return TaskResult(_dag_phase(tasks, references, results))

    def _run_task(
        self, task: dict[str, Any], inputs: dict[str, str], results: dict[str, TaskResult]
    ) -> TaskResult:
        scope = {"inputs": inputs, "tasks": results}
        if "when" in task and not _when(self._substitute(task["when"], scope)):
            return TaskResult(SKIPPED)
        arguments = {p["name"]: p.get("value", "") for p in task.get("arguments", {}).get("parameters", [])}
        if "withParam" not in task:
            resolved = {name: self._substitute(str(value), scope) for name, value in arguments.items()}
            return self.run_template(task["template"], resolved)
        items = json.loads(self._substitute(task["withParam"], scope))
        if not isinstance(items, list):
            raise WorkflowError(f"task '{task['name']}': withParam is not a JSON list")
        with ThreadPoolExecutor(max_workers=min(max(len(items), 1), MAX_ITEM_THREADS)) as pool:
            futures = [
                pool.submit(
                    self.run_template,
                    task["template"],
                    {
                        name: self._substitute(str(value), {**scope, "item": item})
                        for name, value in arguments.items()
                    },
                )
                for item in items
            ]
            phases = [future.result().phase for future in futures]
        phase = SUCCEEDED if all(p == SUCCEEDED for p in phases) else FAILED
        return TaskResult(phase, item_phases=phases)

    def _run_container(self, template: dict[str, Any], inputs: dict[str, str]) -> TaskResult:
        container = template["container"]
        scope: dict[str, Any] = {"inputs": inputs, "tasks": {}}
        command = [
            self._substitute(str(part), scope)
            for part in [*container.get("command", []), *container.get("args", [])]
        ]
        if command and command[0] == "runnable":
            command[0] = _runnable_executable()
        outputs = template.get("outputs", {}).get("parameters", [])
        retry = template.get("retryStrategy", self.template_defaults.get("retryStrategy", {}))
        limit = int(retry.get("limit", 0) or 0)
        environment = {
            **self.environment,
            **{e["name"]: e["value"] for e in container.get("env", []) if "value" in e},
        }
        with tempfile.TemporaryDirectory(prefix="runnable-emulated-") as private:
            # Each container has its own filesystem in Argo: the output paths are made private to it.
            paths = {
                o["valueFrom"]["path"]: str(Path(private) / f"output-{n}") for n, o in enumerate(outputs)
            }
            command = [paths.get(part, part) for part in command]
            for _ in range(limit + 1):
                code = self._spawn(command, environment)
                if code == 0:
                    break
            phase = SUCCEEDED if code == 0 else FAILED
            values: dict[str, str] = {}
            for output in outputs:
                written = Path(paths[output["valueFrom"]["path"]])
                if written.exists():
                    values[output["name"]] = written.read_text(encoding="utf-8").strip()
        return TaskResult(phase, values)

    def _spawn(self, command: list[str], environment: dict[str, str]) -> int:
        with self.processes:
            # What a node prints (its JSON result) is for Argo's logs; errors still reach stderr.
            process = subprocess.Popen(
                command, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
            )
            with self._lock:
                self.running[process.pid] = command
            try:
                return process.wait()
            finally:
                with self._lock:
                    self.running.pop(process.pid, None)

    # -- parameters -------------------------------------------------------------------------

    def _substitute(self, text: str, scope: dict[str, Any]) -> str:
        def value_of(match: re.Match[str]) -> str:
            reference = match.group(1)
            as_int = _AS_INT_PLUS.match(reference)
            if as_int is not None:
                return str(int(self._lookup(as_int.group(1), scope)) + int(as_int.group(2)))
            return self._lookup(reference, scope)

        return _REFERENCE.sub(value_of, text)

    def _lookup(self, reference: str, scope: dict[str, Any]) -> str:
        parts = reference.split(".")
        if reference == "item" and "item" in scope:
            item = scope["item"]
            return str(item) if isinstance(item, str) else json.dumps(item)
        if len(parts) == 3 and parts[:2] == ["inputs", "parameters"] and parts[2] in scope["inputs"]:
            return str(scope["inputs"][parts[2]])
        if (
            len(parts) == 3
            and parts[:2] == ["workflow", "parameters"]
            and parts[2] in self.workflow_parameters
        ):
            return self.workflow_parameters[parts[2]]
        if len(parts) == 5 and parts[0] == "tasks" and parts[2:4] == ["outputs", "parameters"]:
            result = scope["tasks"].get(parts[1])
            if result is not None and parts[4] in result.outputs:
                return str(result.outputs[parts[4]])
        raise WorkflowError(f"the emulator cannot resolve '{{{{{reference}}}}}'")


def _runnable_executable() -> str:
    beside = Path(sys.executable).parent / "runnable"
    return str(beside) if beside.exists() else (shutil.which("runnable") or "runnable")


def _wait_any(futures: list[Future[TaskResult]]) -> None:
    from concurrent.futures import FIRST_COMPLETED, wait

    wait(futures, return_when=FIRST_COMPLETED)


def _dependencies(depends: str) -> list[tuple[str, str]]:
    """The (task, condition) pairs a depends expression names."""
    found = []
    for match in _DEPENDENCY.finditer(depends):
        found.append((match.group(1), match.group(2) or ""))
    return found


def _condition_holds(result: TaskResult, condition: str) -> bool:
    if condition == "":
        return result.phase in (SUCCEEDED, SKIPPED)
    if condition == "AnySucceeded":
        return SUCCEEDED in result.item_phases
    if condition == "AllFailed":
        return bool(result.item_phases) and all(p == FAILED for p in result.item_phases)
    if condition == "Errored":
        return False  # a process that ran and failed is Failed, never Errored, here
    if condition in (SUCCEEDED, FAILED, SKIPPED, OMITTED):
        return result.phase == condition
    raise WorkflowError(f"the emulator does not know the depends condition '.{condition}'")


def _evaluate(expression: str, results: dict[str, TaskResult]) -> bool:
    """A depends expression (&&, ||, !, parentheses) over the results so far."""
    tokens: list[str] = re.findall(r"\|\||&&|!|\(|\)|[A-Za-z0-9][\w-]*(?:\.\w+)?", expression)
    position = 0

    def peek() -> str:
        return tokens[position] if position < len(tokens) else ""

    def take() -> str:
        nonlocal position
        position += 1
        return tokens[position - 1]

    def either() -> bool:
        value = both()
        while peek() == "||":
            take()
            value = both() or value
        return value

    def both() -> bool:
        value = single()
        while peek() == "&&":
            take()
            value = single() and value
        return value

    def single() -> bool:
        token = take()
        if token == "!":
            return not single()
        if token == "(":
            value = either()
            if take() != ")":
                raise WorkflowError(f"unbalanced parentheses in depends '{expression}'")
            return value
        name, _, condition = token.partition(".")
        return _condition_holds(results[name], condition)

    value = either()
    if position != len(tokens):
        raise WorkflowError(f"the emulator cannot read depends '{expression}'")
    return value


def _when(expression: str) -> bool:
    match = _WHEN.match(expression.strip())
    if match is None:
        raise WorkflowError(f"the emulator understands when 'a' == 'b' or 'a' != 'b', not '{expression}'")
    left, operator, right = match.groups()
    return (left == right) == (operator == "==")


def _dag_phase(
    tasks: dict[str, dict[str, Any]],
    references: dict[str, list[tuple[str, str]]],
    results: dict[str, TaskResult],
) -> str:
    depended_on = {name for pairs in references.values() for name, _ in pairs}
    handled = {
        name for pairs in references.values() for name, condition in pairs if condition in _HANDLES_FAILURE
    }
    for name in tasks:
        if results[name].phase != FAILED:
            continue
        if name not in depended_on or name not in handled:
            return FAILED
    return SUCCEEDED
