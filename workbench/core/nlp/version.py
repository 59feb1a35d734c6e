"""The recogniser's version: its engine revision plus a digest of the dictionaries.

Kept apart from the recogniser so that checking which stored documents need
recognising (done at start-up, on the UI thread) does not compile the rules.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import dictionaries_digest

# Raise when a rule change alters output: stored mentions are then redone.
ENGINE_VERSION = "6"


@lru_cache(maxsize=1)
def recognizer_version() -> str:
    return f"{ENGINE_VERSION}-{dictionaries_digest()}"
