"""Fills in self-assessment forms through LibreOffice, as a member would, for the round-trip test.

Usage: python3 libreoffice-fill.py <soffice> <profile folder> <jobs.json>

jobs.json is a list of {"in": path, "out": path, "edits": [{"sheet", "cell", "value"}],
"deleteRows": [{"sheet", "row"}]}. Each workbook is opened in a headless LibreOffice Calc
over UNO, its cells typed, rows deleted (the sheet unprotected first, as a member who
wants to change the structure would), and saved as .xlsx with Calc's Excel 2007-365 filter.
Prints one JSON line per job with what LibreOffice saw, for the test's messages.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 45
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.2)


def main():
    soffice, profile, jobs_file = sys.argv[1:4]
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    pipe = f"gapwise-forms-{os.getpid()}"
    proc = subprocess.Popen(
        [
            soffice,
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for job in jobs:
            doc = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(job["in"])), "_blank", 0, (prop("Hidden", True),)
            )
            if doc is None:
                raise RuntimeError(f"LibreOffice could not open {job['in']}")
            seen = {"sheets": list(doc.Sheets.ElementNames), "protected": {}}
            for edit in job.get("edits", []):
                sheet = doc.Sheets.getByName(edit["sheet"])
                sheet.getCellRangeByName(edit["cell"]).setString(edit["value"])
            for deletion in job.get("deleteRows", []):
                sheet = doc.Sheets.getByName(deletion["sheet"])
                sheet.unprotect("")
                sheet.Rows.removeByIndex(deletion["row"] - 1, 1)
                sheet.protect("")
            for name in doc.Sheets.ElementNames:
                seen["protected"][name] = doc.Sheets.getByName(name).isProtected()
            doc.storeToURL(
                uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                (prop("FilterName", "Calc MS Excel 2007 XML"),),
            )
            doc.close(True)
            print(json.dumps(seen), flush=True)
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:  # the bridge closes as LibreOffice quits
                pass
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
