"""The services and identity of one run, wired from the configuration.

Every call to ``Pipeline.execute`` or ``Job.execute`` builds a fresh
:class:`RunContext` (fresh services, a new run id, the code identity computed
once; :mod:`runnable.runner` wires it from the configuration), so two executions
in one process are two independent runs. This module holds the data only: it
imports no executor, retry flow or SDK.
"""

from __future__ import annotations

import secrets as random_source
import shutil
import tempfile
from dataclasses import dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from runnable.catalog import BaseCatalog
from runnable.code_identity import git_code_identity
from runnable.masking import mask_secrets
from runnable.models import CodeIdentity
from runnable.pickler import BasePickler
from runnable.run_log_store.base import BaseRunLogStore
from runnable.secrets import BaseSecrets
from runnable.telemetry import TelemetrySettings

if TYPE_CHECKING:
    from runnable.retry_plan import RetryPlan

# The fields of a RunContext holding its services (built from the configuration, closed at the end).
SERVICE_FIELDS = ("run_log_store", "catalog", "secrets", "pickler")


@dataclass
class RunContext:
    run_id: str
    run_log_store: BaseRunLogStore
    catalog: BaseCatalog
    secrets: BaseSecrets
    pickler: BasePickler
    tag: str = ""
    parameters_file: str = ""
    configuration_file: str = ""
    pipeline_definition_file: str = ""
    # True when runnable made the run id up, so another may be drawn if it is taken.
    run_id_generated: bool = False
    # Each service's config as the file wrote it (``${VAR}`` unresolved), by service type.
    written_configs: dict[str, dict[str, Any]] = field(default_factory=dict)
    code_identity: CodeIdentity = field(default_factory=git_code_identity)
    # Set when this execution continues a failed run (runnable.retry_plan): which steps to reuse.
    retry: RetryPlan | None = None
    # Where the scratch folder is made (None: the system's temporary folder). A worker process
    # makes its own inside its run's, so that the run removes it even if the worker is killed.
    scratch_root: str | None = None
    # The configuration's `telemetry:` section, which worker processes configure their tracer from.
    telemetry: TelemetrySettings | None = None
    _work_folder: Path | None = field(default=None, init=False, repr=False)

    @property
    def work_folder(self) -> Path:
        """A private scratch folder for this run (execution logs before they reach the catalog)."""
        if self._work_folder is None:
            self._work_folder = Path(tempfile.mkdtemp(prefix="runnable-run-", dir=self.scratch_root))
        return self._work_folder

    def services(self) -> dict[str, BaseModel]:
        """The run's services by field name (``run_log_store``, ``catalog``, ``secrets``, ``pickler``)."""
        return {name: getattr(self, name) for name in SERVICE_FIELDS}

    def settings(self) -> dict[str, Any]:
        """Everything but the services: what another process needs, with rebuilt services, to join the run."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if f.init and f.name not in SERVICE_FIELDS
        }

    def service_records(self) -> dict[str, dict[str, Any]]:
        """The services as the run config records them: runnable 0.50's shape, secrets masked."""
        return {name: self.service_record(service) for name, service in self.services().items()}

    def run_config(self, executor: BaseModel, **definition: Any) -> dict[str, Any]:
        """What ``set_run_config`` stores for this run; ``definition`` adds e.g. ``dag`` and ``dag_hash``."""
        executor_key = str(getattr(executor, "service_type", "pipeline_executor"))
        return {
            "execution_mode": "python",
            "run_id": self.run_id,
            "tag": self.tag,
            "configuration_file": self.configuration_file,
            "parameters_file": self.parameters_file,
            "pipeline_definition_file": self.pipeline_definition_file,
            executor_key: self.service_record(executor),
            **self.service_records(),
            **definition,
        }

    def renew_run_id(self) -> None:
        self.run_id = generate_run_id()

    def __enter__(self) -> RunContext:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._work_folder is not None:
            shutil.rmtree(self._work_folder, ignore_errors=True)
            self._work_folder = None
        # The store holds connections (the database store's pool): let them go when the run ends.
        self.run_log_store.close()

    def service_record(self, service: BaseModel) -> dict[str, Any]:
        """One service as the run config records it: every field, secrets masked.

        A field the configuration file wrote with an environment reference is recorded as written
        (``postgresql://u:${DB_PASSWORD}@h/db``), so the run log says where the secret came from
        without holding it.
        """
        service_type = str(getattr(service, "service_type", ""))
        if isinstance(service, BaseRunLogStore):
            fields = service.masked_config()
        else:
            fields = mask_secrets(service.model_dump(exclude={"service_type"}))
        written = self.written_configs.get(service_type, {})
        fields.update({key: value for key, value in mask_secrets(written).items() if key in fields})
        return {"service_type": service_type, **fields}


# --------------------------------------------------------------------------- run ids

_ADJECTIVES = (
    "amber", "brave", "calm", "clever", "crisp", "daring", "eager", "fancy", "gentle", "golden",
    "happy", "jolly", "keen", "lively", "lucky", "mellow", "nimble", "noble", "polite", "proud",
    "quick", "quiet", "rapid", "shiny", "silent", "steady", "sunny", "swift", "tidy", "vivid",
    "warm", "witty",
)  # fmt: skip
_NOUNS = (
    "badger", "beacon", "canyon", "cedar", "comet", "delta", "ember", "falcon", "fjord", "glacier",
    "harbor", "heron", "island", "lagoon", "lantern", "maple", "meadow", "nebula", "orchid", "otter",
    "pebble", "pine", "quartz", "raven", "river", "summit", "tiger", "tundra", "valley", "willow",
    "yarrow", "zephyr",
)  # fmt: skip


def generate_run_id() -> str:
    """A readable, unique run id: ``adjective-noun-HHMMSS-xxxx`` (local time, 16 random bits)."""
    return "-".join(
        (
            random_source.choice(_ADJECTIVES),
            random_source.choice(_NOUNS),
            datetime.now().astimezone().strftime("%H%M%S"),
            random_source.token_hex(2),
        )
    )
