"""Item data roles shared by the models whose rows point into documents."""

from __future__ import annotations

from PySide6.QtCore import Qt

USER = Qt.ItemDataRole.UserRole
DOCUMENT_ID_ROLE = USER + 1  # int
SPAN_ROLE = USER + 2  # (start, end) in the document's canonical text, or None
SNIPPET_ROLE = USER + 3  # str: context shown under the title
SNIPPET_SPANS_ROLE = USER + 4  # tuple of (start, end) ranges to highlight inside the snippet
SORT_ROLE = USER + 5  # the raw value a column sorts by
ENTITY_TYPE_ROLE = USER + 6  # str: entity type code, e.g. "ORG"
