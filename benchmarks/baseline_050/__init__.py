"""runnable 0.50.0 as a baseline: its own virtualenv (runner.py) and the scenario it runs there (scenario.py).

Nothing is imported here: runnable 0.50 imports ``benchmarks.baseline_050.scenario``
from its own interpreter, where our ``runnable`` must not be reachable.
"""
