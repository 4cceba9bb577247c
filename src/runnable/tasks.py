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
import importlib.util
import io
import json
import logging
import os
import pickle
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import traceback
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from runnable import exceptions, parameters
from runnable.importing import import_object
from runnable.masking import SecretFilter
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
            returned = self.call(function, arguments)
        except Exception as exc:
            raise TaskFailure(
                f"Call to {self.describe()} failed: {type(exc).__name__}: {exc}\n\n"
                + "".join(traceback.format_exception(type(exc), exc, _from_user_code(exc.__traceback__)))
            ) from exc
        try:
            values = parameters.collect_returns(self.returns, returned, self.describe())
        except parameters.ReturnValueError as exc:
            raise TaskFailure(f"Step '{invocation.step_name}': {exc}") from None
        return TaskResult(returned=values)

    def call(self, function: Callable[..., Any], arguments: dict[str, Any]) -> Any:
        """What the function gives back when called with ``arguments`` (async tasks await it)."""
        return function(**arguments)


# Frames of runnable itself and of the machinery that awaits async tasks: not the user's business.
# Located with find_spec, not imported: asyncio costs more to import than a one-step run spends.
_AWAITING_MACHINERY = ("asyncio", "concurrent.futures")
_LIBRARY_FOLDERS = tuple(
    f"{Path(origin).parent}{os.sep}"
    for origin in (
        exceptions.__file__,
        *(getattr(importlib.util.find_spec(name), "origin", None) for name in _AWAITING_MACHINERY),
    )
    if origin
)


def _from_user_code(frames: TracebackType | None) -> TracebackType | None:
    """The traceback from the first frame that is not runnable's (nor asyncio's, awaiting a task)."""
    while frames is not None and frames.tb_frame.f_code.co_filename.startswith(_LIBRARY_FOLDERS):
        frames = frames.tb_next
    return frames


def dotted_path(function: Callable[..., Any]) -> str:
    module = getattr(function, "__module__", None) or "__main__"
    name = getattr(function, "__qualname__", None) or getattr(function, "__name__", repr(function))
    return f"{module}.{name}"


