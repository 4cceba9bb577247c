"""Property-based tests (hypothesis): run logs round-trip through every store; configuration parsing
either gives a configuration or one ConfigurationError, whatever the input.

Example counts are kept small (the suite runs on 2 shared cores); ``deadline=None`` because a store
round trip on a loaded machine has no fair deadline.
"""

from __future__ import annotations

import itertools
import string
from datetime import datetime, timezone
from typing import Any

import pytest
import yaml
from hostile_support import any_store  # noqa: F401  (a fixture, found by name)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runnable import config, defaults, exceptions, user_yaml
from runnable.models import (
    BranchLog,
    JsonParameter,
    MetricParameter,
    ObjectParameter,
    RunLog,
    StepAttempt,
    StepLog,
    encode_name_segment,
    join_internal_name,
)
from runnable.run_log_store.base import BaseRunLogStore

# Text a store must keep exactly. Indexed columns (tags, names) exclude NUL, which PostgreSQL text
# refuses with its own clear error (see test_hostile_names); lone surrogates are not text at all.
NAME_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | ANY_TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(ANY_TEXT, children, max_size=4),
    max_leaves=12,
)
PARAMETERS = st.dictionaries(
    NAME_TEXT,
    st.one_of(
        JSON_VALUES.map(lambda value: JsonParameter(value=value)),
        JSON_VALUES.map(lambda value: MetricParameter(value=value)),
        NAME_TEXT.map(lambda key: ObjectParameter(value=key or "object")),
    ),
    max_size=4,
)
MOMENTS = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(timezone.utc)
)
STATUSES = st.sampled_from(defaults.STATUSES)


@st.composite
def run_logs(draw: st.DrawFn) -> RunLog:
    """A run with top-level steps, one composite step with branches (each with steps), parameters."""
    steps: dict[str, StepLog] = {}
    for name in draw(st.lists(NAME_TEXT.filter(bool), max_size=3, unique=True)):
        internal = encode_name_segment(name)
        attempts = [
            StepAttempt(
                attempt_number=number + 1,
                status=draw(STATUSES),
                start_time=draw(MOMENTS),
                message=draw(ANY_TEXT),
                input_parameters=draw(PARAMETERS),
                output_parameters=draw(PARAMETERS),
                user_defined_metrics=draw(PARAMETERS),
            )
            for number in range(draw(st.integers(0, 2)))
        ]
        steps[internal] = StepLog(name=name, internal_name=internal, status=draw(STATUSES), attempts=attempts)
    composite = join_internal_name(encode_name_segment(draw(NAME_TEXT.filter(bool))) + "-map")
    branches: dict[str, BranchLog] = {}
    for key in draw(st.lists(NAME_TEXT.filter(bool), max_size=3, unique=True)):
        branch_name = join_internal_name(composite, encode_name_segment(key))
        inner = join_internal_name(branch_name, "task")
        branches[branch_name] = BranchLog(
            internal_name=branch_name,
            status=draw(STATUSES),
            parameters=draw(PARAMETERS),
            steps={inner: StepLog(name="task", internal_name=inner, status=draw(STATUSES))},
        )
    steps[composite] = StepLog(name=composite, internal_name=composite, step_type="map", branches=branches)
    return RunLog(
        run_id="placeholder",
        tag=draw(NAME_TEXT),
        status=draw(STATUSES),
        dag_hash=draw(st.text(string.hexdigits, max_size=40)),
        parameters=draw(PARAMETERS),
        run_config={"note": draw(JSON_VALUES)},
        steps=steps,
        created_at=draw(MOMENTS),
        updated_at=draw(MOMENTS),
    )


_run_numbers = itertools.count()


