"""Storing corpus files: parse each, then write it in one short transaction.

This is the first step of an ingest; ``core.pipeline.ingest_files`` then
recognises entities and fills the sheets from the stored documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import parse_file
from .errors import Cancelled, WorkbenchError
from .paths import bundled_seed_files
from .progress import PhaseProgress, Progress
from .search_index import merge_after_growth, update_search_index
from .staged_report import StagedReport
from .store import Store
from .store.near_duplicates import NearDuplicate, update_signatures
from .wording import counted

if TYPE_CHECKING:
    pass


@dataclass
class FileOutcome:
    path: Path
    documents_new: int = 0
    documents_existing: int = 0
    occurrences_new: int = 0
    error: str | None = None
    # (new document id, its title, the earlier document it is the same article as)
    near_duplicates: list[tuple[int, str, NearDuplicate]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class IngestReport(StagedReport):
    files: list[FileOutcome] = field(default_factory=list)
    new_document_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if not f.ok]

    @property
    def documents_new(self) -> int:
        return sum(f.documents_new for f in self.files)

    def summary(self) -> str:
        lines = []
        for outcome in self.files:
            if outcome.ok:
                lines.append(
                    f"{outcome.path.name}: {counted(outcome.documents_new, 'new document')}, "
                    f"{outcome.documents_existing} already stored"
                )
                lines.extend(
                    f"  document {document_id} «{title}» looks like the same article as "
                    f"document {found.document_id} «{found.title}» ({found.describe()}): "
                    "its capacity rows are merged with that document's"
                    for document_id, title, found in outcome.near_duplicates
                )
            else:
                lines.append(f"{outcome.path.name}: FAILED: {outcome.error}")
        if self.processed is not None and self.processed.documents:
            lines.append(self.processed.summary())
        return "\n".join(lines)


def store_corpus_files(
    store: Store, paths: Sequence[Path | str] | None = None, progress: Progress | None = None
) -> IngestReport:
    """Store the documents of ``paths`` (the bundled seeds when None), one transaction a file.

    One bad file never stops the rest; a file that fails to parse or store
    leaves the store exactly as it was.  A cancel stops between files.
    """
    store.require_importing()  # refused whole, before any file is read
    progress = progress or Progress()
    files = [Path(p) for p in paths] if paths else bundled_seed_files()
    report = IngestReport()
    try:
        # Documents stored before signatures existed get theirs first (see importing.run).
        update_signatures(store, PhaseProgress(progress, 0.0, 0.0))
        indexed = update_search_index(store, PhaseProgress(progress, 0.0, 0.0))
    except Cancelled:
        report.storing_cancelled = True
        return report
    for index, path in enumerate(files):
        try:
            progress.check()
        except Cancelled:
            report.storing_cancelled = True
            break
        progress.report(index, len(files), path.name)
        outcome = FileOutcome(path)
        try:
            parsed = parse_file(path)
            stored = store.store_parsed_file(parsed)
        except WorkbenchError as error:
            outcome.error = error.problem if hasattr(error, "problem") else str(error)
        else:
            outcome.documents_new = stored.documents_new
            outcome.documents_existing = stored.documents_existing
            outcome.occurrences_new = stored.occurrences_new
            outcome.near_duplicates = stored.near_duplicates
            report.new_document_ids.extend(stored.new_document_ids)
        report.files.append(outcome)
    progress.report(len(files), len(files), "")
    if not report.storing_cancelled:  # the bar stays at the end meanwhile
        added = indexed + len(report.new_document_ids)
        merge_after_growth(store, added, PhaseProgress(progress, 1.0, 1.0))
    return report
