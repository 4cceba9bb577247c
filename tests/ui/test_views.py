"""The views behind the pages: large Maps stay readable, secrets stay masked."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from runnable import defaults
from runnable.models import BranchLog, JsonParameter, RunLog, StepAttempt, StepLog
from runnable.ui import timeline, views

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


def map_run(branches: int, failed: int) -> RunLog:
    """A Map of ``branches`` branches, two running at a time, branch ``failed`` failed."""
    step = StepLog(name="fan", internal_name="fan", step_type=defaults.MAP, status=defaults.FAIL)
    for index in range(branches):
        name = f"fan.{index}"
        start = T0 + timedelta(seconds=index // 2)
        status = defaults.FAIL if index == failed else defaults.SUCCESS
        task = StepLog(
            name="work",
            internal_name=f"{name}.work",
            status=status,
            attempts=[
                StepAttempt(
                    start_time=start, end_time=start + timedelta(seconds=1 + index % 3), status=status
                )
            ],
        )
        step.branches[name] = BranchLog(internal_name=name, status=status, steps={task.internal_name: task})
    return RunLog(run_id="big", status=defaults.FAIL, steps={"fan": step})


def test_a_large_map_lists_its_first_branches_and_every_failure() -> None:
    run = map_run(1000, failed=700)
    fan = views.run_view(run)["steps"][0]
    names = [branch["name"] for branch in fan["branches"]]
    assert names == [str(i) for i in range(views.BRANCHES_SHOWN)] + ["700"]
    assert fan["hidden_branches"] == 1000 - views.BRANCHES_SHOWN - 1
    assert fan["branch_statuses"] == {defaults.SUCCESS: 999, defaults.FAIL: 1}
    expanded = views.run_view(run, expanded=["fan"])["steps"][0]
    assert len(expanded["branches"]) == 1000 and expanded["hidden_branches"] == 0


def test_the_timeline_of_a_large_map_is_a_profile_not_a_thousand_bars() -> None:
    drawn = timeline.timeline(map_run(1000, failed=700))
    kinds = [row["kind"] for row in drawn["rows"]]
    assert kinds.count("aggregate") == 1
    assert kinds.count("branch") == timeline.SLOWEST_SHOWN + 1  # the slowest and the failed one
    assert len(drawn["rows"]) < 20
    aggregate = next(row for row in drawn["rows"] if row["kind"] == "aggregate")
    assert "999 SUCCESS" in aggregate["summary"] and "1 FAIL" in aggregate["summary"]
    assert "at once" in aggregate["summary"]
    assert max(point["count"] for point in aggregate["profile"]) >= 2
    assert "700" in [row["label"] for row in drawn["rows"] if row["kind"] == "branch"]
    for row in drawn["rows"]:
        if row["bar"] is not None:
            assert 0 <= row["bar"]["x"] <= timeline.WIDTH


def test_a_small_map_draws_every_branch() -> None:
    drawn = timeline.timeline(map_run(5, failed=-1))
    assert [row["label"] for row in drawn["rows"] if row["kind"] == "branch"] == ["0", "1", "2", "3", "4"]


def test_secret_looking_parameters_and_url_passwords_are_masked() -> None:
    run = RunLog(
        run_id="s",
        tag="postgresql://me:tagpass@db/x",
        parameters={
            "api_token": JsonParameter(value="tok-123"),
            "url": JsonParameter(value="https://me:urlpass@example.com/x"),
            "plain": JsonParameter(value="visible"),
        },
        run_config={"secrets": {"config": {"password": "p4ss"}}},
    )
    shown = str(views.run_view(run))
    for secret in ("tok-123", "urlpass", "tagpass", "p4ss"):
        assert secret not in shown
    assert "visible" in shown and defaults.MASK in shown


def test_every_asset_ships_in_the_package_and_nothing_loads_from_elsewhere() -> None:
    from importlib import resources

    package = resources.files("runnable.ui")
    texts = [
        entry.read_text(encoding="utf-8")
        for folder in ("templates", "static")
        for entry in package.joinpath(folder).iterdir()
    ]
    assert any("ui.css" in text for text in texts) and any("ui.js" in text for text in texts)
    for text in texts:
        assert "http://" not in text and "https://" not in text and "//cdn" not in text
