"""Retrying on the S3 stores (minio, chunked-minio), against the S3-compatible test server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from retry_support import ConfigWriter, ReadRun, basket_pipeline, fail_first, map_pipeline, step

from runnable import defaults
from runnable.models import JsonParameter
from runnable.retry_plan import retry_records

pytestmark = pytest.mark.s3


@pytest.mark.parametrize("store_type", ["minio", "chunked-minio"])
def test_linear_and_map_retries_on_object_storage(
    store_type: str,
    write_config: ConfigWriter,
    s3_section: Callable[[str], dict[str, Any]],
    fix_the_cause: Callable[[], None],
    stored_run_log: ReadRun,
) -> None:
    linear = write_config("s3", name="linear.yaml", run_log_store=s3_section(store_type))
    fail_first(basket_pipeline(), linear)
    mapped = write_config("s3", name="runnable-config.yaml", run_log_store=s3_section(store_type))
    with pytest.raises(Exception, match="item 2 fails"):
        map_pipeline().execute(run_id="the-map")
    fix_the_cause()

    basket_pipeline().execute(configuration_file=str(linear), retry_run_id="the-run")
    run_log = stored_run_log(linear, "the-run")
    assert run_log.status == defaults.SUCCESS
    assert [a.attempt_number for a in run_log.steps["total"].attempts] == [1, 2]
    assert run_log.steps["fail"].status == defaults.SKIPPED

    # Found through runnable-config.yaml, retried with the services of its run config (secret key
    # resolved again from the environment).
    map_pipeline().execute(retry_run_id="the-map")
    run_log = stored_run_log(mapped, "the-map")
    assert run_log.status == defaults.SUCCESS
    assert len(step(run_log, "squares.1.square").attempts) == 1
    assert len(step(run_log, "squares.2.square").attempts) == 2
    assert run_log.parameters["sq"] == JsonParameter(value=[1, 4, 9])
    assert retry_records(run_log)[0].configuration == "the stored run config"
