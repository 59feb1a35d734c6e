"""Storing the analyst's own files: one short transaction per file, a reason for every failure.

This is the first step of an import; ``core.pipeline.import_paths`` then
recognises entities and fills the sheets from the new documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..documents import content_hash
from ..errors import Cancelled, InputFileError, WorkbenchError
from ..progress import PhaseProgress, Progress
from ..search_index import update_search_index
from ..staged_report import StagedReport
from ..store import Store
from ..store.near_duplicates import NearDuplicate, near_duplicate, update_signatures
from ..store.store import store_document
from ..wording import counted
from .formats import extract, format_of, read_bytes, unsupported_reason
from .records import display_name, file_hash, find_duplicate, new_document, record_import
from .walker import plan_import

if TYPE_CHECKING:
    pass

IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    path: Path
    status: str  # IMPORTED, DUPLICATE or FAILED
    reason: str = ""  # why it failed, or which stored document it duplicates
    format: str | None = None
    document_id: int | None = None  # the new document, or the one it duplicates
    pages: int = 0
    characters: int = 0
    # An imported document that is the same article as an earlier one: stored all
    # the same, and recorded as a near duplicate of it.
    near_duplicate: NearDuplicate | None = None
    # Something the analyst should know about how the file was read, e.g.
    # 'decoded as Big5; the evidence was thin'.
    note: str = ""

    @property
    def name(self) -> str:
        return display_name(self.path)

    def near_duplicate_notice(self) -> str:
        """'报告.pdf looks like the same article as document 3 «…» (94% alike)', or ''."""
        found = self.near_duplicate
        if found is None:
            return ""
        return (
            f"{self.name} looks like the same article as document {found.document_id} "
            f"«{found.title}» ({found.describe()}): its capacity rows are merged with "
            "that document's"
        )


@dataclass
class ImportReport(StagedReport):
    results: list[FileResult] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)  # non-importable files inside folders
    # Documents an earlier, interrupted run stored but left without entities or
    # sheet rows, finished by this import.
    resumed: list[int] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        """Entity mentions recognised in the new documents (and the resumed ones)."""
        return self.processed.mentions if self.processed else 0

    def _with(self, status: str) -> list[FileResult]:
        return [r for r in self.results if r.status == status]

    @property
    def imported(self) -> list[FileResult]:
        return self._with(IMPORTED)

    @property
    def duplicates(self) -> list[FileResult]:
        return self._with(DUPLICATE)

    @property
    def failed(self) -> list[FileResult]:
        return self._with(FAILED)

    @property
    def near_duplicates(self) -> list[FileResult]:
        """Imported files that are the same article as a document stored before."""
        return [r for r in self.imported if r.near_duplicate is not None]

    @property
    def new_document_ids(self) -> list[int]:
        return [r.document_id for r in self.imported if r.document_id is not None]

    def headline(self) -> str:
        alike = len(self.near_duplicates)
        parts = [
            f"{len(self.imported)} imported"
            + (f" ({alike} of them the same article as a stored document)" if alike else ""),
            f"{len(self.duplicates)} skipped as duplicates",
            f"{len(self.failed)} failed",
        ]
        if self.ignored:
            parts.append(f"{len(self.ignored)} other files ignored")
        text = ", ".join(parts)
        if self.storing_cancelled:
            return text + " (cancelled: the remaining files were not imported)"
        if self.processed and self.processed.cancelled:
            left = len(self.processed.pending)
            return text + (
                f" (cancelled: entities and sheets of {left} of them are left for later)"
            )
        return text

    def summary(self) -> str:
        lines = [self.headline()]
        for result in self.results:
            if result.status == IMPORTED:
                pages = f", {result.pages} pages" if result.pages else ""
                lines.append(
                    f"{result.name}: imported as document {result.document_id} "
                    f"({result.format}, {result.characters} characters{pages})"
                )
                if result.note:
                    lines.append(f"  {result.name}: {result.note}")
                if result.near_duplicate is not None:
                    lines.append(f"  {result.near_duplicate_notice()}")
            else:
                label = "skipped" if result.status == DUPLICATE else "FAILED"
                lines.append(f"{result.name}: {label}: {result.reason}")
        if self.resumed:
            lines.append(
                f"{counted(len(self.resumed), 'document')} that an earlier run left without "
                "entities and sheet rows now have them"
            )
        return "\n".join(lines)


class _FileProgress(Progress):
    """Forwards cancellation; shows work inside one file as that file's progress."""

    def __init__(self, outer: Progress, index: int, total: int, name: str):
        self.outer, self.index, self.total, self.name = outer, index, total, name

    def report(self, done: int, total: int, message: str = "") -> None:
        self.outer.report(
            self.index, self.total, f"{self.name}: {message}" if message else self.name
        )

    def cancelled(self) -> bool:
        return self.outer.cancelled()

    def translate(self, context: str, source: str) -> str:
        return self.outer.translate(context, source)


