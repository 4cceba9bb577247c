#!/usr/bin/env bash
# Make sure the PostgreSQL server binaries (initdb, pg_ctl) are there for the
# database store's tests, which start a throwaway server of their own
# (tests/servers/postgres.py). Nothing is started here.
#
# Found on PATH or under /usr/lib/postgresql/*/bin: nothing to do.
# Missing and root with apt-get: installs Debian's `postgresql` package.
# Missing otherwise: says how to install them and exits 0; the PostgreSQL
# tests are then skipped (pytest -ra lists why). Any other way of providing
# initdb and pg_ctl on PATH works too (a distribution package, Homebrew's
# postgresql, or the binaries of a pip-installable server wheel).
set -euo pipefail

have() {
    command -v "$1" >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/$1" >/dev/null
}

if have initdb && have pg_ctl; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "postgres.sh: installing the PostgreSQL server (Debian package 'postgresql')"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    have initdb && have pg_ctl && exit 0
    echo "postgres.sh: the package installed but initdb/pg_ctl are still missing" >&2
    exit 1
fi

cat >&2 <<'MESSAGE'
postgres.sh: PostgreSQL server binaries (initdb, pg_ctl) not found, and this
is not a root shell with apt-get. Install them (apt-get install postgresql,
dnf install postgresql-server, brew install postgresql) to run the PostgreSQL
tests; without them those tests are skipped.
MESSAGE
