"""Example pipelines and jobs; run them from the repository root, e.g. ``python -m examples.linear``."""
