"""``runnable store``: operations on the run log store itself."""

from __future__ import annotations

import typer

from runnable.cli import output, services
from runnable.cli.options import ConfigOption

app = typer.Typer(name="store", help="Operate on the run log store itself.", no_args_is_help=True)


@app.command("migrate")
def migrate(configuration: ConfigOption = None) -> None:
    """Upgrade the run log store's schema to the one this runnable writes (database stores).

    Safe to run again: a store already up to date is left as it is.
    """
    store = services.open_store(configuration)
    upgrade = getattr(store, "migrate", None)
    if not callable(upgrade):
        output.out.print(
            f"The run log store '{store.service_name}' keeps no schema; there is nothing to migrate."
        )
        return
    result = upgrade()
    where = str(store.masked_summary().get("Connection") or store.service_name)
    if isinstance(result, tuple) and len(result) == 2:
        previous, current = result
        if previous is None:
            message = f"Created the run log tables at schema revision {current} in {where}."
        elif previous == current:
            message = f"The run log store {where} is already at schema revision {current}; nothing to do."
        else:
            message = f"Migrated the run log store {where} from schema revision {previous} to {current}."
    else:
        message = f"Migrated the run log store {where}" + (f": {result}" if result else ".")
    output.out.print(message, soft_wrap=True)
