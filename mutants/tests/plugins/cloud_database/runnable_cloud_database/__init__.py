"""An example third-party run log store for runnable, installed through an entry point."""

from runnable_cloud_database.stores import CloudDatabaseRunLogStore

__all__ = ["CloudDatabaseRunLogStore"]
