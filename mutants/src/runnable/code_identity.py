"""Which code a run ran: the git commit, whether the tree was dirty, and the remote.

Computed once per run (git is slow next to a no-op step) and attached to
every attempt.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from runnable import defaults
from runnable.models import CodeIdentity

# Files listed in the message of a dirty identity; the rest are counted.
_LISTED_CHANGES = 10
_CREDENTIALS_IN_URL = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<userinfo>[^@/]+)@")


def git_code_identity(folder: str | Path = ".") -> CodeIdentity:
    """The identity of the git work tree holding ``folder``; without git, an identity that says why."""
    try:
        commit = _git(folder, "rev-parse", "HEAD")
    except FileNotFoundError:
        return _unknown("git is not installed, so the code version was not recorded")
    except subprocess.CalledProcessError as exc:
        reason = (exc.stderr or "").strip().splitlines()
        return _unknown(
            "the code version was not recorded: " + (reason[0] if reason else "not a git repository")
        )

    # Tracked files that differ from the commit, staged or not; untracked files do not change the code.
    changed = _git(folder, "diff", "--name-only", "HEAD").splitlines()
    try:
        remote = _mask_credentials(_git(folder, "config", "--get", "remote.origin.url")) or None
    except subprocess.CalledProcessError:
        remote = None  # A repository without an 'origin' remote.

    message = ""
    if changed:
        listed = ", ".join(changed[:_LISTED_CHANGES])
        more = f" and {len(changed) - _LISTED_CHANGES} more" if len(changed) > _LISTED_CHANGES else ""
        message = f"changes found in {listed}{more}"
    return CodeIdentity(
        code_identifier=commit,
        code_identifier_type="git",
        code_identifier_dependable=not changed,
        code_identifier_url=remote,
        code_identifier_message=message,
    )


def _git(folder: str | Path, *arguments: str) -> str:
    completed = subprocess.run(
        ["git", *arguments],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return completed.stdout.strip()


def _unknown(message: str) -> CodeIdentity:
    return CodeIdentity(
        code_identifier=None,
        code_identifier_type="git",
        code_identifier_dependable=False,
        code_identifier_url=None,
        code_identifier_message=message,
    )


def _mask_credentials(url: str) -> str:
    # A remote like https://user:token@host/repo, or https://token@host/repo, carries a credential:
    # all of the user part is masked, not only a password after ':'.
    return _CREDENTIALS_IN_URL.sub(lambda m: f"{m['scheme']}{defaults.MASK}@", url)
