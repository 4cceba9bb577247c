#!/usr/bin/env bash
# Make sure a Chromium browser is there for the web UI's browser tests
# (tests/ui/), which drive it headless through Playwright. Playwright's own
# browser download is not used: the tests launch the system binary.
#
# Found (chromium or chromium-browser on PATH, or $RUNNABLE_TEST_CHROMIUM):
# nothing to do. Missing and root with apt-get: installs Debian's `chromium`
# package. Missing otherwise: says how to install it and exits 0; the browser
# tests are then skipped (pytest -ra lists why).
set -euo pipefail

have_chromium() {
    if [ -n "${RUNNABLE_TEST_CHROMIUM:-}" ] && [ -x "${RUNNABLE_TEST_CHROMIUM}" ]; then
        return 0
    fi
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}

if have_chromium; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "chromium.sh: installing a headless browser (Debian package 'chromium')"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
    have_chromium && exit 0
    echo "chromium.sh: the package installed but no chromium binary is on PATH" >&2
    exit 1
fi

cat >&2 <<'MESSAGE'
chromium.sh: no Chromium browser found, and this is not a root shell with
apt-get. Install one (apt-get install chromium, dnf install chromium, or set
RUNNABLE_TEST_CHROMIUM to a Chromium/Chrome binary) to run the web UI's
browser tests; without it those tests are skipped.
MESSAGE
