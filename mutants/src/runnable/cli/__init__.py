"""The ``runnable`` command line: typer for parsing, rich for display, the library for everything else.

Nothing in the library imports this package; importing it pulls in typer and rich.
"""

from runnable.cli.app import app, main

__all__ = ["app", "main"]