def _duplicate_reason(found) -> str:
    source = f" imported from {found.file_name}" if found.file_name else ""
    return f"the same content is already stored as document {found.document_id}{source}"


def store_file(store: Store, path: Path, progress: Progress) -> FileResult:
    """Store one file's document in one short transaction; raises only :class:`Cancelled`.

    The file is read and its text extracted with no transaction open; then the
    document, its pages and its provenance commit together, so a cancel or a
    failure leaves nothing of the file in the store.
    """
    file_format = format_of(path)
    try:
        if file_format is None:
            raise InputFileError(path, unsupported_reason(path))
        data = read_bytes(path, file_format=file_format)
        digest = file_hash(data)
        found = find_duplicate(store.conn, digest)
        if found is None:
            extracted = extract(path, data, file_format, progress)
            found = find_duplicate(store.conn, digest, content_hash(extracted.text))
        if found is not None:
            return FileResult(
                path, DUPLICATE, _duplicate_reason(found), file_format, found.document_id
            )
        progress.check()
        with store.transaction():
            document_id, created = store_document(store.conn, new_document(extracted))
            if created:
                record_import(store.conn, document_id, extracted, path, digest, len(data))
        if not created:  # stored by another writer since the lookup above
            found = find_duplicate(store.conn, digest, content_hash(extracted.text))
            return FileResult(
                path, DUPLICATE, _duplicate_reason(found), file_format, found.document_id
            )
    except InputFileError as error:
        return FileResult(path, FAILED, error.problem, file_format)
    except Cancelled:
        raise
    except WorkbenchError as error:  # the store refused (a full disk): said as it is
        return FileResult(path, FAILED, str(error), file_format)
    except Exception as error:  # one bad file never stops the rest
        problem = f"unexpected error while importing ({type(error).__name__}: {error})"
        return FileResult(path, FAILED, problem, file_format)
    return FileResult(
        path,
        IMPORTED,
        "",
        file_format,
        document_id,
        pages=len(extracted.pages),
        characters=len(extracted.text),
        near_duplicate=near_duplicate(store.conn, document_id),
        note=extracted.note,
    )


def store_files(
    store: Store, paths: Sequence[Path | str], progress: Progress | None = None
) -> ImportReport:
    """Store files and folders (recursively); one bad file never stops the rest.

    Cancelling stops between or inside a file; the file in progress is not
    stored, files already stored stay, and the report says so.
    """
    store.require_writable()  # refused whole, before any file is read
    progress = progress or Progress()
    plan = plan_import(paths)
    report = ImportReport(ignored=plan.ignored)
    report.results += [FileResult(path, FAILED, why) for path, why in plan.unreadable]
    total = len(plan.files)
    try:
        # Documents stored before signatures existed get theirs first, so that each
        # file's check is quick; the bar stays at the start meanwhile.
        if plan.files:
            update_signatures(store, PhaseProgress(progress, 0.0, 0.0))
            update_search_index(store, PhaseProgress(progress, 0.0, 0.0))
    except Cancelled:
        report.storing_cancelled = True
        return report
    for index, path in enumerate(plan.files):
        name = display_name(path)
        try:
            progress.check()
            progress.report(index, total, name)
            result = store_file(store, path, _FileProgress(progress, index, total, name))
        except Cancelled:
            report.storing_cancelled = True
            break
        report.results.append(result)
    progress.report(total if not report.cancelled else len(report.results), total, "")
    return report
