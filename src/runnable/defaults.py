"""Constants shared by every part of runnable: statuses, environment variables, paths.

This module imports nothing from the package so that anything may import it.
"""

from __future__ import annotations

from typing import Final

# Run, step and branch statuses (runnable 0.50 names and values).
CREATED: Final = "CREATED"
PROCESSING: Final = "PROCESSING"
SUCCESS: Final = "SUCCESS"
FAIL: Final = "FAIL"
TRIGGERED: Final = "TRIGGERED"
SKIPPED: Final = "SKIPPED"
STATUSES: Final = (CREATED, PROCESSING, SUCCESS, FAIL, TRIGGERED, SKIPPED)
TERMINAL_STATUSES: Final = (SUCCESS, FAIL)

# Service names as they appear at the top level of a configuration file.
SERVICE_TYPES: Final = (
    "pipeline_executor",
    "job_executor",
    "run_log_store",
    "catalog",
    "secrets",
    "pickler",
)

# Configuration discovery.
ENV_CONFIGURATION_FILE: Final = "RUNNABLE_CONFIGURATION_FILE"
DEFAULT_CONFIGURATION_FILE: Final = "runnable-config.yaml"
ENV_RUN_ID: Final = "RUNNABLE_RUN_ID"
# Initial parameters: wins over the parameters_file argument, as in runnable 0.50.
ENV_PARAMETERS_FILE: Final = "RUNNABLE_PARAMETERS_FILE"
ENV_PARAMETER_PREFIX: Final = "RUNNABLE_PRM_"
# runnable 0.50's way to retry: every pipeline execute() continues this run instead (docs/retry.md).
ENV_RETRY_RUN_ID: Final = "RUNNABLE_RETRY_RUN_ID"

# Built-in defaults for a run without configuration.
DEFAULT_RUN_LOG_STORE: Final = "database"
DEFAULT_RUN_LOG_FOLDER: Final = ".run_log_store"
DEFAULT_SQLITE_URL: Final = "sqlite:///.run_log_store/runs.db"
DEFAULT_CATALOG_FOLDER: Final = ".catalog"
DEFAULT_PIPELINE_EXECUTOR: Final = "local"
DEFAULT_JOB_EXECUTOR: Final = "local"
DEFAULT_CATALOG: Final = "file-system"
DEFAULT_SECRETS: Final = "env-secrets"
DEFAULT_PICKLER: Final = "pickle"

# Internal names: step and branch names are joined with this separator.
NAME_SEPARATOR: Final = "."

# Pagination.
DEFAULT_PAGE_SIZE: Final = 50

# Step and branch writes bump a run's updated_at at most this often per store object (seconds)
# on the chunked and database stores: parallel writers then do not queue for one record.
UPDATED_AT_RESOLUTION_SECONDS: Final = 1.0

# Node types as recorded in StepLog.step_type.
TASK: Final = "task"
STUB: Final = "stub"
PARALLEL: Final = "parallel"
MAP: Final = "map"
CONDITIONAL: Final = "conditional"
LOOP: Final = "loop"
SUCCESS_NODE: Final = "success"
FAIL_NODE: Final = "fail"

# Masking of secrets in anything we print or store.
MASK: Final = "********"

# The values of an on/off environment variable that mean "on" (compared lower-cased).
TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
