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
    │   ├── StoreFailedError .......... a store raised something else during a run
    │   │   └── RunLogLostError ....... the store no longer has the run it was given
    │   ├── DeleteUnsupportedError .... a store that cannot delete runs
    │   ├── RunConflictError .......... a destination holding a different run under the same id
    │   └── SchemaVersionError
    │       └── MigrationRequiredError
    ├── ExecutionFailedError .......... a run ended FAIL
    ├── RetryRefusedError ............. a run that cannot be retried as asked
    │   └── DagChangedError ........... the pipeline is not the one the run was made with
    ├── ArchiveError .................. a run archive that cannot be read (truncated, newer, damaged)
    ├── CatalogError .................. a catalog get/put that cannot be done as asked
    ├── InvalidQueryError ............. a run query written wrongly (condition, time)
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

    @property
    def hint(self) -> str:
        """What to do next, beyond what the message says; shown after it (empty if nothing)."""
        return ""


def one_paragraph(text: str) -> str:
    """A possibly multi-line message folded into one paragraph."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def as_sentence(text: str) -> str:
    """``text`` ending as a sentence does: a full stop added unless it ends in punctuation already."""
    text = text.rstrip()
    return text if not text or text.endswith((".", "?", "!", ":")) else text + "."


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
            where.append(file)
        if service:
            where.append(f"service '{service.replace('_', '-')}'")
        if field:
            where.append(f"field '{field}'")
        prefix = "Configuration error" + (" in " + ", ".join(where) if where else "")
        super().__init__(f"{prefix}: {problem}")


class PipelineDefinitionError(RunnableError):
    """A pipeline, job or task definition that cannot be built as written."""


class RunLogStoreError(RunnableError):
    """Something went wrong inside a run log store."""


class EntityNotFoundError(RunLogStoreError):
    """A run log, step, branch or job log that does not exist."""


# The public guide's template raises RunLogNotFoundError(f"Run log {run_id} not found"): that one
# sentence is read as the message it is (and its run id taken from it). Any other text is a run id;
# a ready message is given by keyword: RunLogNotFoundError(run_id, message=...).
_GUIDE_NOT_FOUND = re.compile(r"Run log (?P<run_id>\S+) not found\.?")


class RunLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, *, message: str = "") -> None:
        guide_form = None if message else _GUIDE_NOT_FOUND.fullmatch(run_id.strip())
        if guide_form is not None:
            run_id, message = guide_form.group("run_id"), run_id
        self.run_id = run_id
        super().__init__(
            message or f"No run log found for run '{run_id}'. Check the run id and the run log store in use."
        )


class StepLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, name: str = "", *, message: str = "") -> None:
        self.run_id = run_id
        self.name = name
        super().__init__(message or f"Step '{name}' not found in run '{run_id}'.")


class BranchLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, name: str = "", *, message: str = "") -> None:
        self.run_id = run_id
        self.name = name
        super().__init__(message or f"Branch '{name}' not found in run '{run_id}'.")


class JobLogNotFoundError(EntityNotFoundError):
    def __init__(self, run_id: str, *, message: str = "") -> None:
        self.run_id = run_id
        super().__init__(message or f"Run '{run_id}' has no job log.")


class RunLogExistsError(RunLogStoreError):
    def __init__(self, run_id: str, *, message: str = "") -> None:
        self.run_id = run_id
        super().__init__(
            message
            or f"A run log for run '{run_id}' already exists. Use a new run id, or retry the existing run."
        )


class InvalidRunIdError(RunLogStoreError):
    """A run id that breaks the run-id rule (:mod:`runnable.run_ids`)."""

    # A longer id is shown cut, so that the message stays one readable paragraph.
    SHOWN_LENGTH = 60

    def __init__(self, run_id: str, reason: str) -> None:
        self.run_id = run_id
        shown = repr(run_id[: self.SHOWN_LENGTH]) + ("..." if len(run_id) > self.SHOWN_LENGTH else "")
        super().__init__(f"Invalid run id {shown}: {reason}")


class CorruptedRunLogError(RunLogStoreError):
    """A stored piece of a run log that cannot be decoded."""

    def __init__(self, run_id: str, location: str, reason: str) -> None:
        self.run_id = run_id
        self.location = location
        super().__init__(
            f"The run log of run '{run_id}' is corrupted at {location}: {reason}. "
            "Other runs are unaffected; restore it from a backup or delete the run."
        )


class StoreUnavailableError(RunLogStoreError):
    """The backend could not be reached or kept failing after retries."""


class StoreFailedError(RunLogStoreError):
    """A run log store (often a plugin) raised an unexpected error while a run was recorded."""

    def __init__(self, store: str, run_id: str, error: BaseException) -> None:
        self.store = store
        self.run_id = run_id
        super().__init__(
            f"The run log store {store} failed while recording run '{run_id}': "
            f"{type(error).__name__}: {error}. The pipeline itself is not at fault; fix the store "
            "(or its configuration) and run again."
        )


class RunLogLostError(StoreFailedError):
    """The store created the run, then no longer had it: it does not keep what it is given."""

    def __init__(self, store: str, run_id: str) -> None:
        self.store = store
        self.run_id = run_id
        RunLogStoreError.__init__(
            self,
            f"The run log store {store} lost run '{run_id}': the run was created in it, but reading "
            "it back found nothing. The store does not keep what it is given: check that its "
            "create_run_log() and put_run_log() save the run where get_run_log_by_id() reads it.",
        )


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

    @property
    def hint(self) -> str:
        return f"See the steps with: runnable runs show {self.run_id}"


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


class InvalidQueryError(RunnableError):
    """A run query that cannot be understood: a parameter condition or a moment in time."""

    def __init__(self, text: str, problem: str) -> None:
        self.text = text
        self.problem = problem
        super().__init__(f"Cannot read {text!r}: {problem}")


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


class DeleteUnsupportedError(RunLogStoreError):
    """A run log store that cannot delete runs (a third-party store without ``delete_run_log``)."""

    def __init__(self, store: str) -> None:
        self.store = store
        super().__init__(
            f"The run log store '{store}' cannot delete runs: it does not implement delete_run_log(). "
            "Delete them with the store's own tools, or copy the runs you keep to a store that can "
            "(runnable runs copy)."
        )


class RunConflictError(RunLogStoreError):
    """The destination of a copy or import holds a different run under the same run id."""

    def __init__(self, run_id: str, destination: str) -> None:
        self.run_id = run_id
        self.destination = destination
        super().__init__(
            f"The run log store '{destination}' already holds a different run under the id '{run_id}'; "
            "it was left as it is and nothing of that run was written. Give --overwrite to replace it "
            "with the copy, or leave that run out of the selection."
        )


class ArchiveError(RunnableError):
    """A run archive that cannot be read: truncated, damaged, or written by a newer runnable."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"The run archive {path} {problem}")
