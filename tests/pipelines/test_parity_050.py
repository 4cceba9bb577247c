"""What runnable 0.50's own examples rely on, run end to end (issue 12, items 7 to 14)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from runnable import defaults
from runnable.pipeline_yaml import load_pipeline


ConfigWriter = Callable[..., Path]


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_a_yaml_stub_ignores_any_other_key(workdir: Path, write_config: ConfigWriter) -> None:
    # runnable 0.50's examples/01-tasks/stub.yaml, as it is.
    definition = write(
        workdir / "stub.yaml",
        """
        dag:
          description: stubs take arbitrary keys
          start_at: step 1
          steps:
            step 1:
              type: stub
              next: step 2
            step 2:
              type: stub
              what: is this thing?
              It: does not matter!!
              returns: [not, a, list, of, anything]
              command: 42
              next: step 3
            step 3:
              type: stub
              next: success
            success:
              type: success
            fail:
              type: fail
        """,
    )
    listed = write(
        workdir / "listed.yaml",
        """
        steps:
          - {name: later, type: stub, command_type: notebook, nonsense: {deep: [1, 2]}}
        """,
    )
    configuration = str(write_config())
    run_log = load_pipeline(definition).execute(configuration_file=configuration)
    assert run_log.status == defaults.SUCCESS
    assert [step.step_type for step in run_log.steps.values()] == ["stub", "stub", "stub", "success"]
    assert load_pipeline(listed).execute(configuration_file=configuration).status == defaults.SUCCESS
