"""``pipeline-executor: {type: argo}`` renders every example as a Workflow that Argo's schema accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from runnable.cli.app import app
from runnable.executor.argo_schema import schema_problems

REPOSITORY = Path(__file__).resolve().parents[2]
JOBS = {"python_job", "shell_job", "notebook_job"}
PIPELINES = sorted(
    [path.name for path in (REPOSITORY / "examples").glob("*.py") if path.stem not in JOBS | {"__init__"}]
    + [path.name for path in (REPOSITORY / "examples").glob("*.yaml")]
)
SHARED_STORE = {"type": "database", "config": {"connection_string": "postgresql://runs@db.internal/runs"}}


def argo_config(workdir: Path, **executor: Any) -> Path:
    config: dict[str, Any] = {
        "defaults": {"image": "registry.example/pipelines:1"},
        "argoWorkflow": {"metadata": {"generateName": "demo-"}},
        "pvc_for_runnable": "runnable-volume",
        "output_file": str(workdir / "argo-pipeline.yaml"),
        **executor,
    }
    path = workdir / "argo.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "run-log-store": SHARED_STORE,
                "catalog": {"type": "file-system", "config": {"catalog_location": "/mnt/runnable/catalog"}},
                "pipeline-executor": {"type": "argo", "config": config},
            }
        )
    )
    return path


def render(workdir: Path, monkeypatch: pytest.MonkeyPatch, example: str, config: Path) -> dict[str, Any]:
    monkeypatch.syspath_prepend(str(REPOSITORY))
    result = CliRunner().invoke(
        app, ["execute", str(REPOSITORY / "examples" / example), "--config", str(config)]
    )
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = yaml.safe_load((workdir / "argo-pipeline.yaml").read_text())
    return document


def templates(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    spec = document["spec"].get("workflowSpec", document["spec"])
    return {template["name"]: template for template in spec["templates"]}


@pytest.mark.parametrize("example", PIPELINES)
def test_every_example_renders_a_workflow_argo_accepts(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, example: str
) -> None:
    document = render(workdir, monkeypatch, example, argo_config(workdir))

    assert document["kind"] == "Workflow"
    assert schema_problems(document) == []
    assert document["spec"]["entrypoint"] == "runnable-dag"
    assert [p["name"] for p in document["spec"]["arguments"]["parameters"]] == ["run_id", "log_level"]
    for template in templates(document).values():
        if "container" in template:
            arguments = template["container"]["args"]
            assert arguments[0] in ("execute-single-node", "fan")
            assert "{{workflow.parameters.run_id}}" in arguments


def test_nested_composites_render_a_template_per_branch_with_map_parallel_and_fan_moves(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_name = templates(render(workdir, monkeypatch, "nested.py", argo_config(workdir)))
    root = by_name["runnable-dag"]["dag"]["tasks"]
    assert [task["name"] for task in root] == ["datasets", "per-dataset", "success", "fail"]
    assert root[1]["depends"] == "datasets.Succeeded"
    assert root[2]["depends"] == "per-dataset.Succeeded"
    assert root[3]["depends"] == "datasets.Failed || per-dataset.Failed"

    per_dataset = by_name[root[1]["template"]]["dag"]["tasks"]
    _, branches, fan_in = per_dataset
    assert branches["withParam"] == "{{tasks.fan-out.outputs.parameters.branches}}"
    assert branches["arguments"]["parameters"] == [
        {"name": "branch", "value": "{{inputs.parameters.step}}.{{item}}"}
    ]
    assert fan_in["depends"] == "(branches.Succeeded || branches.Failed || branches.Skipped)"
    branch = by_name[branches["template"]]
    models = branch["dag"]["tasks"][0]
    assert models["arguments"]["parameters"][0]["value"] == "{{inputs.parameters.branch}}.models"
    parallel = by_name[models["template"]]["dag"]["tasks"]
    assert [task["name"] for task in parallel] == ["fan-out", "branch-fit", "branch-baseline", "fan-in"]
    assert all(task["depends"] == "fan-out.Succeeded" for task in parallel[1:3])
    assert by_name["runnable-fan-out"]["outputs"]["parameters"][0]["valueFrom"] == {"path": "/tmp/output.txt"}


def test_conditional_uses_when_and_loop_calls_itself_while_the_fan_in_says_so(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_name = templates(render(workdir, monkeypatch, "conditional.py", argo_config(workdir)))
    conditional = next(
        t for t in by_name.values() if "dag" in t and any("when" in task for task in t["dag"]["tasks"])
    )
    whens = [task["when"] for task in conditional["dag"]["tasks"] if "when" in task]
    assert whens and all(
        w.startswith("'{{tasks.fan-out.outputs.parameters.branches}}' == '[\"") for w in whens
    )

    by_name = templates(render(workdir, monkeypatch, "loop.py", argo_config(workdir)))
    loop = next(
        t
        for t in by_name.values()
        if "dag" in t and any(task["name"] == "next-iteration" for task in t["dag"]["tasks"])
    )
    again = next(task for task in loop["dag"]["tasks"] if task["name"] == "next-iteration")
    assert again["template"] == loop["name"]
    assert again["when"] == "'{{tasks.fan-in.outputs.parameters.another}}' == 'true'"
    assert {"name": "iteration", "value": "0"} in loop["inputs"]["parameters"]


def test_on_failure_paths_follow_the_failed_status(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    by_name = templates(render(workdir, monkeypatch, "on_failure_succeed.py", argo_config(workdir)))
    tasks = by_name["runnable-dag"]["dag"]["tasks"]
    depends = {task["name"]: task.get("depends", "") for task in tasks}
    assert any(".Failed" in value and name not in ("fail",) for name, value in depends.items())


def test_defaults_overrides_cron_and_workflow_metadata_are_rendered(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = workdir / "with_overrides.py"
    example.write_text(
        "from examples.common.functions import hello\n"
        "from runnable import Pipeline, PythonTask\n"
        "def main():\n"
        "    step = PythonTask(function=hello, name='hello', overrides={'argo': 'gpu'})\n"
        "    return Pipeline(steps=[step])\n"
    )
    config = argo_config(
        workdir,
        defaults={
            "image": "registry.example/pipelines:1",
            "env": [
                {"name": "MODE", "value": "batch"},
                {"name": "TOKEN", "secretName": "s", "secretKey": "k"},
            ],
            "nodeSelector": {"pool": "cpu"},
            "tolerations": [{"key": "spot", "operator": "Exists", "effect": "NoSchedule"}],
        },
        overrides={
            "gpu": {
                "image": "registry.example/gpu:1",
                "resources": {"limits": {"gpu": 1}},
                "retryStrategy": {"limit": 2, "backoff": {"duration": "1m"}},
                "timeout": "2h",
                "parallelism": 3,
            }
        },
        argoWorkflow={
            "metadata": {"generateName": "nightly-", "labels": {"team": "ml"}, "annotations": {"a": "b"}},
            "spec": {"serviceAccountName": "runner", "parallelism": 4, "podGC": {"strategy": "OnPodSuccess"}},
        },
        cron_schedule={"schedules": ["0 1 * * *"], "timezone": "UTC"},
    )
    monkeypatch.syspath_prepend(str(workdir))
    result = CliRunner().invoke(app, ["execute", str(example), "--config", str(config)])
    monkeypatch.syspath_prepend(str(REPOSITORY))
    assert result.exit_code == 0, result.stderr
    document = yaml.safe_load((workdir / "argo-pipeline.yaml").read_text())

    assert schema_problems(document) == []
    assert document["kind"] == "CronWorkflow"
    assert document["metadata"]["name"] == "nightly" and document["metadata"]["labels"] == {"team": "ml"}
    assert document["spec"]["schedules"] == ["0 1 * * *"] and document["spec"]["timezone"] == "UTC"
    spec = document["spec"]["workflowSpec"]
    assert spec["serviceAccountName"] == "runner" and spec["parallelism"] == 4
    assert spec["templateDefaults"]["nodeSelector"] == {"pool": "cpu"}
    assert spec["templateDefaults"]["tolerations"] == [
        {"effect": "NoSchedule", "key": "spot", "operator": "Exists"}
    ]
    hello = next(t for t in spec["templates"] if t["name"].endswith("hello"))
    assert hello["container"]["image"] == "registry.example/gpu:1"
    assert hello["container"]["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert hello["retryStrategy"] == {
        "backoff": {"duration": "1m", "factor": 2.0, "maxDuration": "1h"},
        "limit": 2,
        "retryPolicy": "Always",
    }
    assert hello["timeout"] == "2h" and hello["parallelism"] == 3
    assert {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}} in hello["container"][
        "env"
    ]
    assert spec["volumes"] == [
        {"name": "runnable-pvc", "persistentVolumeClaim": {"claimName": "runnable-volume"}}
    ]
    assert {"name": "runnable-pvc", "mountPath": "/mnt/runnable/catalog", "subPath": "catalog"} in hello[
        "container"
    ]["volumeMounts"]


@pytest.mark.parametrize(
    ("store", "catalog", "pvc", "expected"),
    [
        (
            {"type": "database", "config": {"connection_string": "sqlite:///runs.db"}},
            None,
            "v",
            "SQLite file",
        ),
        ({"type": "buffered"}, None, "v", "'buffered' lives in one process's memory"),
        (
            {"type": "chunked-fs", "config": {"log_folder": "/mnt/r"}},
            None,
            None,
            "'chunked-fs' keeps runs in a local folder",
        ),
        (
            SHARED_STORE,
            {"type": "file-system", "config": {"catalog_location": "/mnt/c"}},
            None,
            "'file-system' keeps files",
        ),
        (SHARED_STORE, {"type": "do-nothing"}, "v", "'do-nothing' keeps returned objects"),
    ],
)
def test_a_store_or_catalog_pods_cannot_share_is_refused_at_render_time(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, store: Any, catalog: Any, pvc: Any, expected: str
) -> None:
    executor: dict[str, Any] = {
        "defaults": {"image": "i"},
        "argoWorkflow": {"metadata": {"generateName": "demo-"}},
        "output_file": str(workdir / "argo-pipeline.yaml"),
    }
    if pvc:
        executor["pvc_for_runnable"] = pvc
    config = workdir / "refused.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "run-log-store": store,
                "catalog": catalog or {"type": "file-system", "config": {"catalog_location": "/mnt/c"}},
                "pipeline-executor": {"type": "argo", "config": executor},
            }
        )
    )
    monkeypatch.syspath_prepend(str(REPOSITORY))
    result = CliRunner().invoke(
        app, ["execute", str(REPOSITORY / "examples" / "linear.py"), "--config", str(config)]
    )

    assert result.exit_code == 2
    assert (
        expected in result.stderr and "refused.yaml" in result.stderr and "pvc_for_runnable" in result.stderr
    )
    assert not (workdir / "argo-pipeline.yaml").exists()
    assert "Traceback" not in result.stderr


def test_unknown_argo_keys_get_did_you_mean_errors(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = argo_config(workdir, defaults={"image": "i", "nodeSelectr": {"a": "b"}}, pvc_for_runable="v")
    monkeypatch.syspath_prepend(str(REPOSITORY))
    result = CliRunner().invoke(
        app, ["execute", str(REPOSITORY / "examples" / "linear.py"), "--config", str(config)]
    )

    assert result.exit_code == 2
    assert "`config.defaults.nodeSelectr` is not a field, did you mean `node_selector`?" in result.stderr
    assert "did you mean `pvc_for_runnable`?" in result.stderr


def test_the_schema_check_finds_unknown_and_missing_fields() -> None:
    document = {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Workflow",
        "metadata": {"generateName": "x-"},
        "spec": {
            "entrypoint": "main",
            "templates": [{"name": "main", "container": {"image": "i", "imag": "j"}}],
        },
    }
    assert schema_problems(document) == ["spec.templates[0].container.imag: not a field of Argo's schema"]
    document["spec"]["templates"][0]["dag"] = {"tasks": [{"template": "main"}]}  # a task without its name
    assert any("name" in problem for problem in schema_problems(document))
