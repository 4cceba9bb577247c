"""Secrets: a step sees them as environment variables only while it runs.

The value never reaches the run log or the step's execution log (it is masked there).
With the default env-secrets manager, the secret comes from this process's environment:
    API_TOKEN=s3cr3t python -m examples.using_secrets
or, from a .env file, with a configuration file naming the dotenv manager:
    secrets:
      type: dotenv
      config:
        location: .env
"""

from examples.common.functions import use_secret
from runnable import Pipeline, PythonTask, ShellTask


def main() -> Pipeline:
    python_step = PythonTask(function=use_secret, name="use secret", secrets=["API_TOKEN"])
    shell_step = ShellTask(command='echo "token is $API_TOKEN"', name="shell secret", secrets=["API_TOKEN"])

    pipeline = Pipeline(steps=[python_step, shell_step])
    pipeline.execute()
    return pipeline


if __name__ == "__main__":
    main()
