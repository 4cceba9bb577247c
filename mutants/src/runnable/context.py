"""The services and identity of one run, wired from the configuration.

Every call to ``Pipeline.execute`` or ``Job.execute`` builds a fresh
:class:`RunContext` (fresh services, a new run id, the code identity computed
once), so two executions in one process are two independent runs.
"""

from __future__ import annotations

import os
import secrets as random_source
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from runnable import defaults
from runnable.catalog import BaseCatalog
from runnable.code_identity import git_code_identity
from runnable.models import CodeIdentity
from runnable.pickler import BasePickler
from runnable.run_log_store.base import BaseRunLogStore
from runnable.secrets import BaseSecrets

if TYPE_CHECKING:
    from runnable.config import RunnableConfig
    from runnable.executor import BaseJobExecutor, BasePipelineExecutor
    from runnable.retry import RetryPlan


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
    # Set when this execution continues a failed run (runnable.retry): which steps to reuse.
    retry: RetryPlan | None = None
    # Where the scratch folder is made (None: the system's temporary folder). A worker process
    # makes its own inside its run's, so that the run removes it even if the worker is killed.
    scratch_root: str | None = None
    _work_folder: Path | None = field(default=None, init=False, repr=False)

    @property
    def work_folder(self) -> Path:
        """A private scratch folder for this run (execution logs before they reach the catalog)."""
        if self._work_folder is None:
            self._work_folder = Path(tempfile.mkdtemp(prefix="runnable-run-", dir=self.scratch_root))
        return self._work_folder

    def service_records(self) -> dict[str, dict[str, Any]]:
        """The services as the run config records them: runnable 0.50's shape, secrets masked."""
        services: dict[str, BaseModel] = {
            "run_log_store": self.run_log_store,
            "catalog": self.catalog,
            "secrets": self.secrets,
            "pickler": self.pickler,
        }
        return {name: self.service_record(service) for name, service in services.items()}

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
        # Services holding connections (the database store's pool) let them go when the run ends.
        for service in (self.run_log_store, self.catalog, self.secrets, self.pickler):
            close = getattr(service, "close", None)
            if callable(close):
                close()

    def service_record(self, service: BaseModel) -> dict[str, Any]:
        """One service as the run config records it: every field, secrets masked.

        A field the configuration file wrote with an environment reference is recorded as written
        (``postgresql://u:${DB_PASSWORD}@h/db``), so the run log says where the secret came from
        without holding it.
        """
        from runnable.config import mask_secrets

        service_type = str(getattr(service, "service_type", ""))
        if isinstance(service, BaseRunLogStore):
            fields = service.masked_config()
        else:
            fields = mask_secrets(service.model_dump(exclude={"service_type"}))
        written = self.written_configs.get(service_type, {})
        fields.update({key: value for key, value in mask_secrets(written).items() if key in fields})
        return {"service_type": service_type, **fields}


# --------------------------------------------------------------------------- building


def build_context(
    *,
    configuration_file: str = "",
    run_id: str = "",
    tag: str = "",
    parameters_file: str = "",
    pipeline_definition_file: str = "",
    executor_service: str = "pipeline_executor",
) -> tuple[RunContext, BasePipelineExecutor | BaseJobExecutor]:
    """Load the configuration and build every service of a run, plus the executor it asks for."""
    from runnable import config

    return context_from_config(
        config.load(configuration_file),
        run_id=run_id,
        tag=tag,
        parameters_file=parameters_file,
        pipeline_definition_file=pipeline_definition_file,
        executor_service=executor_service,
    )


def context_from_config(
    loaded: RunnableConfig,
    *,
    run_id: str = "",
    tag: str = "",
    parameters_file: str = "",
    pipeline_definition_file: str = "",
    executor_service: str = "pipeline_executor",
) -> tuple[RunContext, BasePipelineExecutor | BaseJobExecutor]:
    """:func:`build_context` from a configuration already at hand (a retry rebuilds the run's own)."""
    from runnable.executor import BaseJobExecutor, BasePipelineExecutor

    chosen_run_id = run_id or os.environ.get(defaults.ENV_RUN_ID, "")
    context = RunContext(
        run_id=chosen_run_id or generate_run_id(),
        run_id_generated=not chosen_run_id,
        run_log_store=_build(loaded, "run_log_store", BaseRunLogStore),
        catalog=_build(loaded, "catalog", BaseCatalog),
        secrets=_build(loaded, "secrets", BaseSecrets),
        pickler=_build(loaded, "pickler", BasePickler),
        tag=tag,
        parameters_file=parameters_file,
        configuration_file=loaded.source,
        pipeline_definition_file=pipeline_definition_file,
        written_configs={name: loaded.service(name).raw_config for name in defaults.SERVICE_TYPES},
    )
    executor: BasePipelineExecutor | BaseJobExecutor
    if executor_service == "job_executor":
        executor = _build(loaded, "job_executor", BaseJobExecutor)
    else:
        executor = _build(loaded, "pipeline_executor", BasePipelineExecutor)
    return context, executor


def _build(loaded: RunnableConfig, service_type: str, expected: type[object]) -> Any:
    # `expected` makes plugins.build check the class; typed as object because the bases are abstract.
    from runnable import plugins

    return plugins.build(service_type, loaded.service(service_type), expected=expected)


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
