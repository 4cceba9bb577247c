"""The runs page's filters as they travel in a URL, read once and checked.

``?status=FAIL&tag=nightly&since=7d&until=2026-11-01&where=score>0.9&where=lr=0.1
&columns=score,lr&limit=50&after=RUN_ID``: the same words and forms as
``runnable runs list`` (``since``/``until`` as ``--since``), so a view can be
shared as a link. ``where`` may be repeated, and one value may hold several
conditions separated by ``;``. Anything malformed raises
:class:`~runnable.exceptions.InvalidQueryError`, which the app answers with 400.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urlencode

from runnable import defaults, exceptions
from runnable.conditions import ParameterCondition, parse_conditions
from runnable.moments import parse_moment

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_COLUMNS = 12


class QueryParams(Protocol):
    def get(self, key: str, /) -> str | None: ...

    def getlist(self, key: str) -> list[str]: ...


@dataclass(frozen=True)
class RunsQuery:
    status: str = ""
    tag: str = ""
    since: str = ""
    until: str = ""
    where: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    limit: int = DEFAULT_LIMIT
    after: str = ""
    run_ids: tuple[str, ...] = ()
    conditions: tuple[ParameterCondition, ...] = field(default=(), compare=False)
    created_after: datetime | None = field(default=None, compare=False)
    created_before: datetime | None = field(default=None, compare=False)

    @property
    def filtered(self) -> bool:
        return bool(self.status or self.tag or self.since or self.until or self.where or self.run_ids)

    def store_filters(self) -> dict[str, Any]:
        """Keyword arguments of ``BaseRunLogStore.get_run_logs`` for one page."""
        return {
            "run_ids": list(self.run_ids) if self.run_ids else None,
            "tag": self.tag,
            "status": self.status,
            "created_after": self.created_after,
            "created_before": self.created_before,
            "conditions": list(self.conditions),
            "limit": self.limit,
            "after": self.after or None,
        }

    def query_string(self, **changes: Any) -> str:
        """This view's URL query, with some fields changed (``after=""`` drops the cursor)."""
        view = replace(self, **changes)
        pairs: list[tuple[str, str]] = []
        for name in ("status", "tag", "since", "until"):
            if getattr(view, name):
                pairs.append((name, getattr(view, name)))
        pairs.extend(("where", text) for text in view.where)
        if view.columns:
            pairs.append(("columns", ",".join(view.columns)))
        if view.limit != DEFAULT_LIMIT:
            pairs.append(("limit", str(view.limit)))
        if view.after:
            pairs.append(("after", view.after))
        pairs.extend(("run_id", run_id) for run_id in view.run_ids)
        return urlencode(pairs)


def _split(values: Sequence[str], separator: str) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(separator) if part.strip())


def read_runs_query(params: QueryParams) -> RunsQuery:
    """The filters of a runs page or ``/api/runs`` request; InvalidQueryError if any is malformed."""
    status_text = params.get("status") or ""
    status = status_text.strip().upper()
    if status and status not in defaults.STATUSES:
        raise exceptions.InvalidQueryError(
            status_text, f"not a run status; use one of {', '.join(defaults.STATUSES)}."
        )
    since, until = (params.get("since") or "").strip(), (params.get("until") or "").strip()
    where = _split(params.getlist("where"), ";")
    columns = _split(params.getlist("columns"), ",")
    if len(columns) > MAX_COLUMNS:
        raise exceptions.InvalidQueryError(",".join(columns), f"at most {MAX_COLUMNS} columns can be shown.")
    limit_text = (params.get("limit") or str(DEFAULT_LIMIT)).strip()
    try:
        limit = int(limit_text)
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise exceptions.InvalidQueryError(
            limit_text, f"the page size must be a whole number from 1 to {MAX_LIMIT}."
        )
    return RunsQuery(
        status=status,
        tag=params.get("tag") or "",
        since=since,
        until=until,
        where=where,
        columns=columns,
        limit=limit,
        after=(params.get("after") or "").strip(),
        run_ids=_split(params.getlist("run_id"), ","),
        conditions=tuple(parse_conditions(where)),
        created_after=parse_moment(since) if since else None,
        created_before=parse_moment(until) if until else None,
    )
