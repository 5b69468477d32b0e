"""``python -m onrecord``."""

from .cli import main

main()
