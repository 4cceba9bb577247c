"""The ``runnable`` command line: typer for parsing, rich for display, the library for everything else.

Nothing in the library imports this package; importing it pulls in typer and rich.
"""

from typing import TYPE_CHECKING

from runnable.cli.app import main

# Importing the submodule bound the name `app` to it; `app` is the command, resolved below.
del globals()["app"]

if TYPE_CHECKING:
    from runnable.cli.app import app


def __getattr__(name: str) -> object:
    # The full command is built on first use: a node's process (runnable execute-single-node) needs
    # only the per-node commands, and importing every other command costs more than the node itself.
    if name == "app":
        from runnable.cli.app import full_app

        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["app", "main"]
