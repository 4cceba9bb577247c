"""The S3 catalog (``type: minio`` / ``s3``) on the S3-compatible test server: files, logs and objects."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from run_log_views import read_run_log
from runnable import defaults, exceptions, plugins
from runnable.catalog import BaseCatalog
from runnable.catalog_s3 import S3Catalog, glob_matcher
from runnable.config import ServiceConfig
from servers.s3 import SECRET_KEY, StoreConfig

REPOSITORY = Path(__file__).resolve().parents[2]


def catalog(s3_config: StoreConfig, workdir: Path, **overrides: Any) -> S3Catalog:
    built = S3Catalog(**s3_config(**overrides), compute_data_folder=str(workdir / "compute"))
    return built


def test_put_then_get_moves_files_through_the_bucket_with_their_hashes(
    s3_config: StoreConfig, workdir: Path
) -> None:
    writer = catalog(s3_config, workdir)
    (workdir / "compute" / "data").mkdir(parents=True)
    (workdir / "compute" / "data" / "a.csv").write_text("1,2\n")
    (workdir / "compute" / "data" / "b.csv").write_text("3,4\n")
    (workdir / "compute" / "notes.txt").write_text("hello")

    put = writer.put("run-1", "data/*.csv")
    assert [entry.name for entry in put] == ["data/a.csv", "data/b.csv"]
    assert put[0].catalog_relative_path == "run-1/data/a.csv" and put[0].stage == "put"

    elsewhere = workdir / "elsewhere"
    reader = S3Catalog(**s3_config(), compute_data_folder=str(elsewhere))  # another machine, no shared disk
    got = reader.get("run-1", "data/*.csv")
    assert (elsewhere / "data" / "b.csv").read_text() == "3,4\n"
    assert [entry.data_hash for entry in got] == [entry.data_hash for entry in put]
    with pytest.raises(exceptions.CatalogError, match=r"notes\.txt' matched no file in s3://"):
        reader.get("run-1", "notes.txt")
    with pytest.raises(exceptions.CatalogError, match="matched no file"):
        writer.put("run-1", "missing/*.bin")
    assert writer.put("run-1", "missing/*.bin", allow_missing=True) == []


def test_objects_and_kept_files_are_per_run(s3_config: StoreConfig, workdir: Path) -> None:
    store = catalog(s3_config, workdir)
    store.put_object("run-1", "step/value.pickle", b"\x80\x04K\x01.")
    assert store.get_object("run-1", "step/value.pickle") == b"\x80\x04K\x01."
    with pytest.raises(exceptions.CatalogError, match="missing from s3://"):
        store.get_object("run-2", "step/value.pickle")
    log = workdir / "x.log"
    log.write_text("output")
    entry = store.put_file("run-1", log, "step.execution.log")
    assert entry is not None and entry.name == "step.execution.log"
    assert store.get_object("run-1", "step.execution.log") == b"output"


def test_store_copy_false_records_without_uploading(s3_config: StoreConfig, workdir: Path) -> None:
    store = catalog(s3_config, workdir)
    (workdir / "compute").mkdir()
    (workdir / "compute" / "big.bin").write_bytes(b"x" * 10)
    [entry] = store.put("run-1", "big.bin", store_copy=False)
    assert entry.catalog_handler_location == store.compute_data_folder
    with pytest.raises(exceptions.CatalogError):
        store.get_object("run-1", "big.bin")


def test_a_missing_bucket_names_the_catalog_and_never_shows_the_secret(
    s3_config: StoreConfig, workdir: Path
) -> None:
    store = catalog(s3_config, workdir, bucket="no-such-bucket-here")
    with pytest.raises(exceptions.ConfigurationError) as caught:
        store.put_object("run-1", "x", b"1")
    assert "does not exist" in str(caught.value) and "catalog's configuration" in str(caught.value)
    assert SECRET_KEY not in str(caught.value)


def test_minio_and_s3_types_build_with_runnable_050_field_names(s3_config: StoreConfig) -> None:
    for type_name in ("minio", "s3"):
        built = plugins.build(
            "catalog", ServiceConfig(type=type_name, config=s3_config()), expected=BaseCatalog
        )
        assert isinstance(built, S3Catalog)
    with pytest.raises(exceptions.ConfigurationError, match="did you mean `endpoint_url`"):
        plugins.build(
            "catalog", ServiceConfig(type="minio", config={"endpoint_ur": "x"}), expected=BaseCatalog
        )


@pytest.mark.parametrize(
    ("pattern", "name", "matches"),
    [
        ("data/*.csv", "data/a.csv", True),
        ("data/*.csv", "data/sub/a.csv", False),
        ("**/*.csv", "data/sub/a.csv", True),
        ("**/*.csv", "a.csv", True),
        ("notes.txt", "notes.txt", True),
        ("n?tes.txt", "notes.txt", True),
        ("data/**", "data/sub/a.csv", True),
    ],
)
def test_patterns_match_as_path_glob_does(pattern: str, name: str, matches: bool) -> None:
    assert glob_matcher(pattern)(name) is matches


def test_the_catalog_example_runs_on_the_s3_catalog(s3_config: StoreConfig, workdir: Path) -> None:
    config = workdir / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "run-log-store": {"type": "chunked-fs", "config": {"log_folder": str(workdir / "logs")}},
                "catalog": {"type": "minio", "config": s3_config()},
            }
        )
    )
    completed = subprocess.run(
        [sys.executable, "-m", "examples.catalog"],
        cwd=workdir,
        env={
            **os.environ,
            "PYTHONPATH": str(REPOSITORY),
            defaults.ENV_CONFIGURATION_FILE: str(config),
            defaults.ENV_RUN_ID: "with-s3",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    run_log = read_run_log("with-s3", config)
    assert run_log.status == defaults.SUCCESS
    stored = run_log.run_config["catalog"]
    assert stored["service_type"] == "catalog" and SECRET_KEY not in str(run_log.run_config)
    assert any(
        entry.catalog_handler_location.startswith("s3://")
        for step in run_log.steps.values()
        for entry in step.data_catalog
    )
