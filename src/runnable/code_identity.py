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
    # The three questions are asked at once: each git process costs a fork and git's start-up,
    # which is most of a one-step run's code identity.
    try:
        asked = [
            _start_git(folder, "rev-parse", "HEAD"),
            # Tracked files changed since the commit, staged or not (untracked files do not change the code).
            _start_git(folder, "diff", "--name-only", "HEAD"),
            _start_git(folder, "config", "--get", "remote.origin.url"),
        ]
    except FileNotFoundError:
        return _unknown("git is not installed, so the code version was not recorded")
    answers = [_answer(process) for process in asked]
    (commit_code, commit, commit_error), (diff_code, diff, diff_error), (remote_code, remote_url, _) = answers
    if commit_code != 0:
        reason = commit_error.strip().splitlines()
        return _unknown(
            "the code version was not recorded: " + (reason[0] if reason else "not a git repository")
        )
    if diff_code != 0:
        raise subprocess.CalledProcessError(diff_code, asked[1].args, diff, diff_error)
    changed = diff.splitlines()
    # A repository without an 'origin' remote answers with a non-zero status.
    remote = (_mask_credentials(remote_url) or None) if remote_code == 0 else None

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


def _start_git(folder: str | Path, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["git", *arguments], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _answer(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """The exit status, output (stripped) and error output of a git process."""
    try:
        output, error = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    return process.returncode, output.strip(), error


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
