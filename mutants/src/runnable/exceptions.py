"""Every error runnable raises on purpose.

    RunnableError
    ├── ConfigurationError ............ bad YAML, unknown plugin, wrong or unknown field
    ├── PipelineDefinitionError ....... a pipeline or task that cannot be built as written
    ├── RunLogStoreError
    │   ├── EntityNotFoundError
    │   │   ├── RunLogNotFoundError
    │   │   ├── StepLogNotFoundError
    │   │   ├── BranchLogNotFoundError
    │   │   └── JobLogNotFoundError
    │   ├── RunLogExistsError
    │   ├── InvalidRunIdError ......... a run id that cannot be stored safely
    │   ├── CorruptedRunLogError ...... a stored file/row/object that cannot be decoded
    │   ├── StoreUnavailableError ..... the backend did not answer (after retries)
    │   └── SchemaVersionError
    │       └── MigrationRequiredError
    ├── ExecutionFailedError .......... a run ended FAIL
    ├── RetryRefusedError ............. a run that cannot be retried as asked
    │   └── DagChangedError ........... the pipeline is not the one the run was made with
    ├── CatalogError .................. a catalog get/put that cannot be done as asked
    ├── SecretNotFoundError
    ├── NodeNotFoundError / BranchNotFoundError / TerminalNodeError
    └── CommandCallError

Each leaf builds a message that names what it is about (file, field, run) and,
where there is one, what to do. Messages never contain secrets.
"""

from __future__ import annotations

import re
from typing import Any


class RunnableError(Exception):
    """Base class of every error runnable raises on purpose."""


class ConfigurationError(RunnableError):
    """A configuration file or value that runnable cannot use."""

    def __init__(
        self,
        problem: str,
        *,
        file: str = "",
        service: str = "",
        field: str = "",
    ) -> None:
        self.problem = problem
        self.file = file
        self.service = service
        self.field = field
        where = []
        if file:
            where.append(f"in {file}")
        if service:
            where.append(f"service '{service}'")
        if field:
            where.append(f"field '{field}'")
        prefix = "Configuration error" + (" " + ", ".join(where) if where else "")
        super().__init__(f"{prefix}: {problem}")


class PipelineDefinitionError(RunnableError):
    """A pipeline, job or task definition that cannot be built as written."""


class RunLogStoreError(RunnableError):
    """Something went wrong inside a run log store."""


class EntityNotFoundError(RunLogStoreError):
    """A run log, step, branch or job log that does not exist."""


def _looks_like_message(text: str) -> bool:
    # The public guide raises these with a full sentence instead of a run id;
    # run ids never contain whitespace, so a space tells the two apart.
    return any(ch.isspace() for ch in text)


# The public guide's template raises RunLogNotFoundError(f"Run log {run_id} not found").
_GUIDE_NOT_FOUND = re.compile(r"Run log (?P<run_id>\S+) not found\.?")


class RunLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        if _looks_like_message(run_id):
            guide_form = _GUIDE_NOT_FOUND.fullmatch(run_id.strip())
            if guide_form is not None:
                self.run_id = guide_form.group("run_id")
            super().__init__(run_id)
        else:
            super().__init__(
                f"No run log found for run '{run_id}'. Check the run id and the run log store in use."
            )


class StepLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, name: str = "") -> None:
        self.run_id = run_id
        self.name = name
        if not name and _looks_like_message(run_id):
            super().__init__(run_id)
        else:
            super().__init__(f"Step '{name}' not found in run '{run_id}'.")


class BranchLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, name: str = "") -> None:
        self.run_id = run_id
        self.name = name
        if not name and _looks_like_message(run_id):
            super().__init__(run_id)
        else:
            super().__init__(f"Branch '{name}' not found in run '{run_id}'.")


class JobLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        if _looks_like_message(run_id):
            super().__init__(run_id)
        else:
            super().__init__(f"Run '{run_id}' has no job log.")


class RunLogExistsError(RunLogStoreError):
    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        if _looks_like_message(run_id):
            super().__init__(run_id)
        else:
            super().__init__(
                f"A run log for run '{run_id}' already exists. Use a new run id, or retry the existing run."
            )


class InvalidRunIdError(RunLogStoreError):
    def __init__(self, run_id: str, reason: str) -> None:
        self.run_id = run_id
        super().__init__(f"Invalid run id {run_id!r}: {reason}")


class CorruptedRunLogError(RunLogStoreError):
    """A stored piece of a run log that cannot be decoded."""

    def __init__(self, run_id: str, location: str, reason: str) -> None:
        self.run_id = run_id
        self.location = location
        super().__init__(
            f"The run log of run '{run_id}' is corrupted at {location}: {reason}. "
            "Other runs are unaffected; restore that file from a backup or delete the run."
        )


class StoreUnavailableError(RunLogStoreError):
    """The backend could not be reached or kept failing after retries."""


class SchemaVersionError(RunLogStoreError):
    """The database schema is not the one this version of runnable writes."""


class MigrationRequiredError(SchemaVersionError):
    def __init__(self, database: str, current: str, head: str) -> None:
        self.database = database
        self.current = current
        self.head = head
        super().__init__(
            f"The run log database {database} is at schema revision {current}, "
            f"this runnable needs {head}. Run `runnable store migrate` to upgrade it."
        )


class ExecutionFailedError(RunnableError):
    def __init__(self, run_id: str, detail: str = "", run_log: Any = None) -> None:
        self.run_id = run_id
        self.detail = detail
        # The final run log (a runnable.models.RunLog) when the run got far enough to have one:
        # with an in-memory store it is the only copy left after the failure.
        self.run_log = run_log
        message = f"Execution failed for run '{run_id}'"
        super().__init__(f"{message}: {detail}" if detail else message)


class RetryRefusedError(RunnableError):
    """A retry that would not continue the recorded run: wrong status, job run, unusable configuration."""

    def __init__(self, run_id: str, reason: str) -> None:
        self.run_id = run_id
        self.reason = reason
        super().__init__(f"Run '{run_id}' cannot be retried: {reason}")


class DagChangedError(RetryRefusedError):
    """The pipeline given for a retry differs from the one recorded; ``differences`` says how."""

    def __init__(self, run_id: str, differences: list[str]) -> None:
        self.differences = differences
        super().__init__(
            run_id,
            "the pipeline definition has changed since the run was made ("
            + "; ".join(differences)
            + "). A retry continues the recorded run, so it needs the same steps: undo the change, "
            "or execute the changed pipeline as a new run.",
        )


class CatalogError(RunnableError):
    """A catalog get or put that cannot be done as asked (nothing matched, unreadable file)."""


class SecretNotFoundError(RunnableError):
    def __init__(self, secret_name: str, secret_setting: str = "") -> None:
        self.secret_name = secret_name
        where = f" in {secret_setting}" if secret_setting else ""
        super().__init__(f"Secret '{secret_name}' was not found{where}.")


class NodeNotFoundError(RunnableError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"Node '{name}' is not part of the pipeline.")


class BranchNotFoundError(RunnableError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"Branch '{name}' is not part of the pipeline.")


class TerminalNodeError(RunnableError):
    def __init__(self) -> None:
        super().__init__("Terminal nodes (success, fail) have no next node.")


class CommandCallError(RunnableError):
    """A task's command could not be called."""
