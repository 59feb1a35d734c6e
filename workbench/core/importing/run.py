"""Storing the analyst's own files: one short transaction per file, a reason for every failure.

This is the first step of an import; ``core.pipeline.import_paths`` then
recognises entities and fills the sheets from the new documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..documents import content_hash
from ..errors import Cancelled, InputFileError, WorkbenchError
from ..progress import PhaseProgress, Progress
from ..search_index import merge_after_growth, update_search_index
from ..store import Store
from ..store.near_duplicates import near_duplicate, update_signatures
from ..store.store import store_document
from ..translatable import QT_TRANSLATE_NOOP, Wording
from .formats import extract, format_of, read_bytes, unsupported_reason
from .records import display_name, file_hash, find_duplicate, new_document, record_import
from .report import DUPLICATE, FAILED, IMPORTED, FileResult, ImportReport
from .walker import plan_import


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


def _duplicate_reason(found) -> Wording:
    if found.file_name:
        return Wording(
            "ImportReport",
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "the same content is already stored as document {id} imported from {file}",
            ),
            {"id": found.document_id, "file": found.file_name},
        )
    return Wording(
        "ImportReport",
        QT_TRANSLATE_NOOP("ImportReport", "the same content is already stored as document {id}"),
        {"id": found.document_id},
    )


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
        return FileResult(path, FAILED, error.worded_problem, file_format)
    except Cancelled:
        raise
    except WorkbenchError as error:  # the store refused (a full disk): said as it is
        return FileResult(path, FAILED, error.wording or str(error), file_format)
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
    store.require_importing()  # refused whole, before any file is read
    progress = progress or Progress()
    plan = plan_import(paths)
    report = ImportReport(ignored=plan.ignored)
    report.results += [FileResult(path, FAILED, why) for path, why in plan.unreadable]
    total = len(plan.files)
    indexed = 0
    try:
        # Documents stored before signatures existed get theirs first, so that each
        # file's check is quick; the bar stays at the start meanwhile.
        if plan.files:
            update_signatures(store, PhaseProgress(progress, 0.0, 0.0))
            indexed = update_search_index(store, PhaseProgress(progress, 0.0, 0.0))
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
    if not report.storing_cancelled:  # the bar stays at the end meanwhile
        added = indexed + len(report.new_document_ids)
        merge_after_growth(store, added, PhaseProgress(progress, 1.0, 1.0))
    return report
