"""A shell command run as a tracked job; exported returns become the run's parameters.

Run it from the repository root:
    python -m examples.shell_job
"""

from runnable import ShellJob


def main() -> ShellJob:
    job = ShellJob(command='echo "counting"; export lines=$(printf "a\\nb\\n" | wc -l)', returns=["lines"])
    job.execute()
    return job


if __name__ == "__main__":
    main()
