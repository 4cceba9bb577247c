"""The web UI through the ASGI test client: the JSON API, the pages' HTML and their errors."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient
from ui_support import SECRET, XSS, UiRuns

from runnable import defaults
from runnable.models import RunLog
from runnable.run_log_store.base import BaseRunLogStore
from runnable.ui.app import create_app
from servers.s3 import ACCESS_KEY, REGION, SECRET_KEY, S3Server


@pytest.fixture(scope="module")
def client(ui_app: Starlette) -> Iterator[TestClient]:
    with TestClient(ui_app) as test_client:
        yield test_client


def ids(answer: dict[str, Any]) -> list[str]:
    return [row["run_id"] for row in answer["runs"]]


def all_ids(ui_runs: UiRuns) -> list[str]:
    """Every run of the session, newest first (the order they were made in, reversed)."""
    return [
        ui_runs.running,
        ui_runs.hostile,
        ui_runs.nested,
        ui_runs.mapped,
        ui_runs.failed,
        *reversed(ui_runs.linear),
    ]


# --------------------------------------------------------------------------- runs


def test_runs_newest_first_with_status_and_metric_columns(client: TestClient, ui_runs: UiRuns) -> None:
    answer = client.get("/api/runs").json()
    assert ids(answer) == all_ids(ui_runs)
    assert answer["next_after"] is None
    assert "score" in answer["columns"]
    by_id = {row["run_id"]: row for row in answer["runs"]}
    assert by_id[ui_runs.failed]["status"] == defaults.FAIL
    assert by_id[ui_runs.running]["status"] == defaults.PROCESSING and by_id[ui_runs.running]["running"]
    assert by_id[ui_runs.linear[2]]["columns"]["score"] == "0.99"
    assert by_id[ui_runs.linear[0]]["duration_seconds"] > 0


def test_keyset_paging_visits_every_run_once(client: TestClient, ui_runs: UiRuns) -> None:
    seen: list[str] = []
    after = ""
    while True:
        answer = client.get("/api/runs", params={"limit": 3, "after": after}).json()
        seen.extend(ids(answer))
        if answer["next_after"] is None:
            break
        after = answer["next_after"]
    assert seen == all_ids(ui_runs)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "FAIL"}, ["ui-failed"]),
        ({"status": "fail"}, ["ui-failed"]),
        ({"tag": "nightly"}, ["ui-failed", "ui-linear-2", "ui-linear-1"]),
        ({"where": "score>0.9"}, ["ui-nested", "ui-linear-3"]),
        ({"where": "score>0.8; lr=0.1"}, ["ui-linear-2"]),
        ({"where": ["lr>=0.1", "lr<0.2"], "tag": "nightly"}, ["ui-linear-2"]),
        ({"where": "lr>=0.1", "tag": "nightly"}, ["ui-failed", "ui-linear-2"]),
        ({"since": "1d", "status": "PROCESSING"}, ["ui-running"]),
        ({"until": "2000-01-01"}, []),
        ({"run_id": "ui-map,ui-nested"}, ["ui-nested", "ui-map"]),
    ],
)
def test_filters(client: TestClient, query: dict[str, Any], expected: list[str]) -> None:
    assert ids(client.get("/api/runs", params=query).json()) == expected


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ({"where": "score>>0.9"}, "score>>0.9"),
        ({"where": "score>high"}, "is not a number"),
        ({"where": "=3"}, "NAME OPERATOR VALUE"),
        ({"status": "DONE"}, "not a run status"),
        ({"since": "last tuesday"}, "neither an ISO date"),
        ({"limit": "0"}, "page size"),
        ({"limit": "many"}, "page size"),
    ],
)
def test_malformed_filters_are_400_saying_what_is_wrong(
    client: TestClient, query: dict[str, str], says: str
) -> None:
    answer = client.get("/api/runs", params=query)
    assert answer.status_code == 400
    assert says in answer.json()["message"]
    page = client.get("/", params=query)
    assert page.status_code == 400
    assert html.escape(says, quote=False) in page.text


def test_an_unknown_cursor_is_a_404_naming_it(client: TestClient) -> None:
    answer = client.get("/api/runs", params={"after": "no-such-run"})
    assert answer.status_code == 404
    assert "no-such-run" in answer.json()["message"]


def test_runs_page_keeps_filters_in_links(client: TestClient) -> None:
    page = client.get("/", params={"tag": "nightly", "limit": 2, "where": "lr>0"})
    assert page.status_code == 200
    assert "next-page" in page.text
    assert "tag=nightly&amp;where=lr%3E0&amp;limit=2&amp;after=ui-linear-2" in page.text


# --------------------------------------------------------------------------- one run


def test_run_of_a_map_with_its_branches_and_an_aggregated_timeline(
    client: TestClient, ui_runs: UiRuns
) -> None:
    run = client.get(f"/api/runs/{ui_runs.mapped}").json()
    squares = next(step for step in run["steps"] if step["name"] == "squares")
    assert squares["branch_count"] == 30 and squares["branch_statuses"] == {"SUCCESS": 30}
    assert [b["name"] for b in squares["branches"]][:3] == ["0", "1", "2"]
    assert squares["branches"][0]["steps"][0]["attempts"][0]["output_parameters"][0]["name"] == "squared"
    rows = run["timeline"]["rows"]
    aggregate = next(row for row in rows if row["kind"] == "aggregate")
    assert aggregate["label"] == "30 branches" and "30 SUCCESS" in aggregate["summary"]
    assert sum(1 for row in rows if row["kind"] == "branch") <= 5  # the slowest, not thirty bars


def test_run_of_nested_parallels(client: TestClient, ui_runs: UiRuns) -> None:
    run = client.get(f"/api/runs/{ui_runs.nested}").json()
    outer = run["steps"][0]
    assert outer["name"] == "outer" and [b["name"] for b in outer["branches"]] == ["a", "b"]
    inner = outer["branches"][0]["steps"][0]
    assert inner["name"] == "inner" and [b["name"] for b in inner["branches"]] == ["left", "right"]
    fit_left = inner["branches"][0]["steps"][0]
    assert [m["name"] for m in fit_left["attempts"][0]["metrics"]] == ["score"]
    labels = [(row["depth"], row["label"]) for row in run["timeline"]["rows"]]
    assert (0, "outer") in labels and (2, "inner") in labels and (4, "fit left") in labels


def test_failed_run_shows_the_error_and_its_attempt(client: TestClient, ui_runs: UiRuns) -> None:
    run = client.get(f"/api/runs/{ui_runs.failed}").json()
    explode = next(step for step in run["steps"] if step["name"] == "explode")
    assert explode["status"] == defaults.FAIL
    assert "boom: learning rate 0.3 is not usable" in explode["message"]
    attempt = explode["attempts"][0]
    assert attempt["start"] and attempt["end"] and attempt["duration_seconds"] is not None
    assert {p["name"]: p["text"] for p in attempt["input_parameters"]}["lr"] == "0.3"
    page = client.get(f"/runs/{ui_runs.failed}")
    assert "boom: learning rate 0.3 is not usable" in page.text


def test_run_header_only(client: TestClient, ui_runs: UiRuns) -> None:
    run = client.get(f"/api/runs/{ui_runs.running}", params={"steps": "0"}).json()
    assert run["status"] == defaults.PROCESSING and "steps" not in run


def test_task_output_is_readable_from_the_step(client: TestClient, ui_runs: UiRuns) -> None:
    run_id = ui_runs.linear[0]
    text = client.get(f"/api/runs/{run_id}/log", params={"step": "train"})
    assert text.status_code == 200 and "training for 3 epochs at lr=0.05" in text.text
    page = client.get(f"/runs/{run_id}")
    assert f"/runs/{run_id}/log?step=train" in page.text
    shown = client.get(f"/runs/{run_id}/log", params={"step": "train"})
    assert "training for 3 epochs" in shown.text
    missing = client.get(f"/runs/{run_id}/log", params={"step": "nope"})
    assert missing.status_code == 404 and "nope" in missing.text


def test_unknown_run_is_a_404_page_naming_it(client: TestClient) -> None:
    page = client.get("/runs/no-such-run-42")
    assert page.status_code == 404
    assert "no-such-run-42" in page.text and "Run not found" in page.text
    answer = client.get("/api/runs/no-such-run-42")
    assert answer.status_code == 404 and "no-such-run-42" in answer.json()["message"]
    assert client.get("/no/such/page").status_code == 404


def test_opening_a_run_by_its_id(client: TestClient, ui_runs: UiRuns) -> None:
    jump = client.get("/go", params={"run_id": f" {ui_runs.failed} "}, follow_redirects=False)
    assert jump.status_code == 303 and jump.headers["location"] == f"/runs/{ui_runs.failed}"
    missing = client.get("/go", params={"run_id": "no/such run"})
    assert missing.status_code == 404 and "no/such run" in html.unescape(missing.text)
    assert client.get("/go").status_code == 400


def test_nothing_can_change_a_run(client: TestClient, ui_runs: UiRuns) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        for path in ("/", f"/runs/{ui_runs.failed}", f"/api/runs/{ui_runs.failed}", "/api/runs"):
            assert client.request(method, path).status_code == 405, (method, path)
    assert client.get(f"/api/runs/{ui_runs.failed}").json()["status"] == defaults.FAIL


# --------------------------------------------------------------------------- compare


def test_compare_highlights_differences_and_charts_a_metric(client: TestClient, ui_runs: UiRuns) -> None:
    answer = client.get("/api/compare", params={"run": list(ui_runs.linear)}).json()
    assert [r["run_id"] for r in answer["runs"]] == list(ui_runs.linear)
    parameters = {row["name"]: row for row in answer["parameters"]}
    assert parameters["lr"]["differs"] and parameters["lr"]["cells"] == ["0.05", "0.1", "0.2"]
    assert {row["name"]: row["differs"] for row in answer["metrics"]} == {"score": True}
    assert [(s["name"], s["differs"]) for s in answer["steps"]] == [
        ("prepare", False),
        ("train", False),
        ("evaluate", False),
        ("success", False),
    ]
    assert [bar["value"] for bar in answer["chart"]["bars"]] == [0.7, 0.9, 0.99]
    page = client.get("/compare", params={"run": ",".join(ui_runs.linear), "metric": "score"})
    assert page.status_code == 200 and 'class="differs"' in page.text and "metric-chart" in page.text
    against_failed = client.get("/api/compare", params={"run": [ui_runs.linear[0], ui_runs.failed]}).json()
    steps = {s["name"]: s for s in against_failed["steps"]}
    assert not steps["prepare"]["differs"] and steps["explode"]["differs"] and steps["train"]["differs"]
    assert steps["explode"]["cells"][0] is None and steps["explode"]["cells"][1]["status"] == defaults.FAIL


def test_compare_needs_two_runs(client: TestClient, ui_runs: UiRuns) -> None:
    answer = client.get("/api/compare", params={"run": ui_runs.failed})
    assert answer.status_code == 400 and "2 to 10 runs" in answer.json()["message"]
    assert client.get("/compare", params={"run": [ui_runs.failed, "missing-run"]}).status_code == 404


# --------------------------------------------------------------------------- safety


def test_hostile_text_is_escaped_and_secrets_never_shown(client: TestClient, ui_runs: UiRuns) -> None:
    pages = [
        client.get("/").text,
        client.get(f"/runs/{ui_runs.hostile}").text,
        client.get("/compare", params={"run": [ui_runs.hostile, ui_runs.linear[0]]}).text,
    ]
    answers = [
        client.get("/api/runs").text,
        client.get(f"/api/runs/{ui_runs.hostile}").text,
        client.get("/api/compare", params={"run": [ui_runs.hostile, ui_runs.linear[0]]}).text,
    ]
    for text in pages + answers:
        assert SECRET not in text
    for text in pages:
        assert XSS not in text
        assert "&lt;script&gt;" in text
    run = client.get(f"/api/runs/{ui_runs.hostile}").json()
    assert run["tag"] == XSS  # JSON carries the text as it is; pages escape it
    assert {p["name"]: p["value"] for p in run["parameters"]}["db_password"] == defaults.MASK


def test_stored_run_config_is_masked(tmp_path: Path) -> None:
    from runnable.run_log_store.buffered import BufferedRunLogStore

    store = BufferedRunLogStore()
    password = "pa55-w0rd-in-url"
    store.put_run_log(
        RunLog(
            run_id="legacy",
            status=defaults.SUCCESS,
            run_config={
                "run_log_store": {"config": {"connection_string": f"postgresql://me:{password}@db/runs"}},
                "secrets": {"config": {"api_key": "key-123456"}},
            },
        )
    )
    with TestClient(create_app(store)) as client:
        for text in (client.get("/runs/legacy").text, client.get("/api/runs/legacy").text):
            assert password not in text and "key-123456" not in text
            assert defaults.MASK in text


# --------------------------------------------------------------------------- other stores


def _filled(store: BaseRunLogStore, run_logs: list[RunLog]) -> BaseRunLogStore:
    for run_log in run_logs:
        store.put_run_log(run_log)
    return store


@pytest.fixture(params=["chunked-fs", "postgres", "plugin"])
def other_store(
    request: pytest.FixtureRequest, tmp_path: Path, pipeline_run_logs: list[RunLog]
) -> Iterator[tuple[BaseRunLogStore, str]]:
    """The session's runs copied into another store, and a secret that store's config holds."""
    if request.param == "chunked-fs":
        from runnable.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore

        yield _filled(ChunkedFileSystemRunLogStore(log_folder=str(tmp_path / "runs")), pipeline_run_logs), ""
    elif request.param == "postgres":
        from sqlalchemy.engine import make_url

        from runnable.run_log_store.sql.store import DatabaseRunLogStore

        url = request.getfixturevalue("postgres_url")
        store = DatabaseRunLogStore(
            connection_string=url, table_name=f"ui_{tmp_path.name[-8:]}".replace("-", "_")
        )
        try:
            yield _filled(store, pipeline_run_logs), str(make_url(url).password)
        finally:
            store.close()
    else:
        from runnable_cloud_database.stores import CloudDatabaseRunLogStore

        plugin = CloudDatabaseRunLogStore(
            connection_string=f"cloud://me:plug-secret@{tmp_path.name}/db", table_name="runs"
        )
        yield _filled(plugin, pipeline_run_logs), "plug-secret"


def test_any_store_gets_the_same_ui(other_store: tuple[BaseRunLogStore, str], ui_runs: UiRuns) -> None:
    store, secret = other_store
    with TestClient(create_app(store)) as client:
        assert ids(client.get("/api/runs", params={"where": "score>0.9"}).json()) == [
            ui_runs.nested,
            ui_runs.linear[2],
        ]
        assert ids(client.get("/api/runs", params={"tag": "nightly", "limit": 2}).json()) == [
            ui_runs.failed,
            ui_runs.linear[1],
        ]
        texts = [
            client.get(path).text for path in ("/", f"/runs/{ui_runs.mapped}", f"/runs/{ui_runs.nested}")
        ]
        assert "squares" in texts[1] and "inner" in texts[2]
        if secret:
            assert all(secret not in text for text in texts)


@pytest.mark.s3
def test_an_unreachable_store_is_a_page_that_recovers(s3_server: S3Server, ui_runs: UiRuns) -> None:
    from runnable.run_log_store.s3 import S3RunLogStore

    bucket = "ui-unreachable"
    s3_server.client().create_bucket(Bucket=bucket)
    store = S3RunLogStore(
        endpoint_url=s3_server.endpoint,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        bucket=bucket,
        region_name=REGION,
        max_attempts=2,  # an outage is declared after 2 failed requests, not after boto3's long backoff
    )
    store.put_run_log(RunLog(run_id="kept", status=defaults.SUCCESS))
    with TestClient(create_app(store)) as client:
        assert client.get("/api/runs").status_code == 200
        s3_server.control(fail_next=1000)
        try:
            page = client.get("/")
            answer = client.get("/api/runs/kept")
        finally:
            s3_server.control(fail_next=0)
        assert page.status_code == 503 and "Run log store unreachable" in page.text
        assert 'http-equiv="refresh"' in page.text  # the page tries again by itself
        assert answer.status_code == 503
        assert SECRET_KEY not in page.text + answer.text
        back = client.get("/")
        assert back.status_code == 200 and "kept" in back.text


def test_a_corrupted_run_is_a_page_naming_it_and_the_others_still_list(tmp_path: Path) -> None:
    import sqlite3

    from runnable.run_log_store.sql.store import DatabaseRunLogStore
    from runnable.testing import example_run_log

    database = tmp_path / "runs.db"
    store = DatabaseRunLogStore(connection_string=f"sqlite:///{database}")
    store.put_run_log(example_run_log("healthy"))
    store.put_run_log(example_run_log("damaged"))
    with sqlite3.connect(database) as connection:
        connection.execute(
            "UPDATE runnable_chunks SET body = x'00ff', compressed = 1 WHERE run_pk = "
            "(SELECT id FROM runnable_runs WHERE run_id = 'damaged')"
        )
    try:
        with TestClient(create_app(store)) as client:
            page = client.get("/runs/damaged")
            assert page.status_code == 500 and "damaged" in page.text and "corrupted" in page.text
            assert "Traceback" not in page.text
            assert client.get("/runs/healthy").status_code == 200
            assert {"healthy", "damaged"} <= set(ids(client.get("/api/runs").json()))
    finally:
        store.close()