def import_dotted(path: str) -> Callable[..., Any]:
    """The function ``pkg.module.function`` names (the last part is the function, as 0.50 wrote it)."""
    module_name, _, function_name = path.rpartition(".")
    try:
        found = import_object(f"{module_name}:{function_name}")
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
    cell (``pickled`` ones are pickled by the kernel and loaded here); the
    executed copy is kept in the run's catalog, failed or not, and written
    next to the notebook as runnable 0.50 did (``<notebook>-<step>_out.ipynb``)
    unless ``executed_copy_next_to_notebook`` is false.
    """

    command_type: ClassVar[str] = "notebook"
    kernel_name: str = "python3"
    executed_copy_next_to_notebook: bool = True

    @field_validator("command")
    @classmethod
    def _is_a_notebook(cls, command: str) -> str:
        if not command.endswith(".ipynb"):
            raise ValueError(f"'{command}' is not a notebook: the path must end in .ipynb")
        return command

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
        # Pickled returns: the kernel pickles each object into a file of its own, loaded here.
        object_files = {
            r.name: invocation.scratch_file(f"notebook-object-{position}.pickle")
            for position, r in enumerate(self.returns)
            if r.kind == parameters.OBJECT
        }
        if self.returns:
            notebook.cells.append(
                nbformat.v4.new_code_cell(
                    _collect_returns_code([r.name for r in self.returns], returns_file, object_files)
                )
            )

        executed_copy = invocation.scratch_file(f"{source.stem}_out.ipynb")
        with _kernel_config(invocation.work_folder) as kernel_config:
            client = nbclient.NotebookClient(
                notebook,
                config=kernel_config,
                kernel_name=self.kernel_name,
                timeout=None,
                resources={"metadata": {"path": os.getcwd()}},
                on_cell_executed=_show_cell_output,
            )
            try:
                client.execute()
            except cell_execution_error as exc:
                # The first line (the step's message) says what the cell raised; the rest is the cell's
                # traceback, without the terminal colours Jupyter puts in it.
                parts = (getattr(exc, "ename", ""), getattr(exc, "evalue", ""))
                raised = ": ".join(str(part) for part in parts if part)
                raise TaskFailure(
                    f"The {self.describe()} failed in a cell: {raised or 'the cell raised an error'}\n\n"
                    + _ANSI_ESCAPE.sub("", str(exc))
                ) from None
            finally:
                if self.returns and notebook.cells:
                    notebook.cells.pop()  # the collecting cell is ours, not part of the user's record
                nbformat.write(notebook, executed_copy)
                invocation.keep_file(
                    executed_copy, f"{source.stem}-{_safe_file_part(invocation.step_name)}_out.ipynb"
                )
                if self.executed_copy_next_to_notebook:
                    _replace_file(executed_copy, _copy_next_to(source, invocation.step_name))
        if not self.returns:
            return TaskResult()
        collected = json.loads(returns_file.read_text(encoding="utf-8"))
        if collected["missing"]:
            raise TaskFailure(
                f"Step '{invocation.step_name}': the {self.describe()} does not define "
                + ", ".join(f"'{name}'" for name in collected["missing"])
                + " (declared in returns)."
            )
        returned = dict(collected["values"])
        for name, path in object_files.items():
            returned[name] = self._load_object(invocation, name, path, collected["unpicklable"].get(name))
        return TaskResult(returned=returned)

    def _load_object(self, invocation: TaskInvocation, name: str, path: Path, unpicklable: str | None) -> Any:
        problem = f"Step '{invocation.step_name}': the {self.describe()} returns '{name}' as pickled, but "
        if unpicklable is not None:
            raise TaskFailure(problem + f"the kernel could not pickle it: {unpicklable}.")
        try:
            return pickle.loads(path.read_bytes())
        except Exception as exc:
            raise TaskFailure(
                problem
                + f"it cannot be loaded outside the notebook ({type(exc).__name__}: {exc}). An object "
                "whose class the notebook defines cannot leave it; define the class in a module."
            ) from None


# Terminal colour and cursor codes, which Jupyter puts in the tracebacks it reports.
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


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


def _collect_returns_code(names: list[str], target: Path, object_files: dict[str, Path]) -> str:
    objects = {name: str(path) for name, path in object_files.items()}
    return (
        "import json as __runnable_json, pickle as __runnable_pickle\n"
        "__runnable_values, __runnable_missing, __runnable_unpicklable = {}, [], {}\n"
        f"__runnable_objects = {objects!r}\n"
        f"for __runnable_name in {names!r}:\n"
        "    if __runnable_name not in globals():\n"
        "        __runnable_missing.append(__runnable_name)\n"
        "        continue\n"
        "    __runnable_value = globals()[__runnable_name]\n"
        "    if __runnable_name in __runnable_objects:\n"
        "        try:\n"
        "            with open(__runnable_objects[__runnable_name], 'wb') as __runnable_file:\n"
        "                __runnable_pickle.dump(__runnable_value, __runnable_file)\n"
        "        except Exception as __runnable_error:\n"
        "            __runnable_unpicklable[__runnable_name] = (\n"
        "                f'{type(__runnable_error).__name__}: {__runnable_error}'\n"
        "            )\n"
        "        continue\n"
        "    if hasattr(__runnable_value, 'model_dump'):\n"
        "        __runnable_value = __runnable_value.model_dump(mode='json')\n"
        "    __runnable_values[__runnable_name] = __runnable_value\n"
        f"with open({str(target)!r}, 'w') as __runnable_file:\n"
        "    __runnable_json.dump(\n"
        "        {'values': __runnable_values, 'missing': __runnable_missing,\n"
        "         'unpicklable': __runnable_unpicklable},\n"
        "        __runnable_file,\n"
        "    )\n"
    )


# A Unix socket path holds at most 104 (macOS) or 108 (Linux) bytes; the kernel adds "-5".
_LONGEST_SOCKET_PREFIX = 96


@contextmanager
def _kernel_config(work_folder: Path) -> Iterator[Any]:
    """Configuration for the kernel manager: talk over Unix sockets in a folder of its own, where it can.

    Over TCP, each kernel's ports are picked by binding port 0 and closing it before the kernel binds
    it again; notebooks started at the same moment in parallel worker processes can pick the same
    port and one fails with "Address already in use". Socket files in a private folder cannot collide.
    """
    config_class = importlib.import_module("traitlets.config").Config
    # The run's folder, else /tmp when the run's is too deep for a socket path (macOS's TMPDIR is long).
    parents = [
        folder for folder in (work_folder, Path("/tmp")) if len(str(folder)) <= _LONGEST_SOCKET_PREFIX - 20
    ]
    if os.name != "posix" or not parents:  # Windows kernels have no Unix-socket transport
        yield config_class()
        return
    folder = Path(tempfile.mkdtemp(prefix="kernel-", dir=parents[0]))
    try:
        yield config_class({"KernelManager": {"transport": "ipc", "ip": str(folder / "k")}})
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_next_to(source: Path, step_name: str) -> Path:
    """runnable 0.50's name for the executed copy: ``<notebook>-<step>_out.ipynb``, letters and digits only.

    Inside a branch the step's whole internal name is used, so branches do not overwrite each other's copy.
    """
    tag = "".join(character for character in step_name if character.isalnum())
    return source.parent / f"{source.stem}-{tag}_out.ipynb"


def _replace_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` whole: readers (and parallel writers of the same name) never see half."""
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        logging.getLogger("runnable").warning(
            "Could not write the executed copy of the notebook to %s: %s. The copy in the catalog is "
            "complete; set executed_copy_next_to_notebook=False to stop writing one next to the notebook.",
            target,
            exc,
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
    """Writes to the terminal stream and the execution log; the lock keeps lines from two pumps whole.

    Known secret values are masked in both (``secrets``), before anything reaches either.
    """

    def __init__(self, live: IO[str], log: IO[str], lock: threading.Lock, secrets: SecretFilter) -> None:
        super().__init__()
        self._live = live
        self._log = log
        self._lock = lock
        self._secrets = secrets

    def write(self, text: str) -> int:
        with self._lock:
            self._show(self._secrets.feed(text))
        return len(text)

    def finish(self) -> None:
        """Show what the secret filter held back: the task has ended."""
        with self._lock:
            self._show(self._secrets.flush())

    def _show(self, text: str) -> None:
        if text:
            self._live.write(text)
            self._log.write(text)

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
def captured_output(log_path: Path, secret_values: Iterable[str] = ()) -> Iterator[None]:
    """Show what the task prints as usual and also write it to ``log_path``, secret values masked."""
    lock = threading.Lock()
    with log_path.open("w", encoding="utf-8", errors="replace") as log:
        original_out, original_err = sys.stdout, sys.stderr
        tee_out = _Tee(original_out, log, lock, SecretFilter(secret_values))
        tee_err = _Tee(original_err, log, lock, SecretFilter(secret_values))
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
            tee_out.finish()
            tee_err.finish()
            sys.stdout, sys.stderr = original_out, original_err
            for handler, stream in zip(handlers, previous_streams, strict=True):
                handler.setStream(stream)
