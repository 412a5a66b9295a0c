"""Not claims, English: a percent that names a product's grade by what it holds ("petrol with a 0,1% lead content",
"flour with no more than 2% bran content"): after "with" (maybe an article and a qualifier between) and before
one or two words and "content" (not before a rule's noun), the share is the product's specification, as an octane or a
gold karat is (bench/devset/GUIDELINES.md, not claims: grades that name a product). Not "a 30% local content
requirement" (the noun goes on), nor "cut the sugar content by 20%". The cheap test first: a percent sign or word
right after the figure and "content" two or three tokens on (list lookups)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Skip

SPEC_WORDS = 3  # tokens between the percent and "content" ("sulphur", "broken - grain")


class SpecPercentRulesEn(Cursor):
    """A percent naming a product's grade."""

    def _spec_percent_en(self, i: int, end_i: int) -> Skip | None:
        """A Skip past "N% <substance> content" after "with" (the figure at i, its run ending at end_i)."""
        data = self.language
        if self.ar or not data.spec_content_nouns:
            return None
        found = self._percent_after(end_i)
        if found is None:
            return None
        k = found[0]
        content = next((m for m in range(k + 1, k + 1 + SPEC_WORDS) if self.word_key(m) in data.spec_content_nouns),
                       None)
        if content is None or any((self.toks[m].kind != WORD and self.toks[m].text != "-") or
                                  self.toks[m].key in data.spec_content_not_between for m in range(k, content)):
            return None  # ("with 40% less salt content": a change)
        if self.word_key(content + 1) in data.spec_content_rule_nouns:
            return None  # "a 30% local content requirement": a rule's threshold
        start = self._qualifier(i)[1]
        if self.word_key(start - 1) in data.article_words:
            start -= 1
        if self.word_key(start - 1) not in data.spec_content_links:
            return None
        return Skip(content + 1)
