"""What every executor that runs runnable in Kubernetes pods (argo, k8s-job) needs alike.

A pod runs on whatever machine the cluster picks, so the run log store and the catalog must be
reachable from every pod and from the machine that reads the run afterwards: a store in one
process's memory, an SQLite file or a local folder is refused at render time, unless the folders
live on a persistent volume claim that every pod mounts.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING, Any

from runnable import exceptions

if TYPE_CHECKING:
    from runnable.context import RunContext

PVC_VOLUME = "runnable-pvc"


def check_shareable(context: RunContext, pvc: str | None, pvc_key: str, runs_as: str) -> None:
    """Refuse a store or catalog that pods on different machines cannot share.

    ``pvc``: the claim the configuration names under ``pvc_key``; ``runs_as`` completes
    "The configuration ... asks ..." (what runs in which pods).
    """
    store, catalog = context.run_log_store, context.catalog
    store_type = store.service_name
    problems: list[str] = []
    if store_type == "buffered":
        problems.append("the run log store 'buffered' lives in one process's memory")
    connection = str(getattr(store, "connection_string", "") or "")
    if connection.startswith("sqlite"):
        problems.append("the run log store 'database' is an SQLite file, which pods cannot share")
    if store_type in ("file-system", "chunked-fs") and not pvc:
        problems.append(f"the run log store '{store_type}' keeps runs in a local folder")
    catalog_type = catalog.service_name
    if catalog_type == "file-system" and not pvc:
        problems.append("the catalog 'file-system' keeps files in a local folder")
    if catalog_type == "do-nothing":
        problems.append("the catalog 'do-nothing' keeps returned objects in one process's memory")
    if problems:
        where = (
            f"The configuration {context.configuration_file}"
            if context.configuration_file
            else "The configuration"
        )
        raise exceptions.ConfigurationError(
            f"{where} asks {runs_as}, but {'; '.join(problems)}. Use a run log store that pods share "
            "(database on PostgreSQL, chunked-s3 or s3) and the s3 (minio) catalog, or put the file-system "
            f"catalog (and any file-system store) on a volume every pod mounts, named by {pvc_key}."
        )


def shared_folders(context: RunContext) -> list[tuple[str, str]]:
    """The store's and catalog's local folders: ``(kind, absolute path)``, kind ``run-logs``/``catalog``."""
    found: list[tuple[str, str]] = []
    for kind, folder in (
        ("run-logs", getattr(context.run_log_store, "log_folder", None)),
        ("catalog", getattr(context.catalog, "catalog_location", None)),
    ):
        if folder:
            found.append((kind, _mount_path(str(folder))))
    return found


def shared_folder_mounts(context: RunContext, volume: str) -> list[dict[str, Any]]:
    """The volume mounts putting the store's and the catalog's folders on the claim named ``volume``."""
    return [
        {"name": volume, "mountPath": folder, "subPath": kind} for kind, folder in shared_folders(context)
    ]


def _mount_path(folder: str) -> str:
    if not folder.startswith("/"):
        # Kubernetes mounts volumes at absolute paths, and the image's working directory is not known here.
        raise exceptions.ConfigurationError(
            f"On a volume every pod mounts, the run log store's log_folder and the catalog's "
            f"catalog_location are mounted from the volume, so they must be absolute paths; '{folder}' is "
            "relative. Write it as an absolute path inside the image (e.g. /mnt/runnable/run-logs)."
        )
    return folder


def dns_name(text: str, unique_among: set[str] | None = None) -> str:
    """A name Kubernetes and Argo accept (templates, tasks, objects): lower-case letters, digits, dashes."""
    name = re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:60] or "step"
    if not name[0].isalpha():
        name = "s-" + name
    if unique_among is None or name not in unique_among:
        return name
    digest = hashlib.sha256(text.encode()).hexdigest()[:6]
    candidate, counter = f"{name[:50]}-{digest}", 0
    while candidate in unique_among:
        counter += 1
        candidate = f"{name[:45]}-{digest}-{counter}"
    return candidate
