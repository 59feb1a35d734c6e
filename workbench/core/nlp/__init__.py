"""Chinese entity recognition: segmentation, domain dictionaries and number rules."""

from .mention import ENTITY_TYPES, NUMERIC_TYPES, Mention
from .recognizer import RECOGNIZER_VERSION, Recognizer, default_recognizer

__all__ = [
    "ENTITY_TYPES",
    "NUMERIC_TYPES",
    "RECOGNIZER_VERSION",
    "Mention",
    "Recognizer",
    "default_recognizer",
]
