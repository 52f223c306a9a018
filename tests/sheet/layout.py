"""Prints what Excel would show of a workbook's layout as JSON, read with openpyxl.

    python layout.py BOOK.xlsx

For each sheet: its state (visible, hidden, veryHidden), frozen panes, protection and
whether it has a password, paper size and orientation, fit to page, repeated rows,
column widths, the data validations and conditional formats, and per cell its value,
whether it is locked and wraps. Also the workbook's properties.
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def value(v):
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()[:10]
    return v


def widths(ws):
    """Each column's width; openpyxl keeps adjacent equal widths as one range."""
    out = {}
    for dim in ws.column_dimensions.values():
        for col in range(dim.min, dim.max + 1):
            out[get_column_letter(col)] = dim.width
    return out


def main():
    wb = openpyxl.load_workbook(sys.argv[1])
    p = wb.properties
    out = {
        "properties": {
            "title": p.title,
            "subject": p.subject,
            "creator": p.creator,
            "keywords": p.keywords,
            "created": p.created.isoformat() if p.created else None,
        },
        "sheets": [],
    }
    for ws in wb.worksheets:
        setup = ws.sheet_properties.pageSetUpPr
        out["sheets"].append(
            {
                "name": ws.title,
                "state": ws.sheet_state,
                "freeze": ws.freeze_panes,
                "protected": bool(ws.protection.sheet),
                "password": bool(ws.protection.password),
                "paper": ws.page_setup.paperSize,
                "orientation": ws.page_setup.orientation,
                "fit_to_page": bool(setup and setup.fitToPage),
                "fit_width": ws.page_setup.fitToWidth,
                "repeat_rows": ws.print_title_rows,
                "widths": widths(ws),
                "validations": [
                    {"range": str(d.sqref), "type": d.type, "list": d.formula1}
                    for d in ws.data_validations.dataValidation
                ],
                "conditional": [
                    {
                        "range": str(r.sqref),
                        "rules": [
                            {
                                "formula": x.formula,
                                "fill": x.dxf.fill.bgColor.rgb
                                if x.dxf and x.dxf.fill and x.dxf.fill.bgColor
                                else None,
                            }
                            for x in r.rules
                        ],
                    }
                    for r in ws.conditional_formatting
                ],
                "cells": {
                    c.coordinate: {
                        "value": value(c.value),
                        "locked": bool(c.protection.locked),
                        "wrap": bool(c.alignment.wrap_text),
                        "format": c.number_format,
                    }
                    for row in ws.iter_rows()
                    for c in row
                    if c.value is not None or not c.protection.locked
                },
            }
        )
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


main()
