"""Work moved between stores through the files the exports write.

An analyst exports a sheet or the annotations on one side (a store file or a
team store) and imports the file on the other: ``import_work(store, path)``.
Each table of the file (a CSV file, or each worksheet of a workbook) is
recognised by its headers, in English keys or in any interface language, as a
sheet (``.sheets``) or as annotations (``.annotations``).  Its rows find their
documents by the document key the exports write (the text's SHA-256), the same
document in any store; an older export without it by its document id, checked
against the title.

The whole file is read and checked first; then what it adds or changes is one
operation: one transaction, one undo step, one broadcast.  A row that cannot be
placed (its document is not in this store, its quote no longer there, a value
the sheet refuses) is left out and reported with its row number; what is
already there is counted, not added twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputFileError
from ..operations import Operation, Outcome, combined, unchanged
from ..progress import PROGRESS_CONTEXT, Progress
from ..store import Store
from ..table_file import ReadTable, read_tables
from ..translatable import QT_TRANSLATE_NOOP, Translate, Wording, in_language, untranslated
from .documents import DocumentFinder

SAVING = QT_TRANSLATE_NOOP("Progress", "Saving {rows} rows…")
MAX_PROBLEMS_LISTED = 20  # rows left out, named one by one in a report; the rest counted


@dataclass
class TablePlan:
    """What one table of the file brings: the operations that apply it, and counts."""

    table: str  # the table's name in the file (a worksheet's title, a CSV file's stem)
    kind: str  # "annotations" or a sheet's code
    operations: list[Operation] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    already: int = 0  # rows the store holds as they are
    left_out: list[tuple[int, Wording | str]] = field(default_factory=list)  # (row number, why)


@dataclass(frozen=True)
class WorkImport:
    """The report of an import: per table, what it added, changed, had, left out."""

    file: str
    plans: tuple[TablePlan, ...]

    @property
    def added(self) -> int:
        return sum(p.added for p in self.plans)

    @property
    def updated(self) -> int:
        return sum(p.updated for p in self.plans)

    @property
    def already(self) -> int:
        return sum(p.already for p in self.plans)

    @property
    def left_out(self) -> list[tuple[str, int, Wording | str]]:
        return [(p.table, number, why) for p in self.plans for number, why in p.left_out]

    def summary(self, translate: Translate = untranslated) -> str:
        """One line: rows added, changed, already there, left out."""

        return translate(
            "WorkImport",
            "{added} added, {updated} updated, {already} already here, {left} left out",
        ).format(
            added=f"{self.added:,}",
            updated=f"{self.updated:,}",
            already=f"{self.already:,}",
            left=f"{len(self.left_out):,}",
        )

    def left_out_lines(self, translate: Translate = untranslated) -> list[str]:
        """The rows left out, one line each (the first :data:`MAX_PROBLEMS_LISTED`)."""
        listed = [
            translate("WorkImport", "{table}, row {row}: {why}").format(
                table=table,
                row=number,
                why=in_language(why, translate),
            )
            for table, number, why in self.left_out[:MAX_PROBLEMS_LISTED]
        ]
        more = len(self.left_out) - len(listed)
        if more > 0:
            listed.append(translate("WorkImport", "and {n} more rows").format(n=f"{more:,}"))
        return listed


def plan_tables(
    store: Store,
    path: Path,
    tables: Sequence[ReadTable],
    translations: Sequence[Translate] = (untranslated,),
    progress: Progress | None = None,
) -> list[TablePlan]:
    """A plan for every table recognised; a file none of whose tables is an export of
    sheets or annotations is an :class:`InputFileError`."""
    # by their functions: here ``annotations`` is the name ``__future__`` gives
    from .annotations import plan_table as plan_annotations
    from .sheets import plan_table as plan_sheets

    progress = progress or Progress()
    finder = DocumentFinder(store.conn, progress)
    plans = []
    for table in tables:
        progress.check()
        finder.start_table(table.name, len(table.rows))
        for plan_table in (plan_sheets, plan_annotations):
            plan = plan_table(store.conn, table, finder, translations)
            if plan is not None:
                plans.append(plan)
                break
    if not plans:
        raise InputFileError(
            path,
            QT_TRANSLATE_NOOP(
                "InputFile",
                "no sheet or annotations export in it "
                "({tables}: their headers are not an export's)",
            ),
            tables=", ".join(f"“{t.name}”" for t in tables),
        )
    return plans


def import_operation(report: WorkImport, label: str) -> Operation:
    """The plans of ``report`` applied as one operation; its outcome's value is ``report``."""
    operations = [op for plan in report.plans for op in plan.operations]

    def run(store: Store) -> Outcome:
        if not operations:
            return unchanged(label, report)
        outcome = combined(label, operations)(store)
        return Outcome(outcome.label, outcome.changes, outcome.inverse, report)

    return run


def read_work(
    store: Store,
    path: Path | str,
    translations: Sequence[Translate] = (untranslated,),
    progress: Progress | None = None,
) -> WorkImport:
    """Read and check ``path`` against ``store``: what importing it would do."""
    path = Path(path)
    plans = plan_tables(store, path, read_tables(path), translations, progress)
    return WorkImport(path.name, tuple(plans))


def import_work_at(
    location,
    path: Path | str,
    translations: Sequence[Translate],
    label: str,
    progress: Progress,
) -> Outcome:
    """:func:`import_work` on a connection of its own to the store at ``location`` (a
    worker's): the window then adopts the committed outcome, its undo step and its
    changes (``OperationRunner.adopt``)."""
    with Store(location) as store:
        store.require_writable()
        return import_work(store, path, translations, label, progress)


def import_work(
    store: Store,
    path: Path | str,
    translations: Sequence[Translate] = (untranslated,),
    label: str | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Read ``path`` and apply it to ``store`` as one operation (nothing if the file is bad).

    Cancel is heeded while the file is read; once its rows are being written the
    transaction runs to its end (a few seconds for tens of thousands of rows).
    """
    progress = progress or Progress()
    report = read_work(store, path, translations, progress)
    progress.check()
    rows = f"{report.added + report.updated:,}"
    progress.report(0, 0, progress.translate(PROGRESS_CONTEXT, SAVING).format(rows=rows))
    return import_operation(report, label or f"Import {report.file}")(store)
