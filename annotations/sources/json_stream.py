"""Reading a JSON file a value at a time, so that a big array's items come one by one.

Python's own parser (``json``'s C scanner, ``raw_decode``) runs over a window of the file's
text; the window grows only while a value is cut by its end (to as much again each time, so a
big value costs linear time), and text already read is let go. Whitespace, commas, colons and
brackets between values are read here. A value nested deeper than the interpreter's
recursion limit is decoded on a big stack (``deepjson``).

What is accepted is what ``orjson`` accepts (the rest of threadmark's JSON): strict UTF-8,
no ``NaN``/``Infinity``, no lone surrogates; errors are ``JsonError`` with one line saying
what and where.

    js = JsonStream(f)               # a binary file
    if js.peek() == "[":
        for item in js.items(): ...
    js.end()                         # nothing but whitespace may follow
"""

from __future__ import annotations

import codecs
import functools
import json
import re
from collections.abc import Iterator
from typing import IO, Any

import orjson

from annotations.sources import deepjson

#: Bytes read at a time.
CHUNK = 1 << 20

_WS = re.compile(r"[ \t\n\r]*")


class JsonError(ValueError):
    """Invalid JSON (the message says what and where)."""


def _refuse_constant(name: str) -> Any:
    raise JsonError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


class JsonStream:
    """A cursor over the JSON text of a binary file (see the module docstring)."""

    def __init__(self, f: IO[bytes], chunk: int = CHUNK) -> None:
        self._f = f
        self._chunk = chunk
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._dropped = 0  # characters let go before the window
        self._lines = 0  # newlines among them

    # -- the window -------------------------------------------------------------------------

    def _more(self, at_least: int) -> bool:
        """Read at least ``at_least`` more bytes (or to the end); False at the end."""
        if self._eof:
            return False
        data = self._f.read(max(at_least, self._chunk))
        final = not data
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as e:
            raise JsonError(f"not UTF-8 ({e.reason}) {self._where(len(self._buf))}") from None
        if final:
            self._eof = True
        if self._pos:  # let go of what was read
            gone = self._buf[: self._pos]
            self._lines += gone.count("\n")
            self._dropped += self._pos
            self._buf = self._buf[self._pos :] + text
            self._pos = 0
        else:
            self._buf += text
        return bool(text) or not final

    def _where(self, pos: int) -> str:
        line = self._lines + self._buf.count("\n", 0, pos) + 1
        return f"at line {line} (character {self._dropped + pos + 1})"

    def error(self, what: str) -> JsonError:
        """A ``JsonError`` for ``what`` at the cursor."""
        return JsonError(f"{what} {self._where(self._pos)}")

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end), not consumed."""
        while True:
            ws = _WS.match(self._buf, self._pos)
            assert ws is not None  # whitespace or none: it always matches
            self._pos = ws.end()
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more(self._chunk):
                return ""

    def _take(self, ch: str) -> None:
        if self.peek() != ch:
            raise self.error(f"expected {ch!r}")
        self._pos += 1

    def end(self) -> None:
        """Check that nothing but whitespace is left."""
        if self.peek() != "":
            raise self.error("unexpected data after the JSON value")

    # -- values -----------------------------------------------------------------------------

    def value(self) -> Any:
        """Decode the next value."""
        if self.peek() == "":
            raise self.error("unexpected end of data: expected a value")
        while True:
            buf, pos = self._buf, self._pos
            try:
                try:
                    obj, end = _DECODER.raw_decode(buf, pos)
                except RecursionError:
                    deep = functools.partial(_DECODER.raw_decode, buf, pos)
                    obj, end = deepjson.on_big_stack(deep)
            except json.JSONDecodeError as e:
                if self._more(len(buf) - pos):  # cut by the window's end, perhaps
                    continue
                at = self._pos + e.pos - pos  # the window may have moved
                raise JsonError(f"{e.msg} {self._where(at)}") from None
            except ValueError as e:  # NaN, Infinity (JsonError); nested too deep
                raise JsonError(f"{e}, in the value {self._where(self._pos)}") from None
            if end == len(buf) and self._more(self._chunk):
                continue  # a number may go on past the window
            if buf.find("\\u", pos, end) >= 0:  # orjson refuses lone surrogates: so do we
                try:
                    orjson.dumps(obj)
                except TypeError:
                    raise JsonError(f"a lone surrogate in a string {self._where(pos)}") from None
            self._pos = end
            return obj

    def key(self) -> str:
        """An object's key (a string)."""
        if self.peek() != '"':
            raise self.error("expected a string as the key")
        key = self.value()
        self._take(":")
        return key

    def items(self) -> Iterator[int]:
        """An array's items' indexes, one by one (the cursor is at its ``[``): the caller reads
        each item (``value``, or walks it) before asking for the next."""
        self._take("[")
        if self.peek() == "]":
            self._pos += 1
            return
        n = 0
        while True:
            yield n
            n += 1
            c = self.peek()
            if c == "]":
                self._pos += 1
                return
            if c != ",":
                raise self.error("expected ',' or ']' after an array item")
            self._pos += 1

    def members(self) -> Iterator[str]:
        """An object's keys, one by one (the cursor is at its ``{``); the caller reads each
        value before asking for the next key."""
        self._take("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            yield self.key()
            c = self.peek()
            if c == "}":
                self._pos += 1
                return
            if c != ",":
                raise self.error("expected ',' or '}' after an object member")
            self._pos += 1
