"""The workbench's own translation files installed for a test, as the window installs them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def shipped_translation(app, language: str) -> Iterator[None]:
    """``language``'s translators installed on ``app`` meanwhile; the test is skipped
    when the files are not built (resources/translations/*.qm)."""
    from workbench.models.language import install_translators, remove_translators, translations_dir

    if not (translations_dir() / f"workbench_{language}.qm").exists():
        pytest.skip("the interface translations are not built (resources/translations/*.qm)")
    installed = install_translators(app, language)
    try:
        yield
    finally:
        remove_translators(app, installed)
