"""The configuration of ``job-executor: {type: k8s-job}``, with runnable 0.50's keys.

``jobSpec`` mirrors a Kubernetes ``batch/v1`` JobSpec with one container: its deadlines and retries,
and under ``template.spec`` the pod's scheduling, volumes and ``container`` (image, env, resources,
volume mounts). Keys are accepted in snake case or camel case, as in the argo executor's
configuration, whose models for env, resources and tolerations this one shares.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field

from runnable.executor.argo_config import ArgoModel, EnvVar, Resources, SecretEnvVar, Toleration

_CRON = re.compile(r"^(\S+\s+){4}\S+$")


class VolumeMount(ArgoModel):
    name: str
    mount_path: str
    sub_path: str | None = None
    read_only: bool | None = None


class HostPath(ArgoModel):
    path: str


class HostPathVolume(ArgoModel):
    name: str
    host_path: HostPath


class ClaimReference(ArgoModel):
    claim_name: str
    read_only: bool | None = None


class ClaimVolume(ArgoModel):
    name: str
    persistent_volume_claim: ClaimReference


class Container(ArgoModel):
    image: str
    env: list[SecretEnvVar | EnvVar] = Field(default_factory=list)
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "Always"
    resources: Resources = Field(default_factory=Resources)
    volume_mounts: list[VolumeMount] = Field(default_factory=list)


class PodSpec(ArgoModel):
    active_deadline_seconds: int | None = Field(default=2 * 60 * 60, ge=1)
    node_selector: dict[str, str] | None = None
    tolerations: list[Toleration] | None = None
    volumes: list[HostPathVolume | ClaimVolume] = Field(default_factory=list)
    service_account_name: str | None = "default"
    # A Job's pods may not restart Always (Kubernetes refuses it): Never lets backoffLimit retry in new pods.
    restart_policy: Literal["Never", "OnFailure"] = "Never"
    container: Container


class PodMetadata(ArgoModel):
    annotations: dict[str, str] | None = None
    labels: dict[str, str] | None = None
    generate_name: str | None = None
    namespace: str | None = None


class PodTemplate(ArgoModel):
    metadata: PodMetadata | None = None
    spec: PodSpec


class LabelSelectorRequirement(ArgoModel):
    key: str
    operator: Literal["In", "NotIn", "Exists", "DoesNotExist"]
    values: list[str] | None = None


class LabelSelector(ArgoModel):
    match_expressions: list[LabelSelectorRequirement] | None = None
    match_labels: dict[str, str] | None = None


class JobSpec(ArgoModel):
    active_deadline_seconds: int | None = Field(default=2 * 60 * 60, ge=1)
    backoff_limit: int = Field(default=6, ge=0)
    selector: LabelSelector | None = None
    template: PodTemplate
    ttl_seconds_after_finished: int | None = Field(default=24 * 60 * 60, ge=0)

    def rendered_pod_fields(self) -> dict[str, Any]:
        """The pod spec's own fields (the container and volumes are rendered by the executor)."""
        pod = self.template.spec
        return pod.model_dump(by_alias=True, exclude_none=True, mode="json", exclude={"container", "volumes"})


def check_cron(value: str | None) -> str | None:
    if value is not None and not _CRON.match(value.strip()):
        raise ValueError(
            f"'{value}' is not a cron expression of five fields (minute hour day-of-month month "
            "day-of-week), e.g. '0 2 * * *'"
        )
    return value.strip() if value is not None else None
