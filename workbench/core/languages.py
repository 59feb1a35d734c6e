"""The interface languages and which one a locale name asks for.

One definition for the window (``models/language.py``, which asks Qt for the
system locale) and the command line (``cli_translation.py``, which reads the
environment so that an English export never loads Qt).
"""

from __future__ import annotations

SIMPLIFIED, TRADITIONAL, ENGLISH = "zh_CN", "zh_TW", "en"
LANGUAGE_CODES = (SIMPLIFIED, TRADITIONAL, ENGLISH)
# Overrides the analyst's choice and the system locale (tests, screenshots, scripts).
LANGUAGE_ENV = "WORKBENCH_LANGUAGE"

_TRADITIONAL_REGIONS = ("TW", "HK", "MO")


def language_for_locale(name: str) -> str:
    """``zh_TW``/``zh_HK``/``zh_MO`` → Traditional, any other Chinese → Simplified, else English.

    ``name`` is a locale name as Qt or POSIX writes it (``zh_TW``, ``zh-Hant-HK``,
    ``zh_CN.UTF-8``, ``zh_TW@euro``); a Chinese locale written with its script
    (``zh_Hant``) follows it.
    """
    parts = name.replace("-", "_").split(".")[0].split("@")[0].split("_")
    if not parts or parts[0].lower() != "zh":
        return ENGLISH
    rest = [part.upper() for part in parts[1:]]
    if "HANT" in rest or any(region in rest for region in _TRADITIONAL_REGIONS):
        return TRADITIONAL
    return SIMPLIFIED
