"""Importing the analyst's own files: one transaction per file, a reason for every failure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Cancelled, InputFileError
from ..progress import Progress
from ..recognition import recognise_documents
from ..store import Store
from .formats import extract, format_of, read_bytes, unsupported_reason
from .records import display_name, file_hash, find_duplicate, store_imported, text_hash
from .walker import plan_import

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

    @property
    def name(self) -> str:
        return display_name(self.path)


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)  # non-importable files inside folders
    cancelled: bool = False
    mentions: int = 0  # entity mentions recognised in the new documents

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
    def new_document_ids(self) -> list[int]:
        return [r.document_id for r in self.imported if r.document_id is not None]

    def headline(self) -> str:
        parts = [
            f"{len(self.imported)} imported",
            f"{len(self.duplicates)} skipped as duplicates",
            f"{len(self.failed)} failed",
        ]
        if self.ignored:
            parts.append(f"{len(self.ignored)} other files ignored")
        text = ", ".join(parts)
        return (
            text + " (cancelled: the remaining files were not imported)" if self.cancelled else text
        )

    def summary(self) -> str:
        lines = [self.headline()]
        for result in self.results:
            if result.status == IMPORTED:
                pages = f", {result.pages} pages" if result.pages else ""
                lines.append(
                    f"{result.name}: imported as document {result.document_id} "
                    f"({result.format}, {result.characters} characters{pages})"
                )
            else:
                label = "skipped" if result.status == DUPLICATE else "FAILED"
                lines.append(f"{result.name}: {label}: {result.reason}")
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


def _duplicate_reason(found) -> str:
    source = f" imported from {found.file_name}" if found.file_name else ""
    return f"the same content is already stored as document {found.document_id}{source}"


def import_file(store: Store, path: Path, progress: Progress) -> FileResult:
    """Import one file in one transaction; raises only :class:`Cancelled`."""
    file_format = format_of(path)
    try:
        if file_format is None:
            raise InputFileError(path, unsupported_reason(path))
        data = read_bytes(path)
        digest = file_hash(data)
        found = find_duplicate(store.conn, digest)
        if found is None:
            extracted = extract(path, data, file_format, progress)
            found = find_duplicate(store.conn, digest, text_hash(extracted.text))
        if found is not None:
            return FileResult(
                path, DUPLICATE, _duplicate_reason(found), file_format, found.document_id
            )
        progress.check()
        # Document, pages, provenance and entity mentions commit together: a cancel or
        # failure at any point leaves nothing of this file in the store.
        with store.transaction():
            document_id = store_imported(store.conn, extracted, path, digest, len(data))
            progress.report(0, 1, "entities")
            recognise_documents(store, [document_id], progress)
    except InputFileError as error:
        return FileResult(path, FAILED, error.problem, file_format)
    except Cancelled:
        raise
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
    )


def import_paths(
    store: Store, paths: Sequence[Path | str], progress: Progress | None = None
) -> ImportReport:
    """Import files and folders (recursively); one bad file never stops the rest.

    Each file is imported in its own transaction together with its entity mentions,
    and the text is searchable once it is committed (the full-text index is kept by
    triggers). Cancelling stops between or inside a file; the file in progress is
    rolled back whole, files already imported stay, and the report says so.
    """
    progress = progress or Progress()
    plan = plan_import(paths)
    report = ImportReport(ignored=plan.ignored)
    total = len(plan.files)
    for index, path in enumerate(plan.files):
        name = display_name(path)
        try:
            progress.check()
            progress.report(index, total, name)
            result = import_file(store, path, _FileProgress(progress, index, total, name))
        except Cancelled:
            report.cancelled = True
            break
        report.results.append(result)
        if result.status == IMPORTED:
            report.mentions += store.conn.execute(
                "SELECT count(*) FROM mentions WHERE document_id = ?", (result.document_id,)
            ).fetchone()[0]
    progress.report(total if not report.cancelled else len(report.results), total, "")
    return report
