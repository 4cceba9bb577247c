"""The stress tests of the store contract: many writers recording one run at the same time.

Each writer (a thread, or a process started with ``stress_start_method``) records its own branch,
steps and parameters, and merges into the run's shared parameters, run config and status; then
every writer's share must be in the stored run. A writer process rebuilds the store from
``(import path of its class, store.model_dump())`` (:func:`runnable.plugins.service_spec`), so the
store must point at storage the processes share.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback
from pathlib import Path
from typing import Any

import pytest

from runnable import defaults, exceptions
from runnable.models import (
    JsonParameter,
    MetricParameter,
    RunLog,
    StepAttempt,
    encode_name_segment,
    join_internal_name,
)
from runnable.plugins import ServiceSpec, build_service, service_spec
from runnable.run_log_store.base import BaseRunLogStore
from runnable.testing.hooks import ContractHooks
from runnable.testing.samples import SAMPLE_TIME

FAN_STEP = "fan"


def _write_share(store: BaseRunLogStore, run_id: str, worker: int, steps: int) -> None:
    """What one of many concurrent writers records: its own branch, steps and parameters,
    plus merges into the run's shared parameters, run config and status."""
    branch_name = join_internal_name(FAN_STEP, f"w{worker}")
    branch = store.create_branch_log(branch_name, parameters={"seed": JsonParameter(value=worker)})
    store.add_branch_log(branch, run_id)
    for index in range(steps):
        step_log = store.create_step_log(f"s{index}", join_internal_name(branch_name, f"s{index}"))
        step_log.status = defaults.PROCESSING
        store.add_step_log(step_log, run_id)
        step_log.status = defaults.SUCCESS
        step_log.attempts.append(
            StepAttempt(status=defaults.SUCCESS, start_time=SAMPLE_TIME, end_time=SAMPLE_TIME)
        )
        store.add_step_log(step_log, run_id)
        store.set_parameters(run_id, {f"out{index}": JsonParameter(value=index * worker)}, branch_name)
    inner = store.create_step_log("inner", join_internal_name(branch_name, "inner"))
    inner.step_type = defaults.MAP
    store.add_step_log(inner, run_id)
    inner_branch = join_internal_name(branch_name, "inner", encode_name_segment("x.y"))
    store.add_branch_log(store.create_branch_log(inner_branch), run_id)
    store.add_step_log(store.create_step_log("leaf", join_internal_name(inner_branch, "leaf")), run_id)
    store.add_step_log(store.create_step_log(f"solo_w{worker}", f"solo_w{worker}"), run_id)
    store.set_parameters(run_id, {f"from_w{worker}": MetricParameter(value=worker)})
    store.set_run_config(run_id, {f"w{worker}": worker})
    store.update_run_log_status(run_id, defaults.PROCESSING)
    # A stale copy of the branch (it carries no steps) must not drop the steps.
    branch.status = defaults.SUCCESS
    store.add_branch_log(branch, run_id)


def _share_problems(run_log: RunLog, worker: int, steps: int) -> list[str]:
    problems: list[str] = []
    branch_name = join_internal_name(FAN_STEP, f"w{worker}")
    try:
        branch, _ = run_log.search_branch_by_internal_name(branch_name)
    except exceptions.BranchLogNotFoundError:
        return [f"branch {branch_name} is missing"]
    assert branch is not None
    if branch.status != defaults.SUCCESS:
        problems.append(f"branch {branch_name} has status {branch.status}")
    expected_steps = [join_internal_name(branch_name, f"s{i}") for i in range(steps)]
    expected_steps.append(join_internal_name(branch_name, "inner"))
    if list(branch.steps) != expected_steps:
        problems.append(f"branch {branch_name} has steps {list(branch.steps)}, expected {expected_steps}")
    for index in range(steps):
        step_log = branch.steps.get(join_internal_name(branch_name, f"s{index}"))
        if step_log is None or step_log.status != defaults.SUCCESS or len(step_log.attempts) != 1:
            problems.append(f"step s{index} of {branch_name} is missing or incomplete: {step_log}")
    expected_parameters = {"seed": worker, **{f"out{i}": i * worker for i in range(steps)}}
    parameters = {name: value.get_value() for name, value in branch.parameters.items()}
    if parameters != expected_parameters:
        problems.append(f"branch {branch_name} has parameters {parameters}, expected {expected_parameters}")
    leaf = join_internal_name(branch_name, "inner", encode_name_segment("x.y"), "leaf")
    try:
        run_log.search_step_by_internal_name(leaf)
    except exceptions.StepLogNotFoundError:
        problems.append(f"nested step {leaf} is missing")
    if f"solo_w{worker}" not in run_log.steps:
        problems.append(f"top-level step solo_w{worker} is missing")
    if run_log.parameters.get(f"from_w{worker}") != MetricParameter(value=worker):
        problems.append(f"run parameter from_w{worker} is missing")
    if run_log.run_config.get(f"w{worker}") != worker:
        problems.append(f"run config key w{worker} is missing")
    return problems


