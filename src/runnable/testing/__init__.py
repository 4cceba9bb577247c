"""The contract every run log store passes, as a reusable pytest class.

Test a store by subclassing :class:`StoreContract` and providing a ``store``
fixture that returns a fresh, empty store::

    import pytest
    from runnable.testing import StoreContract
    from my_package.stores import CloudDatabaseRunLogStore

    class TestCloudDatabaseStore(StoreContract):
        @pytest.fixture
        def store(self, tmp_path):
            return CloudDatabaseRunLogStore(connection_string=f"sqlite:///{tmp_path}/runs.db")

Subclasses are collected by pytest automatically (``StoreContract`` itself is
not: it sets ``__test__ = False``; an intermediate subclass that should not
run sets ``__test__ = False`` again).

Capability hooks, all optional:

``parallel_writes_store`` (fixture)
    The store used by the multi-process stress test, or ``None`` to skip it.
    By default: ``store`` when it claims ``supports_parallel_writes``. Each
    worker process rebuilds the store from ``(import path of its class,
    store.model_dump())``, so the store must be rebuildable from its config
    and point at storage the processes share (a folder, a database file or
    server; not an in-memory database).
``thread_safe`` (class attribute, default ``False``)
    Set it when many threads of one process may write one run through the
    same store object; a threaded variant of the stress test then runs.
``headers_omit_steps`` (class attribute, default ``True``)
    ``get_run_log_by_id(run_id, full=False)`` leaves out step bodies.
    A store that always returns whole run logs sets it to ``False``.
``many_runs`` (class attribute, default 300)
    How many runs the pagination test creates.
``stress_processes`` / ``stress_steps`` / ``stress_start_method``
    Size of the stress test (8 processes, 4 steps each) and how its
    processes start (``"spawn"``).

The runnable 0.50 sample run logs the contract imports are shipped with the
package; :func:`legacy_run_logs` loads them.

Modules: ``contract`` (:class:`StoreContract` and the core promises), its parts ``queries``,
``conditions``, ``history``, ``guards`` and ``stress`` (many writers at once), ``hooks`` (the hooks
above and their defaults) and ``samples`` (the sample run logs and helpers to compare run logs).
"""

from runnable.testing.contract import StoreContract
from runnable.testing.samples import (
    as_json,
    assert_same_run_log,
    example_run_log,
    legacy_run_logs,
    legacy_samples_folder,
    tree_order,
)

__all__ = [
    "StoreContract",
    "as_json",
    "assert_same_run_log",
    "example_run_log",
    "legacy_run_logs",
    "legacy_samples_folder",
    "tree_order",
]
