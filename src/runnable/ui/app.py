"""The web UI as a Starlette application: read-only pages and a JSON API over one run log store.

Every route only reads, through the store contract (``get_run_logs`` with
filters and a keyset cursor, ``get_run_log_by_id``), so a plugin store gets
the UI for free. Store calls are blocking; Starlette runs these synchronous
endpoints in its thread pool. Errors become pages (or JSON under ``/api/``):
400 for a malformed filter, 404 for an unknown run, 503 while the store is
unreachable (the page retries by itself and recovers when the store is back).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from runnable import defaults, exceptions
from runnable.catalog import BaseCatalog
from runnable.masking import mask_url
from runnable.models import RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.timings import Spans
from runnable.ui import compare, timeline, views
from runnable.ui.query import RunsQuery, read_runs_query

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
# How often pages of unfinished runs (and the store-unreachable page) ask again, in seconds.
DEFAULT_REFRESH_SECONDS = 5.0
# Task output shown at most (its end, where errors are).
LOG_TAIL_BYTES = 1 << 20

Handler = Callable[[Request], Response]


class UnknownPage(exceptions.RunnableError):
    def __init__(self, what: str) -> None:
        super().__init__(what)


def _environment() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["statuses"] = defaults.STATUSES
    return environment


class UiApp:
    """The routes and what they share: the store, the catalog, the templates."""

    def __init__(
        self,
        store: BaseRunLogStore,
        catalog: BaseCatalog | None = None,
        refresh_seconds: float = DEFAULT_REFRESH_SECONDS,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.refresh_seconds = refresh_seconds
        self.templates = _environment()
        try:
            summary = store.masked_summary()
        except Exception:  # a summary is decoration; an unreachable store must not stop the UI starting
            summary = {}
        self.store_name = store.service_name or type(store).__name__
        self.store_where = mask_url(str(summary.get("Connection") or summary.get("Location") or ""))

    # -- responses -------------------------------------------------------------------------

    def page(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(template).render(
            store_name=self.store_name,
            store_where=self.store_where,
            refresh_seconds=self.refresh_seconds,
            **context,
        )
        return HTMLResponse(html, status_code=status_code)

    def error(self, request: Request, status_code: int, title: str, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": title, "message": message}, status_code=status_code)
        retry = status_code == 503
        return self.page("error.html", status_code, title=title, message=message, retry=retry)

    # -- pages -------------------------------------------------------------------------------

    def runs_page(self, request: Request) -> Response:
        query = read_runs_query(request.query_params)
        listing = self._listing(query)
        return self.page("runs.html", query=query, **listing)

    def run_page(self, request: Request) -> Response:
        run_log = self._run(request)
        expanded = request.query_params.getlist("expand")
        spans = Spans()
        return self.page(
            "run.html",
            run=views.run_view(run_log, expanded, spans),
            timeline=timeline.timeline(run_log, spans),
        )

    def log_page(self, request: Request) -> Response:
        run_log, step, text, truncated = self._execution_log(request)
        return self.page("log.html", run_id=run_log.run_id, step=step, text=text, truncated=truncated)

    def go_to_run(self, request: Request) -> Response:
        run_id = (request.query_params.get("run_id") or "").strip()
        if not run_id:
            raise exceptions.InvalidQueryError("", "give the run id to open: /go?run_id=RUN_ID.")
        return RedirectResponse(f"/runs/{quote(run_id, safe='')}", status_code=303)

    def compare_page(self, request: Request) -> Response:
        runs, metric = self._compared(request)
        return self.page("compare.html", compare=compare.compare_view(runs, metric))

    # -- API ---------------------------------------------------------------------------------

    def api_runs(self, request: Request) -> Response:
        query = read_runs_query(request.query_params)
        listing = self._listing(query)
        return JSONResponse(
            {"runs": listing["rows"], "columns": listing["columns"], "next_after": listing["next_after"]}
        )

    def api_run(self, request: Request) -> Response:
        steps = request.query_params.get("steps", "1") != "0"
        run_log = self._run(request, full=steps)
        spans = Spans()
        answer = views.run_view(run_log, request.query_params.getlist("expand"), spans)
        if steps:
            answer["timeline"] = timeline.timeline(run_log, spans)
        else:
            del answer["steps"]
        return JSONResponse(answer)

    def api_log(self, request: Request) -> Response:
        _, _, text, _ = self._execution_log(request)
        return PlainTextResponse(text)

    def api_compare(self, request: Request) -> Response:
        runs, metric = self._compared(request)
        return JSONResponse(compare.compare_view(runs, metric))

    # -- reading the store -------------------------------------------------------------------

    def _listing(self, query: RunsQuery) -> dict[str, Any]:
        run_logs = self.store.get_run_logs(**query.store_filters())
        # A store that ignores conditions (a plugin's own get_run_logs) still shows only matches.
        full_page = len(run_logs) >= query.limit
        run_logs = [r for r in run_logs if all(c.matches(r.parameters) for c in query.conditions)]
        columns = list(query.columns) or views.metric_names(run_logs)[:4]
        rows = [views.run_row(run_log, columns) for run_log in run_logs]
        next_after = run_logs[-1].run_id if full_page and run_logs else None
        return {"rows": rows, "columns": columns, "next_after": next_after}

    def _run(self, request: Request, full: bool = True) -> RunLog:
        return self.store.get_run_log_by_id(request.path_params["run_id"], full=full)

    def _execution_log(self, request: Request) -> tuple[RunLog, str, str, bool]:
        run_log = self._run(request)
        step = request.query_params.get("step", "")
        name = views.execution_log_name(run_log, step)
        if name is None or self.catalog is None:
            raise UnknownPage(f"No task output is recorded for step '{step}' of run '{run_log.run_id}'.")
        try:
            data = self.catalog.get_object(run_log.run_id, name)
        except exceptions.CatalogError as error:
            raise UnknownPage(
                f"The task output of step '{step}' of run '{run_log.run_id}' is not in the catalog "
                f"({self.catalog.service_name}): {error}"
            ) from error
        truncated = len(data) > LOG_TAIL_BYTES
        text = data[-LOG_TAIL_BYTES:].decode("utf-8", errors="replace")
        return run_log, step, views.safe_text(text), truncated

    def _compared(self, request: Request) -> tuple[list[RunLog], str]:
        run_ids = list(
            dict.fromkeys(r.strip() for v in request.query_params.getlist("run") for r in v.split(","))
        )
        run_ids = [r for r in run_ids if r]
        if not compare.MIN_RUNS <= len(run_ids) <= compare.MAX_RUNS:
            raise exceptions.InvalidQueryError(
                ",".join(run_ids),
                f"compare takes {compare.MIN_RUNS} to {compare.MAX_RUNS} runs (run=ID&run=ID...); "
                f"{len(run_ids)} given.",
            )
        runs = [self.store.get_run_log_by_id(run_id, full=True) for run_id in run_ids]
        return runs, request.query_params.get("metric", "")


def _guarded(ui: UiApp, handler: Handler) -> Callable[[Request], Response]:
    """Runs a route, turning what the store and the user can get wrong into error pages."""

    def endpoint(request: Request) -> Response:
        started = time.perf_counter()
        try:
            response = handler(request)
        except exceptions.InvalidQueryError as error:
            response = ui.error(request, 400, "Malformed filter", str(error))
        except UnknownPage as error:
            response = ui.error(request, 404, "Not found", str(error))
        except exceptions.EntityNotFoundError as error:
            response = ui.error(request, 404, "Run not found", str(error))
        except exceptions.CorruptedRunLogError as error:
            response = ui.error(request, 500, "Corrupted run log", str(error))
        except (exceptions.StoreUnavailableError, exceptions.SchemaVersionError, OSError) as error:
            # OSError: what a plugin store's own client raises when its backend is gone.
            logger.warning("Run log store unreachable: %s", mask_url(str(error)))
            message = mask_url(str(error)) or type(error).__name__
            response = ui.error(request, 503, "Run log store unreachable", message)
        except exceptions.RunnableError as error:
            response = ui.error(request, 500, "Cannot show this", mask_url(str(error)))
        except Exception as error:
            logger.exception("Unexpected error answering %s", request.url.path)
            message = f"Unexpected {type(error).__name__}; the server's log has the details."
            response = ui.error(request, 500, "Unexpected error", message)
        elapsed_ms = (time.perf_counter() - started) * 1000
        response.headers["Server-Timing"] = f"app;dur={elapsed_ms:.1f}"
        return response

    return endpoint


def create_app(
    store: BaseRunLogStore,
    catalog: BaseCatalog | None = None,
    refresh_seconds: float = DEFAULT_REFRESH_SECONDS,
) -> Starlette:
    """The UI over ``store`` (and ``catalog`` for task output). Nothing it serves changes either."""
    ui = UiApp(store, catalog, refresh_seconds)

    def route(path: str, handler: Handler) -> Route:
        return Route(path, _guarded(ui, handler), methods=["GET", "HEAD"])

    async def not_found(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 405:
            return ui.error(
                request, 405, "Read only", "This interface only reads runs; nothing here changes them."
            )
        return ui.error(request, 404, "Not found", f"There is no page at {request.url.path}.")

    routes = [
        route("/", ui.runs_page),
        route("/runs/{run_id}", ui.run_page),
        route("/runs/{run_id}/log", ui.log_page),
        route("/compare", ui.compare_page),
        route("/go", ui.go_to_run),
        route("/api/runs", ui.api_runs),
        route("/api/runs/{run_id}", ui.api_run),
        route("/api/runs/{run_id}/log", ui.api_log),
        route("/api/compare", ui.api_compare),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: not_found})
