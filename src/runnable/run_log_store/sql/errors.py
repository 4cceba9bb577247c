"""Database errors as ``runnable.exceptions`` errors: the one place the store translates them.

Every SQLAlchemy or driver error raised inside :func:`map_backend_errors` leaves it as a
``runnable.exceptions`` error raised ``from`` the original, with a message that names the database
(password masked) and says what to do. Errors worth another attempt become :class:`TransientError`,
which the transaction runner (``transactions.py``) retries and never lets escape.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from runnable import defaults, exceptions
from runnable.run_log_store.sql.dialects import SqlDialect


class TransientError(exceptions.StoreUnavailableError):
    """A failure worth another attempt; raised to the caller only if every attempt fails."""

    def __init__(self, database: str, reason: str) -> None:
        self.reason = reason
        super().__init__(f"The run log database {database} is unavailable: {reason}")


def reason_of(error: BaseException, password: str | None) -> str:
    """The first line of the driver's message (the rest is SQL and context), password scrubbed."""
    # A driver may echo its connection string: the password must not reach a message.
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    text = lines[0] if lines else type(original).__name__
    return text.replace(password, defaults.MASK) if password else text


@contextmanager
def map_backend_errors(
    database: str, dialect: SqlDialect, *, password: str | None = None, creating_run: str = ""
) -> Iterator[None]:
    """Turn every SQLAlchemy/driver error into a ``runnable.exceptions`` error.

    ``creating_run``: the run id being inserted, whose uniqueness violation
    means the run exists already.
    """
    try:
        yield
    except IntegrityError as exc:
        if creating_run:
            raise exceptions.RunLogExistsError(creating_run) from exc
        raise exceptions.RunLogStoreError(
            f"The run log database {database} rejected a write as inconsistent: {reason_of(exc, password)}. "
            "The run may have been purged or replaced meanwhile; nothing was written."
        ) from exc
    except DBAPIError as exc:
        if dialect.is_transient(exc):
            raise TransientError(database, reason_of(exc, password)) from exc
        if dialect.is_timeout(exc):
            raise exceptions.StoreUnavailableError(
                f"The run log database {database} did not finish in time: {reason_of(exc, password)}. "
                "It may be overloaded or a long transaction may hold a lock; raise `timeout_seconds` "
                "if it is merely slow. Nothing was written."
            ) from exc
        raise exceptions.RunLogStoreError(
            f"The run log database {database} failed: {reason_of(exc, password)}. "
            "Check the database and the store's configuration; nothing was written."
        ) from exc
    except PoolTimeoutError as exc:
        raise exceptions.StoreUnavailableError(
            f"No connection to the run log database {database} became free in time. "
            "Raise `max_connections` or `timeout_seconds` in the run-log-store config."
        ) from exc
    except SQLAlchemyError as exc:
        raise exceptions.RunLogStoreError(
            f"The run log database {database} could not be used: {reason_of(exc, password)}."
        ) from exc
