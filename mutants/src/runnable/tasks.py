"""What a task runs: a Python function, a shell command or a notebook.

A task type receives the parameters in scope (:class:`TaskInvocation`) and
gives back the values named by its ``returns`` (:class:`TaskResult`); turning
those into parameters, catalog entries and step logs is the executor's job.
A task that fails raises :class:`TaskFailure` whose message (exception and
traceback) goes into the attempt.

:func:`captured_output` tees everything a task prints to the terminal and to
the step's execution log.
"""

from __future__ import annotations

import importlib
import io
import json
import logging
import os
import shlex
import subprocess
import sys
import threading
import traceback
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from runnable import exceptions, parameters
from runnable.models import JsonParameter, MetricParameter, ObjectParameter, Parameter
from runnable.parameters import TaskReturn


class CatalogSettings(BaseModel):
    """Which files a task gets from the run's catalog before it runs and puts there after."""

    model_config = ConfigDict(extra="forbid")

    get: list[str] = Field(default_factory=list)
    put: list[str] = Field(default_factory=list)
    # False: record the files' hashes without copying them (large data that stays where it is).
    store_copy: bool = True


class TaskFailure(exceptions.RunnableError):
    """The task ran and failed; the message is what the attempt records."""


@dataclass
class TaskInvocation:
    """Everything a task needs from the run to execute once."""

    step_name: str
    parameters: dict[str, Parameter]
    load_object: Callable[[ObjectParameter], Any]
    # Where this attempt may write files it needs (returned env, notebook copy): see scratch_file.
    work_folder: Path
    file_prefix: str
    # Keeps a produced file in the run's catalog under a name (the executed notebook).
    keep_file: Callable[[Path, str], None]
    scratch_files: list[Path] = field(default_factory=list)

    def scratch_file(self, name: str) -> Path:
        """A path private to this attempt; the executor removes it when the attempt ends."""
        path = self.work_folder / f"{self.file_prefix}{name}"
        self.scratch_files.append(path)
        return path


@dataclass
class TaskResult:
    returned: dict[str, Any] = field(default_factory=dict)


class BaseTaskType(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    command_type: ClassVar[str]
    command: str
    returns: list[TaskReturn] = Field(default_factory=list)
    secrets: list[str] = Field(default_factory=list)
    catalog: CatalogSettings | None = None

    @abstractmethod
    def run(self, invocation: TaskInvocation) -> TaskResult: ...

    def definition(self) -> dict[str, Any]:
        """How the task appears in the dag definition (runnable 0.50's node fields)."""
        return {
            "command_type": self.command_type,
            "command": self.command,
            "returns": [r.model_dump() for r in self.returns],
            "secrets": list(self.secrets),
            "catalog": self.catalog.model_dump() if self.catalog else None,
        }

    def describe(self) -> str:
        return f"{self.command_type} command '{self.command}'"


# --------------------------------------------------------------------------- python


class PythonTaskType(BaseTaskType):
    command_type: ClassVar[str] = "python"

    _function: Callable[..., Any] | None = PrivateAttr(default=None)

    @classmethod
    def from_function(cls, function: Callable[..., Any], **fields: Any) -> PythonTaskType:
        task = cls(command=dotted_path(function), **fields)
        task._function = function
        return task

    def function(self) -> Callable[..., Any]:
        if self._function is None:
            self._function = import_dotted(self.command)
        return self._function

    def describe(self) -> str:
        return f"function '{self.command}'"

    def run(self, invocation: TaskInvocation) -> TaskResult:
        function = self.function()
        try:
            arguments = parameters.bind_arguments(function, invocation.parameters, invocation.load_object)
        except parameters.ParameterBindingError as exc:
            raise TaskFailure(f"Step '{invocation.step_name}': {exc}") from None
        try:
            returned = function(**arguments)
        except Exception as exc:
            raise TaskFailure(
                f"Call to {self.describe()} failed: {type(exc).__name__}: {exc}\n\n"
                + "".join(
                    traceback.format_exception(
                        type(exc), exc, exc.__traceback__.tb_next if exc.__traceback__ else None
                    )
                )
            ) from exc
        try:
            values = parameters.collect_returns(self.returns, returned, self.describe())
        except parameters.ReturnValueError as exc:
            raise TaskFailure(f"Step '{invocation.step_name}': {exc}") from None
        return TaskResult(returned=values)


def dotted_path(function: Callable[..., Any]) -> str:
    module = getattr(function, "__module__", None) or "__main__"
    name = getattr(function, "__qualname__", None) or getattr(function, "__name__", repr(function))
    return f"{module}.{name}"


def import_dotted(path: str) -> Callable[..., Any]:
    module_name, _, attribute = path.rpartition(".")
    try:
        found: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError, ValueError) as exc:
        raise TaskFailure(
            f"Cannot import the function '{path}': {exc}. Run from the folder that holds its package."
        ) from None
    if not callable(found):
        raise TaskFailure(f"'{path}' is not callable.")
    function: Callable[..., Any] = found
    return function


# --------------------------------------------------------------------------- shell

