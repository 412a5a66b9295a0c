"""An English period after "within" that frames nothing is how long a thing took (bench/devset/GUIDELINES.md,
Durations: a claim when the length itself is the figure, "reopening a port within 48 hours when the speed is the
point"): "a jet was on-scene within nine minutes" counts 9. It still frames when its sentence holds another figure
("80% of calls got a response within fifteen minutes", "16,965 patients were seen within four hours"), as the Arabic
"خلال" does (framing_durations_ar._how_long_ar). A figure inside a name ("an HU-25 jet": digits after letters) is
none. The same test decides "in"/"during" the next or coming period ("expected to be scrapped in the next nine months"
counts 9; "spend £4bn in the next seven years" frames; framing_durations._frame_after_article)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import Draft

WORD_EDGES = "\"'()[]«».,;:!?…“”‘’"  # stripped from a sentence's words before they are read
MONEY_SIGNS = "$£€¥₹"


class HowLongRulesEn(Cursor):
    """English: "within" + a period alone in its sentence is how long a thing took."""

    def _how_long_en(self, i: int, d: Draft) -> bool:
        """The period draft `d` at token i (after "within" at i - 1) stands with no other figure in its sentence."""
        data = self.language
        s, e = self.bounds
        text = self.ex.text
        own_start = self.toks[i - 1].start
        for word in text[s:own_start].split() + text[d.end:e].split():
            w = word.strip(WORD_EDGES)
            if not w:
                continue
            if w[0].isdigit() or w[0] in MONEY_SIGNS or w.lower() in data.number_words or \
                    w.lower() in data.multiple_adverbs or w.lower() in data.multiple_verbs:
                return False  # ("80% of red calls ... within fifteen minutes": the period of a rate; "sales should
                # double in the next five years": the period of a multiple)
        return True
