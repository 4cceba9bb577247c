"""Fixtures shared by the whole suite. Backend-specific fixtures live beside their tests."""
