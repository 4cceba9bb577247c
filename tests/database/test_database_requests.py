"""What one more step or Map branch costs the database store: statements, transactions, round trips.

Counted around real pipeline runs (tests/store_costs.py): SQL statements through SQLAlchemy's
``before_cursor_execute`` event, round trips through the latency proxy between the store and the
throwaway PostgreSQL or MariaDB server. The figures are the store's promise (issue 16 and 17):
a step starts and ends in one write each and reads nothing back; a branch writes three times
(its opening with its first step, the step's end with what it returned, its last step with the
branch's end); on PostgreSQL each write is one statement, one round trip.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from servers.latency_proxy import LatencyProxy, latency_proxy, proxied_url
from sql_statements import recorded_statements
from store_costs import linear, mapped, marginal

# Sizes compared: PostgreSQL's driver prepares a statement on its 5th use (one more round trip,
# once per connection), so both runs of a pair go past it and it cancels out.
STEPS = ((6, linear(6)), (11, linear(11)))
BRANCHES = ((6, mapped(6)), (11, mapped(11)))


def configuration(folder: Path, connection_string: str) -> Path:
    path = folder / "database.yaml"
    section = {"type": "database", "config": {"connection_string": connection_string}}
    path.write_text(yaml.safe_dump({"run-log-store": section, "catalog": {"type": "do-nothing"}}))
    return path


def statement_costs(config: Path, kinds: Callable[[str], bool]) -> tuple[float, float]:
    """Statements for which ``kinds`` holds, per step and per branch."""
    with recorded_statements() as seen:

        def count() -> int:
            return sum(1 for statement in seen if kinds(statement))

        return marginal(count, config, *STEPS), marginal(count, config, *BRANCHES)


def writes(statement: str) -> bool:
    return statement == "BEGIN IMMEDIATE"


def reads(statement: str) -> bool:
    return statement == "BEGIN"


def every(statement: str) -> bool:
    return True


def test_sqlite_a_step_is_two_write_transactions_and_a_branch_three(workdir: Path) -> None:
    config = configuration(workdir, f"sqlite:///{workdir / 'runs.db'}")
    assert statement_costs(config, writes) == (2, 3)
    # No read per step or branch: a walk knows its scope's parameters; the fan-in reads the
    # branches' scopes in one query per 500 branches.
    assert statement_costs(config, reads) == (0, 0)
    # BEGIN IMMEDIATE and one INSERT ... SELECT per table written (it finds the run and checks
    # the parent itself): per write.
    steps, branches = statement_costs(config, every)
    assert steps == 4
    assert branches <= 9


def round_trips(proxy: LatencyProxy, config: Path) -> tuple[float, float]:
    def count() -> int:
        return proxy.round_trips

    return marginal(count, config, *STEPS), marginal(count, config, *BRANCHES)


@pytest.mark.postgres
def test_postgresql_a_step_is_two_statements_and_two_round_trips(workdir: Path, postgres_url: str) -> None:
    with latency_proxy(postgres_url) as proxy:
        config = configuration(workdir, proxied_url(postgres_url, proxy))
        steps, branches = statement_costs(config, every)
        assert steps == 2  # the step's start and its end, each one statement in autocommit
        assert branches <= 3.5  # three writes, and the branch's share of the fan-in read
        steps, branches = round_trips(proxy, config)
    assert steps == 2
    assert branches <= 4


@pytest.mark.mariadb
def test_mariadb_round_trips_per_step_and_branch(workdir: Path, mariadb_url: str) -> None:
    with latency_proxy(mariadb_url) as proxy:
        config = configuration(workdir, proxied_url(mariadb_url, proxy))
        steps, branches = round_trips(proxy, config)
    # Two write transactions of three statements (find the run, upsert, COMMIT) per step; before
    # issue 16's second round a step cost 16.2 round trips and a branch 40.6.
    assert steps <= 7
    assert branches <= 16
