"""What every store and catalog on an AWS service shares: where the service is, the credentials, the client.

* :class:`AwsSettings` -- runnable 0.50's field names (``endpoint_url``, ``aws_access_key_id``,
  ``aws_secret_access_key``, ``region_name``) plus the retry and timeout knobs, and the making of a
  boto3 client from them, with the mistakes a user can make (boto3 missing, a bad endpoint, no
  region) turned into configuration errors that name the section and never a secret.
* :class:`PerProcess` -- a client (or what wraps it) made on first use in each process: a client
  holds sockets, so a forked child makes its own and a pickled store carries none.

The S3 stores and catalog (:mod:`~runnable.run_log_store._s3`) and the DynamoDB store
(:mod:`~runnable.run_log_store.dynamodb`) build on both. boto3 is imported when the first client
is made, so configuring any of them needs no boto3 and ``import runnable`` never loads it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, Field, SecretStr

from runnable import exceptions

SECRET_FIELDS = ("aws_access_key_id", "aws_secret_access_key")

Made = TypeVar("Made")


class AwsSettings(BaseModel):
    """How to reach an AWS service (or a compatible server); ``section`` and ``role`` name it in errors."""

    section: ClassVar[str] = "run-log-store"
    role: ClassVar[str] = "run log store"
    secret_fields: ClassVar[tuple[str, ...]] = SECRET_FIELDS

    endpoint_url: str | None = Field(
        default=None,
        description="the service's endpoint, e.g. http://minio:9000; unset means AWS (or AWS_ENDPOINT_URL)",
    )
    aws_access_key_id: SecretStr | None = Field(
        default=None, description="access key; unset means the AWS credential chain"
    )
    aws_secret_access_key: SecretStr | None = Field(
        default=None, description="secret key; unset means the AWS credential chain"
    )
    region_name: str | None = Field(default=None, description="region; unset means the AWS default chain")
    max_attempts: int = Field(
        default=5, ge=1, description="tries per request (connection errors, 5xx, throttling)"
    )
    timeout_seconds: float = Field(default=30.0, gt=0, description="connect and read timeout per request")

    def secret_values(self) -> tuple[str, ...]:
        """The credentials as given, to keep out of every message (empty when the chain provides them)."""
        return tuple(
            secret.get_secret_value()
            for secret in (self.aws_access_key_id, self.aws_secret_access_key)
            if secret is not None and secret.get_secret_value()
        )

    def boto3_client(
        self, service: str, extra: str, prepare_session: Callable[[Any], None] | None = None, **config: Any
    ) -> Any:
        """A boto3 client of ``service`` from these settings; ``extra``: the package extra that has boto3.

        ``config``: more ``botocore.config.Config`` settings; ``prepare_session``: customises the
        botocore session the client is made from.
        """
        try:
            import boto3
            import botocore.session
            from botocore.config import Config
            from botocore.exceptions import NoRegionError
        except ImportError as exc:
            raise exceptions.ConfigurationError(
                f"the '{self.type_name()}' {self.role} needs boto3, which is not installed. "
                f"Install it with: pip install 'runnable[{extra}]'.",
                service=self.section,
                field="type",
            ) from exc
        settings = Config(
            retries={"mode": "standard", "max_attempts": self.max_attempts},
            connect_timeout=self.timeout_seconds,
            read_timeout=self.timeout_seconds,
            **config,
        )
        credentials = {
            name: secret.get_secret_value() if secret is not None else None
            for name, secret in (
                ("aws_access_key_id", self.aws_access_key_id),
                ("aws_secret_access_key", self.aws_secret_access_key),
            )
        }
        session = botocore.session.get_session()
        if prepare_session is not None:
            prepare_session(session)
        try:
            return boto3.session.Session(botocore_session=session).client(
                service,
                endpoint_url=self.endpoint_url,
                region_name=self.region_name,
                config=settings,
                **credentials,
            )
        except NoRegionError as exc:
            raise exceptions.ConfigurationError(
                f"no AWS region is set for the {self.role}'s {service} client. Set `region_name` in its "
                "configuration, or AWS_DEFAULT_REGION.",
                service=self.section,
                field="region_name",
            ) from exc
        except ValueError as exc:
            raise exceptions.ConfigurationError(
                f"the {service} client could not be made: {exc}. Check `endpoint_url` (a URL such as "
                "http://localhost:9000) and `region_name`.",
                service=self.section,
                field="endpoint_url",
            ) from exc

    def type_name(self) -> str:
        return str(getattr(self, "service_name", "") or type(self).__name__)


class PerProcess(Generic[Made]):
    """One value per process, made on first use by the threads that share it; pickled empty."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: Made | None = None
        self._pid = 0

    def get(self, make: Callable[[], Made]) -> Made:
        made = self._value
        if made is None or self._pid != os.getpid():
            with self._lock:
                made = self._value
                if made is None or self._pid != os.getpid():
                    made = make()
                    self._value, self._pid = made, os.getpid()
        return made

    def __reduce__(self) -> tuple[type[PerProcess[Made]], tuple[()]]:
        return type(self), ()
