"""Picklers turn the values a task returns as ``pickled("name")`` into bytes and back.

The bytes are kept by the catalog under the run, so a later step (or a later
process) can restore the object.
"""

from __future__ import annotations

import pickle
from abc import ABC, abstractmethod
from typing import Any

from pydantic import BaseModel, ConfigDict


class BasePickler(ABC, BaseModel):
    model_config = ConfigDict(extra="forbid")

    service_name: str = ""
    service_type: str = "pickler"
    # Added to the object's name in the catalog, so the stored file says what it is.
    extension: str = ""

    @abstractmethod
    def dumps(self, obj: Any) -> bytes: ...

    @abstractmethod
    def loads(self, data: bytes) -> Any: ...


class NativePickler(BasePickler):
    """Python's own :mod:`pickle`, highest protocol."""

    service_name: str = "pickle"
    extension: str = ".pickle"

    def dumps(self, obj: Any) -> bytes:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)

    def loads(self, data: bytes) -> Any:
        return pickle.loads(data)
