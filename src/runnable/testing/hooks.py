"""The hooks a store's test class may set, shared by every part of the contract.

:class:`runnable.testing.StoreContract` inherits them through its parts; the package docstring
(:mod:`runnable.testing`) says what each one means.
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from runnable.run_log_store.base import BaseRunLogStore


class ContractHooks:
    """The ``store`` fixture and the capability hooks, with their defaults; not a test class."""

    __test__ = False

    thread_safe: ClassVar[bool] = False
    headers_omit_steps: ClassVar[bool] = True
    many_runs: ClassVar[int] = 300
    stress_processes: ClassVar[int] = 8
    stress_steps: ClassVar[int] = 4
    stress_start_method: ClassVar[str] = "spawn"

    @pytest.fixture
    def store(self) -> BaseRunLogStore:
        raise NotImplementedError("A StoreContract subclass must provide a `store` fixture.")

    @pytest.fixture
    def parallel_writes_store(self, store: BaseRunLogStore) -> BaseRunLogStore | None:
        return store if store.supports_parallel_writes else None
