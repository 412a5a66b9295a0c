"""tokenize() cuts a window at its spaces and reads most pieces without a pattern: it must give exactly the tokens
of tiling the whole window with the pattern its characters choose (the plain loop below, the engine before)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.engine.tiling import ASCII_TILE_RE, NOT_STD_TILEABLE, STD_TILE_RE, TILE_RE, tokenize
from claims.engine.types import NUM, SYM, WORD, Tok


def _tiled(text: str, w0: int, w1: int, lower: bool) -> list[Tok]:
    if text[w0:w1].isascii():
        pattern = ASCII_TILE_RE
    elif NOT_STD_TILEABLE.search(text, w0, w1) is None:
        pattern = STD_TILE_RE
    else:
        pattern = TILE_RE
    toks, pos = [], w0
    for space, part in pattern.findall(text, w0, w1):
        pos += len(space)
        end = pos + len(part)
        if part[0] in "0123456789":
            toks.append(Tok(NUM, part, part, pos, end))
        elif part[0].isalpha():
            toks.append(Tok(WORD, part, part.lower() if lower else part, pos, end))
        elif not part[0].isspace():
            toks.append(Tok(SYM, part, part, pos, end))
        pos = end
    return toks


# Letters of both scripts and cases, digits (ASCII and Arabic-Indic), the marks tokenize() reads without a pattern,
# other marks, and the characters the engines class differently (a vowel mark, "½", "²", U+001C, a no-break space).
_ALPHABET = [*"aZq' sم ل3 0٣.,،:;؛!?؟)\"»(«-%/$ر\t\n", "\u064e", "½", "²", "\x1c", "\xa0", "\u2009", "É", "“", "٪", "‘"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80), st.integers(0, 80), st.integers(0, 80),
       st.booleans())
def test_tokenize_gives_the_tokens_of_tiling_the_whole_window(text, a, b, lower):
    lo, hi = min(a, b), max(a, b)
    assert tokenize(text, lo, hi, lower) == _tiled(text, lo, hi, lower)


def test_tokenize_on_news_pieces():
    for text in ("The firm said, on Monday, it cut 1,200 jobs (3.5%).", "وقال الوزير، إن 15 ألفا «زاروا» المعرض.",
                 "it's  $5bn:  U.S. 2005. x\x1cy  end", "العام،  ٣ ملايين؟ 7ر5 نقاط"):
        for lower in (True, False):
            assert tokenize(text, 0, len(text), lower) == _tiled(text, 0, len(text), lower)
            assert tokenize(text, 4, len(text) - 3, lower) == _tiled(text, 4, len(text) - 3, lower)
