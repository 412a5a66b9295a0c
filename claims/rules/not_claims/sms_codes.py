"""Not claims: SMS short codes and service numbers ("أرسل 5 إلى 801", "أرسل sms إلى 88548", "636250 موبايلي",
"رقم الطوارئ 997", "text VOTE to 80800")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip, Tok

# How far back (words) the verb of an SMS instruction may stand from the short code: "أرسل كلمة اشتراك إلى 81234",
# "Text the word 'VOTE' to 81234".
SMS_REACH = 5
# A code next to an operator's name has at least this many digits ("88548 الاتصالات"); "5 الاتصالات" is not one.
MIN_CODE_DIGITS = 3


class SmsCodeRules(Cursor):
    """Short codes, what is texted to them, and numbers named as a service's number."""

    def _sms_code(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        data = self.language
        if not data.sms_verbs:
            return None
        t = self.toks[i]
        if nxt is not None and nxt.kind == WORD and len(t.text) >= MIN_CODE_DIGITS and t.text.isdigit() and \
                self.in_set(i + 1, data.telecom_operators):
            return Skip(end_i)  # "636250 موبايلي": a short code per operator
        if self.ex.holds_any(data.sms_verbs):  # (most texts name no verb of texting: no figure asks further)
            texted = self._texted_code(i, prev, nxt, end_i)
            if texted is not None:
                return texted
        if data.service_number_nouns and self.in_set(i - 2, data.service_number_nouns) and \
                prev is not None and prev.kind == WORD and not self._unit_follows(end_i - 1):
            return Skip(end_i)  # "رقم الطوارئ 997", "الرقم المجاني 8001"
        return None

    def _texted_code(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        """What is texted ("أرسل 5 إلى 801") or the code after "إلى"/"to": cheap shapes first, then the verb."""
        data = self.language
        after = self.tok(end_i + 1)
        texted = self.in_set(end_i, data.sms_links) and after is not None and after.kind == NUM
        # A code or a texted word stands bare: "send 3,000 troops to 5 bases" counts bases, "أرسل 5 آلاف جندي" troops.
        bare = nxt is None or nxt.kind != WORD or self.in_set(i + 1, data.telecom_operators) or \
            self.in_set(i + 1, data.sms_links)
        code = bare and prev is not None and prev.kind == WORD and prev.key in data.sms_links
        right_after_verb = bare and prev is not None and self.in_set(i - 1, data.sms_verbs)
        if (texted or code or right_after_verb) and self._sms_verb_before(i):
            return Skip(end_i + 2 if texted else end_i)
        return None

    def _sms_verb_before(self, i: int) -> bool:
        data = self.language
        k, words = i - 1, 0
        while k >= 0 and words < SMS_REACH:
            if self.in_set(k, data.sms_verbs) or self.word_key(k) in data.sms_verbs:
                return True
            words += self.toks[k].kind != SYM  # quotes around the texted word are free ("Text the word 'NEWS' to")
            k -= 1
        return False
