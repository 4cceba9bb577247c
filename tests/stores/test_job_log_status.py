"""``add_job_log`` sets the run's status to the job's on every store: the executor writes it once.

The contract suite (``runnable.testing.StoreContract``) checks a SUCCESS job on a CREATED run; a
job's run goes PROCESSING -> FAIL too, and the guide's template (base-class defaults) must agree.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from runnable_cloud_database.stores import CloudDatabaseRunLogStore

from runnable import config, defaults, plugins
from runnable.models import StepAttempt
from runnable.run_log_store.base import BaseRunLogStore
from store_sections import store_section

STORES = ["buffered", "file-system", "chunked-fs", "database", "guide-template"]


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BaseRunLogStore:
    if request.param == "guide-template":  # only the four abstract methods: add_job_log is the default
        return CloudDatabaseRunLogStore(
            connection_string="memory://jobs", table_name=f"j{uuid.uuid4().hex[:8]}"
        )
    loaded = config.from_mapping({"run-log-store": store_section(request.param, tmp_path)}, source="test")
    built: BaseRunLogStore = plugins.build("run_log_store", loaded.run_log_store, expected=BaseRunLogStore)
    return built


@pytest.mark.parametrize("outcome", [defaults.FAIL, defaults.SUCCESS])
def test_add_job_log_sets_the_run_status_through_a_job(store: BaseRunLogStore, outcome: str) -> None:
    store.create_run_log("job-run", status=defaults.PROCESSING)
    job_log = store.create_job_log()
    job_log.status = defaults.PROCESSING
    store.add_job_log("job-run", job_log)
    assert store.get_run_log_by_id("job-run").status == defaults.PROCESSING

    job_log.attempts.append(StepAttempt(status=outcome))
    job_log.status = outcome
    store.add_job_log("job-run", job_log)

    header = store.get_run_log_by_id("job-run", full=False)
    assert header.status == outcome
    assert store.get_job_log("job-run").status == outcome
    assert [page.status for page in store.get_run_logs(status=outcome)] == [outcome]
