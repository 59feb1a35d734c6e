"""Running entity recognition over stored documents and keeping the mentions."""

from __future__ import annotations

from collections.abc import Sequence

from .progress import Progress
from .store import Store
from .store.mentions import documents_needing_recognition, replace_mentions


def recognizer_version() -> str:
    from .nlp import RECOGNIZER_VERSION

    return RECOGNIZER_VERSION


def recognise_documents(
    store: Store, document_ids: Sequence[int], progress: Progress | None = None
) -> int:
    """Recognise entities in ``document_ids`` and store them; returns the mention count.

    Each document is written in its own transaction, so cancelling keeps the
    documents already done and never leaves one half-written.
    """
    from .nlp import default_recognizer

    progress = progress or Progress()
    recognizer = default_recognizer()
    version = recognizer_version()
    total = 0
    for index, document_id in enumerate(document_ids):
        progress.check()
        progress.report(index, len(document_ids), f"entities in document {document_id}")
        text = store.document_text(document_id)
        mentions = recognizer.recognise(text)
        with store.transaction():
            total += replace_mentions(store.conn, document_id, mentions, version)
    progress.report(len(document_ids), len(document_ids), "")
    return total


def recognise_pending(store: Store, progress: Progress | None = None) -> int:
    """Recognise every document not yet done by the current recogniser version."""
    pending = documents_needing_recognition(store.conn, recognizer_version())
    return recognise_documents(store, pending, progress)
