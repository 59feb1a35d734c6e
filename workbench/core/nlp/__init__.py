"""Chinese entity recognition: segmentation, domain dictionaries and number rules.

The recogniser itself is imported on first use: compiling its rules takes tens of
milliseconds that start-up (which only asks for the version) should not pay.
"""

from .mention import Mention
from .version import recognizer_version

RECOGNIZER_VERSION = recognizer_version()

__all__ = [
    "RECOGNIZER_VERSION",
    "Mention",
    "Recognizer",
    "default_recognizer",
]


def __getattr__(name: str):
    if name in ("Recognizer", "default_recognizer"):
        from . import recognizer

        return getattr(recognizer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
