#!/usr/bin/env bash
# Make sure the MariaDB server binaries (mariadbd, mariadb-install-db) are there for the
# database store's MySQL/MariaDB tests, which start a throwaway server of their own
# (tests/servers/mariadb.py). Nothing is started here, and no system service is enabled.
#
# Found on PATH or under /usr/sbin: nothing to do.
# Missing and root with apt-get: installs Debian's `mariadb-server` package (its service is not
# started: policy-rc.d refuses it for the install).
# Missing otherwise: says how to install them and exits 0; the MariaDB tests are then skipped
# (pytest -ra lists why).
set -euo pipefail

have() {
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]
}

if have mariadbd && have mariadb-install-db; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "mariadb.sh: installing the MariaDB server (Debian package 'mariadb-server')"
    export DEBIAN_FRONTEND=noninteractive
    # Keep the package from starting (and enabling) the system service: tests run their own server.
    policy=/usr/sbin/policy-rc.d
    created_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' > "$policy"
        chmod +x "$policy"
        created_policy=1
    fi
    trap 'if [ "$created_policy" -eq 1 ]; then rm -f "$policy"; fi' EXIT
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends mariadb-server >/dev/null
    have mariadbd && have mariadb-install-db && exit 0
    echo "mariadb.sh: the package installed but mariadbd/mariadb-install-db are still missing" >&2
    exit 1
fi

cat >&2 <<'MESSAGE'
mariadb.sh: MariaDB server binaries (mariadbd, mariadb-install-db) not found, and this
is not a root shell with apt-get. Install them (apt-get install mariadb-server,
dnf install mariadb-server, brew install mariadb) to run the MySQL/MariaDB tests;
without them those tests are skipped.
MESSAGE
