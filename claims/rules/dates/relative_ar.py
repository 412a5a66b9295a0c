"""Dates from words, the Arabic parts: weekdays used as family names, a night named by two weekdays, and "اليوم"
used as a noun."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES, COMMAS, OPENING_QUOTES
from claims.engine.types import DASHES, NUM, SYM, WORD, Draft, Skip

# How many words before a weekday a future cue may stand ("والمقرر إقامتها مساء السبت").
FUTURE_CUE_REACH = 4
TODAY_ACT_REACH = 4  # words back from "اليوم" to a verb of deciding ("قرر مجلس الوزراء اليوم أن")
SCHEDULE_VERB_REACH = 6  # ... and a verb of a scheduled event ("ويزور رئيس الوزراء العاصمة الأردنية الخميس")
# How many tokens before "في اليوم" a figure may stand for a rate per day ("300 ألف برميل يوميا (في اليوم)").
UNTIL_TODAY_DEADLINE_REACH = 6  # words before "حتى اليوم" read for a deadline ("وتنتهي مهلة تقديم الطلبات حتى اليوم")


class RelativeDateRulesAr(Cursor):
    """Arabic word-date rules that English does not share."""

    def _given_name_before(self, i: int) -> bool:
        """Arabic: the words right before token i are a given name ("عبدالعزيز", "عبد العزيز", "أحمد") not led by
        a title used with a first name alone ("الملك", "الأمير") or by "بن"."""
        data = self.language
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD:
            return False
        key = prev.key
        bare = key[1:] if key[:1] == data.and_prefix and len(key) > 2 else key
        start = i - 1
        given = any(bare.startswith(x) and len(bare) > len(x) for x in data.surname_name_prefixes) or (
            bare in data.surname_given_names or key in data.surname_given_names)  # "عبدالعزيز", "أحمد"
        if not given:
            if key.startswith(data.definite_article) and self.in_set(i - 2, data.surname_name_prefixes):
                start = i - 2  # "عبد العزيز"
            else:
                return False
        return not self.in_set(start - 1, data.surname_not_after)

    def _not_today_ar(self, i: int, bare: str) -> bool:
        """The relative day word at i (without its proclitic: `bare`) is not a date here: after a word that makes
        it a name, or "اليوم" used as a noun ("اليوم الوطني", "اليوم نفسه", «اليوم» the newspaper, "اليوم 5")."""
        data = self.language
        if self.in_set(i - 1, data.today_not_after) or self.word_key(i - 1) in data.today_not_after:
            return True
        if data.relative_days.get(bare) == 0 and self._until_now_ar(i):
            return True
        if data.relative_days.get(bare) == -1 and self.in_set(i + 1, data.yesterday_elative_after):
            return True  # "في أمس الحاجة": the elative "most pressing", spelled as "yesterday"
        if bare in data.tonight_nouns:  # "في الليلة الواحدة", "الليلة الأولى", "تلك الليلة": a night, not tonight
            nxt = self.word_key(i + 1)
            return (nxt is not None and nxt.startswith(data.definite_article)) or \
                self.word_key(i - 1) in data.tonight_not_after or self._spent_night_ar(i)
        if bare in data.today_nouns:
            nxt = self.tok(i + 1)
            # "اليوم الوطني", "اليوم التالي": a definite adjective makes it a noun, not "today"; a feminine word cannot
            # agree with it and opens the next phrase ("تفتتح مساء اليوم الدورة 18": today).
            if nxt is not None and nxt.kind == WORD and (nxt.key in data.today_noun_after or (
                    nxt.key.startswith(data.definite_article) and nxt.key not in data.not_counted and
                    nxt.key[-1] not in data.feminine_endings)):
                return True
            prev = self.tok(i - 1)
            if prev is not None and prev.kind == SYM and prev.text in OPENING_QUOTES and nxt is not None and \
                    nxt.kind == SYM and nxt.text in CLOSING_QUOTES:
                return True  # «اليوم»: the newspaper
            if nxt is not None and nxt.kind == NUM and not self.in_set(i - 1, data.day_part_words):
                return not self.figure_with_unit(i + 1)  # (counts.py) "اليوم 5": day five; not "عصر اليوم 21250 ليرة",
                # "بلغ الاستهلاك اليوم 9400 ميغاواط": today, and a figure with its unit after it
            if self._outlet_name(i) or self._outlet_dateline(i):
                return True
            if self._per_day(i):
                return True
            if data.relative_days.get(bare) == 0 and self.in_set(i - 1, data.nowadays_before):
                return True  # "وهو اليوم يتجه", "ولدينا اليوم": nowadays
            if data.relative_days.get(bare) == 0 and self._stance_after_today_ar(i):
                return True  # "دورنا اليوم أن ندعم": nowadays
        return False

    def _stance_after_today_ar(self, i: int) -> bool:
        """"دورنا اليوم أن ندعم", "من غير المعقول اليوم أن نقبل", "ومن الضروري اليوم أن نراجع": bare "اليوم" at i
        right before "أن"/"بأن" (`nowadays_openers_after`) says how things stand now and names no day, unless a verb of
        saying stands before it in the sentence (that day dates a saying: report time, _saying_far_back_ar) or a word
        of expecting right before it ("يرتقب اليوم أن يحسم": the day an event is due; `today_expected_before`)."""
        data = self.language
        idiom = self.word_key(i + 2) in data.report_opener_idioms
        if idiom or self.word_key(i + 1) not in data.nowadays_openers_after or \
                self.in_set(i - 1, data.today_expected_before):
            return False  # ("تنطلق اليوم إن شاء الله": إن and أن share a key)
        if self._act_verb_before_today_ar(i):
            return False  # "قرر مجلس الوزراء اليوم أن تبدأ": the day of a decision, a date (review)
        return not self._saying_far_back_ar(i, i + 1)

    def _act_verb_before_today_ar(self, i: int) -> bool:
        """A verb of deciding or agreeing (`today_act_verbs`) within TODAY_ACT_REACH words before "اليوم" at i, no
        mark between ("قرر مجلس الوزراء اليوم أن", "اتفق الطرفان اليوم أن"): the day dates that act, an event's date
        (GUIDELINES report time), not "nowadays" (review of the session 20 nowadays rule)."""
        verbs = self.language.today_act_verbs
        return any(self.in_set(k, verbs) for k in self.words_back(i, TODAY_ACT_REACH))

    def _spent_night_ar(self, i: int) -> bool:
        """"وقضى المسافرون الليلة في صالة المطار": "الليلة" after a verb of spending a time (maybe its subject between)
        is the night spent, its object, no date."""
        data = self.language
        return any(self.in_set(k, data.frame_spent_verbs) for k in range(max(0, i - 2), i))

    def _until_now_ar(self, i: int) -> bool:
        """"اليوم" at i closes a span up to now, the time of the report, not a day of its own: "بلغ إلى حدود
        اليوم"/"لحد اليوم" (`until_now_bounds`), and "حتى اليوم"/"ولغاية اليوم" (`until_now_links`): "منذ بداية
        حزيران حتى اليوم" (bench/devset OOD sets: a count so far), "ما زال مصيرهم مجهولا حتى اليوم", "حافظت على
        معالمها حتى اليوم" (a state lasting up to now: 13 of the shared corpus's 14). With its weekday after it
        ("امتدت الجلسة حتى اليوم الأربعاء") or after a deadline (`until_today_deadline_words`: "وتنتهي المهلة حتى
        اليوم") without "منذ", it names the day. "وحتى أمس" is a day."""
        data = self.language
        if self.in_set(i - 1, data.until_now_bounds):
            return True
        if not self.in_set(i - 1, data.until_now_links):
            return False
        before = self.ex.norm.text[self.bounds[0]:self.toks[i - 1].start].split()
        if any(w in data.since_words or (w in data.range_from_words and any(
                x[:1].isdigit() for x in before[k + 1:k + 3])) for k, w in enumerate(before)):
            return True  # "منذ بداية حزيران حتى اليوم", "من عام 2015 حتى اليوم"
        after = self.word_key(i + 1)
        return (after is None or self.strip(after, data.weekdays, data.proclitics_weekday) is None) and not any(
            self.strip(w, data.until_today_deadline_words) is not None for w in before[-UNTIL_TODAY_DEADLINE_REACH:])

    def _outlet_name(self, i: int) -> bool:
        """"اليوم" at i ends or opens a quoted name of two or three words after an outlet noun or a preposition
        (موقع «روسيا اليوم», صحيفة "المصري اليوم", لـ«اليوم السابع», في «أخبار اليوم»; not a quoted saying: 'وقال:
        «نبدأ اليوم» تنفيذ', '"اليوم نحتفل"'), or follows an
        outlet noun and one name word before the outlet's definite feminine adjective ("وكالة فلسطين اليوم
        الإخبارية"; not "وكالة رويترز اليوم الخميس": a weekday)."""
        data = self.language
        opened = closed = None
        for k in range(i - 1, max(-1, i - 3), -1):
            t = self.toks[k]
            if t.kind == SYM:
                opened = k if t.text in OPENING_QUOTES else None
                break
        for k in range(i + 1, min(len(self.toks), i + 3)):
            t = self.toks[k]
            if t.kind == SYM:
                closed = k if t.text in CLOSING_QUOTES else None
                break
        if opened is not None and closed is not None and closed - opened <= 4 and \
                (self._outlet_noun_at(opened - 1) or self.in_set(opened - 1, data.outlet_name_prepositions)):
            return True
        after = self.word_key(i + 1)
        return after is not None and after.startswith(data.definite_article) and \
            after[-1] in data.feminine_endings and self.in_set(i - 2, data.outlet_nouns) and \
            self.word_key(i - 1) is not None and data.weekdays.get(after) is None

    def _outlet_dateline(self, i: int) -> bool:
        """"اليوم" at i is in the name of an outlet that opens the report as its dateline: a two-word name ending or
        opening with it opens the sentence before a dash or a colon ("الشرق اليوم- كشفت", "وطنا اليوم:أصدرت",
        "اليوم انفو : أعلن"), or stands in brackets before one ("مقديشو(الصومال اليوم): أعرب"). Not "أعلن الأردن
        اليوم أن" (a verb after it), nor "الأحد اليوم:" (a weekday)."""
        toks, data = self.toks, self.language
        for first, last in ((i - 1, i), (i, i + 1)):
            if first < 0 or last + 1 >= self.n or toks[first].kind != WORD or toks[last].kind != WORD or \
                    data.weekdays.get(toks[first if first != i else last].key) is not None:
                continue
            after = toks[last + 1]
            if after.kind == SYM and (after.text in DASHES or after.text == ":") and \
                    toks[first].start <= self.bounds[0]:
                return True  # the name opens the sentence
            before, close = self.tok(first - 1), self.tok(last + 2)
            if before is not None and before.text == "(" and after.text == ")" and close is not None and \
                    (close.text in DASHES or close.text == ":"):
                return True
        return False

    def _outlet_noun_at(self, k: int) -> bool:
        """Token k is an outlet noun, a proclitic on it or not ("موقع", "لصحيفة", "وقناة"; ar.yaml outlet_nouns)."""
        key = self.word_key(k)
        return key is not None and self.strip(key, self.language.outlet_nouns, self.language.proclitics) is not None

    def _per_day(self, i: int) -> bool:
        """"اليوم" at i right after "في": "in a day", a rate per day ("300 ألف برميل في اليوم", "ست ساعات في اليوم",
        "يجتمعون في اليوم خمس مرات", "عدد المتبرعين في اليوم"), not today: the news says today with "اليوم" alone
        or "هذا اليوم". A weekday after it ("في اليوم (الخميس)") was read before this check."""
        return self.in_set(i - 1, self.language.per_period_links)

    def _both_not_weekday(self, i: int) -> bool:
        """"الاثنين" at i means "the two" (it is also Monday) after "بين"/"كلا" or a dual with its possessive:
        "الفارق بين الاثنين", "ببلدينا الاثنين"."""
        data = self.language
        if data.weekdays.get(self.toks[i].key) != 0:
            return False
        after = self.word_key(i + 1)
        if after is not None and self.strip(after, data.weekdays, (data.and_prefix,)) is not None:
            return False  # "بين الاثنين والخميس": two weekdays
        prev = self.word_key(i - 1)
        return prev is not None and (prev in data.both_cues or any(
            prev.endswith(e) and len(prev) > len(e) + 2 for e in data.dual_possessive_endings))

    def _overnight_end(self, i: int, weekday: int) -> int:
        """The token after a weekday at i, or after the next day's name when it follows (bare, after "-" or "/", or
        after "إلى" when a word of the night is before the first: `overnight_links`): "ليل الثلاثاء الأربعاء",
        "ليلة الجمعة السبت", "مساء السبت - الأحد", "ليلة الجمعة إلى السبت" name one night, dated by its first day
        (bench/devset/GUIDELINES.md); "الثلاثاء والأربعاء" (with "و") are two days."""
        j = i + 1
        sep = self.tok(j)
        if sep is not None and sep.kind == SYM and sep.text in "-/–":
            j += 1
        elif sep is not None and sep.key in self.language.overnight_links and \
                self.word_key(i - 1) in self.language.overnight_nouns:
            j += 1  # "ليلة الجمعة إلى السبت"
        key = self.word_key(j)
        if key is None or self.language.weekdays.get(key) != (weekday + 1) % 7:
            return i + 1
        return j + 1

    def _direction_before_ar(self, i: int) -> str | None:
        """The week of the weekday at i told by the few words of its clause before it (FUTURE_CUE_REACH for a cue,
        SCHEDULE_VERB_REACH for a verb, past the day's openers "يوم"/"مساء"): "future" after a future cue
        ("والمقرر إقامتها السبت", "ستنطلق الأحد", "سيعقد مساء الخميس"; `future_cues`, also after و or ف) or a
        present verb of a scheduled event with the future's "س" ("سيلتقي الفريقان الثلاثاء"); "upcoming" (that day
        or the next of its name) after such a verb in the present, the tense news gives an event to come ("يلتقي
        الفريقان السبت", "ويزور الرئيس القاهرة الأحد"; `weekday_schedule_verbs`), unless a verb of the past stands
        among those words (`past_verbs`: "وكان الرئيس يزور القاهرة الخميس"), nor for the day of an incident named
        right before it (`weekday_incident_nouns`: "تجري الشرطة تحقيقا في حادث الأحد", "بعد خسارة الثلاثاء"). A
        definite cue right before the day ("من المقرر الثلاثاء", "الموعد المقرر يوم الأربعاء") only says
        "scheduled", in a past story too, and does not count. Right after a since word ("منذ الأحد", "ومنذ يوم
        الجمعة"): "past_tense", that day or the last."""
        data = self.language
        first = i
        while first > 0 and self.in_set(first - 1, data.report_day_openers):
            first -= 1  # "مساء", "يوم"
        if self.word_key(first - 1) in data.since_words:
            return "past_tense"  # "ومنذ الاثنين ضاعف الحزب هجماته": that day or the last of its name
        direction, past = None, False
        incident = self.in_set(first - 1, data.weekday_incident_nouns)  # "في حادث الأحد": that incident's own day
        for k in range(max(0, i - SCHEDULE_VERB_REACH), first):
            key = self.word_key(k)
            if self.toks[k].kind == SYM and self.toks[k].text in "،,.:؛":
                direction, past = None, False  # (a verb of another clause)
            if key is None or (k == first - 1 and key.startswith(data.definite_article) and
                               key not in data.weekday_future):  # ("الاجتماع المقبل مساء الاثنين" is future)
                continue
            bare = key[1:] if key[:1] in data.report_verb_proclitics else key
            if k >= i - FUTURE_CUE_REACH and (key in data.future_cues or bare in data.future_cues):
                return "future"
            if bare[:1] in data.future_prefixes and bare[1:] in data.weekday_schedule_verbs and not incident:
                return "future"  # "سيلتقي", "وستقام"
            if bare in data.weekday_schedule_verbs and not incident:
                direction = "upcoming"
            elif bare in data.past_verbs:
                past = True  # "وكان الرئيس يزور القاهرة الخميس": a past told in the present after "كان"
        return None if past else direction

    def _date_set_off_ar(self, i: int) -> list[Draft] | Skip | None:
        """The day word at i restated by a full date after it: in brackets ("اليوم (20 فبراير 2026)": one claim over
        both), right after it or a comma ("صباح اليوم،22/06/23", "اليوم 5 مارس 2024") or after a dash, maybe with its
        weekday ("اليوم – السبت 2 أغسطس 2025"): the date is the claim."""
        restated = self._bracketed_date_after(i, i + 1)
        if restated is None and self.toks[i + 1].kind != WORD and self._date_follows_weekday(i):
            return Skip(i + 1)
        if restated is not None or self.toks[i + 1].text not in DASHES or self.tok(i + 2) is None:
            return restated
        nt = self.toks[i + 2]
        weekday = nt.kind == WORD and self.strip(nt.key, self.language.weekdays, self.language.proclitics_weekday)
        return Skip(i + 2) if (weekday and self._date_follows_weekday(i + 2)) or (
            not weekday and self._date_follows_weekday(i + 1)) else None

    def _bracketed_date_after(self, start_i: int, end: int) -> list[Draft] | None:
        """A day word or weekday (tokens start_i..end) and its full date in brackets right after it ("اليوم الأحد
        (11 كانون الثاني/يناير 2026)"): one claim over both, valued by the written date, dating the report when a
        verb of saying owns the day; a comma may stand before the bracket ("اليوم الأحد، (12 نيسان 2026)")."""
        t = self.tok(end)
        if t is not None and t.text in COMMAS and self.tok(end + 1) is not None and self.toks[end + 1].text == "(":
            end, t = end + 1, self.toks[end + 1]
        if t is None or t.kind != SYM or t.text != "(" or self.tok(end + 1) is None or self.toks[end + 1].kind != NUM:
            return None
        drafts = self.date_from_number(end + 1)
        if not isinstance(drafts, list) or len(drafts) != 1 or drafts[0].precision != "day":
            return None
        close = self._index_after(drafts[0].end)
        if self.tok(close) is None or self.toks[close].text != ")":
            return None
        drafts[0].start, drafts[0].end = self.toks[start_i].start, self.toks[close].end
        return self._report_marked(drafts, start_i)

    def _day_phrase_after_and_ar(self, i: int) -> tuple[int, int] | None:
        """Arabic: a day phrase with "و" glued to its first word ("وأمس الأول الاثنين"): (offset, end), as without it;
        "وأمس" alone stays the relative day it is."""
        if not self.ar or self.toks[i].key[:1] not in self.language.and_words or len(self.toks[i].key) < 3:
            return None
        table = self.language.relative_day_phrases
        if self.toks[i].key[1:] not in table.first_words:
            return None  # (as phrase_at: no phrase of the table starts with this word)
        for length in range(min(self.language.max_phrase, self.n - i), 1, -1):
            words = self.toks[i:i + length]
            if any(w.kind != WORD for w in words):
                continue
            key = (words[0].key[1:], *(w.key for w in words[1:]))
            if key in table:
                return table[key], i + length
        return None
