"""A folder where runnable 0.50 ran: its runs are pointed at, reading changes nothing, no chatter."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from runnable.testing import legacy_samples_folder


def folder_contents(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def leave_050_runs(workdir: Path) -> Path:
    """``.run_log_store/`` as runnable 0.50 left it: file-system JSON files and a chunked-fs folder."""
    folder = workdir / ".run_log_store"
    shutil.copytree(legacy_samples_folder(), folder, ignore=shutil.ignore_patterns("README.md"))
    return folder


def the_command(message: str) -> str:
    found = re.search(r"(echo '.*?' > \S+ && runnable [^.]*?-c \S+\.yaml)", message)
    assert found is not None, message
    return found.group(1)


def run_shell(command: str) -> subprocess.CompletedProcess[str]:
    # The command as a person pastes it, with this environment's runnable.
    bin_folder = str(Path(sys.executable).parent)
    return subprocess.run(
        ["sh", "-c", command],
        capture_output=True,
        text=True,
        env={"PATH": f"{bin_folder}:/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1"},
        timeout=120,
    )


def test_runs_list_points_at_the_runs_of_050_with_the_command_that_lists_them(
    isolated: Path, cli: Callable[..., Result]
) -> None:
    folder = leave_050_runs(isolated)
    before = folder_contents(folder)

    listed = cli("runs", "list")

    assert listed.exit_code == 0
    message = listed.stderr
    assert message.startswith("No runs yet.")
    assert "holds 3 runs of the file-system store (runnable 0.50's default)" in message
    assert "holds 1 run of the chunked-fs store" in message
    command = the_command(message)
    assert command == (
        "echo 'run-log-store: {type: file-system}' > file-system.yaml "
        "&& runnable runs list -c file-system.yaml"
    )
    listing = run_shell(command)
    assert listing.returncode == 0, listing.stderr
    assert {"map-fs", "params-python-fs", "py-tasks-fs"} <= set(listing.stdout.split())
    # Nothing was created or changed by reading.
    (isolated / "file-system.yaml").unlink()
    assert folder_contents(folder) == before


def test_runs_show_and_doctor_point_at_a_050_run(isolated: Path, cli: Callable[..., Result]) -> None:
    folder = leave_050_runs(isolated)
    before = folder_contents(folder)

    shown = cli("runs", "show", "map-chunked")
    doctor = cli("doctor")

    assert shown.exit_code == 2
    assert "Run 'map-chunked' is in .run_log_store/, recorded by the chunked-fs store" in shown.stderr
    showing = run_shell(the_command(shown.stderr))
    assert showing.returncode == 0, showing.stderr
    assert "map_state" in showing.stdout
    assert doctor.exit_code == 0, doctor.output
    assert "runs.db not created yet; the first run creates it" in doctor.stdout
    assert "Other runs: .run_log_store/ holds 3 runs of the file-system store" in doctor.stdout
    (isolated / "chunked-fs.yaml").unlink()
    assert folder_contents(folder) == before  # the chunked folder was read, not converted


def test_read_only_commands_do_not_create_the_database(isolated: Path, cli: Callable[..., Result]) -> None:
    assert cli("runs", "list").stderr.strip() == "No runs yet."
    assert cli("runs", "list", "--json").stdout.strip() == "[]"
    assert cli("runs", "show", "some-run").exit_code == 2
    assert cli("doctor").exit_code == 0
    assert cli("retry", "some-run").exit_code == 2

    assert list(isolated.iterdir()) == []


def test_user_code_logging_at_info_shows_no_migration_chatter(isolated: Path) -> None:
    (isolated / "script.py").write_text(
        "import logging\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "from runnable import Pipeline, Stub\n"
        'Pipeline(steps=[Stub(name="a")]).execute()\n'
    )

    ran = subprocess.run([sys.executable, "script.py"], capture_output=True, text=True, timeout=120)

    assert ran.returncode == 0, ran.stderr
    assert "INFO:runnable:Run '" in ran.stderr  # the person's INFO logging is on ...
    assert "alembic" not in ran.stderr and "SQLiteImpl" not in ran.stderr  # ... without the migration tool's
