"""Worker processes that run the branches of Parallel and Map steps.

A :class:`WorkerPool` belongs to one run. It starts up to ``max_workers``
fresh Python processes (``python -c``, not a fork: no lock, connection or
thread of this process is inherited) when a step first needs them, hands each
an idle branch, and keeps them for the steps that follow until the run ends.
A worker starts in the run's working folder with its environment and
``sys.path``.

Each worker rebuilds the run's services from their configuration
(:class:`WorkerSetup`), so it writes to the same store, catalog and secrets
as this process, and finds the graph of a branch from the branch's internal
name (:meth:`runnable.graph.Graph.branch_graph`). It runs one branch at a
time, writing only that branch's own chunk: its steps, its parameter scope
and its status. This process writes each branch log just before handing the
branch out, so branches are listed in order whatever order they finish in.

Functions defined in the script that started the run (``__main__``) are found
by running that script again in the worker, under the name ``__mp_main__``
(so ``if __name__ == "__main__":`` blocks are skipped), up to its first call
to ``execute()``: that call stops the script there (:mod:`runnable.main_script`),
so a pipeline is never started again by its own workers, and nothing the
script does after ``execute()`` happens in them.

The parameters a branch inherits are read by the worker from the store
once per step (``scope_token``), not sent with every branch: a Map over
10,000 items does not ship its 10,000-item list 10,000 times.

A worker that dies (killed, a segfault, ``os._exit``) fails the branch it was
running: the executor's ``lost_branch`` callback marks its
unfinished steps and the branch FAIL, saying how the process ended, and a new
worker takes its place for the branches still to run. A worker that cannot
start at all (the pipeline's functions cannot be imported in a fresh
process, a service cannot be rebuilt from its configuration) raises
:class:`WorkersUnavailable`; the executor then runs the rest in its own
process.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import logging
import os
import pickle
import signal
import socket
import subprocess
import sys
import traceback
import types
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from runnable import defaults, events, telemetry
from runnable.context import RunContext
from runnable.executor import GraphOutcome
from runnable.executor.branches import WorkersUnavailable, enclosing_scope, visible_parameters
from runnable.main_script import finding_functions
from runnable.models import decode_name_segment, parent_of, split_internal_name
from runnable.plugins import ServiceSpec, build_service, service_spec

if TYPE_CHECKING:
    from runnable.graph import Graph

logger = logging.getLogger("runnable")

# Seconds a worker is given to leave after being asked to, before it is terminated.
STOP_TIMEOUT = 10.0
# How often (seconds) the pool checks that busy workers are alive when none reports.
LIVENESS_INTERVAL = 1.0
# The name the run's main script has in a worker (multiprocessing's convention).
WORKER_MAIN_NAME = "__mp_main__"


# --------------------------------------------------------------------------- what a worker is given


@dataclass
class WorkerSetup:
    """Everything a worker needs to run branches of one run, pickled once per worker.

    ``settings`` is the run context without its services (:meth:`RunContext.settings`: run id, tag,
    code identity, retry plan...), the services travel as their configuration and are rebuilt.
    """

    settings: dict[str, Any]
    services: dict[str, ServiceSpec]
    executor: ServiceSpec
    dag: Graph
    log_level: int = logging.WARNING

    @classmethod
    def of(cls, context: RunContext, executor: BaseModel, dag: Graph) -> WorkerSetup:
        return cls(
            # Each worker makes its scratch folder inside the run's, which the run removes.
            settings={**context.settings(), "scratch_root": str(context.work_folder)},
            services={name: service_spec(service) for name, service in context.services().items()},
            executor=service_spec(executor),
            dag=dag,
            log_level=logger.getEffectiveLevel(),
        )

    def build_context(self) -> RunContext:
        telemetry.configure(self.settings.get("telemetry"))
        services = {name: build_service(spec) for name, spec in self.services.items()}
        services["run_log_store"] = telemetry.with_store_spans(services["run_log_store"])
        return RunContext(**self.settings, **services)


# --------------------------------------------------------------------------- the worker process

# Messages from a worker: ("ready",), ("setup-failed", detail), ("done", branch, GraphOutcome),
# ("error", branch, detail). To a worker: a _Bootstrap, the pickled WorkerSetup, then
# (branch, scope_token, trace context headers) per branch, or None to leave.


@dataclass
class _Bootstrap:
    """What a worker needs before it can unpickle the setup: where to import from, the main script."""

    sys_path: list[str]
    argv: list[str]
    # ("path", file) for ``python script.py``, ("module", name) for ``python -m name``, or None.
    main: tuple[str, str] | None

    @classmethod
    def of_this_process(cls) -> _Bootstrap:
        main_module = sys.modules.get("__main__")
        spec = getattr(main_module, "__spec__", None)
        main_file = getattr(main_module, "__file__", None)
        main: tuple[str, str] | None = None
        if spec is not None and spec.name and spec.name != "__main__":
            main = ("module", spec.name.removesuffix(".__main__"))
        elif main_file:
            main = ("path", os.path.abspath(main_file))
        return cls(sys_path=list(sys.path), argv=list(sys.argv), main=main)


# The main script to run in this worker (from the _Bootstrap), and whether it ran already.
_main_import: dict[str, Any] = {"done": False, "main": None}


def _import_main() -> None:
    """Run the main script as ``__mp_main__`` up to its ``execute()`` call; it becomes ``__main__``."""
    if _main_import["done"]:
        return
    _main_import["done"] = True
    main = _main_import["main"]
    if main is None:
        return
    kind, where = main
    module = types.ModuleType(WORKER_MAIN_NAME)
    if kind == "module":
        spec = importlib.util.find_spec(where)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "get_code"):
            return
        code = spec.loader.get_code(where)
        module.__file__ = spec.origin
        module.__spec__ = spec
        module.__package__ = spec.parent
    else:
        with open(where, encoding="utf-8") as source:
            code = compile(source.read(), where, "exec")
        module.__file__ = where
    sys.modules["__main__"] = sys.modules[WORKER_MAIN_NAME] = module
    with finding_functions():  # execute() stops the script (runnable.main_script)
        exec(code, module.__dict__)


class _SetupUnpickler(pickle.Unpickler):
    """Runs the main script only when the setup refers to something defined in it."""

    def find_class(self, module: str, name: str) -> Any:
        if module in ("__main__", WORKER_MAIN_NAME):
            _import_main()
            module = "__main__"
        elif module not in sys.modules:
            _import_up_to_execute(module)
        return super().find_class(module, name)


def _import_up_to_execute(name: str) -> None:
    """Import a module the setup names as an import would, but stop it at a module-level ``execute()``.

    Under ``runnable execute pipeline.py`` the pipeline's functions live in the module ``pipeline``,
    and a file that calls ``execute()`` at module level would otherwise start the whole run again in
    every worker, each with workers of its own.
    """
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return  # pickle reports the missing module itself
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        with finding_functions():  # execute() stops the module (runnable.main_script)
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def serve() -> None:
    """Entry point of a worker process: ``python -c "...serve()" <fd of its connection>``."""
    connection = Connection(int(sys.argv[1]))
    try:
        bootstrap: _Bootstrap = connection.recv()
    except (EOFError, OSError):
        return
    sys.path[:] = bootstrap.sys_path
    sys.argv[:] = bootstrap.argv
    _main_import["main"] = bootstrap.main
    worker_main(connection, connection.recv_bytes())


def worker_main(connection: Connection, payload: bytes) -> None:
    """The body of a worker process: set up once, then run branches until told to leave."""
    try:
        setup: WorkerSetup = _SetupUnpickler(io.BytesIO(payload)).load()
        logger.setLevel(setup.log_level)
        context = setup.build_context()
        executor = build_service(setup.executor)
        executor.serve_as_worker()
    except BaseException as exc:
        connection.send(("setup-failed", f"{type(exc).__name__}: {exc}"))
        return
    connection.send(("ready",))
    inherited_token: str | None = None
    inherited: dict[str, Any] = {}
    with context:
        while True:
            try:
                job = connection.recv()
            except (EOFError, OSError, KeyboardInterrupt):
                return  # the run's process is gone or interrupted: nothing more to do
            if job is None:
                return
            branch_name, scope_token, trace_context = job
            try:
                if scope_token != inherited_token:
                    inherited = visible_parameters(context, enclosing_scope(branch_name))
                    inherited_token = scope_token
                graph = setup.dag.branch_graph(branch_name)
                tracer = telemetry.tracer()
                with tracer.span(
                    f"branch {branch_name}",
                    parent=trace_context,
                    branch=branch_name,
                    node_type=_composite_type(setup.dag, branch_name) if tracer.enabled else "",
                    worker=True,
                ) as branch_span:
                    outcome = executor.execute_graph(context, graph, branch_name, inherited)
                    branch_span.finish(outcome.status, outcome.describe())
                tracer.flush()  # the run may end, and this worker be stopped, soon after it hears
                _flush_console()
                connection.send(("done", branch_name, outcome))
            except KeyboardInterrupt:
                return
            except BaseException:
                _flush_console()
                connection.send(("error", branch_name, traceback.format_exc()))


def _composite_type(dag: Graph, branch_name: str) -> str:
    """The node type (map, parallel...) of the composite step whose branch ``branch_name`` is."""
    step = parent_of(branch_name)
    return (
        dag.branch_graph(parent_of(step)).node(decode_name_segment(split_internal_name(step)[-1])).node_type
    )


def _flush_console() -> None:
    """Push what the branch printed to the terminal before the run hears it finished.

    A worker's stdout is a pipe (block-buffered) when the run's output is captured; the run may
    end, and a worker slow to leave be killed, before the interpreter's exit would flush it.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()


