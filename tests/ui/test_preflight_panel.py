"""The preflight panel: findings listed off the window's thread, filtered, kept up to date."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from exhibit.core.fields import Owner
from exhibit.export.preflight import Finding, Severity
from exhibit.ui import settings as S
from exhibit.ui.models.preflight_model import (
    Column,
    FindingRole,
    PreflightModel,
    SeverityFilterProxy,
)

FINDINGS = (
    Finding(
        Severity.WARNING,
        "missing_translation",
        "No. 3: title has no zh-Hans translation",
        3,
        "title",
        "zh-Hans",
    ),
    Finding(Severity.ERROR, "missing_original", "No. 1: the file is missing.", 1),
    Finding(Severity.INFO, "outdated_translation", "No. 2: outdated", 2, "caption", "zh-Hans"),
    Finding(Severity.WARNING, "low_resolution", "No. 2: 200 ppi", 2),
)


def _rows(model) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_model_columns_and_summary(qapp) -> None:
    model = PreflightModel()
    assert model.summary() == "No problems found"
    model.set_findings(FINDINGS)
    summary = model.summary()  # English plurals come from exhibit_en.qm, not installed here
    assert summary.startswith("1 error") and "2 warning" in summary and "1 note" in summary
    first = _rows(model)[0]
    assert first[Column.PROBLEM] == "Translation missing"
    assert first[Column.WORK : Column.DETAILS] == ("3", "Title", "中文")
    assert model.index(0, Column.DETAILS).data() == FINDINGS[0].message
    assert model.index(1, 0).data(FindingRole.FINDING) is FINDINGS[1]
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_proxy_filters_by_severity_and_sorts_errors_first(qapp) -> None:
    model = PreflightModel()
    model.set_findings(FINDINGS)
    proxy = SeverityFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.PROBLEM)
    codes = [proxy.index(r, 0).data(FindingRole.FINDING).code for r in range(proxy.rowCount())]
    assert codes == [
        "missing_original",
        "missing_translation",
        "low_resolution",
        "outdated_translation",
    ]
    proxy.set_severity(Severity.WARNING)
    assert proxy.rowCount() == 2
    proxy.set_severity(None)
    assert proxy.rowCount() == 4


def _open_panel(qtbot, window):
    panel = window.preflight
    with qtbot.waitSignal(panel.updated, timeout=30_000):
        window.preflight_action.trigger()
    assert window.preflight_dock.isVisible()
    return panel


def _findings(panel) -> list[Finding]:
    return panel.model.findings()


def test_panel_lists_missing_translation_and_original(qtbot, window, catalogue) -> None:
    panel = _open_panel(qtbot, window)
    third = catalogue.works()[2]  # every third work lacks its Chinese title
    found = {(f.code, f.work, f.field, f.language) for f in _findings(panel)}
    assert ("missing_translation", third.number, "title", "zh-Hans") in found
    assert ("missing_original", 1, None, None) in found  # the fixture's originals do not exist
    assert "6 error" in panel.summary.text()
    panel.severity.setCurrentIndex(panel.severity.findData("warning"))
    shown = [
        panel.proxy.index(r, 0).data(FindingRole.FINDING) for r in range(panel.proxy.rowCount())
    ]
    assert shown and all(f.severity is Severity.WARNING for f in shown)
    assert "shown" in panel.summary.text()


def test_double_click_selects_the_work_and_its_field(qtbot, window, catalogue) -> None:
    panel = _open_panel(qtbot, window)
    third = catalogue.works()[2]
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data(FindingRole.FINDING).code == "missing_translation"
        and panel.proxy.index(r, 0).data(FindingRole.FINDING).work == third.number
    )
    window.select_ids([catalogue.works()[0].id])
    panel.view.scrollTo(panel.proxy.index(row, 0))
    rect = panel.view.visualRect(panel.proxy.index(row, Column.DETAILS))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_ids() == [third.id]
    editor = window.inspector.captions.cells[("title", "zh-Hans")].editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)


def test_enter_on_a_finding_selects_its_work(qtbot, window, catalogue) -> None:
    panel = _open_panel(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    finding = panel.proxy.index(0, 0).data(FindingRole.FINDING)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    number = window.selected_works()[0].number
    assert number == finding.work


def test_a_fixed_finding_disappears_after_the_edit(qtbot, window, catalogue) -> None:
    panel = _open_panel(qtbot, window)
    third = catalogue.works()[2]
    key = ("missing_translation", third.number, "title", "zh-Hans")

    def listed() -> bool:
        return key in {(f.code, f.work, f.field, f.language) for f in _findings(panel)}

    assert listed()
    with qtbot.waitSignal(panel.updated, timeout=30_000):  # debounced, then off the thread
        catalogue.set_text(Owner.WORK, third.id, "title", "zh-Hans", "枯水期的鲁尔河")
    assert not listed()
    with qtbot.waitSignal(panel.updated, timeout=30_000):
        catalogue.set_text(Owner.WORK, third.id, "title", "zh-Hans", "")
    assert listed()


def test_refresh_button_and_changes_while_checking(qtbot, window, catalogue) -> None:
    panel = _open_panel(qtbot, window)
    with qtbot.waitSignal(panel.updated, timeout=30_000):
        panel.refresh_button.click()
        panel.refresh()  # while the first check runs: one more check when it ends
        assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)


def test_panel_visibility_is_remembered(qtbot, window, ui_settings) -> None:
    assert not window.preflight_dock.isVisible()
    _open_panel(qtbot, window)
    assert ui_settings.get(S.PREFLIGHT_PANEL) is True
    window.preflight_action.trigger()
    assert not window.preflight_dock.isVisible()
    assert ui_settings.get(S.PREFLIGHT_PANEL) is False


def test_hidden_panel_does_not_check(qtbot, window, catalogue) -> None:
    panel = window.preflight
    catalogue.set_text(Owner.WORK, catalogue.works()[0].id, "caption", "de", "Neu")
    qtbot.wait(50)
    assert not panel.running and not panel._timer.isActive()


def test_findings_in_the_ui_language(qapp) -> None:
    from exhibit.ui.i18n import install_translators, remove_translators

    model = PreflightModel()
    model.set_findings(FINDINGS)
    try:
        install_translators(qapp, "de")
        assert model.summary() == "1 Fehler, 2 Warnungen, 1 Hinweis"
        assert model.index(0, Column.PROBLEM).data() == "Übersetzung fehlt"
        install_translators(qapp, "zh_CN")
        assert model.summary() == "1 个错误，2 条警告，1 条提示"
        install_translators(qapp, "en")
        assert model.summary() == "1 error, 2 warnings, 1 note"
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())


WORK_3 = {"owner": "work", "number": 3, "cover": False}
MISSING = Finding(
    Severity.WARNING,
    "missing_translation",
    "No. 3: title has no zh-Hans translation; the de text is printed alone.",
    3,
    "title",
    "zh-Hans",
    {**WORK_3, "field": "title", "language": "zh-Hans", "source_language": "de"},
)
LOW = Finding(
    Severity.WARNING,
    "low_resolution",
    "No. 3: 1067 x 1600 pixels give 236 ppi at 115 x 172 mm (300 wanted).",
    3,
    args={**WORK_3, "ppi": 236, "wanted": 300, "minimum": 150, "width_px": 1067,
          "height_px": 1600, "width_mm": 115, "height_mm": 172},
)  # fmt: skip
CHARACTER = Finding(
    Severity.ERROR,
    "unsupported_character",
    "exhibition: title (de) has characters the catalogue fonts cannot show: 𠀀 (U+20000 …).",
    None,
    "title",
    "de",
    {"owner": "exhibition", "field": "title", "language": "de", "chars": ["𠀀"],
     "codepoints": ["U+20000"]},
)  # fmt: skip


def _details(*findings: Finding) -> list[str]:
    model = PreflightModel()
    model.set_findings(findings)
    return [model.index(r, Column.DETAILS).data() for r in range(model.rowCount())]


def test_details_are_made_from_the_args(qapp) -> None:
    assert _details(MISSING, LOW, CHARACTER) == [
        "No. 3: Title: the 中文 translation is missing; only the Deutsch text is printed.",
        "No. 3: 1067 × 1600 pixels give 236 ppi at 115 × 172 mm (300 ppi wanted).",
        "Exhibition: Title (Deutsch): 1 character(s) that the catalogue fonts cannot show: "
        "𠀀 (U+20000).",
    ]


def test_every_finding_of_a_real_check_is_rendered_from_its_args(qtbot, window) -> None:
    panel = _open_panel(qtbot, window)
    findings = _findings(panel)
    assert {"missing_original", "missing_translation"} <= {f.code for f in findings}
    fallen_back = [f for f in findings if panel.model.details(f) == f.message]
    assert not fallen_back


def test_unknown_codes_and_findings_without_args_keep_the_message(qapp) -> None:
    odd = Finding(Severity.INFO, "something_new", "A sentence from a newer core.", 1)
    bare = Finding(Severity.WARNING, "low_resolution", "No. 2: 200 ppi", 2)
    assert _details(odd, bare) == [odd.message, bare.message]


def test_details_in_german_and_chinese(qapp) -> None:
    from exhibit.ui.i18n import install_translators, remove_translators

    try:
        install_translators(qapp, "de")
        missing, low = _details(MISSING, LOW)
        assert missing == (
            "Nr. 3: Titel: Die Übersetzung (中文) fehlt; gedruckt wird nur der Text (Deutsch)."
        )
        assert (
            low == "Nr. 3: 1067 × 1600 Pixel ergeben 236 ppi bei 115 × 172 mm (300 ppi gewünscht)."
        )
        install_translators(qapp, "zh_CN")
        assert _details(LOW) == [
            "编号 3：1067 × 1600 像素印成 115 × 172 毫米时为 236 ppi（要求 300 ppi）。"
        ]
        assert _details(CHARACTER) == [
            "展览：标题（Deutsch）：有 1 个字符无法用图录字体显示：𠀀 (U+20000)。"
        ]
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale.system())
