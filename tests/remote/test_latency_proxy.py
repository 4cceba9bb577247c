"""The latency proxy (tests/servers/latency_proxy.py) against the real servers it stands in front of."""

from __future__ import annotations

import time

import pytest

from servers.latency_proxy import latency_proxy, proxied_url
from servers.s3 import S3Server


def test_proxied_url_keeps_credentials_and_database() -> None:
    with latency_proxy(("127.0.0.1", 9)) as proxy:
        url = proxied_url("postgresql+psycopg://user:p%40ss@10.0.0.5:5432/runs?sslmode=disable", proxy)
    assert url == f"postgresql+psycopg://user:p%40ss@127.0.0.1:{proxy.port}/runs?sslmode=disable"
    assert proxied_url("http://127.0.0.1:9000", proxy) == f"http://127.0.0.1:{proxy.port}"


@pytest.mark.postgres
def test_each_statement_is_one_round_trip_and_pays_the_delay_both_ways(postgres_url: str) -> None:
    import psycopg

    with latency_proxy(postgres_url, delay_ms=20) as proxy:
        plain = postgres_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(proxied_url(plain, proxy), autocommit=True) as connection:
            proxy.reset()
            started = time.perf_counter()
            for _ in range(3):
                assert connection.execute("SELECT 1").fetchone() == (1,)
            elapsed = time.perf_counter() - started
            assert proxy.round_trips == 3
            # 3 exchanges at 2 x 20 ms each; far below 2 x 3 x 20 ms would mean the delay is not applied.
            assert elapsed >= 3 * 2 * 0.020 * 0.9

            proxy.reset()
            with connection.pipeline():  # statements sent together, answers read together
                for _ in range(5):
                    connection.execute("SELECT 1")
            assert proxy.round_trips <= 2


@pytest.mark.s3
def test_s3_requests_are_counted_and_outages_refuse_connections(s3_server: S3Server) -> None:
    import botocore.config
    import botocore.exceptions

    with latency_proxy(s3_server.endpoint) as proxy:
        endpoint = proxied_url(s3_server.endpoint, proxy)
        config = botocore.config.Config(retries={"max_attempts": 1}, connect_timeout=2, read_timeout=2)
        client = S3Server(endpoint, s3_server.process, s3_server.log).client(config=config)
        client.create_bucket(Bucket="proxied")
        client.put_object(Bucket="proxied", Key="k0", Body=b"x")
        proxy.reset()
        for _ in range(4):
            client.head_object(Bucket="proxied", Key="k0")
        assert proxy.round_trips == 4

        proxy.drop_connections(1.0)
        with pytest.raises(botocore.exceptions.BotoCoreError):
            client.get_object(Bucket="proxied", Key="k0")
        assert proxy.round_trips == 4  # refused connections forward nothing
        time.sleep(1.1)
        assert client.get_object(Bucket="proxied", Key="k0")["Body"].read() == b"x"
        assert proxy.round_trips == 5
