"""Does a definite English cardinal refer back to a group the article named before ("the six traders" after "six
traders were fined", "the two plants" after "the Tala and Chukha hydropower plants")? GUIDELINES: a definite
cardinal counts at first mention and is left out when it refers back. The one place that question is asked in
English (counts_en reads it); Arabic asks it in counts_definite_ar over counted_elsewhere_ar's words,
both within REFER_BACK_CHARS (engine/limits.py)."""

from __future__ import annotations

import re

from claims.engine.cursor import Cursor
from claims.engine.limits import REFER_BACK_CHARS
from claims.engine.types import SYM, WORD, Reading, Skip
from claims.rules.word_shapes_en import past_in_ed_en, plural_suffix_en

_NOUN_PHRASE = re.compile(r"[^.,;:!?()\"“”]{0,60}")
_FIGURE_EDGES = frozenset(" \n\t\"“(")
_WORDS_BEFORE = re.compile(r"[\w'’-]+|[^\w\s]")  # the words and marks before a plural named earlier


class ReferBackRulesEn(Cursor):
    """A definite cardinal's group named before, English."""

    def refers_back_en(self, r: Reading) -> bool:
        """The reading's figure and noun restate a group the article counted (`_counted_before`) or named as a
        known group (`_plural_named_before`) before it."""
        return self._counted_before(r) or self._plural_named_before(r)

    def _counted_before(self, r: Reading) -> bool:
        """The same figure, written the same way, counted the same noun earlier in the article (up to
        REFER_BACK_CHARS before): "The six traders will appeal" after "six traders were fined"."""
        toks = self.toks
        text = self.ex.norm.text
        start = toks[r.n1.start_i].start
        figure = text[start:toks[r.n1.end_i - 1].end]
        noun = r.counted.lower()
        earlier = text[max(0, start - REFER_BACK_CHARS):start].lower()
        at = earlier.find(figure.lower())
        while at >= 0:
            end = at + len(figure)
            if (at == 0 or earlier[at - 1] in _FIGURE_EDGES) and (end == len(earlier) or earlier[end] in _FIGURE_EDGES):
                phrase = _NOUN_PHRASE.match(earlier, end)  # the noun, up to three modifiers on, in its clause
                if phrase is not None and noun in phrase.group().split()[:5]:
                    return True
            at = earlier.find(figure.lower(), at + 1)
        return False

    def bare_refers_back_en(self, i: int) -> Skip | None:
        """"The 9 named in the report are from ...", "found that the 9 were being questioned" after "the arrest of
        9 men": "the" and a whole figure in digits with no noun after it (a mark, a participle in -ed, a verb of
        `plural_subject_verbs` or a relative of `bare_group_relatives` follows) restates a group the same figure
        counted earlier in the article (the figure, then a lower-case plural), so it is no claim of its own
        (GUIDELINES: a definite cardinal that refers back is not annotated)."""
        data = self.language
        t, after = self.toks[i], self.tok(i + 1)
        if not t.text.isdigit() or int(t.text) < 2 or after is None or not (
                (after.kind == SYM and after.text in ",.;:") or (after.kind == WORD and after.text.islower() and (
                    after.key in data.plural_subject_verbs or after.key in data.bare_group_relatives or
                    past_in_ed_en(after.key)))):
            return None
        text = self.ex.norm.text
        start = t.start
        earlier = text[max(0, start - REFER_BACK_CHARS):start]
        for found in re.finditer(rf"(?<![\w.,]){t.text} ([a-z]+)", earlier):
            if plural_suffix_en(found.group(1)) or found.group(1) in data.referring_back_nouns:
                return Skip(i + 1)  # ("12 suspects", "12 men": the group sized before)
        return None

    def _plural_named_before(self, r: Reading) -> bool:
        """The plural noun "the" + a small spelled number counts was named earlier in the article (up to
        REFER_BACK_CHARS before) as a known group (`_known_group`): "the two plants" after "the Tala and Chukha
        hydropower plants", "the three counties" after "Migori and Nairobi counties" (GUIDELINES: a definite cardinal
        that refers back is not annotated). Not a group first sized here ("the three cars" after "cars collided"),
        nor, unless it was sized, a subset a clause picks out ("the three hospitals that stayed open" after "the
        hospitals", `subset_clause_openers`)."""
        data = self.language
        noun = (r.counted or "").lower()
        if not plural_suffix_en(noun):
            return False
        needed = 2 if self.word_key(r.end_i) in data.subset_clause_openers else 1
        start = self.toks[r.n1.start_i].start
        original = self.ex.norm.text[max(0, start - REFER_BACK_CHARS):start]
        earlier = original.lower()
        if len(earlier) != len(original):
            original = earlier  # (a letter whose lower case is longer: offsets would part; read without case)
        at = earlier.find(noun)
        while at >= 0:
            end = at + len(noun)
            if (at == 0 or not earlier[at - 1].isalnum()) and (end == len(earlier) or not earlier[end].isalnum()) \
                    and self._known_group(original, at) >= needed:
                return True
            at = earlier.find(noun, end)
        return False

    def _known_group(self, text: str, at: int) -> int:
        """How well the reader knows the group the plural noun at `at` names: 2, sized, by a figure ("the six
        cases", "the 2002 and 2004 finals") or a list of names or kinds ("Migori, Kisumu and Nairobi counties",
        "coastal and upland clinics"); 1, named, by a definite determiner (`known_group_determiners`: "the tropical
        storms", "their Dublin concerts"); 0, a bare or vague plural ("owns several factories", "cars collided").
        Read back over the noun's modifiers: capitalized words (a name) and one lower-case word; a name before that
        word may be a subject whose determiner is its own ("The ministers faced charges": 0)."""
        data = self.language
        words = _WORDS_BEFORE.findall(text, max(0, at - 60), at)[-4:]
        walked = lower = 0
        name_past_lower = False
        for word in reversed(words):
            key = word.lower()
            if key in data.number_words or word[0].isdigit():
                return 2
            if key in data.known_group_determiners:
                return 0 if name_past_lower else 1
            if walked and key in ("and", ","):
                return 2  # (the last of listed names or kinds)
            if not word[0].isalpha():
                return 0
            if word[0].isupper():
                name_past_lower = lower > 0
            else:
                lower += 1
                if lower > 1:
                    return 0
            walked += 1
        return 0
