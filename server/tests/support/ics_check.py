#!/usr/bin/python3
"""Parses an iCalendar feed from stdin with Debian's python3-icalendar and prints what the API tests check,
as JSON: the events and to-dos with their values, and any framing problems (bare LF, lines over 75 octets).

Run with Debian's /usr/bin/python3 (the package installs the module there)."""
import json
import sys

import icalendar


def main():
    raw = sys.stdin.buffer.read()
    problems = []
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("does not end in CRLF")
    for number, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: folded inside a UTF-8 sequence")
    calendar = icalendar.Calendar.from_ical(raw)
    out = {"problems": problems, "events": [], "todos": []}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        out["events"].append({
            "uid": str(event["UID"]),
            "summary": str(event["SUMMARY"]),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event.get("LOCATION", "")),
            "allDay": event["DTSTART"].params.get("VALUE") == "DATE",
            "start": start.isoformat(),
            "end": end.isoformat(),
        })
    for todo in calendar.walk("VTODO"):
        out["todos"].append({
            "uid": str(todo["UID"]),
            "summary": str(todo["SUMMARY"]),
            "status": str(todo.get("STATUS", "")),
            "due": todo.decoded("DUE").isoformat(),
            "completed": todo.decoded("COMPLETED").isoformat() if "COMPLETED" in todo else None,
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
