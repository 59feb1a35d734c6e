"""What an import did with each file, named apart from the import itself so the
window can show a report without loading the file parsers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..staged_report import StagedReport
from ..store.near_duplicates import NearDuplicate
from ..translatable import Translate, Wording, untranslated
from ..wording import counted
from .records import display_name

IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    path: Path
    status: str  # IMPORTED, DUPLICATE or FAILED
    # Why it failed, or which stored document it duplicates: worded for the analyst's
    # language where the core words it (``str()`` is the English).
    reason: Wording | str = ""
    format: str | None = None
    document_id: int | None = None  # the new document, or the one it duplicates
    pages: int = 0
    characters: int = 0
    # An imported document that is the same article as an earlier one: stored all
    # the same, and recorded as a near duplicate of it.
    near_duplicate: NearDuplicate | None = None
    # Something the analyst should know about how the file was read, e.g.
    # 'decoded as Big5; the evidence was thin'.
    note: Wording | str = ""

    @property
    def name(self) -> str:
        return display_name(self.path)

    def near_duplicate_notice(self, translate: Translate = untranslated) -> str:
        """'报告.pdf looks like the same article as document 3 «…» (94% alike)', or ''."""
        found = self.near_duplicate
        if found is None:
            return ""
        return translate(
            "ImportReport",
            "{file} looks like the same article as document {id} «{title}» ({how}): "
            "its capacity rows are merged with that document's",
        ).format(
            file=self.name,
            id=found.document_id,
            title=found.title,
            how=found.describe(translate),
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

    def headline(self, translate: Translate = untranslated) -> str:
        """'3 imported, 1 skipped as duplicates, 0 failed' in the language of ``translate``."""
        alike = len(self.near_duplicates)
        if alike:
            imported = translate(
                "ImportReport",
                "{n} imported ({alike} of them the same article as a stored document)",
            ).format(n=len(self.imported), alike=alike)
        else:
            imported = translate("ImportReport", "{n} imported").format(n=len(self.imported))
        parts = [
            imported,
            translate("ImportReport", "{n} skipped as duplicates").format(n=len(self.duplicates)),
            translate("ImportReport", "{n} failed").format(n=len(self.failed)),
        ]
        if self.ignored:
            parts.append(
                translate("ImportReport", "{n} other files ignored").format(n=len(self.ignored))
            )
        text = translate("ImportReport", ", ").join(parts)
        if self.storing_cancelled:
            return text + translate(
                "ImportReport", " (cancelled: the remaining files were not imported)"
            )
        if self.processed and self.processed.cancelled:
            left = len(self.processed.pending)
            return text + translate(
                "ImportReport",
                " (cancelled: entities and sheets of {n} of them are left for later)",
            ).format(n=left)
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
