"""``submit: true`` creates the rendered Job or CronJob through the kubernetes client.

No Kubernetes API server can run on this machine (none is packaged for it), so the client talks to
a stand-in: an HTTP server that answers the two create calls as the API server does and keeps what
it was sent. The client, its kubeconfig handling and its HTTP requests are the real ones.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_k8s import example_config, execute, rendered

from runnable.executor.k8s_schema import manifest_problems
from servers.local import free_port

TOKEN = "s3cr3t-service-account-token"


class StandInApiServer(ThreadingHTTPServer):
    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.received: list[tuple[str, str, dict[str, Any]]] = []
        self.answer_status = 201


class _Handler(BaseHTTPRequestHandler):
    server: StandInApiServer

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append((self.path, self.headers.get("Authorization", ""), body))
        status = self.server.answer_status
        answer = body if status == 201 else {"kind": "Status", "status": "Failure", "code": status}
        payload = json.dumps(answer).encode()
        self.send_response(status, "Forbidden" if status == 403 else None)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture
def api_server() -> Iterator[StandInApiServer]:
    server = StandInApiServer(free_port())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def kubeconfig(workdir: Path, port: int) -> Path:
    path = workdir / "kubeconfig"
    config = {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": "here", "cluster": {"server": f"http://127.0.0.1:{port}"}}],
        "users": [{"name": "runner", "user": {"token": TOKEN}}],
        "contexts": [{"name": "here", "context": {"cluster": "here", "user": "runner"}}],
        "current-context": "here",
    }
    path.write_text(yaml.safe_dump(config))
    return path


def submitting(workdir: Path, port: int, schedule: str | None = None) -> Any:
    def change(config: dict[str, Any]) -> None:
        executor = config["job-executor"]["config"]
        executor["submit"] = True
        executor["config_path"] = str(kubeconfig(workdir, port))
        if schedule:
            executor["schedule"] = schedule

    return change


def test_submit_creates_the_rendered_job_in_the_configured_namespace(
    workdir: Path,
    monkeypatch: pytest.MonkeyPatch,
    api_server: StandInApiServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = example_config(workdir, submitting(workdir, api_server.server_address[1]))

    result = execute(workdir, monkeypatch, config)

    assert result.exit_code == 0, result.stderr
    ((path, authorization, body),) = api_server.received
    assert path == "/apis/batch/v1/namespaces/pipelines/jobs"
    assert authorization == f"Bearer {TOKEN}"
    assert body == rendered(workdir)  # exactly the manifest written to output_file
    assert manifest_problems(body) == []
    assert f"created in Kubernetes as Job {body['metadata']['name']}" in caplog.text
    assert TOKEN not in result.stderr + result.stdout + caplog.text


def test_submit_with_a_schedule_creates_a_cronjob(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, api_server: StandInApiServer
) -> None:
    config = example_config(workdir, submitting(workdir, api_server.server_address[1], "0 2 * * *"))

    result = execute(workdir, monkeypatch, config)

    assert result.exit_code == 0, result.stderr
    ((path, _, body),) = api_server.received
    assert path == "/apis/batch/v1/namespaces/pipelines/cronjobs"
    assert body["kind"] == "CronJob" and body["spec"]["schedule"] == "0 2 * * *"


def test_a_refusal_by_the_cluster_is_one_clear_error(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, api_server: StandInApiServer
) -> None:
    api_server.answer_status = 403
    config = example_config(workdir, submitting(workdir, api_server.server_address[1]))

    result = execute(workdir, monkeypatch, config)

    assert result.exit_code != 0
    assert "Kubernetes refused the Job" in result.stderr and "namespace pipelines" in result.stderr
    assert "403" in result.stderr
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr
    assert manifest_problems(rendered(workdir)) == []  # the manifest is kept for kubectl


def test_an_unreachable_cluster_is_one_clear_error(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = example_config(workdir, submitting(workdir, free_port()))  # nothing listens there

    result = execute(workdir, monkeypatch, config)

    assert result.exit_code != 0
    assert "Could not reach the Kubernetes cluster" in result.stderr
    assert "apply it with kubectl" in result.stderr
    assert "Traceback" not in result.stderr
