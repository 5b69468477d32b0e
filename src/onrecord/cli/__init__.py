"""The ``onrecord`` command line: a thin layer over :mod:`onrecord.api` and the store.

Each module of this package adds its commands to :data:`main`; exit codes are 0 when all
went well, 1 when some items failed (each listed), 2 on a usage error.
"""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onrecord")
def main() -> None:
    """onrecord: who said what, to whom, when and where — from news articles."""


def _register() -> None:
    """Import every module of this package: each adds its commands to ``main``."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


_register()
