"""The run log data model and the store contract, under runnable 0.50's import path."""

from runnable.models import (
    BranchLog,
    CodeIdentity,
    DataCatalog,
    JobLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    Parameter,
    RunLog,
    RunLogFilter,
    StepAttempt,
    StepLog,
)
from runnable.run_log_store.base import BaseRunLogStore

__all__ = [
    "BaseRunLogStore",
    "BranchLog",
    "CodeIdentity",
    "DataCatalog",
    "JobLog",
    "JsonParameter",
    "MetricParameter",
    "ObjectParameter",
    "Parameter",
    "RunLog",
    "RunLogFilter",
    "StepAttempt",
    "StepLog",
]
