"""Edits a hoshi workbook the way a person in Excel would, with openpyxl.

    python edit.py IN.xlsx OUT.xlsx EDIT...

Each EDIT is one of:
    set:SHEET!CELL=TEXT      type TEXT into a cell ("\\n" is a line break)
    date:SHEET!CELL=Y-M-D    type a date Excel recognises (stored as a serial number
                             with a date format, as Excel stores 2026/4/1)
    clear:SHEET!CELL         empty a cell
    delete-row:SHEET!ROW     delete a whole row
    rename:SHEET=NEW         rename a sheet
    remove:SHEET             delete a sheet
    meta:KEY=VALUE           change a value on the hidden sheet
"""
import datetime
import sys

import openpyxl


def split_ref(ref):
    sheet, _, cell = ref.rpartition("!")
    return sheet, cell


def main():
    src, dst, edits = sys.argv[1], sys.argv[2], sys.argv[3:]
    wb = openpyxl.load_workbook(src)
    for edit in edits:
        op, _, arg = edit.partition(":")
        if op == "set":
            ref, _, text = arg.partition("=")
            sheet, cell = split_ref(ref)
            wb[sheet][cell].value = text.replace("\\n", "\n")
        elif op == "date":
            ref, _, text = arg.partition("=")
            sheet, cell = split_ref(ref)
            c = wb[sheet][cell]
            c.value = datetime.date.fromisoformat(text)
            c.number_format = "yyyy/m/d"
        elif op == "clear":
            sheet, cell = split_ref(arg)
            wb[sheet][cell].value = None
        elif op == "delete-row":
            sheet, row = split_ref(arg)
            wb[sheet].delete_rows(int(row))
        elif op == "rename":
            sheet, _, new = arg.partition("=")
            wb[sheet].title = new
        elif op == "remove":
            del wb[arg]
        elif op == "meta":
            key, _, value = arg.partition("=")
            ws = wb["hoshi"]
            for row in ws.iter_rows():
                if row[0].value == key:
                    row[1].value = value
        else:
            raise SystemExit(f"unknown edit {edit}")
    wb.save(dst)


main()
