"""The documents' own words in German, Chinese and English (headings, column names).

These are printed, not shown in the window, so they are chosen by the document's languages
rather than the interface language.
"""

from __future__ import annotations

from exhibit.core.languages import parse

WORDS: dict[str, dict[str, str]] = {
    "checklist": {"de": "Werkliste", "zh": "展品清单", "en": "Checklist"},
    "condition_report": {"de": "Zustandsprotokoll", "zh": "品相报告", "en": "Condition report"},
    "loan_record": {"de": "Leihvertrag", "zh": "借展协议", "en": "Loan agreement"},
    "insurance_schedule": {
        "de": "Versicherungsliste",
        "zh": "保险清单",
        "en": "Insurance schedule",
    },
    "loan_number": {"de": "Leihnummer", "zh": "借展编号", "en": "Loan number"},
    "page_of": {
        "de": "Seite {page} von {pages}",
        "zh": "第 {page} 页，共 {pages} 页",
        "en": "Page {page} of {pages}",
    },
    "no": {"de": "Nr.", "zh": "编号", "en": "No."},
    "image": {"de": "Bild", "zh": "图像", "en": "Image"},
    "title": {"de": "Titel", "zh": "标题", "en": "Title"},
    "photographer": {"de": "Fotografie", "zh": "摄影", "en": "Photographer"},
    "year": {"de": "Jahr", "zh": "年份", "en": "Year"},
    "process": {"de": "Technik", "zh": "工艺", "en": "Process"},
    "image_size": {"de": "Bildmaß", "zh": "画面尺寸", "en": "Image size"},
    "mount_size": {"de": "Passepartout", "zh": "卡纸尺寸", "en": "Mount size"},
    "frame_size": {"de": "Rahmenmaß", "zh": "画框尺寸", "en": "Frame size"},
    "edition": {"de": "Auflage", "zh": "版数", "en": "Edition"},
    "crate": {"de": "Kiste", "zh": "包装箱", "en": "Crate"},
    "value": {"de": "Versicherungswert", "zh": "保险价值", "en": "Insurance value"},
    "condition_dispatch": {
        "de": "Zustand bei Versand",
        "zh": "发运时品相",
        "en": "Condition at dispatch",
    },
    "credit": {"de": "Nachweis", "zh": "鸣谢", "en": "Credit"},
    "total": {"de": "Summe", "zh": "合计", "en": "Total"},
    "works": {"de": "Werke", "zh": "件作品", "en": "works"},
    "lender": {"de": "Leihgeber", "zh": "出借方", "en": "Lender"},
    "borrower": {"de": "Leihnehmer", "zh": "借展方", "en": "Borrower"},
    "address": {"de": "Anschrift", "zh": "地址", "en": "Address"},
    "contact": {"de": "Ansprechpartner", "zh": "联系人", "en": "Contact"},
    "authoriser": {"de": "Für den Leihgeber", "zh": "出借方授权人", "en": "Authorised by"},
    "purpose": {"de": "Zweck", "zh": "目的", "en": "Purpose"},
    "period": {"de": "Leihfrist", "zh": "借展期限", "en": "Loan period"},
    "dispatch": {"de": "Versand", "zh": "发运", "en": "Dispatch"},
    "opening": {"de": "Eröffnung", "zh": "开幕", "en": "Opening"},
    "closing": {"de": "Schließung", "zh": "闭幕", "en": "Closing"},
    "return_due": {"de": "Rückgabe bis", "zh": "归还期限", "en": "Return due"},
    "conditions": {"de": "Leihbedingungen", "zh": "借展条件", "en": "Conditions of loan"},
    "credit_line": {"de": "Nachweis", "zh": "鸣谢", "en": "Credit line"},
    "shipper": {"de": "Spedition", "zh": "承运方", "en": "Shipper"},
    "crates": {"de": "Kisten", "zh": "包装箱", "en": "Crates"},
    "dimensions": {"de": "Außenmaß", "zh": "外部尺寸", "en": "Dimensions"},
    "weight": {"de": "Gewicht", "zh": "重量", "en": "Weight"},
    "insurance": {"de": "Versicherung", "zh": "保险", "en": "Insurance"},
    "indemnity": {"de": "Staatshaftung", "zh": "政府担保", "en": "Indemnity"},
    "insurer": {"de": "Versicherer", "zh": "承保方", "en": "Insurer"},
    "policy": {"de": "Police", "zh": "保单号", "en": "Policy"},
    "excess": {"de": "Selbstbehalt", "zh": "免赔额", "en": "Excess"},
    "date": {"de": "Datum", "zh": "日期", "en": "Date"},
    "event": {"de": "Übergabe", "zh": "交接", "en": "Hand-over"},
    "place": {"de": "Ort", "zh": "地点", "en": "Place"},
    "examiner": {"de": "Prüfer", "zh": "检查人", "en": "Examiner"},
    "notes": {"de": "Bemerkungen", "zh": "备注", "en": "Notes"},
    "damage_photos": {"de": "Schadensfotos", "zh": "损伤照片", "en": "Photos of damage"},
    "no_checks": {"de": "Noch keine Prüfung.", "zh": "尚无检查记录。", "en": "No checks yet."},
    "courier": {"de": "Kurier", "zh": "押运员", "en": "Courier"},
    "receiver": {"de": "Empfänger", "zh": "接收方", "en": "Receiver"},
    "name": {"de": "Name", "zh": "姓名", "en": "Name"},
    "signature": {"de": "Unterschrift", "zh": "签名", "en": "Signature"},
    "worse": {"de": "verschlechtert", "zh": "变差", "en": "worse"},
    "dispatch_event": {"de": "Versand", "zh": "发运", "en": "Dispatch"},
    "arrival_event": {"de": "Ankunft", "zh": "到达", "en": "Arrival"},
    "venue-dispatch_event": {"de": "Rückversand", "zh": "展地发运", "en": "Venue dispatch"},
    "return_event": {"de": "Rückkehr", "zh": "归还", "en": "Return"},
    "check_event": {"de": "Prüfung", "zh": "检查", "en": "Check"},
    "image_zone": {"de": "Bildoberfläche", "zh": "画面", "en": "Image surface"},
    "mount_zone": {"de": "Passepartout", "zh": "卡纸", "en": "Mount"},
    "glazing_zone": {"de": "Verglasung", "zh": "玻璃", "en": "Glazing"},
    "frame_zone": {"de": "Rahmen", "zh": "画框", "en": "Frame"},
    "hanging_zone": {"de": "Aufhängung", "zh": "挂件", "en": "Hanging hardware"},
    "back_zone": {"de": "Rückseite", "zh": "背面", "en": "Back"},
    "labels_zone": {"de": "Etiketten", "zh": "标签", "en": "Labels"},
    "packaging_zone": {"de": "Verpackung", "zh": "包装", "en": "Packaging"},
    "excellent": {"de": "sehr gut", "zh": "优", "en": "excellent"},
    "good": {"de": "gut", "zh": "良", "en": "good"},
    "fair": {"de": "mäßig", "zh": "中", "en": "fair"},
    "poor": {"de": "schlecht", "zh": "差", "en": "poor"},
    "not-checked": {"de": "–", "zh": "–", "en": "–"},
}


def word(key: str, lang: str) -> str:
    table = WORDS[key]
    return table.get(parse(lang).language, table["en"])


def words(key: str, languages: tuple[str, ...], sep: str = " / ") -> str:
    """The word in each language, once each: "Kiste / 包装箱"."""
    return sep.join(dict.fromkeys(word(key, lang) for lang in languages))
