"""What a user sees when DynamoDB throttles, fails or refuses the credentials.

These tests run on a moto server of their own: its faults are switched on through its control
endpoint and it checks credentials (moto's IAM) once enforced, neither of which may disturb the
other tests.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from runnable import exceptions
from runnable.run_log_store.dynamodb import DynamoDBRunLogStore
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server, running_s3_server

pytestmark = pytest.mark.dynamodb

WRONG_SECRET = "wrong-secret-do-not-show"


@pytest.fixture(scope="module")
def own_server() -> Iterator[S3Server]:
    with running_s3_server() as server:
        yield server


@pytest.fixture
def no_faults(own_server: S3Server) -> Iterator[None]:
    yield
    own_server.control(fail_next=0)


def store_on(server: S3Server, **config: Any) -> DynamoDBRunLogStore:
    values: dict[str, Any] = {
        "endpoint_url": server.endpoint,
        "aws_access_key_id": ACCESS_KEY,
        "aws_secret_access_key": SECRET_KEY,
        "region_name": REGION,
        "table_name": "errors",
        "create_table": True,
        "max_attempts": 2,
    }
    values.update(config)
    return DynamoDBRunLogStore(**values)


def full_text(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))


@pytest.mark.usefixtures("no_faults")
def test_throttling_and_5xx_are_retried(own_server: S3Server) -> None:
    store = store_on(own_server, max_attempts=4)
    store.create_run_log("retried")
    own_server.control(fail_next=2)  # the next two requests answer 503
    assert store.get_run_log_by_id("retried").run_id == "retried"
    assert own_server.control()["fail_next"] == 0


@pytest.mark.usefixtures("no_faults")
def test_a_server_that_keeps_failing(own_server: S3Server) -> None:
    store = store_on(own_server, aws_secret_access_key=WRONG_SECRET)
    store.create_run_log("failing")
    own_server.control(fail_next=1000)
    with pytest.raises(exceptions.StoreUnavailableError) as caught:
        store.update_run_log_status("failing", "SUCCESS")
    message = str(caught.value)
    assert "kept failing" in message and "HTTP 503" in message and "after 2 attempts" in message
    assert own_server.endpoint in message and "'errors'" in message
    assert WRONG_SECRET not in full_text(caught.value)


def test_credentials_refused_or_denied(own_server: S3Server) -> None:
    store_on(own_server).create_run_log("before-checks")  # the table, made while anyone may
    # An IAM user allowed S3 only, and an unknown key. moto answers both with a bare HTTP 403
    # (DynamoDB itself says AccessDeniedException or UnrecognizedClientException): one message
    # names both causes.
    allowed_s3_only = own_server.enforce_credentials()
    wrong_keys = [allowed_s3_only, ("AKIAUNKNOWNKEY000000", WRONG_SECRET)]
    for key_id, secret in wrong_keys:
        store = store_on(own_server, aws_access_key_id=key_id, aws_secret_access_key=secret)
        with pytest.raises(exceptions.ConfigurationError) as caught:
            store.get_run_log_by_id("before-checks")
        message = str(caught.value)
        assert "denied access" in message and "dynamodb:GetItem" in message
        assert "aws_secret_access_key" in message and own_server.endpoint in message and "'errors'" in message
        assert caught.value.field == "aws_access_key_id"
        assert secret not in full_text(caught.value)
