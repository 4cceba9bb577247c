"""Fixtures for the S3 stores: one bucket per test class on the session's S3-compatible server
(``s3_server``, tests/conftest.py).

Each test gets a fresh key prefix in its class's bucket, so every store starts empty.
"""

from __future__ import annotations

import itertools
import re
import secrets
from typing import Any

import pytest

from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server, StoreConfig

_prefixes = itertools.count()


@pytest.fixture(scope="class")
def bucket(s3_server: S3Server, request: pytest.FixtureRequest) -> str:
    """A bucket for the test class (or module), named after it."""
    owner = request.cls.__name__ if request.cls is not None else request.module.__name__
    # Random: other sessions may share the server (servers/reuse.py). At most 63 characters.
    name = re.sub(r"[^a-z0-9-]+", "-", f"t-{owner.lower()}")[:50].strip("-") + f"-{secrets.token_hex(6)}"
    s3_server.client().create_bucket(Bucket=name)
    return name


@pytest.fixture
def s3_config(s3_server: S3Server, bucket: str) -> StoreConfig:
    """The config of a store on the test server, in a key prefix no other test uses; keywords override."""
    prefix = f"runs-{next(_prefixes)}"

    def config(**overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "endpoint_url": s3_server.endpoint,
            "aws_access_key_id": ACCESS_KEY,
            "aws_secret_access_key": SECRET_KEY,
            "bucket": f"{bucket}/{prefix}",
            "region_name": REGION,
        }
        values.update(overrides)
        return values

    return config