# Runs after the user's command (when it succeeded) to write the exported environment as JSON.
_DUMP_ENVIRONMENT = "import json, os, sys; json.dump(dict(os.environ), open(sys.argv[1], 'w'))"


class ShellTaskType(BaseTaskType):
    """A command run by ``/bin/sh``; parameters arrive as environment variables.

    Returns are read from the environment the command leaves behind: declare
    ``returns=["x"]`` and ``export x=1`` in the command.
    """

    command_type: ClassVar[str] = "shell"

    @field_validator("returns")
    @classmethod
    def _no_objects(cls, returns: list[TaskReturn]) -> list[TaskReturn]:
        for task_return in returns:
            if task_return.kind == parameters.OBJECT:
                raise ValueError(
                    f"a shell command cannot return the object '{task_return.name}'; "
                    "shell returns are environment variables (JSON or text)"
                )
        return returns

    def describe(self) -> str:
        first_line = self.command.strip().splitlines()[0] if self.command.strip() else ""
        return f"shell command '{first_line}'"

    def run(self, invocation: TaskInvocation) -> TaskResult:
        environment = dict(os.environ)
        for name, parameter in invocation.parameters.items():
            if isinstance(parameter, JsonParameter | MetricParameter):
                environment[name] = parameters.as_environment_value(parameter.get_value())
        returned_environment = invocation.scratch_file("returned-environment.json")
        script = self.command
        if self.returns:
            dump = f"{shlex.quote(sys.executable)} -c {shlex.quote(_DUMP_ENVIRONMENT)}"
            script = (
                f"{self.command}\n"
                "__runnable_status=$?\n"
                f'if [ "$__runnable_status" -eq 0 ]; then {dump} {shlex.quote(str(returned_environment))}; '
                "fi\n"
                'exit "$__runnable_status"\n'
            )
        status = _run_streaming(["/bin/sh", "-c", script], environment)
        if status != 0:
            raise TaskFailure(f"The {self.describe()} exited with status {status}.")
        if not self.returns:
            return TaskResult()
        exported = json.loads(returned_environment.read_text(encoding="utf-8"))
        missing = [r.name for r in self.returns if r.name not in exported]
        if missing:
            raise TaskFailure(
                f"Step '{invocation.step_name}': the {self.describe()} did not export "
                + ", ".join(f"'{name}'" for name in missing)
                + " (declared in returns). Add `export NAME=value` to the command."
            )
        return TaskResult(returned={r.name: _decode(exported[r.name]) for r in self.returns})


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _run_streaming(command: list[str], environment: dict[str, str]) -> int:
    """Run a process, copying its output line by line to our (possibly captured) stdout and stderr."""
    process = subprocess.Popen(
        command,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        errors="replace",
    )
    assert process.stdout is not None and process.stderr is not None
    # Read at once where they are set, so output captured for this task lands in its log.
    targets = (sys.stdout, sys.stderr)

    def pump(source: IO[str], target: IO[str]) -> None:
        for line in source:
            target.write(line)
        target.flush()

    pumps = [
        threading.Thread(target=pump, args=(process.stdout, targets[0]), daemon=True),
        threading.Thread(target=pump, args=(process.stderr, targets[1]), daemon=True),
    ]
    for thread in pumps:
        thread.start()
    for thread in pumps:
        thread.join()
    return process.wait()


# --------------------------------------------------------------------------- notebook


