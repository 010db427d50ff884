"""A small terminal emulator for the display tests: what a terminal `columns` wide shows after some output.

It knows what an in-place redraw uses (carriage return, line feed, cursor up/down, erase line, colours and
cursor visibility, which it ignores) and fails on any other escape sequence, so a test cannot pass by output
it does not understand. A character written past the last column wraps onto the next line, as on a real
terminal, and is counted: that wrap is what makes a redraw leave stale rows behind.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|(\x1b.?)|(.)", re.DOTALL)


class Screen:
    def __init__(self, columns: int) -> None:
        self.columns = columns
        self.rows: list[list[str]] = [[]]
        self.row = self.col = 0
        self.wrapped = 0  # characters that did not fit on their line

    def feed(self, output: str) -> Screen:
        for match in _TOKEN.finditer(output):
            params, final, other_escape, char = match.groups()
            if final is not None:
                self._csi(params, final)
            elif other_escape is not None:
                raise AssertionError(f"unexpected escape sequence {other_escape!r}")
            elif char == "\r":
                self.col = 0
            elif char == "\n":  # a terminal's line discipline adds the carriage return (onlcr)
                self._move(1)
                self.col = 0
            elif char == "\x07" or char == "\x00":
                continue
            elif char < " ":
                raise AssertionError(f"unexpected control character {char!r}")
            else:
                self._put(char)
        return self

    @property
    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self.rows]

    def _move(self, down: int) -> None:
        self.row = max(self.row + down, 0)
        while len(self.rows) <= self.row:
            self.rows.append([])

    def _put(self, char: str) -> None:
        if self.col >= self.columns:
            self.wrapped += 1
            self._move(1)
            self.col = 0
        row = self.rows[self.row]
        row.extend(" " * (self.col + 1 - len(row)))
        row[self.col] = char
        self.col += 1

    def _csi(self, params: str, final: str) -> None:
        count = int(params) if params.isdigit() else 1
        if final == "m" or (params.startswith("?") and final in "hl"):  # colours, cursor shown or hidden
            return
        if final in "AF":
            self._move(-count)
        elif final in "BE":
            self._move(count)
        elif final == "K":  # erase in line: 0 (or none) to its end, 1 to the cursor, 2 all of it
            row = self.rows[self.row]
            if params in ("", "0"):
                del row[self.col :]
            elif params == "2":
                row.clear()
            else:
                row[: self.col + 1] = " " * min(len(row), self.col + 1)
            return
        elif final == "G":
            self.col = count - 1
            return
        else:
            raise AssertionError(f"unexpected escape sequence CSI {params}{final}")
        if final in "EF":
            self.col = 0
