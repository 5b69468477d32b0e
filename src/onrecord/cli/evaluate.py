"""The ``onrecord eval`` group; each evaluation adds its subcommand from its own module."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from . import main


@main.group("eval")
def eval_group() -> None:
    """Measure quality against gold files (precision, recall, F1)."""


def eval_command(name: str) -> Callable[[Callable[..., Any]], click.Command]:
    """An ``eval NAME GOLD [--json]`` subcommand: the gold path and the JSON switch come with it."""

    def decorate(func: Callable[..., Any]) -> click.Command:
        func = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")(func)
        func = click.argument("gold", type=click.Path(exists=True))(func)
        return eval_group.command(name)(func)

    return decorate
