"""Tiling: a window of text -> tokens (digit runs, words, single symbols), with offsets into the normalized text."""

from __future__ import annotations

import re

import regex

from claims.engine.types import NUM, SYM, WORD, Tok

# Tiles the text: (whitespace before, token) pairs, so token offsets are running sums of lengths. Whitespace rides
# with the next token (half the loop turns of matching it alone); possessive, so it never backtracks.
TILE_PATTERN = r"(\s*+)([0-9]+(?:[.,،ر][0-9]+)*|[^\W\d_]+(?:'[^\W\d_]+)?|\S)"
TILE_RE = regex.compile(TILE_PATTERN)
# The standard library's engine runs the same pattern faster, but its classes differ from regex's on some
# characters (marks are letters for regex, "½" for re; U+001C-U+001F are re spaces): it tiles only text made of
# characters both engines classify alike, collected below from the scripts of our news (built at import, ~10 ms).
STD_TILE_RE = re.compile(TILE_PATTERN)
STD_TILE_SCRIPTS = (
    (0x0000, 0x024F), (0x0370, 0x04FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x2000, 0x206F),
    (0x20A0, 0x20CF), (0x2100, 0x214F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)


def _not_std_tileable() -> re.Pattern:
    """A stdlib pattern for one character the standard library's engine must not tile (classes differ)."""
    chars = "".join(chr(c) for lo, hi in STD_TILE_SCRIPTS for c in range(lo, hi + 1))

    def members(engine, cls: str) -> set[str]:
        return {m.group() for m in engine.finditer(cls, chars)}

    letters_re, letters_regex = members(re, r"[^\W\d_]"), members(regex, r"[^\W\d_]")
    spaces_re, spaces_regex = members(re, r"\s"), members(regex, r"\s")
    runs: list[list[int]] = []
    for c in chars:
        if (c in letters_re) == (c in letters_regex) and (c in spaces_re) == (c in spaces_regex):
            if runs and runs[-1][1] == ord(c) - 1:
                runs[-1][1] = ord(c)
            else:
                runs.append([ord(c), ord(c)])
    ranges = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile("[^" + ranges + "]")


NOT_STD_TILEABLE = _not_std_tileable()
# The same tiling for ASCII text, spelled with ASCII classes (regex's \s there is [\t\n\v\f\r ], its letters
# [A-Za-z]) for the standard library's engine, about 1.5x faster on short windows. tests/unit/claims check that
# both give the same pairs on ASCII input.
ASCII_TILE_RE = re.compile(r"([\t\n\x0b\x0c\r ]*+)([0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:'[A-Za-z]+)?|[^\t\n\x0b\x0c\r ])")
# Marks that are a token of their own in every tiling pattern above (no letter, digit or space for any engine):
# a word right before one ends there ("said,", "العام،").
LONE_MARKS = frozenset(".,،:;؛!?؟)\"»%٪")
OPENING_MARKS = frozenset("\"(«“")  # the same, opening a word: "(Reuters", "«الوطن"


def tokenize(text: str, w0: int, w1: int, lower: bool) -> list[Tok]:
    """The tokens of text[w0:w1]; `lower`: word keys are lower-cased (case-insensitive language data). A word
    already in lower case is its own key (str.lower() would copy it: one string fewer to make and free per word;
    a string that islower() holds no character lower() changes, checked over every code point).

    No token holds a space, so the window is cut at its spaces first and most pieces are one token the tiling
    pattern would give too: letters only (a word), ASCII digits only (a number), a word or such a number and one
    of LONE_MARKS, or one of OPENING_MARKS and a word.
    Only the other pieces are tiled by the pattern (about 9 in 10 pieces of news text need no pattern)."""
    toks: list[Tok] = []
    add, new_tok = toks.append, Tok
    window = text[w0:w1]
    if window.isascii():
        pattern = ASCII_TILE_RE
    elif NOT_STD_TILEABLE.search(text, w0, w1) is None:
        pattern = STD_TILE_RE
    else:
        pattern = TILE_RE
    pos = w0
    for piece in window.split(" "):
        if not piece:
            pos += 1
            continue
        end = pos + len(piece)
        if piece.isalpha():
            add(new_tok(WORD, piece, piece if not lower or piece.islower() else piece.lower(), pos, end))
        elif piece.isdigit() and piece.isascii():
            add(new_tok(NUM, piece, piece, pos, end))
        elif piece[-1] in LONE_MARKS and (head := piece[:-1]).isalpha():
            add(new_tok(WORD, head, head if not lower or head.islower() else head.lower(), pos, end - 1))
            add(new_tok(SYM, piece[-1], piece[-1], end - 1, end))
        elif piece[-1] in LONE_MARKS and piece[:-1].isdigit() and piece.isascii():  # "2005.", "5%"
            add(new_tok(NUM, piece[:-1], piece[:-1], pos, end - 1))
            add(new_tok(SYM, piece[-1], piece[-1], end - 1, end))
        elif piece[0] in OPENING_MARKS and (rest := piece[1:]).isalpha():
            add(new_tok(SYM, piece[0], piece[0], pos, pos + 1))
            add(new_tok(WORD, rest, rest if not lower or rest.islower() else rest.lower(), pos + 1, end))
        else:
            _tile(pattern, text, pos, end, lower, add)
        pos = end + 1
    return toks


def _tile(pattern: re.Pattern | regex.Pattern, text: str, pos: int, end: int, lower: bool, add) -> None:
    """Tokens of text[pos:end] by a tiling pattern, passed to `add`."""
    new_tok, digits = Tok, "0123456789"
    for space, part in pattern.findall(text, pos, end):
        pos += len(space)
        c = part[0]
        end = pos + len(part)
        if c in digits:
            add(new_tok(NUM, part, part, pos, end))
        elif c.isalpha():
            add(new_tok(WORD, part, part if not lower or part.islower() else part.lower(), pos, end))
        elif not c.isspace():  # U+001C-U+001F: Python spaces that regex's \s leaves out
            add(new_tok(SYM, part, part, pos, end))
        pos = end
