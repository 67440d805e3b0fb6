"""Normalise release text, keeping a map back to the original characters.

Offsets in every output table refer to the *normalised* text (the releases
table stores it), so ``text == release_text[start:end]`` always holds. The
offset map lets a scorer place gold spans given against the raw text.

Rules: Unicode NFC; CR/LF to LF; soft hyphens and zero-width characters
dropped; non-breaking and other odd spaces (and tabs) to a plain space; curly
and straight quotes left as they are; line-initial bullets ("•", "◦", "▪",
"●", "‣", "·", "*") to "• "; spaces at line ends and starts trimmed; runs of
blank lines to one blank line; the text trimmed.

>>> normalise("  \u2022  Arrests:\u00a0120\\r\\n\\n\\n\\nCo\u00adoperation")
'• Arrests: 120\\n\\nCooperation'
"""
from __future__ import annotations

import re
import unicodedata

_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\x0b\x0c"
_SPACE_MAP = {ord(c): " " for c in _SPACES}
_BULLET = re.compile(r"^[ ]*(?:[\u2022\u25e6\u25aa\u25cf\u2023\u00b7\u2043]|\*(?=\s))[ ]*")


def _nfc(text: str) -> tuple[str, list[int]]:
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    idx: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            chunk = unicodedata.normalize("NFC", text[start:i])
            out.append(chunk)
            idx.extend([start] * len(chunk))
            start = i
    idx.append(len(text))
    return "".join(out), idx


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters (plus the end), the index in ``text``.

    >>> t, m = normalise_with_offsets("a\u00a0\u00adb")
    >>> t, m
    ('a b', [0, 1, 3, 4])
    """
    nfc, idx = _nfc(text)
    chars: list[str] = []
    cmap: list[int] = []
    i = 0
    while i < len(nfc):
        ch = nfc[i]
        if ch == "\r":
            if i + 1 < len(nfc) and nfc[i + 1] == "\n":
                i += 1
            ch = "\n"
        elif ord(ch) in _DROP:
            i += 1
            continue
        else:
            ch = _SPACE_MAP.get(ord(ch), ch)
            if ch in "\u2028\u2029\x85":
                ch = "\n"
        chars.append(ch)
        cmap.append(idx[i])
        i += 1
    flat = "".join(chars)

    out: list[str] = []
    omap: list[int] = []
    pos = 0
    blank_run = 0
    for line in flat.split("\n"):
        line_start = pos
        pos += len(line) + 1
        m = _BULLET.match(line)
        if m and m.end() < len(line) and line[m.start():m.end()].strip():
            body_start = m.end()
            bullet_at = line_start + line.index(line[m.start():m.end()].strip()[0], m.start())
            prefix, prefix_map = "\u2022 ", [cmap[bullet_at], cmap[bullet_at]]
        else:
            body_start = len(line) - len(line.lstrip(" "))
            prefix, prefix_map = "", []
        body_end = len(line.rstrip(" "))
        if body_end <= body_start and not prefix:
            blank_run += 1
            continue
        if out:
            out.append("\n\n" if blank_run else "\n")
            nl_at = cmap[line_start - 1] if line_start > 0 else 0
            omap.extend([nl_at] * (2 if blank_run else 1))
        blank_run = 0
        out.append(prefix + line[body_start:body_end])
        omap.extend(prefix_map + cmap[line_start + body_start:line_start + body_end])
    result = "".join(out)
    omap.append(len(text))
    return result, omap


def normalise(text: str) -> str:
    """The normalised text (see the module docstring for the rules)."""
    return normalise_with_offsets(text)[0]


def to_normalised_offset(offsets: list[int], original_offset: int) -> int:
    """Map an offset in the original text to the normalised text (first char at or after it).

    >>> t, m = normalise_with_offsets("  x\\u00ady")
    >>> to_normalised_offset(m, 4), t[to_normalised_offset(m, 4):]
    (1, 'y')
    """
    import bisect

    return min(bisect.bisect_left(offsets, original_offset), len(offsets) - 1)
