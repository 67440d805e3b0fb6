"""Decode bytes of unknown encoding: BOMs, UTF-8, UTF-16, cp1252, Latin-1; refuse binaries.

>>> decode("Caf\u00e9 \u00a35 \u201cquoted\u201d".encode("cp1252"))
('Café £5 “quoted”', 'cp1252')
>>> decode(b"\\xef\\xbb\\xbfhello")
('hello', 'utf-8-sig')
"""
from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"\x89PNG": "a PNG image", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or Office document)", b"%PDF": "a PDF document",
    b"\x1f\x8b": "gzip-compressed data", b"\x7fELF": "an executable",
}


class BinaryContent(ValueError):
    """The bytes are not text."""


def sniff_binary(data: bytes) -> str | None:
    """Describe a known binary format from its first bytes, else None.

    >>> sniff_binary(b"\\x89PNG\\r\\n")
    'a PNG image'
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used; raise ``BinaryContent`` for non-text."""
    what = sniff_binary(data)
    if what:
        raise BinaryContent(f"binary file ({what}), not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc:
            return data.decode(enc, errors="replace"), enc
        raise BinaryContent("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text, enc = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        text, enc = (str(best), best.encoding) if best is not None else (data.decode("latin-1"), "latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    if text and controls > 0.05 * len(text):
        raise BinaryContent("binary file (mostly control characters), not text")
    return text, enc
