"""``job-executor: {type: k8s-job}`` renders a ``batch/v1`` Job (or CronJob) the Kubernetes API accepts.

The rendered container's command is then run as the pod would run it: it executes the job and
records it in the shared store, under the run id the manifest names.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from run_log_views import read_run_log
from runnable import defaults
from runnable.cli.app import app
from runnable.executor.k8s_schema import manifest_problems

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLE_CONFIG = REPOSITORY / "examples" / "configs" / "k8s-job.yaml"
JOB = str(REPOSITORY / "examples" / "python_job.py")


def example_config(workdir: Path, change: Any = None) -> Path:
    """The example configuration, with ``change(config)`` applied, written into ``workdir``."""
    config: dict[str, Any] = yaml.safe_load(EXAMPLE_CONFIG.read_text())
    config["job-executor"]["config"]["output_file"] = str(workdir / "k8s-job.yaml")
    if change is not None:
        change(config)
    path = workdir / "k8s.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def execute(workdir: Path, monkeypatch: pytest.MonkeyPatch, config: Path, job: str = JOB) -> Any:
    monkeypatch.syspath_prepend(str(REPOSITORY))
    monkeypatch.setenv("PIPELINES_DATABASE_URL", "postgresql://runs@db.internal/runs")
    return CliRunner().invoke(app, ["execute", job, "--config", str(config)])


def rendered(workdir: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((workdir / "k8s-job.yaml").read_text())
    return document


def run_pod(container: dict[str, Any], project: Path) -> subprocess.CompletedProcess[str]:
    """What the pod does: the container's command, run from the project (the image's working folder)."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("RUNNABLE_")}
    return subprocess.run(
        # The image's `runnable` is this environment's.
        [str(Path(sys.executable).parent / "runnable"), *container["args"]],
        cwd=project,
        env={**environment, "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_example_config_renders_a_job_the_kubernetes_api_accepts(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = execute(workdir, monkeypatch, example_config(workdir))

    assert result.exit_code == 0, result.stderr
    document = rendered(workdir)
    assert manifest_problems(document) == []
    assert (document["apiVersion"], document["kind"]) == ("batch/v1", "Job")
    assert document["metadata"]["namespace"] == "pipelines"
    spec = document["spec"]
    assert (spec["activeDeadlineSeconds"], spec["backoffLimit"], spec["ttlSecondsAfterFinished"]) == (
        7200,
        2,
        86400,
    )
    pod = spec["template"]["spec"]
    assert spec["template"]["metadata"] == {"annotations": {"team": "forecasting"}}
    assert pod["serviceAccountName"] == "pipelines" and pod["restartPolicy"] == "Never"
    assert pod["nodeSelector"] == {"pool": "batch"}
    assert pod["tolerations"][0] == {
        "effect": "NoSchedule",
        "key": "dedicated",
        "operator": "Equal",
        "value": "batch",
    }
    (container,) = pod["containers"]
    assert container["image"] == "registry.example/jobs:1"
    assert container["imagePullPolicy"] == "IfNotPresent"
    assert container["resources"]["limits"] == {"memory": "2Gi", "cpu": "1"}
    assert container["env"][0] == {
        "name": "PIPELINES_DATABASE_URL",
        "valueFrom": {"secretKeyRef": {"name": "runnable-database", "key": "url"}},
    }
    # The pod runs the job entry point for this very run, with the same configuration.
    run_id = container["args"][2]
    assert container["command"] == ["runnable"]
    configuration = str(workdir / "k8s.yaml")
    assert container["args"] == [
        "execute-job",
        JOB,
        run_id,
        "--config",
        configuration,
        "--log-level",
        "WARNING",
    ]
    assert document["metadata"]["name"] == run_id.lower()


def test_a_schedule_renders_a_cronjob_whose_runs_draw_their_own_run_ids(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scheduled(config: dict[str, Any]) -> None:
        config["job-executor"]["config"]["schedule"] = "0 2 * * *"

    result = execute(workdir, monkeypatch, example_config(workdir, scheduled))

    assert result.exit_code == 0, result.stderr
    document = rendered(workdir)
    assert manifest_problems(document) == []
    assert document["kind"] == "CronJob" and document["spec"]["schedule"] == "0 2 * * *"
    assert len(document["metadata"]["name"]) <= 52
    container = document["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][:2] == ["execute-job", JOB]
    assert container["args"][2] == "--config"


def test_the_rendered_container_runs_the_job_into_the_shared_store(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the pod would do: run the container's command; the job lands in the store under the run id."""
    volume = workdir / "volume"

    def on_a_volume(config: dict[str, Any]) -> None:
        config["run-log-store"] = {"type": "chunked-fs", "config": {"log_folder": str(volume / "runs")}}
        config["catalog"] = {"type": "file-system", "config": {"catalog_location": str(volume / "catalog")}}
        config["job-executor"]["config"]["pvc_claim_name"] = "runnable-volume"

    result = execute(workdir, monkeypatch, example_config(workdir, on_a_volume))
    assert result.exit_code == 0, result.stderr
    pod = rendered(workdir)["spec"]["template"]["spec"]
    assert pod["volumes"][-1] == {
        "name": "runnable-pvc",
        "persistentVolumeClaim": {"claimName": "runnable-volume"},
    }
    assert pod["containers"][0]["volumeMounts"] == [
        {"name": "runnable-pvc", "mountPath": str(volume / "runs"), "subPath": "run-logs"},
        {"name": "runnable-pvc", "mountPath": str(volume / "catalog"), "subPath": "catalog"},
    ]
    container = pod["containers"][0]
    assert container["command"] == ["runnable"]
    completed = run_pod(container, REPOSITORY)
    assert completed.returncode == 0, completed.stderr

    run_log = read_run_log(container["args"][2], workdir / "k8s.yaml")
    assert run_log.status == defaults.SUCCESS
    assert run_log.run_config["job_executor"]["service_name"] == "k8s-job"
    assert run_log.job is not None
    assert [attempt.status for attempt in run_log.job.attempts] == [defaults.SUCCESS]


FLAKY_JOB = """
from pathlib import Path

from runnable import PythonJob


def flaky() -> None:
    marker = Path(__file__).with_name("failed-once")
    if not marker.exists():
        marker.write_text("1")
        raise RuntimeError("the first pod fails")


def main() -> PythonJob:
    job = PythonJob(function=flaky)
    job.execute()
    return job
"""


def test_a_pod_run_again_by_the_jobs_backoff_limit_continues_the_run(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kubernetes starts a new pod with the same command after a failure: attempt 2 of the same run."""
    (workdir / "flaky_job.py").write_text(FLAKY_JOB)
    volume = workdir / "volume"

    def on_a_volume(config: dict[str, Any]) -> None:
        config["run-log-store"] = {"type": "chunked-fs", "config": {"log_folder": str(volume / "runs")}}
        config["catalog"] = {"type": "file-system", "config": {"catalog_location": str(volume / "catalog")}}
        config["job-executor"]["config"]["pvc_claim_name"] = "runnable-volume"

    monkeypatch.syspath_prepend(str(workdir))
    result = execute(
        workdir, monkeypatch, example_config(workdir, on_a_volume), str(workdir / "flaky_job.py")
    )
    assert result.exit_code == 0, result.stderr
    container = rendered(workdir)["spec"]["template"]["spec"]["containers"][0]

    def pod() -> int:
        return run_pod(container, workdir).returncode

    assert pod() == 1
    assert pod() == 0

    run_log = read_run_log(container["args"][2], workdir / "k8s.yaml")
    assert run_log.status == defaults.SUCCESS and run_log.job is not None
    assert [(a.attempt_number, a.status) for a in run_log.job.attempts] == [
        (1, defaults.FAIL),
        (2, defaults.SUCCESS),
    ]
    assert pod() == 2  # a run that succeeded is not run again: its run id is taken


@pytest.mark.parametrize(
    ("store", "catalog", "pvc", "expected"),
    [
        ({"type": "buffered"}, None, "v", "'buffered' lives in one process's memory"),
        (
            {"type": "database", "config": {"connection_string": "sqlite:///runs.db"}},
            None,
            "v",
            "SQLite file",
        ),
        (
            {"type": "chunked-fs", "config": {"log_folder": "/mnt/runs"}},
            None,
            None,
            "'chunked-fs' keeps runs",
        ),
        (
            None,
            {"type": "file-system", "config": {"catalog_location": "/mnt/c"}},
            None,
            "'file-system' keeps files",
        ),
        (None, {"type": "do-nothing"}, "v", "'do-nothing' keeps returned objects"),
    ],
)
def test_a_store_or_catalog_the_pod_cannot_share_is_refused_at_render_time(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, store: Any, catalog: Any, pvc: Any, expected: str
) -> None:
    def unshareable(config: dict[str, Any]) -> None:
        config["run-log-store"] = store or config["run-log-store"]
        config["catalog"] = catalog or config["catalog"]
        if pvc:
            config["job-executor"]["config"]["pvc_claim_name"] = pvc

    result = execute(workdir, monkeypatch, example_config(workdir, unshareable))

    assert result.exit_code == 2
    assert expected in result.stderr and "k8s.yaml" in result.stderr and "pvc_claim_name" in result.stderr
    assert "Kubernetes to run the job in a pod" in result.stderr
    assert not (workdir / "k8s-job.yaml").exists()
    assert "Traceback" not in result.stderr


def test_unknown_keys_and_a_bad_schedule_get_clear_errors(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def misspelt(config: dict[str, Any]) -> None:
        executor = config["job-executor"]["config"]
        executor["jobSpec"]["backofLimit"] = 3
        executor["jobSpec"]["template"]["spec"]["container"]["imagePullPolicyy"] = "Always"
        executor["pvc_claim_nam"] = "v"
        executor["schedule"] = "every night"

    result = execute(workdir, monkeypatch, example_config(workdir, misspelt))

    assert result.exit_code == 2
    assert "`config.jobSpec.backofLimit` is not a field, did you mean `backoff_limit`?" in result.stderr
    assert "did you mean `image_pull_policy`?" in result.stderr
    assert "did you mean `pvc_claim_name`?" in result.stderr
    assert "'every night' is not a cron expression of five fields" in result.stderr
    assert not (workdir / "k8s-job.yaml").exists()


def test_submit_without_cluster_credentials_says_what_to_do(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def submitted(config: dict[str, Any]) -> None:
        config["job-executor"]["config"]["submit"] = True
        config["job-executor"]["config"]["config_path"] = str(workdir / "no-kubeconfig")

    result = execute(workdir, monkeypatch, example_config(workdir, submitted))

    assert result.exit_code == 2
    assert "no cluster credentials were found" in result.stderr and "config_path" in result.stderr
    assert manifest_problems(rendered(workdir)) == []  # the manifest is written all the same


def test_the_manifest_check_finds_unknown_ill_typed_and_missing_fields() -> None:
    document: dict[str, Any] = {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {"name": "j"},
        "spec": {
            "template": {"spec": {"containers": [{"name": "c", "image": "i"}], "restartPolicy": "Never"}}
        },
    }
    assert manifest_problems(document) == []

    unknown = copy.deepcopy(document)
    unknown["spec"]["template"]["spec"]["containers"][0]["imag"] = "j"
    assert manifest_problems(unknown) == [
        "spec.template.spec.containers[0].imag: not a field of V1Container, did you mean 'image'?"
    ]
    ill_typed = copy.deepcopy(document)
    ill_typed["spec"]["backoffLimit"] = "six"
    assert manifest_problems(ill_typed) == ["spec.backoffLimit: 'six' is not a int"]
    missing = copy.deepcopy(document)
    del missing["spec"]["template"]["spec"]["containers"][0]["name"]
    (problem,) = manifest_problems(missing)
    assert problem.startswith("spec.template.spec.containers[0]") and "name" in problem
    cron = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "c"},
        "spec": {"jobTemplate": {}},
    }
    assert any("schedule" in problem for problem in manifest_problems(cron))
    assert manifest_problems({"apiVersion": "batch/v1", "kind": "Pod"}) == [
        "kind: 'Pod' is not one of Job, CronJob"
    ]


def test_mini_k8s_job_mounts_the_folders_minikube_shares_from_this_machine(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """runnable 0.50's mini-k8s-job: file-system folders come from minikube's disk, no volume claim."""
    folders = workdir / "project"

    def on_minikube(config: dict[str, Any]) -> None:
        config["run-log-store"] = {"type": "chunked-fs", "config": {"log_folder": str(folders / "runs")}}
        config["catalog"] = {"type": "file-system", "config": {"catalog_location": str(folders / "catalog")}}
        executor = config["job-executor"]
        executor["type"] = "mini-k8s-job"
        executor["config"]["mini_k8s_catalog_location"] = "/volume/shared-catalog/"

    result = execute(workdir, monkeypatch, example_config(workdir, on_minikube))

    assert result.exit_code == 0, result.stderr
    document = rendered(workdir)
    assert manifest_problems(document) == []
    pod = document["spec"]["template"]["spec"]
    assert pod["volumes"] == [
        {"name": "run-logs", "hostPath": {"path": "/volume/run_logs/"}},
        {"name": "catalog", "hostPath": {"path": "/volume/shared-catalog/"}},
    ]
    container = pod["containers"][0]
    assert container["volumeMounts"] == [
        {"name": "run-logs", "mountPath": str(folders / "runs")},
        {"name": "catalog", "mountPath": str(folders / "catalog")},
    ]
    # The pod (here, this machine with minikube's mounts in place) runs the job into the store.
    completed = run_pod(container, REPOSITORY)
    assert completed.returncode == 0, completed.stderr
    run_log = read_run_log(container["args"][2], workdir / "k8s.yaml")
    assert run_log.status == defaults.SUCCESS
    assert run_log.run_config["job_executor"]["service_name"] == "mini-k8s-job"


def test_mini_k8s_job_refuses_an_sqlite_store_and_says_what_to_use(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sqlite_on_minikube(config: dict[str, Any]) -> None:
        config["run-log-store"] = {"type": "database", "config": {"connection_string": "sqlite:///runs.db"}}
        config["job-executor"]["type"] = "mini-k8s-job"

    result = execute(workdir, monkeypatch, example_config(workdir, sqlite_on_minikube))

    assert result.exit_code == 2
    assert "minikube to run the job in a pod" in result.stderr and "SQLite file" in result.stderr
    assert "mini_k8s_run_log_location" in result.stderr and "chunked-s3" in result.stderr
    assert not (workdir / "k8s-job.yaml").exists()
