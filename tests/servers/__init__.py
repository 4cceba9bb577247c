"""Throwaway servers the tests and benchmarks start: PostgreSQL (``postgres``), MariaDB (``mariadb``),
S3 (``s3``), and a TCP proxy that puts latency, round-trip counts and outages between a store and any
of them (``latency_proxy``).

Importable as ``servers.<name>`` with ``tests/`` on ``sys.path`` (pytest puts it there for
``tests/conftest.py``; benchmarks insert it). None depends on pytest, and none imports its server's
client library until a server is started.
"""
