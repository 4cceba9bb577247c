"""Functions, notebooks and parameter files shared by the examples."""