# --------------------------------------------------------------------------- the pool

_WORKER_COMMAND = "from runnable.executor.workers import serve; serve()"


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    connection: Connection
    ready: bool = False
    branch: str | None = None
    messages: list[Any] = field(default_factory=list)

    def describe_end(self) -> str:
        code = self.process.poll()
        if code is None:
            return f"the worker process (pid {self.process.pid}) stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"the worker process (pid {self.process.pid}) was killed by {name}"
        return f"the worker process (pid {self.process.pid}) exited with status {code}"


class WorkerPool:
    """Up to ``max_workers`` processes running branches of one run; see the module docstring."""

    def __init__(
        self,
        setup: WorkerSetup,
        max_workers: int,
        lost_branch: Callable[[str, str], tuple[str, str]],
    ) -> None:
        try:
            self._payload = pickle.dumps(setup)
        except Exception as exc:
            raise WorkersUnavailable(
                f"the pipeline cannot be sent to worker processes ({type(exc).__name__}: {exc}); functions "
                "of its tasks must be importable: defined at module level, not as lambdas or closures"
            ) from None
        self.max_workers = max_workers
        self._lost_branch = lost_branch
        self._bootstrap = _Bootstrap.of_this_process()
        self._workers: list[_Worker] = []
        # Why workers cannot run this pipeline, once a worker has failed to start.
        self.unavailable = ""

    # -- running branches -------------------------------------------------------------

    def run(
        self,
        branch_names: Sequence[str],
        open_branch: Callable[[str], None],
        scope_token: str,
        trace_context: Mapping[str, str] | None = None,
    ) -> dict[str, GraphOutcome]:
        """Run every branch; their outcomes by name. ``open_branch`` is called before each starts, in order.
        ``trace_context``: the composite step's span (W3C headers), which the workers' branch spans join.

        Raises WorkersUnavailable when workers cannot start (the pool is then
        closed and ``unavailable`` says why); the branches that did run and
        those still to run are on the exception.
        """
        pending = deque(branch_names)
        # Opened ahead of a free worker: opening a branch is this process's share of the work, done
        # while the workers run, so that a worker that finishes gets its next branch at once.
        opened: deque[str] = deque()
        outcomes: dict[str, GraphOutcome] = {}
        announced: set[str] = set()
        unavailable = ""
        while len(outcomes) < len(branch_names):
            busy = sum(worker.branch is not None for worker in self._workers)
            if not unavailable:
                unavailable = self._start_workers(min(self.max_workers, busy + len(opened) + len(pending)))
            if not unavailable:
                for worker in self._workers:
                    if worker.ready and worker.branch is None:
                        if not opened and pending:
                            opened.append(pending.popleft())
                            open_branch(opened[-1])
                        if not opened:
                            break
                        worker.branch = opened.popleft()
                        # A worker that died just now is found by _collect, which fails its branch.
                        with contextlib.suppress(OSError):
                            worker.connection.send((worker.branch, scope_token, dict(trace_context or {})))
                if pending and len(opened) < self.max_workers:
                    opened.append(pending.popleft())
                    open_branch(opened[-1])
            if unavailable and busy == 0:
                self.unavailable = unavailable
                self.close()
                raise WorkersUnavailable(unavailable, outcomes, [*opened, *pending])
            more_to_open = not unavailable and bool(pending) and len(opened) < self.max_workers
            unavailable = (
                self._collect(outcomes, timeout=0 if more_to_open else LIVENESS_INTERVAL) or unavailable
            )
            _announce_finished(outcomes, announced)
        return outcomes

    def start(self, wanted: int) -> None:
        """Start up to ``wanted`` workers without waiting for them; ``run`` learns how they started."""
        self._start_workers(min(wanted, self.max_workers))

    def _start_workers(self, wanted: int) -> str:
        """Start workers up to ``wanted``; a reason when a process cannot even be started."""
        while len(self._workers) < wanted:
            ours, theirs = socket.socketpair()
            try:
                process = subprocess.Popen(
                    [sys.executable, "-c", _WORKER_COMMAND, str(theirs.fileno())],
                    pass_fds=[theirs.fileno()],
                    stdin=subprocess.DEVNULL,
                )
            except (OSError, ValueError) as exc:  # no process table slot, no fd passing on this OS
                ours.close()
                return f"a worker process could not be started: {type(exc).__name__}: {exc}"
            finally:
                theirs.close()
            connection = Connection(ours.detach())
            with contextlib.suppress(OSError):  # a worker that died at once is found by _collect
                connection.send(self._bootstrap)
                connection.send_bytes(self._payload)
            self._workers.append(_Worker(process=process, connection=connection))
        return ""

    def _collect(self, outcomes: dict[str, GraphOutcome], timeout: float) -> str:
        """Wait for workers to report or die; record outcomes. A reason when workers cannot start."""
        by_connection = {worker.connection: worker for worker in self._workers}
        unavailable = ""
        ready = wait(list(by_connection), timeout=timeout)
        for handle in ready:
            worker = by_connection[handle]  # type: ignore[index]
            if not self._receive(worker, outcomes):
                unavailable = self._retire(worker, outcomes) or unavailable
        # A worker can die without its connection closing (a child process of a task holds it open).
        for worker in [
            w for w in self._workers if w.connection not in ready and w.process.poll() is not None
        ]:
            unavailable = self._retire(worker, outcomes) or unavailable
        return unavailable

    def _receive(self, worker: _Worker, outcomes: dict[str, GraphOutcome]) -> bool:
        """Read one message; False if the worker is gone (its connection closed)."""
        try:
            message = worker.connection.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            return False
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "setup-failed":
            worker.messages.append(message[1])
            return False
        elif kind == "done":
            outcomes[message[1]] = message[2]
            worker.branch = None
        elif kind == "error":
            name, detail = message[1], message[2]
            cause = f"the branch raised an error: {_last_line(detail)}"
            failed_step, failure = self._lost_branch(name, cause)
            logger.error("Branch '%s' raised an error in its worker process:\n%s", name, detail)
            outcomes[name] = GraphOutcome(status=defaults.FAIL, failed_step=failed_step, failure=failure)
            worker.branch = None
        return True

    def _retire(self, worker: _Worker, outcomes: dict[str, GraphOutcome]) -> str:
        """A worker that is gone: fail its branch. A reason when it never got ready."""
        with contextlib.suppress(OSError, EOFError):
            # What it reported before it went counts (a branch it finished is not lost).
            while worker.connection.poll() and self._receive(worker, outcomes):
                pass
        self._workers.remove(worker)
        worker.connection.close()
        try:
            worker.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            worker.process.wait()
        ending = worker.describe_end()
        if worker.branch is not None:
            cause = f"{ending} while running branch '{worker.branch}'"
            logger.error("%s; the branch is marked FAIL.", cause)
            failed_step, failure = self._lost_branch(worker.branch, cause)
            outcomes[worker.branch] = GraphOutcome(
                status=defaults.FAIL, failed_step=failed_step, failure=failure
            )
            return ""
        if not worker.ready:
            detail = worker.messages[-1] if worker.messages else ending
            return f"a worker process could not start: {detail}"
        return ""

    # -- ending ------------------------------------------------------------------------

    def close(self) -> None:
        """Ask every worker to leave; terminate those that do not within STOP_TIMEOUT seconds."""
        workers, self._workers = self._workers, []
        for worker in workers:
            with contextlib.suppress(OSError, ValueError):  # already gone
                worker.connection.send(None)
        for worker in workers:
            try:
                worker.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()
            worker.connection.close()

    def terminate(self) -> None:
        """Stop every worker now (the run is being interrupted)."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.process.kill()
        self.close()


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "unknown error"


def _announce_finished(outcomes: dict[str, GraphOutcome], announced: set[str]) -> None:
    """Tell the run's observers about branches the workers finished since the last call."""
    for name, outcome in outcomes.items():
        if name not in announced:
            announced.add(name)
            events.announce("branch_finished", step=parent_of(name), branch=name, status=outcome.status)
