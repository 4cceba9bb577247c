"""``runnable doctor``: which configuration is in force, and whether its run log store answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from runnable import defaults, exceptions, plugins
from runnable.cli import legacy, output, services
from runnable.cli.options import ConfigOption, JsonOption
from runnable.masking import mask_secrets
from runnable.run_log_store.base import BaseRunLogStore


def doctor(configuration: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Check the configuration and the run log store: which file and why, plugins, store health.

    Shows every service's plugin and settings (secrets masked) and the store's own check:
    connectivity, schema version, counts.

    Exits 0 when everything answers, 1 when the store does not, 2 when the configuration is wrong.
    """
    runnable_config = services.load_config(configuration)
    report: dict[str, Any] = {
        "configuration": {"file": runnable_config.source or None, "reason": runnable_config.reason},
        "services": {},
    }
    worst = output.EXIT_OK
    store: BaseRunLogStore | None = None
    for service_type in defaults.SERVICE_TYPES:
        section = runnable_config.service(service_type)
        entry: dict[str, Any] = {
            "plugin": section.type,
            "source": section.source,
            "config": mask_secrets(section.raw_config),
        }
        try:
            built = plugins.build(service_type, section)
        except exceptions.RunnableError as error:
            entry["error"] = output.as_paragraph(str(error))
            worst = max(worst, output.EXIT_USAGE)
        else:
            if service_type == "run_log_store":
                store = built
        report["services"][service_type] = entry
    if store is not None:
        report["run_log_store"] = _check_store(store)
        worst = max(worst, _store_verdict(report["run_log_store"]["check"]))
        other_runs = legacy.hint_for_listing(store)
        if other_runs:
            report["run_log_store"]["other_runs"] = other_runs
    if as_json:
        output.print_json(report)
    else:
        _print_report(report)
    if worst != output.EXIT_OK:
        raise typer.Exit(worst)


def _check_store(store: BaseRunLogStore) -> dict[str, Any]:
    check = getattr(store, "check", None)
    uncreated = services.uncreated_database(store)
    try:
        if uncreated is not None:
            # Checking would create it: doctor only looks.
            health = {
                "reachable": True,
                "database": f"{uncreated} not created yet; the first run creates it",
            }
        elif callable(check):
            health = output.plain(check())
        else:
            # A store without a health check still proves it answers by listing one run.
            listed = store.get_run_logs(limit=1)
            health = {"reachable": True, "latest_run": listed[0].run_id if listed else None}
    except exceptions.RunnableError as error:
        health = {"reachable": False, "problem": output.as_paragraph(str(error))}
    if not isinstance(health, dict):
        health = {"result": health}
    # Stores mask their own summaries; masking again costs nothing and protects against plugins that forget.
    return {
        "summary": output.plain(store.masked_summary()),
        "check": mask_secrets(health),
    }


def _store_verdict(health: Mapping[str, Any]) -> int:
    """1: the store does not answer; 2: its schema needs `runnable store migrate` or a newer runnable."""
    if health.get("reachable") is False:
        return output.EXIT_FAILED
    found, expected = health.get("schema_revision"), health.get("expected_revision")
    if found and expected and found != expected:
        return output.EXIT_USAGE
    return output.EXIT_OK


def _print_report(report: Mapping[str, Any]) -> None:
    configuration = report["configuration"]
    output.out.print(Text.assemble(("Configuration: ", "bold"), configuration["file"] or "(none)"))
    output.out.print(Text(f"  {configuration['reason']}", style="dim"))
    table = Table(title="Services", title_justify="left", box=None, header_style="bold", pad_edge=False)
    table.add_column("service", no_wrap=True)
    table.add_column("plugin", no_wrap=True)
    table.add_column("settings", overflow="fold")
    for service_type, entry in report["services"].items():
        settings = Text(_inline(entry["config"]) or "(defaults)")
        if "error" in entry:
            settings = Text(entry["error"], style="red")
        table.add_row(service_type.replace("_", "-"), entry["plugin"], settings)
    output.out.print(table)
    store_report = report.get("run_log_store")
    if store_report is None:
        return
    output.out.print(Text("Run log store", style="bold"))
    for name, value in store_report["summary"].items():
        output.out.print(Text(f"  {name}: {_inline(value)}"))
    health = store_report["check"]
    verdict = _store_verdict(health)
    label = {output.EXIT_OK: ("ok", "green"), output.EXIT_USAGE: ("needs attention", "yellow")}.get(
        verdict, ("FAILED", "bold red")
    )
    output.out.print(Text.assemble(("Check: ", "bold"), label))
    for name, value in health.items():
        if name == "problem" and not value:
            continue
        style = "red" if name == "problem" and verdict != output.EXIT_OK else ""
        output.out.print(Text(f"  {name}: {_inline(value)}", style=style))
    if store_report.get("other_runs"):
        output.out.print(Text.assemble(("Other runs: ", "bold"), store_report["other_runs"]), soft_wrap=True)


def _inline(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{key}={_inline(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_inline(item) for item in value)
    return str(value)
