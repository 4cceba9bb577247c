"""The S3 stores when the network drops every connection for a while (issue 17, item 5).

The latency proxy (tests/servers/latency_proxy.py) stands between the store and the server and
closes every connection, refusing new ones, for a few seconds in the middle of a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from runnable import Pipeline, PythonTask, exceptions
from runnable.models import StepLog
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
from servers.latency_proxy import LatencyProxy, latency_proxy, proxied_url
from servers.s3 import S3Server, StoreConfig

pytestmark = pytest.mark.s3

_PROXY: list[LatencyProxy] = []


def first() -> int:
    return 1


def cut_the_network(x: int) -> int:
    _PROXY[0].drop_connections(0.5)  # the next store writes meet closed and refused connections
    return x + 1


def last(x: int) -> int:
    return x * 10


@pytest.fixture
def proxy(s3_server: S3Server) -> Iterator[LatencyProxy]:
    with latency_proxy(s3_server.endpoint) as started:
        _PROXY[:] = [started]
        yield started
        _PROXY.clear()


def test_a_short_outage_mid_run_is_retried_and_loses_nothing(
    workdir: Path, s3_config: StoreConfig, s3_server: S3Server, proxy: LatencyProxy
) -> None:
    store = s3_config(endpoint_url=proxied_url(s3_server.endpoint, proxy), max_attempts=10)
    config = workdir / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {"run-log-store": {"type": "chunked-minio", "config": store}, "catalog": {"type": "do-nothing"}}
        )
    )
    pipeline = Pipeline(
        steps=[
            PythonTask(function=first, name="first", returns=["x"]),
            PythonTask(function=cut_the_network, name="cut", returns=["x"]),
            PythonTask(function=last, name="last", returns=["x"]),
        ]
    )
    run_log = pipeline.execute(configuration_file=str(config))
    assert proxy.refused > 0  # the outage did meet the store's requests

    stored = ChunkedS3RunLogStore(**s3_config()).get_run_log_by_id(run_log.run_id, full=True)
    assert stored.status == "SUCCESS"
    assert list(stored.steps) == ["first", "cut", "last", "success"]
    assert [len(step.attempts) for step in stored.steps.values()][:3] == [1, 1, 1]
    assert stored.parameters["x"].get_value() == 20


def test_an_outage_longer_than_the_retries_names_the_store_not_the_secret(
    s3_config: StoreConfig, s3_server: S3Server, proxy: LatencyProxy
) -> None:
    store = ChunkedS3RunLogStore(
        **s3_config(endpoint_url=proxied_url(s3_server.endpoint, proxy), max_attempts=2, timeout_seconds=2)
    )
    store.create_run_log("cut-off")
    proxy.drop_connections(60)
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.add_step_log(StepLog(name="s", internal_name="s"), "cut-off")
    assert 0 < proxy.refused <= 3  # a bounded number of tries (max_attempts: 2), then reported
    message = str(caught.value)
    assert f"127.0.0.1:{proxy.port}" in message
    assert store.aws_secret_access_key is not None
    assert store.aws_secret_access_key.get_secret_value() not in message
