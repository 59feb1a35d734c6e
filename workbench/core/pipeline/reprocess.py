"""Recognising and extracting chosen documents again, for the window's worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..progress import Progress
from ..store import Store
from .process import ProcessReport, recognise_again


def reprocess_at(db_path: Path, document_ids: Sequence[int], progress: Progress) -> ProcessReport:
    """Recognise entities in ``document_ids`` anew and fill their sheet rows again.

    The analyst's verdicts (rejected mentions, edited and reviewed rows) stand, as
    on any extraction.  A cancel keeps the documents finished; the others keep
    what they had.
    """
    with Store(db_path) as store:
        return recognise_again(store, document_ids, progress)