def _stress_process(
    spec: ServiceSpec, run_id: str, worker: int, steps: int, barrier: Any, report: str
) -> None:
    try:
        store = build_service(spec)
        barrier.wait(timeout=120)
        _write_share(store, run_id, worker, steps)
    except BaseException:
        Path(report).write_text(traceback.format_exc())
        raise SystemExit(1) from None


def _prepare_shared_run(store: BaseRunLogStore, run_id: str) -> None:
    store.create_run_log(run_id, tag="stress")
    store.set_run_config(run_id, {"initial": True})
    fan = store.create_step_log(FAN_STEP, FAN_STEP)
    fan.step_type = defaults.PARALLEL
    store.add_step_log(fan, run_id)


class ConcurrencyContract(ContractHooks):
    """Threads (if ``thread_safe``) and processes (if ``parallel_writes_store``) writing one run."""

    __test__ = False

    def test_concurrent_threads_lose_nothing(self, store: BaseRunLogStore) -> None:
        if not self.thread_safe:
            pytest.skip("the store does not claim thread safety (thread_safe = False)")
        run_id = "threads-1"
        workers = self.stress_processes
        _prepare_shared_run(store, run_id)
        barrier = threading.Barrier(workers)
        failures: list[str] = []

        def work(worker: int) -> None:
            try:
                barrier.wait(timeout=60)
                _write_share(store, run_id, worker, self.stress_steps)
            except BaseException:
                failures.append(traceback.format_exc())

        threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not failures, "\n".join(failures)
        self._assert_every_share_present(store, run_id, workers)

    def test_concurrent_processes_lose_nothing(
        self, parallel_writes_store: BaseRunLogStore | None, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        if parallel_writes_store is None:
            pytest.skip("the store does not support parallel writes from many processes")
        store = parallel_writes_store
        run_id = "processes-1"
        workers = self.stress_processes
        _prepare_shared_run(store, run_id)
        reports = tmp_path_factory.mktemp("stress-reports")
        # typeshed types get_context(str) as BaseContext, which lacks Process.
        context: Any = multiprocessing.get_context(self.stress_start_method)
        barrier = context.Barrier(workers)
        spec = service_spec(store)
        processes = [
            context.Process(
                target=_stress_process,
                args=(
                    spec,
                    run_id,
                    worker,
                    self.stress_steps,
                    barrier,
                    str(reports / f"worker-{worker}.txt"),
                ),
                daemon=True,
            )
            for worker in range(workers)
        ]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=180)
        hung = [p for p in processes if p.is_alive()]
        for process in hung:
            process.kill()
        failures = [path.read_text() for path in sorted(reports.iterdir())]
        assert not hung, f"{len(hung)} writer processes did not finish"
        assert not failures, "\n".join(failures)
        assert [p.exitcode for p in processes] == [0] * workers
        self._assert_every_share_present(store, run_id, workers)

    def _assert_every_share_present(self, store: BaseRunLogStore, run_id: str, workers: int) -> None:
        run_log = store.get_run_log_by_id(run_id, full=True)
        problems = [p for w in range(workers) for p in _share_problems(run_log, w, self.stress_steps)]
        assert not problems, "\n".join(problems)
        assert run_log.status == defaults.PROCESSING
        assert run_log.run_config["initial"] is True
        assert sorted(run_log.steps["fan"].branches) == sorted(f"fan.w{w}" for w in range(workers))
        assert sorted(run_log.steps) == sorted(["fan", *(f"solo_w{w}" for w in range(workers))])
