"""Errors onrecord raises, and the per-item failure record that lets a batch go on."""

from __future__ import annotations

from dataclasses import dataclass


class OnrecordError(Exception):
    """Base class of every error onrecord raises on purpose."""


class InputError(OnrecordError):
    """One input item cannot be read (binary, empty, broken, wrong encoding …)."""


class ModelNotAvailable(OnrecordError):
    """An optional model is not installed; the message says how to install it."""


@dataclass(frozen=True)
class ItemFailure:
    """An input item that failed, and why; reported while the rest of the batch goes on."""

    ref: str
    reason: str
