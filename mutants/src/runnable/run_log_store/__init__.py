"""Run log stores: ``base`` holds the contract, each other module one backend.

Backends are imported only when a configuration names them (see
``runnable.plugins``), so their dependencies stay out of ``import runnable``.
"""

from runnable.run_log_store.base import BaseRunLogStore

__all__ = ["BaseRunLogStore"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
