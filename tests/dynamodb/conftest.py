"""Fixtures for the DynamoDB store: a fresh table per test on the session's moto server (``s3_server``,
tests/conftest.py), which serves DynamoDB on the same port as S3."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server, StoreConfig


@pytest.fixture
def dynamodb_config(s3_server: S3Server) -> StoreConfig:
    """The config of a store on the test server, in a table no other test uses; keywords override."""
    table = f"runs-{secrets.token_hex(6)}"  # random: other sessions may share the server (servers/reuse.py)

    def config(**overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "endpoint_url": s3_server.endpoint,
            "aws_access_key_id": ACCESS_KEY,
            "aws_secret_access_key": SECRET_KEY,
            "table_name": table,
            "region_name": REGION,
            "create_table": True,
        }
        values.update(overrides)
        return values

    return config
