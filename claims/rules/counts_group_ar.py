"""Arabic group nouns that name their members by number: "واصل الثلاثي عبدالله وسالم وفهد تدريباتهم", "الرباعي
الأجنبي مارك ولويس وجون وبيتر". Sports pages name a set of players so when they first name them; the noun is the
set's count (a definite cardinal at first mention counts: bench/devset/GUIDELINES.md), told from the adjective of the
same form ("الدفع الرباعي", "العدوان الثلاثي") by what stands around it: a verb or preposition before it, not a
definite noun it qualifies, and the members' names after it (past adjectives: "الرباعي الأجنبي الجديد"). Without
names it refers back to a set named before ("الثلاثي من تقديم أفضل ما عندهم") and counts nothing. "الثنائي" is
left out, as a definite dual is (GUIDELINES; ar.yaml group_nouns)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import SYM, WORD, Draft

GROUP_ADJECTIVES_MAX = 3  # definite adjectives between the noun and the first name ("الرباعي المحلي الجديد")
GROUP_NAMES_REACH = 7  # tokens from the first name to the "و" or comma that adds the next member
_LAM = "ل"  # "ل" + "ال" is written "لل" (a script fact, as in counts_definite_ar.py)
_FEMININE_ENDINGS = ("ة", "ات")  # a noun a masculine adjective cannot qualify (script and grammar facts)


class GroupNounRulesAr(Cursor):
    """Arabic group nouns counting the members named after them."""

    def group_noun_ar(self, i: int) -> list[Draft] | None:
        """The group noun at token i ("الخماسي", "للثنائي", "بالثلاثي") counts its members when their names follow."""
        data = self.language
        key = self.toks[i].key
        found = self.strip(key, data.group_nouns, data.proclitics_dual_noun)
        lead = len(found[0]) if found is not None else 0
        if found is None and key.startswith(_LAM + _LAM):  # "للثنائي": ل + ال
            bare = data.definite_article + key[2:]
            found, lead = (_LAM, bare) if bare in data.group_nouns else None, 0  # (the span keeps "لل")
        if found is None:
            return None
        if not found[0].strip(data.and_prefix) and self._qualifies_noun_before(i):
            return None  # "التعاون الثنائي", "والفريق الثلاثي": an adjective of the noun before (one with a
            # preposition glued, "للخماسي", "بالثلاثي", is none)
        if not self._members_named_after(i + 1):
            return None
        t = self.toks[i]
        return [Draft("count", t.start + lead, t.end, value=data.group_nouns[found[1]], counted=found[1])]

    def _qualifies_noun_before(self, i: int) -> bool:
        """The group noun at i is the masculine adjective of the definite noun before it ("العدوان الثلاثي"); a
        feminine noun (ة) or a plural in ات would take "الثلاثية", so "يغيب عن المباراة الثلاثي ..." is the set."""
        before = self.tok(i - 1)
        data = self.language
        if before is None or before.kind != WORD or \
                not before.key.removeprefix(data.and_prefix).startswith(data.definite_article):
            return False
        return not self._original_word(i - 1).endswith(_FEMININE_ENDINGS)

    def _members_named_after(self, k: int) -> bool:
        """Names start at token k, past up to GROUP_ADJECTIVES_MAX definite adjectives and a comma: a mark that opens
        a list of names («, “, ", () or a word that is no particle (`group_not_name_words`) and no "و" word, with a
        "و" word or a comma adding the next name within GROUP_NAMES_REACH tokens."""
        data = self.language
        article = data.definite_article
        for _ in range(GROUP_ADJECTIVES_MAX):
            tok = self.tok(k)
            if tok is None or tok.kind != WORD or not tok.key.startswith(article):
                break
            if tok.key in data.group_not_name_words or tok.key in data.group_sport_adjectives:
                return False  # "الثنائي البرازيلي الذي انضم إلى الفريق": a clause about the set, no names;
                # "الخماسي الحديث": the modern pentathlon, a sport (review 20)
            k += 1
        tok = self.tok(k)
        if tok is not None and tok.kind == SYM and tok.text in ",،":
            tok, k = self.tok(k + 1), k + 1  # "الثلاثي الأجنبي، السويدي نبيل"
        if tok is None or tok.start >= self.bounds[1]:
            return False
        if tok.kind == SYM:
            return tok.text in data.group_name_openers
        if tok.kind != WORD or tok.key in data.group_not_name_words or tok.key.startswith(data.and_prefix):
            return False
        for m in range(k + 1, min(self.n, k + 1 + GROUP_NAMES_REACH)):
            nxt = self.toks[m]
            if nxt.start >= self.bounds[1] or (nxt.kind == SYM and nxt.text in ".؛;:"):
                return False
            if (nxt.kind == SYM and nxt.text in ",،") or (
                    nxt.kind == WORD and nxt.key.startswith(data.and_prefix) and len(nxt.key) > 2):
                return True
        return False
