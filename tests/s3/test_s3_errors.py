"""What a user sees when the S3 endpoint, bucket, credentials or server misbehave.

These tests run on a server of their own: it checks credentials (moto's IAM) and its faults are
switched on and off through its control endpoint, which must not disturb the other tests.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from runnable import exceptions
from runnable.run_log_store.chunked_s3 import ChunkedS3RunLogStore
from runnable.run_log_store.s3 import S3RunLogStore
from servers.local import free_port
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server, running_s3_server

pytestmark = pytest.mark.s3  # needs the S3 test server process

STORES = {"minio": S3RunLogStore, "chunked-minio": ChunkedS3RunLogStore}
WRONG_SECRET = "wrong-secret-do-not-show"


@pytest.fixture(scope="module")
def strict_server() -> Iterator[tuple[S3Server, dict[str, str]]]:
    """A server that checks credentials; yields it with the keys it accepts."""
    with running_s3_server() as server:
        access_key, secret_key = server.enforce_credentials()
        keys = {"aws_access_key_id": access_key, "aws_secret_access_key": secret_key}
        server.client(**keys).create_bucket(Bucket="strict")
        yield server, keys


@pytest.fixture
def no_faults(strict_server: tuple[S3Server, dict[str, str]]) -> Iterator[None]:
    yield
    strict_server[0].control(fail_next=0, ignore_preconditions=False)


def store_on(server: S3Server, store_type: str = "chunked-minio", **config: Any) -> Any:
    config.setdefault("endpoint_url", server.endpoint)
    config.setdefault("bucket", "strict/runs")
    config.setdefault("region_name", REGION)
    config.setdefault("max_attempts", 2)
    return STORES[store_type](**config)


def full_text(error: BaseException) -> str:
    """The message and everything chained to it, as a traceback would print them."""
    return "".join(traceback.format_exception(error))


@pytest.mark.parametrize("store_type", STORES)
def test_an_endpoint_that_is_down(store_type: str) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    store = STORES[store_type](
        endpoint_url=endpoint,
        bucket="runs-bucket/p",
        aws_access_key_id="AKIA-down",
        aws_secret_access_key=WRONG_SECRET,
        max_attempts=2,
    )
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.get_run_log_by_id("any")
    message = str(caught.value)
    assert endpoint in message and "'runs-bucket'" in message
    assert "after 2 attempts" in message and "endpoint_url" in message
    assert WRONG_SECRET not in full_text(caught.value)


@pytest.mark.parametrize("store_type", STORES)
def test_a_missing_bucket(store_type: str, strict_server: tuple[S3Server, dict[str, str]]) -> None:
    server, keys = strict_server
    store = store_on(server, store_type, bucket="no-such-bucket/runs", **keys)
    with pytest.raises(exceptions.ConfigurationError) as caught:
        store.create_run_log("r1")
    message = str(caught.value)
    assert "'no-such-bucket' does not exist" in message and server.endpoint in message
    assert caught.value.field == "bucket"
    assert keys["aws_secret_access_key"] not in full_text(caught.value)


@pytest.mark.parametrize(
    "wrong",
    [
        {"aws_access_key_id": "AKIAUNKNOWNKEY000000", "aws_secret_access_key": WRONG_SECRET},
        {"aws_secret_access_key": WRONG_SECRET},  # a real key id with the wrong secret
    ],
    ids=["unknown key", "wrong secret"],
)
@pytest.mark.parametrize("store_type", STORES)
def test_wrong_credentials(
    store_type: str, wrong: dict[str, str], strict_server: tuple[S3Server, dict[str, str]]
) -> None:
    server, keys = strict_server
    store = store_on(server, store_type, **{**keys, **wrong})
    with pytest.raises(exceptions.ConfigurationError) as caught:
        store.get_run_logs()
    message = str(caught.value)
    assert "refused the credentials" in message and server.endpoint in message and "'strict'" in message
    assert caught.value.field == "aws_access_key_id"
    text = full_text(caught.value)
    assert WRONG_SECRET not in text and keys["aws_secret_access_key"] not in text


def test_the_right_credentials_work(strict_server: tuple[S3Server, dict[str, str]]) -> None:
    server, keys = strict_server
    store = store_on(server, "minio", **keys)
    store.create_run_log("with-keys")
    assert [run.run_id for run in store.get_run_logs(run_ids=["with-keys"])] == ["with-keys"]


def test_no_credentials_anywhere(
    strict_server: tuple[S3Server, dict[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    store = store_on(strict_server[0])
    with pytest.raises(exceptions.ConfigurationError, match="no complete AWS credentials") as caught:
        store.get_run_log_by_id("any")
    assert strict_server[0].endpoint in str(caught.value)


@pytest.mark.usefixtures("no_faults")
@pytest.mark.parametrize("store_type", STORES)
def test_throttling_and_5xx_are_retried(
    store_type: str, strict_server: tuple[S3Server, dict[str, str]]
) -> None:
    server, keys = strict_server
    store = store_on(server, store_type, max_attempts=4, **keys)
    store.create_run_log(f"retried-{store_type}")
    server.control(fail_next=2)  # the next two requests answer 503 SlowDown
    assert store.get_run_log_by_id(f"retried-{store_type}").run_id == f"retried-{store_type}"
    assert server.control()["fail_next"] == 0


@pytest.mark.usefixtures("no_faults")
def test_a_server_that_keeps_failing(strict_server: tuple[S3Server, dict[str, str]]) -> None:
    server, keys = strict_server
    store = store_on(server, "chunked-minio", max_attempts=2, **keys)
    store.create_run_log("failing")
    server.control(fail_next=1000)
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.update_run_log_status("failing", "SUCCESS")
    message = str(caught.value)
    assert "kept failing (SlowDown, HTTP 503) after 2 attempts" in message
    assert server.endpoint in message and "'strict'" in message
    assert keys["aws_secret_access_key"] not in full_text(caught.value)


@pytest.fixture
def old_server(s3_server: S3Server) -> Iterator[S3Server]:
    """The session's server (it does not check credentials, which stripped headers would break),
    ignoring If-Match and If-None-Match as servers without conditional writes do."""
    s3_server.control(ignore_preconditions=True)
    yield s3_server
    s3_server.control(ignore_preconditions=False)


@pytest.mark.parametrize("store_type", STORES)
def test_a_server_that_ignores_conditional_writes_is_refused(store_type: str, old_server: S3Server) -> None:
    bucket = f"old-server-{store_type}"  # not checked before in this process
    old_server.client().create_bucket(Bucket=bucket)
    store = store_on(
        old_server, store_type, bucket=bucket, aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY
    )
    with pytest.raises(exceptions.ConfigurationError) as caught:
        store.create_run_log("r1")
    message = str(caught.value)
    assert "ignores the If-None-Match condition" in message and old_server.endpoint in message
    assert caught.value.field == "endpoint_url"
    assert store.get_run_logs() == []  # refused before anything was written

    old_server.control(ignore_preconditions=False)
    store.create_run_log("r1")  # the check passes once the server honours the headers
    with pytest.raises(exceptions.RunLogExistsError):
        store.create_run_log("r1")
