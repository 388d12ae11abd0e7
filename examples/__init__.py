"""Runnable examples of embedding esc-graph (``python -m examples.<name>`` from the repository root)."""