def test_run_logs_round_trip_through_every_store(any_store: BaseRunLogStore) -> None:  # noqa: F811
    remote = any(word in type(any_store).__name__ for word in ("S3",)) or "postgres" in str(
        getattr(any_store, "connection_string", "")
    )

    @settings(
        max_examples=5 if remote else 15,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(run_logs())
    def round_trip(run_log: RunLog) -> None:
        run_log = run_log.model_copy(update={"run_id": f"prop-{next(_run_numbers)}"})
        any_store.put_run_log(run_log)

        back = any_store.get_run_log_by_id(run_log.run_id, full=True)

        written, read = run_log.model_dump(mode="json"), back.model_dump(mode="json")
        # put_run_log records when it wrote; everything else is the writer's and must come back as is.
        written.pop("updated_at"), read.pop("updated_at")
        assert read == written
        header = any_store.get_run_log_by_id(run_log.run_id)
        assert header.steps == {} and header.parameters == run_log.parameters
        assert [run.run_id for run in any_store.get_run_logs(run_ids=[run_log.run_id], tag=run_log.tag)] == [
            run_log.run_id
        ]

    round_trip()


# --------------------------------------------------------------------------- configuration parsing

YAML_SCALARS = st.none() | st.booleans() | st.integers() | NAME_TEXT | st.floats(allow_nan=False)
YAML_DOCUMENTS = st.recursive(
    YAML_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(NAME_TEXT, children, max_size=4),
    max_leaves=15,
)


@settings(max_examples=150, deadline=None, database=None)
@given(YAML_DOCUMENTS)
def test_yaml_that_pyyaml_writes_reads_back_the_same(document: Any) -> None:
    assert user_yaml.parse(yaml.safe_dump(document)) == document


YAML_TOKENS = st.sampled_from(
    ["a", "b", ":", " ", "\n", "  ", "- ", "&x ", "*x", "<<: ", "[", "]", "{", "}", ",", "!!int ", '"', "'",
     "#", "? ", "2001-02-30", "~", "|", ">", "\t", "%YAML 1.1\n", "---\n", "...\n", "log_folder: ", "type: "]
)  # fmt: skip


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(YAML_TOKENS, max_size=40).map("".join))
def test_any_text_parses_or_raises_a_yaml_error(text: str) -> None:
    try:
        user_yaml.parse(text)
    except yaml.YAMLError as error:
        assert user_yaml.describe(error)


SERVICE_NAMES = st.sampled_from([*defaults.SERVICE_TYPES, "run-log-store", "catalog ", "Catalog", "x"])
SECTIONS = st.one_of(
    YAML_DOCUMENTS,
    st.fixed_dictionaries(
        {"type": st.sampled_from(["file-system", "chunked-fs", "buffered", "database", "nope", ""])},
        optional={"config": YAML_DOCUMENTS, "extra": YAML_SCALARS},
    ),
)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.dictionaries(SERVICE_NAMES, SECTIONS, max_size=3) | YAML_DOCUMENTS)
def test_any_configuration_loads_or_raises_one_configuration_error(tmp_path_factory: Any, data: Any) -> None:
    path = tmp_path_factory.mktemp("config") / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    try:
        loaded = config.load(path)
    except exceptions.ConfigurationError as error:
        message = str(error)
        assert message.startswith(f"Configuration error in {path}") and "\n" not in message.strip()
        return
    assert loaded.source == str(path)
    for service_type in defaults.SERVICE_TYPES:
        assert loaded.service(service_type).type


@pytest.mark.parametrize(("levels", "readable"), [(4, True), (6, False)])
def test_alias_expansion_reads_under_the_limit_and_is_refused_above(levels: int, readable: bool) -> None:
    """Each level repeats the one before 10 times: 4 levels make about 11,000 values, 6 about 1.1 million."""
    lines = ["l0: &l0 [" + ", ".join(["x"] * 10) + "]"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    text = "\n".join(lines)
    if readable:
        assert user_yaml.parse(text) == yaml.safe_load(text)
    else:
        with pytest.raises(user_yaml.YamlRefused, match="aliases"):
            user_yaml.parse(text)
