"""The ``onrecord eval`` group; each evaluation adds its subcommand from its own module."""

from __future__ import annotations

from . import main


@main.group("eval")
def eval_group() -> None:
    """Measure quality against gold files (precision, recall, F1)."""
