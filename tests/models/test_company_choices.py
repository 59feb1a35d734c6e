"""The company picker's model: new counts redraw in place, a new list replaces the old."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from workbench.core.charts import CompanyChoice
from workbench.models.company_choices import CompanyChoices


def test_new_counts_for_the_same_companies_keep_the_pickers_row(qtbot):
    model = CompanyChoices("All companies")
    picker = QComboBox()
    qtbot.addWidget(picker)
    picker.setModel(model)
    model.set_choices([CompanyChoice("台积电", "台积电", 3), CompanyChoice("三星", "三星", 2)])
    picker.setCurrentIndex(model.row_of("三星"))
    resets, redrawn = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: redrawn.append((first.row(), last.row())))

    model.set_choices([CompanyChoice("台积电", "台积电", 4), CompanyChoice("三星", "三星", 2)])
    assert resets == [] and redrawn == [(1, 2)]
    assert picker.currentText() == "三星 (2)"
    assert picker.itemText(1) == "台积电 (4)"

    model.set_choices([CompanyChoice("美光", "美光", 1)])
    assert resets == [True]
    assert [picker.itemText(i) for i in range(picker.count())] == ["All companies", "美光 (1)"]
    assert model.row_of("三星") == -1