class NotebookTaskType(BaseTaskType):
    """A Jupyter notebook executed top to bottom in a fresh kernel (needs ``runnable[notebook]``).

    Parameters are injected as a code cell after the cell tagged ``parameters``
    (or first); returns are read from the notebook's namespace after the last
    cell; the executed copy is kept in the run's catalog, failed or not.
    """

    command_type: ClassVar[str] = "notebook"
    kernel_name: str = "python3"

    @field_validator("command")
    @classmethod
    def _is_a_notebook(cls, command: str) -> str:
        if not command.endswith(".ipynb"):
            raise ValueError(f"'{command}' is not a notebook: the path must end in .ipynb")
        return command

    @field_validator("returns")
    @classmethod
    def _no_objects(cls, returns: list[TaskReturn]) -> list[TaskReturn]:
        for task_return in returns:
            if task_return.kind == parameters.OBJECT:
                raise ValueError(
                    f"a notebook cannot return the object '{task_return.name}'; "
                    "notebook returns are JSON values"
                )
        return returns

    def describe(self) -> str:
        return f"notebook '{self.command}'"

    def run(self, invocation: TaskInvocation) -> TaskResult:
        try:
            # Untyped libraries: held as Any so that strict typing stays meaningful elsewhere.
            nbformat: Any = importlib.import_module("nbformat")
            nbclient: Any = importlib.import_module("nbclient")
            cell_execution_error: type[Exception] = importlib.import_module(
                "nbclient.exceptions"
            ).CellExecutionError
        except ImportError:
            raise TaskFailure(
                "Notebook tasks need the notebook extra: pip install 'runnable[notebook]'."
            ) from None

        source = Path(self.command)
        if not source.is_file():
            raise TaskFailure(
                f"Step '{invocation.step_name}': the notebook {source.resolve()} does not exist."
            )
        notebook = nbformat.read(source, as_version=4)
        values = {
            name: p.get_value()
            for name, p in invocation.parameters.items()
            if isinstance(p, JsonParameter | MetricParameter)
        }
        _inject_parameters(notebook, nbformat, values)
        returns_file = invocation.scratch_file("notebook-returns.json")
        if self.returns:
            notebook.cells.append(
                nbformat.v4.new_code_cell(_collect_returns_code([r.name for r in self.returns], returns_file))
            )

        client = nbclient.NotebookClient(
            notebook,
            kernel_name=self.kernel_name,
            timeout=None,
            resources={"metadata": {"path": os.getcwd()}},
            on_cell_executed=_show_cell_output,
        )
        executed_copy = invocation.scratch_file(f"{source.stem}_out.ipynb")
        try:
            client.execute()
        except cell_execution_error as exc:
            raise TaskFailure(f"The {self.describe()} failed in a cell:\n{exc}") from None
        finally:
            if self.returns and notebook.cells:
                notebook.cells.pop()  # the collecting cell is ours, not part of the user's record
            nbformat.write(notebook, executed_copy)
            invocation.keep_file(
                executed_copy, f"{source.stem}-{_safe_file_part(invocation.step_name)}_out.ipynb"
            )
        if not self.returns:
            return TaskResult()
        collected = json.loads(returns_file.read_text(encoding="utf-8"))
        if collected["missing"]:
            raise TaskFailure(
                f"Step '{invocation.step_name}': the {self.describe()} does not define "
                + ", ".join(f"'{name}'" for name in collected["missing"])
                + " (declared in returns)."
            )
        return TaskResult(returned=collected["values"])


def _inject_parameters(notebook: Any, nbformat: Any, values: dict[str, Any]) -> None:
    if not values:
        return
    code = "# Parameters injected by runnable\n" + "\n".join(
        f"{name} = {value!r}" for name, value in values.items()
    )
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata["tags"] = ["injected-parameters"]
    position = next(
        (
            i + 1
            for i, c in enumerate(notebook.cells)
            if "parameters" in c.get("metadata", {}).get("tags", [])
        ),
        0,
    )
    notebook.cells.insert(position, cell)


def _collect_returns_code(names: list[str], target: Path) -> str:
    return (
        "import json as __runnable_json\n"
        "__runnable_values, __runnable_missing = {}, []\n"
        f"for __runnable_name in {names!r}:\n"
        "    if __runnable_name not in globals():\n"
        "        __runnable_missing.append(__runnable_name)\n"
        "        continue\n"
        "    __runnable_value = globals()[__runnable_name]\n"
        "    if hasattr(__runnable_value, 'model_dump'):\n"
        "        __runnable_value = __runnable_value.model_dump(mode='json')\n"
        "    __runnable_values[__runnable_name] = __runnable_value\n"
        f"with open({str(target)!r}, 'w') as __runnable_file:\n"
        "    __runnable_json.dump(\n"
        "        {'values': __runnable_values, 'missing': __runnable_missing}, __runnable_file\n"
        "    )\n"
    )


def _show_cell_output(cell: Any, cell_index: int, execute_reply: Any) -> None:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            target = sys.stderr if output.get("name") == "stderr" else sys.stdout
            target.write(output.get("text", ""))
    sys.stdout.flush()


def _safe_file_part(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)


# --------------------------------------------------------------------------- output capture


class _Tee(io.TextIOBase):
    """Writes to the terminal stream and the execution log; the lock keeps lines from two pumps whole."""

    def __init__(self, live: IO[str], log: IO[str], lock: threading.Lock) -> None:
        super().__init__()
        self._live = live
        self._log = log
        self._lock = lock

    def write(self, text: str) -> int:
        self._live.write(text)
        with self._lock:
            self._log.write(text)
        return len(text)

    def flush(self) -> None:
        self._live.flush()
        with self._lock:
            self._log.flush()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._live, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return False


@contextmanager
def captured_output(log_path: Path) -> Iterator[None]:
    """Show what the task prints as usual and also write it to ``log_path``."""
    lock = threading.Lock()
    with log_path.open("w", encoding="utf-8", errors="replace") as log:
        original_out, original_err = sys.stdout, sys.stderr
        tee_out, tee_err = _Tee(original_out, log, lock), _Tee(original_err, log, lock)
        # Logging handlers made before the task hold the real streams: point them at the tees too.
        handlers = [
            handler
            for handler in logging.getLogger().handlers
            if type(handler) is logging.StreamHandler and handler.stream in (original_out, original_err)
        ]
        previous_streams = [handler.stream for handler in handlers]
        sys.stdout, sys.stderr = tee_out, tee_err
        for handler in handlers:
            handler.setStream(tee_out if handler.stream is original_out else tee_err)
        try:
            yield
        finally:
            sys.stdout, sys.stderr = original_out, original_err
            for handler, stream in zip(handlers, previous_streams, strict=True):
                handler.setStream(stream)
