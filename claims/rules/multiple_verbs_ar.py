"""Arabic verbs that multiply a quantity: "تضاعفت أسعار الخبز", "عدد الزوار تضاعف", "ضاعفت الشركة أرباحها", "بعد
تضاعف الإنتاج" state a multiple of two, a number with unit "times" spanned on the verb (bench/devset/GUIDELINES.md,
calls settled in session 16; English: counts_multiples_en._multiple_verb_en). Found by a set lookup on an anchor word
(numbers.multiple_verbs, proclitics stripped). Not where the clause states its own multiple ("تضاعفت عدة مرات",
"تضاعف ... إلى 4 أضعاف"), "ضاعف من معاناة" (heightened), nor with an abstract noun ("تضاعف الخطر", "ضاعفت همومنا");
"N مرات" a few words after such a verb is that multiple (counts_ar._multiple_ar asks multiple_verb_before)."""

from __future__ import annotations

from collections.abc import Iterator

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_AR
from claims.engine.types import SYM, WORD, Draft

MULTIPLE_VERB_STATED_REACH = 16  # words after the verb read for the multiple its clause states
MULTIPLE_VERB_NOUN_REACH = 4  # words either side of the verb read for an abstract subject or object
MULTIPLE_VERB_FIGURE_REACH = 4  # words before "N مرات" read for the verb it multiplies ("تضاعف سعر الطحين 4 مرات")


class MultipleVerbRulesAr(Cursor):
    """An Arabic verb that multiplies a quantity, read at its anchor word."""

    def multiple_verb_ar(self, i: int) -> list[Draft] | None:
        """"تضاعفت أسعار الخبز": twice, unless the clause states its own multiple after the verb ("تضاعفت عدة
        مرات", "إلى أكثر من 4 أضعاف", `multiple_verb_stated_after`), "من" before no figure makes it heightened
        ("ضاعف من معاناة"; not "تضاعف من مليونين إلى ..."), or an abstract noun is its subject or object ("تضاعف
        الخطر", "ضاعفت همومنا": `multiple_verb_abstract_nouns`)."""
        if not self.ar:
            return None  # (English: counts_multiples_en)
        data = self.language
        t = self.toks[i]
        found = self.strip(t.key, data.multiple_verbs)
        if found is None:
            return None
        if self.word_key(i + 1) in data.multiple_verb_from_links and self.number_expr(i + 2) is None:
            return None
        if self._clause_after_rules_out(i) or any(self._abstract_noun_ar(key) for key in self._clause_keys(i, -1)):
            return None
        return [Draft("number", t.start, t.end, value=data.multiple_verbs[found[1]], unit="times",
                      qualifier=self._qualifier(i)[0])]

    def _clause_after_rules_out(self, i: int) -> bool:
        """One walk of the clause after the verb at i: it states its own multiple within MULTIPLE_VERB_STATED_REACH
        tokens (`multiple_verb_stated_after`), or among its first MULTIPLE_VERB_NOUN_REACH words stands an abstract
        noun (_abstract_noun_ar) or a side's lead or the score (`multiple_verb_not_objects`, proclitics stripped:
        "ضاعف الضيوف تقدمهم", "وضاعف المهاجم النتيجة": a second goal, no multiple). Marks are no words; a clause end
        stops the walk."""
        data = self.language
        stated_end, words = i + 1 + MULTIPLE_VERB_STATED_REACH, 0
        for k in range(i + 1, self.n):
            t = self.toks[k]
            if (t.kind == SYM and t.text in CLAUSE_ENDS_AR) or (k >= stated_end and words >= MULTIPLE_VERB_NOUN_REACH):
                return False
            if k < stated_end and self.in_set(k, data.multiple_verb_stated_after):
                return True
            if t.kind == WORD and words < MULTIPLE_VERB_NOUN_REACH:
                words += 1
                if self._abstract_noun_ar(t.key) or self.strip(t.key, data.multiple_verb_not_objects) is not None:
                    return True
        return False

    def _clause_keys(self, i: int, step: int) -> Iterator[str]:
        """The keys of the first MULTIPLE_VERB_NOUN_REACH words from token i in direction `step` (1 or -1), within
        its clause: marks are no words (a quote mark or a bracket: "«خطر الإرهاب من سيناء» تضاعف"), a clause end
        stops the walk."""
        k, words = i + step, 0
        while words < MULTIPLE_VERB_NOUN_REACH and (t := self.tok(k)) is not None and \
                not (t.kind == SYM and t.text in CLAUSE_ENDS_AR):
            if t.kind == WORD:
                yield t.key
                words += 1
            k += step

    def _abstract_noun_ar(self, key: str) -> bool:
        """`key` is one of `multiple_verb_abstract_nouns`, past a proclitic or the article and a pronoun ending
        ("همومنا", "معاناتهم": a feminine noun's ending written ت before the pronoun)."""
        data = self.language
        nouns = data.multiple_verb_abstract_nouns
        if self.strip(key, nouns) is not None:
            return True
        for ending in data.multiple_verb_noun_endings:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                stem = key[: -len(ending)]
                if self.strip(stem, nouns) is not None or (stem.endswith("ت") and self.strip(stem[:-1] + "ه", nouns)):
                    return True
        return False

    def multiple_verb_before(self, i: int) -> bool:
        """A verb of `multiple_verbs` within MULTIPLE_VERB_FIGURE_REACH words before token i, no mark between: the
        figure at i with "مرة"/"مرات" is then its multiple ("تضاعفت ثلاث مرات", "تضاعف سعر الطحين 4 مرات": number,
        unit "times"), no count of occasions (counts_ar._multiple_ar)."""
        for k in range(i - 1, max(-1, i - 1 - MULTIPLE_VERB_FIGURE_REACH), -1):
            key = self.word_key(k)
            if key is None:
                return False
            if self.strip(key, self.language.multiple_verbs) is not None:
                return True
        return False
