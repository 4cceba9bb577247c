"""``job-executor: {type: k8s-job}``: run a job as a Kubernetes ``batch/v1`` Job (runnable 0.50's executor).

Executing a job with this executor runs nothing here: it writes ``output_file``, a Job whose one
container calls ``runnable execute-job`` (:mod:`runnable.cli.nodes`) with this run's id, the job's
file and the configuration, so the pod runs the job as the local job executor would and records it
in the run log store and catalog the configuration names. With ``schedule`` (a cron expression) it
writes a ``CronJob`` instead, whose every run draws a fresh run id. The manifest is checked against
the ``kubernetes`` client's models of the API before it is written.

Apply it with ``kubectl apply -f k8s-job.yaml``, or set ``submit: true`` to have runnable create it
with the kubernetes client (credentials from ``config_path``, the default kubeconfig, or the pod's
service account), as runnable 0.50 did.

The store and catalog must be reachable from the pod and from this machine: the same refusals as
the argo executor's (:func:`runnable.executor.pods.check_shareable`), with ``pvc_claim_name`` as the
volume that file-system folders may live on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ConfigDict, field_validator
from pydantic.alias_generators import to_camel

from runnable import defaults, exceptions
from runnable.executor import BaseJobExecutor, pods
from runnable.executor.k8s_config import JobSpec, check_cron
from runnable.models import RunLog

if TYPE_CHECKING:
    from runnable.context import RunContext
    from runnable.tasks import BaseTaskType

logger = logging.getLogger("runnable")

CONTAINER_NAME = "default"
# The pod's volumes and its container's volume mounts, as Kubernetes documents.
VolumesAndMounts = tuple[list[dict[str, Any]], list[dict[str, Any]]]
# Kubernetes appends an 11-character suffix to a CronJob's name for each Job it starts.
CRON_JOB_NAME_LENGTH = 52


class K8sJobExecutor(BaseJobExecutor):
    """Writes (and with ``submit``, creates) the Kubernetes Job of a job; see the module docstring."""

    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True)

    service_name: str = "k8s-job"
    job_spec: JobSpec
    namespace: str = "default"
    schedule: str | None = None
    pvc_claim_name: str | None = None
    # In the pod: record a successful attempt without running the job (runnable 0.50's dry run).
    mock: bool = False
    output_file: str = "k8s-job.yaml"
    submit: bool = False
    config_path: str | None = None
    log_level: str = "WARNING"

    _schedule_is_cron = field_validator("schedule")(classmethod(lambda cls, value: check_cron(value)))

    def execute(self, context: RunContext, task: BaseTaskType) -> RunLog:
        document = self.render(context)
        check_manifest(document)
        path = Path(self.output_file)
        path.write_text(yaml.safe_dump(document, sort_keys=False, width=120), encoding="utf-8")
        if self.submit:
            submit(document, self.namespace, self.config_path)
            logger.warning("The job is created in Kubernetes as %s %s", document["kind"], _name(document))
        else:
            logger.warning(
                "The job is rendered as a Kubernetes %s in %s; create it with: kubectl apply -f %s",
                document["kind"],
                path,
                path,
            )
        # Nothing ran here: the run starts when the pod runs the job.
        return RunLog(run_id=context.run_id, status=defaults.CREATED)

    def render(self, context: RunContext) -> dict[str, Any]:
        """The Job (a CronJob with ``schedule``) as a document, camel-case keys as Kubernetes reads them."""
        template = self.job_spec.template
        container_config = template.spec.container
        shared_volumes, shared_mounts = self._shared_folder_volumes(context)
        volumes = [volume.rendered() for volume in template.spec.volumes] + shared_volumes
        mounts = [mount.rendered() for mount in container_config.volume_mounts] + shared_mounts
        container: dict[str, Any] = {
            "name": CONTAINER_NAME,
            "image": container_config.image,
            "imagePullPolicy": container_config.image_pull_policy,
            "command": ["runnable"],
            "args": self._arguments(context),
            "resources": container_config.resources.rendered(),
        }
        if container_config.env:
            container["env"] = [variable.rendered() for variable in container_config.env]
        if mounts:
            container["volumeMounts"] = mounts
        pod_spec: dict[str, Any] = {**self.job_spec.rendered_pod_fields(), "containers": [container]}
        if volumes:
            pod_spec["volumes"] = volumes
        pod_template: dict[str, Any] = {"spec": pod_spec}
        if template.metadata is not None:
            pod_template["metadata"] = template.metadata.rendered()
        job_spec = {
            **self.job_spec.model_dump(by_alias=True, exclude_none=True, mode="json", exclude={"template"})
        }
        job_spec["template"] = pod_template
        metadata: dict[str, Any] = {
            "name": pods.dns_name(context.run_id),
            "namespace": self.namespace,
            "labels": {"app.kubernetes.io/managed-by": "runnable"},
        }
        if self.schedule is None:
            return {"apiVersion": "batch/v1", "kind": "Job", "metadata": metadata, "spec": job_spec}
        metadata["name"] = metadata["name"][:CRON_JOB_NAME_LENGTH].rstrip("-")
        return {
            "apiVersion": "batch/v1",
            "kind": "CronJob",
            "metadata": metadata,
            "spec": {"schedule": self.schedule, "jobTemplate": {"spec": job_spec}},
        }

    def _shared_folder_volumes(self, context: RunContext) -> VolumesAndMounts:
        """The volumes and mounts that give the pod the store's and catalog's folders, after refusing what
        a pod cannot share."""
        pods.check_shareable(
            context, self.pvc_claim_name, "pvc_claim_name", "Kubernetes to run the job in a pod"
        )
        if not self.pvc_claim_name:
            return [], []
        volume = {"name": pods.PVC_VOLUME, "persistentVolumeClaim": {"claimName": self.pvc_claim_name}}
        return [volume], pods.shared_folder_mounts(context, pods.PVC_VOLUME)

    def _arguments(self, context: RunContext) -> list[str]:
        arguments = ["execute-job", context.pipeline_definition_file]
        if self.schedule is None:
            # A CronJob's runs each draw their own run id; a Job is this run.
            arguments.append(context.run_id)
        if context.configuration_file:
            arguments += ["--config", context.configuration_file]
        if context.parameters_file:
            arguments += ["--parameters-file", context.parameters_file]
        if context.tag:
            arguments += ["--tag", context.tag]
        return [*arguments, "--log-level", self.log_level]


class MiniK8sJobExecutor(K8sJobExecutor):
    """``job-executor: {type: mini-k8s-job}``: runnable 0.50's k8s-job for minikube.

    The store's and the catalog's folders come from minikube's own disk (``hostPath`` volumes at
    ``mini_k8s_run_log_location`` and ``mini_k8s_catalog_location``, where ``minikube mount`` puts
    this machine's folders), so file-system stores and catalogs need no persistent volume claim.
    """

    service_name: str = "mini-k8s-job"
    mini_k8s_run_log_location: str = "/volume/run_logs/"
    mini_k8s_catalog_location: str = "/volume/catalog/"

    def _shared_folder_volumes(self, context: RunContext) -> VolumesAndMounts:
        if self.pvc_claim_name:
            return super()._shared_folder_volumes(context)
        pods.check_shareable(
            context,
            self.mini_k8s_run_log_location,
            "mini_k8s_run_log_location and mini_k8s_catalog_location",
            "minikube to run the job in a pod",
        )
        host_folder = {"run-logs": self.mini_k8s_run_log_location, "catalog": self.mini_k8s_catalog_location}
        volumes: list[dict[str, Any]] = []
        mounts: list[dict[str, Any]] = []
        for kind, folder in pods.shared_folders(context):
            volumes.append({"name": kind, "hostPath": {"path": host_folder[kind]}})
            mounts.append({"name": kind, "mountPath": folder})
        return volumes, mounts


def check_manifest(document: dict[str, Any]) -> None:
    from runnable.executor.k8s_schema import manifest_problems

    problems = manifest_problems(document)
    if problems:
        raise exceptions.RunnableError(
            "The rendered Kubernetes job does not follow the Kubernetes API (a bug in runnable's k8s-job "
            "executor, or a value of the configuration Kubernetes refuses): " + "; ".join(problems)
        )


def submit(document: dict[str, Any], namespace: str, config_path: str | None) -> None:
    """Create the Job or CronJob in the cluster with the kubernetes client."""
    from kubernetes import client
    from kubernetes import config as kubeconfig
    from kubernetes.client.exceptions import ApiException
    from kubernetes.config.config_exception import ConfigException
    from urllib3.exceptions import HTTPError

    # The client's annotations ask for its models; it takes the document as a mapping just as well.
    config: Any = kubeconfig
    try:
        if config_path:
            config.load_kube_config(config_file=str(Path(config_path).expanduser()))
        else:
            config.load_config()
    except (ConfigException, OSError) as exc:
        raise exceptions.ConfigurationError(
            f"submit: true asks runnable to create the job in Kubernetes, but no cluster credentials were "
            f"found ({exc}). Set config_path to a kubeconfig file, or leave submit off and apply the "
            "rendered file with kubectl."
        ) from None
    batch: Any = client.BatchV1Api()
    try:
        if document["kind"] == "CronJob":
            batch.create_namespaced_cron_job(namespace=namespace, body=document)
        else:
            batch.create_namespaced_job(namespace=namespace, body=document)
    except ApiException as exc:
        raise exceptions.RunnableError(
            f"Kubernetes refused the {document['kind']} {_name(document)} in namespace {namespace}: "
            f"{exc.status} {exc.reason}"
        ) from None
    except HTTPError as exc:
        raise exceptions.RunnableError(
            f"Could not reach the Kubernetes cluster to create the {document['kind']} {_name(document)}: "
            f"{exc}. The rendered file is written; apply it with kubectl once the cluster is reachable."
        ) from None


def _name(document: dict[str, Any]) -> str:
    return str(document["metadata"]["name"])
