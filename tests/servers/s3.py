"""A throwaway S3-compatible server for tests and benchmarks: moto's server, in its own process.

``running_s3_server()`` starts ``python s3.py --port <free port>`` (this file) on the loopback
interface, waits until it answers, yields an :class:`S3Server` and stops it afterwards.

The process serves moto's own WSGI application (what ``moto_server`` runs) through werkzeug,
with two additions for tests:

* **one request at a time.** moto checks ``If-Match``/``If-None-Match`` and then writes, in two
  steps with no lock between them, so two conditional PUTs racing in two server threads could
  both succeed. S3, MinIO and Ceph make a conditional write atomic; serialising requests gives
  the test server the same guarantee, so a lost update in a test is the store's fault, never
  the server's.
* **a control endpoint** (``POST /_runnable_test/control`` with JSON) to make the next requests
  fail with ``503 SlowDown`` (``{"fail_next": 3}``) or to ignore precondition headers, as old
  servers do (``{"ignore_preconditions": true}``).

moto's authentication is off until ``S3Server.enforce_credentials()`` turns it on (moto's own
``/moto-api/reset-auth``); from then on only keys made through its IAM API are accepted.

Nothing here depends on pytest: benchmarks import it too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONTROL_PATH = "/_runnable_test/control"
REGION = "us-east-1"
# moto accepts any key until credentials are enforced; these only have to be non-empty.
ACCESS_KEY = "testing-access-key"
SECRET_KEY = "testing-secret-key"

_SLOW_DOWN = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>'
    b"<Message>Please reduce your request rate.</Message></Error>"
)

StartResponse = Callable[..., Any]
# Builds a store's config on the test server; keywords override (see tests/s3/conftest.py, s3_config).
StoreConfig = Callable[..., dict[str, Any]]


class TestServerApp:
    """moto's WSGI app behind a lock, with fault injection (see the module docstring)."""

    def __init__(self, app: Callable[[dict[str, Any], StartResponse], Iterable[bytes]]) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.fail_next = 0
        self.ignore_preconditions = False

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == CONTROL_PATH:
            return self.control(environ, start_response)
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                start_response("503 Service Unavailable", [("Content-Type", "application/xml")])
                return [_SLOW_DOWN]
            if self.ignore_preconditions:
                environ.pop("HTTP_IF_MATCH", None)
                environ.pop("HTTP_IF_NONE_MATCH", None)
            # Produce the whole response inside the lock.
            return list(self.app(environ, start_response))

    def control(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            settings = json.loads(environ["wsgi.input"].read(length) or b"{}")
            with self.lock:
                self.fail_next = int(settings.get("fail_next", self.fail_next))
                self.ignore_preconditions = bool(
                    settings.get("ignore_preconditions", self.ignore_preconditions)
                )
        state = {"fail_next": self.fail_next, "ignore_preconditions": self.ignore_preconditions}
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps(state).encode()]


def serve(host: str, port: int) -> None:
    import logging

    from moto.moto_server.werkzeug_app import (
        DomainDispatcherApplication,
        MotoRequestHandler,
        create_backend_app,
    )
    from werkzeug.serving import run_simple

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request

    application = DomainDispatcherApplication(create_backend_app)
    run_simple(host, port, TestServerApp(application), threaded=True, request_handler=MotoRequestHandler)


# --------------------------------------------------------------------------- the test side


@dataclass
class S3Server:
    endpoint: str
    # None for a server started outside this process (servers/reuse.py).
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    def client(self, service: str = "s3", **credentials: str) -> Any:
        import boto3

        credentials.setdefault("aws_access_key_id", ACCESS_KEY)
        credentials.setdefault("aws_secret_access_key", SECRET_KEY)
        return boto3.session.Session().client(
            service, endpoint_url=self.endpoint, region_name=REGION, **credentials
        )

    def control(self, **settings: Any) -> dict[str, Any]:
        request = urllib.request.Request(
            self.endpoint + CONTROL_PATH,
            data=json.dumps(settings).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            state: dict[str, Any] = json.loads(response.read())
        return state

    def enforce_credentials(self) -> tuple[str, str]:
        """Make an IAM user allowed everything on S3, then make moto check every request's keys.

        Returns that user's (access key id, secret key). Irreversible for this server.
        """
        iam = self.client("iam")
        iam.create_user(UserName="runnable")
        iam.put_user_policy(
            UserName="runnable",
            PolicyName="s3",
            PolicyDocument=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
                }
            ),
        )
        key = iam.create_access_key(UserName="runnable")["AccessKey"]
        request = urllib.request.Request(
            self.endpoint + "/moto-api/reset-auth",
            data=b"0",  # requests allowed before checks start
            headers={"Content-Type": "text/plain"},  # not a form: moto reads the raw body
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=10):
            pass
        return str(key["AccessKeyId"]), str(key["SecretAccessKey"])


def count_requests(store: Any) -> Counter[str]:
    """Count the HTTP requests the store's client sends from now on, by S3 operation name."""
    counts: Counter[str] = Counter()

    def record(event_name: str, **_: Any) -> None:
        counts[event_name.rsplit(".", 1)[-1]] += 1

    store.objects().client.meta.events.register("before-send.s3.*", record)
    return counts


@contextmanager
def running_s3_server(startup_timeout: float = 60.0) -> Iterator[S3Server]:
    # Imported here: this file also runs as the server's own script, where `servers` is no package.
    from servers.local import free_port, stop

    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="runnable-s3-") as folder:
        log = Path(folder) / "server.log"
        with open(log, "wb") as output:
            process = subprocess.Popen(
                [sys.executable, __file__, "--port", str(port)], stdout=output, stderr=subprocess.STDOUT
            )
        server = S3Server(endpoint=endpoint, process=process, log=log)
        try:
            _wait_until_ready(server, process, log, startup_timeout)
            yield server
        finally:
            stop(process, timeout=10)


def _wait_until_ready(server: S3Server, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            raise RuntimeError(f"the S3 test server exited with {process.returncode}:\n{output}")
        try:
            server.control()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"the S3 test server did not answer on {server.endpoint}") from None
            time.sleep(0.1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    arguments = parser.parse_args()
    serve(arguments.host, arguments.port)
