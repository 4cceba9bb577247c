"""Throwaway servers the tests and benchmarks start: PostgreSQL (``postgres``) and S3 (``s3``).

Importable as ``servers.postgres`` and ``servers.s3`` with ``tests/`` on ``sys.path`` (pytest puts it
there for ``tests/conftest.py``; benchmarks insert it). Neither module depends on pytest, and neither
imports its server's client library until a server is started.
"""
