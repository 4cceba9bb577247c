"""The configuration of ``pipeline-executor: {type: argo}``, with runnable 0.50's keys.

Keys are accepted in snake case or in Argo's camel case (``node_selector`` or ``nodeSelector``), as
0.50 accepted them; unknown keys are refused with the usual "did you mean" message.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class ArgoModel(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=to_camel, populate_by_name=True)

    def rendered(self) -> dict[str, Any]:
        """As Argo spells it: camel-case keys, unset optional fields left out."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


class BackOff(ArgoModel):
    duration: str = "2m"
    factor: float = 2
    max_duration: str = "1h"


class RetryStrategy(ArgoModel):
    back_off: BackOff | None = Field(default=None, alias="backoff")
    limit: int = Field(default=0, ge=0)
    retry_policy: Literal["Always", "OnFailure", "OnError", "OnTransientError"] = "Always"


class EnvVar(ArgoModel):
    name: str
    value: str


class SecretEnvVar(ArgoModel):
    """An environment variable read from a Kubernetes secret: only its name and key are rendered."""

    name: str
    secret_name: str
    secret_key: str

    def rendered(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "valueFrom": {"secretKeyRef": {"name": self.secret_name, "key": self.secret_key}},
        }


class Toleration(ArgoModel):
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = None
    key: str | None = None
    operator: Literal["Equal", "Exists"] = "Equal"
    toleration_seconds: int | None = None
    value: str | None = None


class Request(ArgoModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    memory: str = "1Gi"
    cpu: str = "250m"
    gpu: int | None = None

    def rendered(self) -> dict[str, Any]:
        found: dict[str, Any] = {"memory": self.memory, "cpu": self.cpu}
        if self.gpu is not None:
            found["nvidia.com/gpu"] = str(self.gpu)
        return found


class Limit(Request):
    pass


class Resources(ArgoModel):
    limits: Limit = Field(default_factory=Limit)
    requests: Request = Field(default_factory=Request)

    def rendered(self) -> dict[str, Any]:
        return {"limits": self.limits.rendered(), "requests": self.requests.rendered()}


class CommonDefaults(ArgoModel):
    """What every container (``defaults``) or some steps (``overrides``) get."""

    active_deadline_seconds: int | None = 86400
    fail_fast: bool = True
    node_selector: dict[str, str] = Field(default_factory=dict)
    parallelism: int | None = Field(default=None, ge=1)
    retry_strategy: RetryStrategy | None = None
    timeout: str | None = None
    tolerations: list[Toleration] | None = None
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "Always"
    resources: Resources = Field(default_factory=Resources)
    env: list[SecretEnvVar | EnvVar] = Field(default_factory=list)


class UserDefaults(CommonDefaults):
    image: str


class Overrides(CommonDefaults):
    image: str | None = None


class PodGC(ArgoModel):
    delete_delay_duration: str = "1h"
    strategy: (
        Literal["OnPodCompletion", "OnPodSuccess", "OnWorkflowCompletion", "OnWorkflowSuccess"] | None
    ) = None


class ArgoWorkflowSpec(ArgoModel):
    active_deadline_seconds: int = 86400
    node_selector: dict[str, str] = Field(default_factory=dict)
    parallelism: int | None = Field(default=None, ge=1)
    pod_gc: PodGC | None = Field(default=None, alias="podGC")
    retry_strategy: RetryStrategy | None = None
    service_account_name: str | None = None
    tolerations: list[Toleration] | None = None


class ArgoMetadata(ArgoModel):
    annotations: dict[str, str] | None = None
    generate_name: str
    labels: dict[str, str] = Field(default_factory=dict)
    namespace: str | None = "default"


class ArgoWorkflow(ArgoModel):
    metadata: ArgoMetadata
    spec: ArgoWorkflowSpec = Field(default_factory=ArgoWorkflowSpec)


class CronSchedule(ArgoModel):
    """Render a CronWorkflow running on these cron expressions instead of a Workflow."""

    schedules: list[str] = Field(min_length=1)
    timezone: str | None = None


class PersistentVolumeClaimSource(ArgoModel):
    claim_name: str
    read_only: bool = False


class CustomVolume(ArgoModel):
    mount_path: str
    persistent_volume_claim: PersistentVolumeClaimSource
