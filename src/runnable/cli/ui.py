"""``runnable ui``: serve the read-only web interface over the configured run log store.

Starlette, Jinja2 and uvicorn (the ``ui`` extra) are imported only when this
command runs, so every other command starts without them.
"""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from runnable import plugins
from runnable.catalog import BaseCatalog
from runnable.cli import output, services
from runnable.cli.options import ConfigOption

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as error:
        listener.close()
        output.error(
            f"Cannot listen on {host}:{port}: {error.strerror or error}. "
            "Choose another --port (0 picks a free one) or --host."
        )
        raise typer.Exit(output.EXIT_FAILED) from None
    listener.listen(128)
    return listener


def ui(
    configuration: ConfigOption = None,
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; the default is reachable from this machine only."),
    ] = DEFAULT_HOST,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free port).")
    ] = (DEFAULT_PORT),
) -> None:
    """Serve a read-only web interface over the run log store and print its URL.

    Runs (filter by status, tag, time, parameters and metrics), each run's step tree, timeline and
    task output, and a side-by-side comparison of runs. Nothing in it changes or deletes a run.
    Needs the optional dependencies: pip install 'runnable[ui]'.
    """
    try:
        import uvicorn

        from runnable.ui.app import create_app
    except ImportError as error:
        output.error(
            f"The web UI needs its optional dependencies ({error.name or error} is not installed): "
            "pip install 'runnable[ui]'."
        )
        raise typer.Exit(output.EXIT_USAGE) from None
    runnable_config = services.load_config(configuration)
    store = services.build_store(runnable_config)
    catalog = plugins.build("catalog", runnable_config.catalog, expected=BaseCatalog)
    app = create_app(store, catalog)
    listener = _listening_socket(host, port)
    bound_host, bound_port = listener.getsockname()[:2]
    shown_host = f"[{bound_host}]" if ":" in bound_host else bound_host
    output.out.print(
        f"runnable ui: the run log store '{store.service_name}' at http://{shown_host}:{bound_port}/ "
        "(read-only; Ctrl+C stops)",
        soft_wrap=True,
    )
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
        store.close()
