"""A large parameter costs its size once per run in the S3 stores (issue 19 item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from large_values import (
    assert_about_one_copy,
    assert_value_recorded_everywhere_once_in_memory,
    run_with_big_value,
)
from servers.s3 import S3Server, StoreConfig

pytestmark = pytest.mark.s3  # needs the S3 test server process


@pytest.mark.parametrize("store_type", ["minio", "chunked-minio"])
def test_a_large_value_is_stored_once_per_run(
    store_type: str, s3_config: StoreConfig, s3_server: S3Server, workdir: Path
) -> None:
    config = s3_config()
    configuration = workdir / "config.yaml"
    configuration.write_text(yaml.safe_dump({"run-log-store": {"type": store_type, "config": config}}))
    run_log = run_with_big_value(configuration)
    bucket, prefix = config["bucket"].split("/", 1)
    listing = s3_server.client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix + "/")
    stored = sum(item["Size"] for page in listing for item in page.get("Contents", []))
    assert_about_one_copy(stored)
    assert_value_recorded_everywhere_once_in_memory(run_log)
