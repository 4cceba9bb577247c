"""``pipeline-executor: {type: argo}``: render the pipeline as an Argo Workflow (runnable 0.50's executor).

Executing a pipeline with this executor runs nothing: it writes ``output_file``, an Argo
``Workflow`` (a ``CronWorkflow`` with ``cron_schedule``) whose pods call runnable back for one node
each (:mod:`runnable.cli.nodes`), all sharing the run log store and catalog of the configuration.
Submit it with ``argo submit argo-pipeline.yaml -p run_id=<run id>``.

The shape (docs/distributed.md shows a rendered example):

* one DAG template per graph: the pipeline's (``runnable-dag``, the entry point) and each branch's,
  which takes the branch's internal name as its input ``branch``;
* a container template per task node running ``runnable execute-single-node``; stubs and the
  success and fail nodes share one; a task that succeeds leads to its next node (``.Succeeded``),
  one that fails (exit status 1) to its ``on_failure`` path or the fail node (``.Failed``);
* a DAG template per composite step: ``runnable fan ... out`` (its output ``branches``, the keys
  of the branches to run), the branches, then ``runnable fan ... in``. A Map runs its branch
  ``withParam`` over the fan-out's output; a Parallel runs its branches as concurrent tasks; a
  Conditional runs the one branch whose ``when`` matches; a Loop is a template that calls itself
  for the next iteration while the fan-in says another one follows (it stops at max_iterations).

The run log store and catalog must be shared by every pod: a configuration whose store or catalog
lives in one machine's memory or files (unless on ``pvc_for_runnable``) is refused here.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ConfigDict, Field
from pydantic.alias_generators import to_camel

from runnable import defaults, exceptions
from runnable.executor import BasePipelineExecutor, pods
from runnable.executor.argo_config import (
    ArgoWorkflow,
    CommonDefaults,
    CronSchedule,
    CustomVolume,
    Overrides,
    UserDefaults,
)
from runnable.executor.pods import PVC_VOLUME, dns_name
from runnable.graph import (
    BaseNode,
    CompositeNode,
    ConditionalNode,
    Graph,
    LoopNode,
    MapNode,
    ParallelNode,
    SuccessNode,
    TaskNode,
)
from runnable.models import RunLog, encode_name_segment

if TYPE_CHECKING:
    from runnable.context import RunContext

logger = logging.getLogger("runnable")

ENTRYPOINT = "runnable-dag"
# Where a fan-out or fan-in writes what the engine reads back (its output parameter).
OUTPUT_PATH = "/tmp/output.txt"
_RUN_ID = "{{workflow.parameters.run_id}}"
_LOG_LEVEL = "{{workflow.parameters.log_level}}"


class ArgoExecutor(BasePipelineExecutor):
    """Writes the Argo Workflow of the pipeline; see the module docstring."""

    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True)

    service_name: str = "argo"
    defaults: UserDefaults
    argo_workflow: ArgoWorkflow
    overrides: dict[str, Overrides] = Field(default_factory=dict)
    cron_schedule: CronSchedule | None = None
    pvc_for_runnable: str | None = None
    custom_volumes: list[CustomVolume] = Field(default_factory=list)
    output_file: str = "argo-pipeline.yaml"
    log_level: str = "WARNING"
    # runnable 0.50's keys, accepted so its configurations keep working; the rendered workflow does not use
    # them (parameters come from the parameters file, secrets from `env` with secretName/secretKey).
    expose_parameters_as_inputs: bool = True
    configmap_cache_name: str | None = None
    secret_from_k8s: str | None = None

    def execute(self, context: RunContext, dag: Graph) -> RunLog:
        document = self.render(context, dag)
        check_schema(document)
        path = Path(self.output_file)
        path.write_text(yaml.safe_dump(document, sort_keys=False, width=120), encoding="utf-8")
        logger.warning(
            "The pipeline is rendered as an Argo %s in %s; submit it with: argo submit %s -p run_id=<run id>",
            document["kind"],
            path,
            path,
        )
        # Nothing ran here: the run starts when Argo runs the workflow's first node.
        return RunLog(run_id=context.run_id, status=defaults.CREATED)

    def render(self, context: RunContext, dag: Graph, pods_share_a_machine: bool = False) -> dict[str, Any]:
        """The workflow as a document (camel-case keys, as Argo reads it).

        ``pods_share_a_machine``: the emulator's, whose "pods" are processes of this machine.
        """
        if not pods_share_a_machine:
            check_shareable(context, self.pvc_for_runnable)
        renderer = _Renderer(self, context)
        renderer.graph_template(dag, ENTRYPOINT, is_root=True)
        spec: dict[str, Any] = {
            **self.argo_workflow.spec.rendered(),
            "entrypoint": ENTRYPOINT,
            "arguments": {"parameters": [{"name": "run_id"}, {"name": "log_level", "value": self.log_level}]},
            # Argo applies templateDefaults to DAG templates too: retries belong to containers only.
            "templateDefaults": {
                key: value for key, value in _template_fields(self.defaults).items() if key != "retryStrategy"
            },
            "templates": renderer.templates,
        }
        volumes = renderer.volumes()
        if volumes:
            spec["volumes"] = volumes
        metadata = self.argo_workflow.metadata.rendered()
        if self.cron_schedule is not None:
            cron = self.cron_schedule.rendered()
            return {
                "apiVersion": "argoproj.io/v1alpha1",
                "kind": "CronWorkflow",
                "metadata": {key: value for key, value in metadata.items() if key != "generateName"}
                | {"name": metadata["generateName"].rstrip("-")},
                "spec": {**cron, "workflowSpec": spec},
            }
        return {"apiVersion": "argoproj.io/v1alpha1", "kind": "Workflow", "metadata": metadata, "spec": spec}


def check_schema(document: dict[str, Any]) -> None:
    from runnable.executor.argo_schema import schema_problems

    try:
        problems = schema_problems(document)
    except exceptions.ConfigurationError:
        return  # hera is not installed: the workflow is written unchecked (Argo checks it on submission)
    if problems:
        raise exceptions.RunnableError(
            "The rendered Argo workflow does not follow Argo's schema (a bug in runnable's argo executor): "
            + "; ".join(problems)
        )


def check_shareable(context: RunContext, pvc: str | None) -> None:
    """Refuse a store or catalog that pods on different machines cannot share."""
    pods.check_shareable(
        context, pvc, "pvc_for_runnable", "Argo to run the pipeline, which runs every step in its own pod"
    )


def _template_fields(settings: CommonDefaults) -> dict[str, Any]:
    """The template-level fields (deadline, node selector, retries...) of defaults or overrides."""
    found: dict[str, Any] = {}
    if settings.active_deadline_seconds is not None:
        found["activeDeadlineSeconds"] = settings.active_deadline_seconds
    if settings.node_selector:
        found["nodeSelector"] = dict(settings.node_selector)
    if settings.parallelism is not None:
        found["parallelism"] = settings.parallelism
    if settings.retry_strategy is not None:
        found["retryStrategy"] = settings.retry_strategy.rendered()
    if settings.timeout is not None:
        found["timeout"] = settings.timeout
    if settings.tolerations:
        found["tolerations"] = [toleration.rendered() for toleration in settings.tolerations]
    return found


class _Renderer:
    def __init__(self, executor: ArgoExecutor, context: RunContext) -> None:
        self.executor = executor
        self.context = context
        self.templates: list[dict[str, Any]] = []
        self._names: set[str] = set()
        self._shared: dict[str, str] = {}
        self._pipeline_file = context.pipeline_definition_file
        self._config_file = context.configuration_file

    # -- names -------------------------------------------------------------------------

    def unique_name(self, wanted: str) -> str:
        name = dns_name(wanted)
        if name not in self._names:
            self._names.add(name)
            return name
        suffix = hashlib.sha256(wanted.encode()).hexdigest()[:6]
        candidate, counter = f"{name[:55]}-{suffix}", 0
        while candidate in self._names:
            counter += 1
            candidate = f"{name[:50]}-{suffix}-{counter}"
        self._names.add(candidate)
        return candidate

    # -- graphs -----------------------------------------------------------------------

    def graph_template(self, graph: Graph, name: str, is_root: bool = False) -> str:
        """A DAG template for ``graph``; a branch's takes its internal name as the input ``branch``."""
        template_name = self.unique_name(name)
        task_names: dict[str, str] = {}
        for node in graph:
            task_names[node.name] = dns_name(node.name, unique_among=set(task_names.values()))
        incoming: dict[str, list[str]] = {node.name: [] for node in graph}
        for node in graph:
            if node.is_terminal:
                continue
            incoming[node.next_node].append(f"{task_names[node.name]}.Succeeded")
            incoming[node.on_failure or graph.fail_node.name].append(f"{task_names[node.name]}.Failed")
        tasks: list[dict[str, Any]] = []
        for node in _in_run_order(graph):
            step = encode_name_segment(node.name)
            step_expression = step if is_root else "{{inputs.parameters.branch}}." + step
            task: dict[str, Any] = {
                "name": task_names[node.name],
                "template": self.node_template(node, f"{name}-{node.name}"),
                "arguments": {"parameters": [{"name": "step", "value": step_expression}]},
            }
            if incoming[node.name]:
                task["depends"] = " || ".join(incoming[node.name])
            tasks.append(task)
        template: dict[str, Any] = {"name": template_name, "dag": {"tasks": tasks, "failFast": False}}
        if not is_root:
            template["inputs"] = {"parameters": [{"name": "branch"}]}
        self.templates.append(template)
        return template_name

    def node_template(self, node: BaseNode, path: str) -> str:
        if isinstance(node, CompositeNode):
            return self.composite_template(node, path)
        if isinstance(node, TaskNode):
            return self.container_template(path, "execute-single-node", node)
        return self.shared_template("runnable-node", "execute-single-node")

    # -- composite steps -----------------------------------------------------------------

    def composite_template(self, node: CompositeNode, path: str) -> str:
        template_name = self.unique_name(path)
        move_parameters = [{"name": "step", "value": "{{inputs.parameters.step}}"}]
        fan_out: dict[str, Any] = {
            "name": "fan-out",
            "template": self.shared_template("runnable-fan-out", "fan-out"),
            "arguments": {"parameters": move_parameters},
        }
        inputs: list[dict[str, Any]] = [{"name": "step"}]
        branches_output = "{{tasks.fan-out.outputs.parameters.branches}}"
        tasks: list[dict[str, Any]] = [fan_out]
        branch_tasks: list[str] = []
        if isinstance(node, MapNode):
            tasks.append(
                self._branch_task("branches", node.branch, f"{path}-branch", "{{item}}")
                | {"withParam": branches_output}
            )
            branch_tasks.append("branches")
        elif isinstance(node, ParallelNode | ConditionalNode):
            names: set[str] = {"fan-out", "fan-in"}
            for key, graph in node.branches.items():
                task_name = dns_name(f"branch-{key}", unique_among=names)
                names.add(task_name)
                task = self._branch_task(task_name, graph, f"{path}-{key}", encode_name_segment(key))
                if isinstance(node, ConditionalNode):
                    # The fan-out's output as the fan-out writes it when it chooses this branch.
                    chosen = json.dumps([encode_name_segment(key)])
                    task["when"] = f"'{branches_output}' == '{chosen}'"
                tasks.append(task)
                branch_tasks.append(task_name)
        elif isinstance(node, LoopNode):
            inputs.append({"name": "iteration", "value": "0"})
            iteration = "{{inputs.parameters.iteration}}"
            move_parameters.append({"name": "iteration", "value": iteration})
            tasks.append(self._branch_task("branch", node.branch, f"{path}-branch", iteration))
            branch_tasks.append("branch")
        else:  # pragma: no cover - every composite node type is handled above
            raise exceptions.PipelineDefinitionError(f"Argo cannot render {node.node_type} steps")
        for task in tasks[1:]:
            task["depends"] = "fan-out.Succeeded"
        fan_in: dict[str, Any] = {
            "name": "fan-in",
            "template": self.shared_template("runnable-fan-in", "fan-in"),
            "arguments": {"parameters": [dict(parameter) for parameter in move_parameters]},
            "depends": " && ".join(
                f"({name}.Succeeded || {name}.Failed || {name}.Skipped)" for name in branch_tasks
            ),
        }
        tasks.append(fan_in)
        if isinstance(node, LoopNode):
            tasks.append(
                {
                    "name": "next-iteration",
                    "template": template_name,
                    "arguments": {
                        "parameters": [
                            {"name": "step", "value": "{{inputs.parameters.step}}"},
                            {"name": "iteration", "value": "{{=asInt(inputs.parameters.iteration) + 1}}"},
                        ]
                    },
                    "depends": "fan-in.Succeeded",
                    "when": "'{{tasks.fan-in.outputs.parameters.another}}' == 'true'",
                }
            )
        self.templates.append(
            {
                "name": template_name,
                "inputs": {"parameters": inputs},
                "dag": {"tasks": tasks, "failFast": False},
            }
        )
        return template_name

    def _branch_task(self, task_name: str, graph: Graph, path: str, key_expression: str) -> dict[str, Any]:
        return {
            "name": task_name,
            "template": self.graph_template(graph, path),
            "arguments": {
                "parameters": [{"name": "branch", "value": "{{inputs.parameters.step}}." + key_expression}]
            },
        }

    # -- containers ------------------------------------------------------------------------

    def shared_template(self, name: str, move: str) -> str:
        if name not in self._shared:
            self._shared[name] = self.container_template(name, move, None)
        return self._shared[name]

    def container_template(self, path: str, move: str, node: TaskNode | None) -> str:
        settings: CommonDefaults = self.executor.defaults
        image = self.executor.defaults.image
        if node is not None:
            key = node.overrides.get(self.executor.service_name)
            if key is not None:
                if key not in self.executor.overrides:
                    known = ", ".join(sorted(self.executor.overrides)) or "none"
                    raise exceptions.ConfigurationError(
                        f"Step '{node.name}' asks for the argo override '{key}', which the executor's "
                        f"overrides do not define (defined: {known})."
                    )
                settings = self.executor.overrides[key]
                image = self.executor.overrides[key].image or image
        name = self.unique_name(path)
        inputs: list[dict[str, Any]] = [{"name": "step"}]
        if move in ("fan-out", "fan-in"):
            inputs.append({"name": "iteration", "value": "0"})
        container: dict[str, Any] = {
            "image": image,
            "imagePullPolicy": settings.image_pull_policy,
            "command": ["runnable"],
            "args": self._arguments(move),
            "resources": settings.resources.rendered(),
        }
        environment = [variable.rendered() for variable in self.executor.defaults.env]
        if settings is not self.executor.defaults:
            environment += [variable.rendered() for variable in settings.env]
        if environment:
            container["env"] = environment
        mounts = self.volume_mounts()
        if mounts:
            container["volumeMounts"] = mounts
        template: dict[str, Any] = {"name": name, "inputs": {"parameters": inputs}, "container": container}
        if settings is not self.executor.defaults:
            template.update(_template_fields(settings))
        default_retries = self.executor.defaults.retry_strategy
        if default_retries is not None:
            template.setdefault("retryStrategy", default_retries.rendered())
        if move == "fan-out":
            template["outputs"] = {"parameters": [{"name": "branches", "valueFrom": {"path": OUTPUT_PATH}}]}
        elif move == "fan-in":
            template["outputs"] = {"parameters": [{"name": "another", "valueFrom": {"path": OUTPUT_PATH}}]}
        self.templates.append(template)
        return name

    def _arguments(self, move: str) -> list[str]:
        step = "{{inputs.parameters.step}}"
        if move == "execute-single-node":
            arguments = ["execute-single-node", _RUN_ID, self._pipeline_file, step]
        else:
            direction = "out" if move == "fan-out" else "in"
            arguments = ["fan", _RUN_ID, step, self._pipeline_file, direction]
            arguments += ["--iteration", "{{inputs.parameters.iteration}}", "--output", OUTPUT_PATH]
        if self._config_file:
            arguments += ["--config", self._config_file]
        if self.context.parameters_file:
            arguments += ["--parameters-file", self.context.parameters_file]
        return [*arguments, "--log-level", _LOG_LEVEL]

    # -- volumes ----------------------------------------------------------------------------

    def volumes(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if self.executor.pvc_for_runnable:
            found.append(
                {"name": PVC_VOLUME, "persistentVolumeClaim": {"claimName": self.executor.pvc_for_runnable}}
            )
        for position, volume in enumerate(self.executor.custom_volumes):
            found.append(
                {
                    "name": f"custom-volume-{position}",
                    "persistentVolumeClaim": volume.persistent_volume_claim.rendered(),
                }
            )
        return found

    def volume_mounts(self) -> list[dict[str, Any]]:
        mounts: list[dict[str, Any]] = []
        if self.executor.pvc_for_runnable:
            # The store's and the catalog's folders, as the configuration names them, live on the volume.
            mounts += pods.shared_folder_mounts(self.context, PVC_VOLUME)
        for position, volume in enumerate(self.executor.custom_volumes):
            mounts.append(
                {
                    "name": f"custom-volume-{position}",
                    "mountPath": volume.mount_path,
                    "readOnly": volume.persistent_volume_claim.read_only,
                }
            )
        return mounts


def _in_run_order(graph: Graph) -> list[BaseNode]:
    """The nodes reachable from the start, in the order a run meets them; success and fail last."""
    ordered: list[BaseNode] = []
    pending = [graph.start_at]
    while pending:
        node = graph.node(pending.pop(0))
        if node in ordered:
            continue
        ordered.append(node)
        if not node.is_terminal:
            pending.extend([node.next_node, node.on_failure or graph.fail_node.name])
    middle = [node for node in ordered if not node.is_terminal]
    ends = [node for node in ordered if node.is_terminal]
    return middle + sorted(ends, key=lambda node: not isinstance(node, SuccessNode))
