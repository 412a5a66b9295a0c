"""A change stated as a percentage and as figures, read by the role the words give each figure rather than by a
fixed order: "ارتفع بنسبة 3.8 في المائة لتبلغ 929.2 مليون ريال، مقارنة بنحو 895 مليون ريال", "بلغت 23.2 مليار
ريال بانخفاض قدره 33%، مقارنة بنفس الشهر ... حيث بلغت آنذاك 34.5 مليار ريال", "rose 15% to £1.2bn, up from
£1.04bn", "lost 65 cents or 25% to $1.90", "بارتفاع بلغ 53.88 ألف طن وبنسبة 11 في المائة".

The percentage must be a change (a change word right before it, "a 52% rise", never "P% of the total") and is
read with the figures of its own statement only: the text around it up to a clause break ("while", "بينما",
"، و...", "بعد أن", a semicolon) or another percentage. In that window, of one quantity (one currency, or counts
of one noun; an equivalent in another currency in brackets is not a figure of the change):
- the level before is the figure a comparison introduces ("مقارنة بـ", "مقابل", "compared with", "against",
  "from", "than", or "عن" right after the percentage); the level after is the one "to"/"إلى"/"لتبلغ"/"عند"
  introduces, else the only other figure;
- a change in units is the figure joined to the percentage by "or"/"أو"/"أي"/"بما يعادل"/"وبنسبة" alone.
Exactly one figure in each role, or the sentence is not read: two levels and the percentage give "levels"; a
change and the level it ended at give "change"; a change and the level before give "change_from" (P = D / A).
"بعد أن" with a move verb right before a figure ("بنسبة 0.5% بعد أن كسب نحو 45 نقطة", "عند مستوى 11504 نقاط بعد أن
ارتفع بنسبة 1.85%") tells the same move again unless it goes against the statement's or another time follows; a
clause on the time compared with ("مقارنة بنفس الفترة من عام 2014، والتي بلغ فيها ... 180 ألفا") stays in the statement.
A statement that carries on the one before it ("، وواصلت نموها ... إلى B مرتفعة بنسبة P", "، ثم بنسبة P إلى C",
", then rose P to B") with one level reached gives "chained": the level before is the one the previous statement
reached (see _chained); arithmetic.py never contradicts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from checkers.consistency import figures
from factstream.models import Claim

Shape = tuple[str, Claim, Claim]

_MARKS = re.compile("[\u0640\u064b-\u0652\u200f\u200e]")
_BRACKETED = re.compile(r"\([^()]*\)")

# Where one statement ends and another begins.
BREAK = re.compile(
    # "، وذلك مقارنة بـ": the comparison of the statement before, not another statement
    r"بينما|فيما|في حين|(?:^|\s)كما\s|وذلك(?!\s+(?:مقارن|بالمقارن|قياسا))|في الوقت الذي|بعد\s*(?:أن|ما)|بعدما"
    r"|قبل\s*(?:أن|ما)|إلا أن|لكن|(?:^|\s)(?:مشير|مؤكد|مبين|لافت|موضح|مضيف)|[،,]\s*و(?!ذلك\s+(?:مقارن|بالمقارن|قياسا))"
    r"|\b(?:while|whereas|but|before|after|although|though|meanwhile|however)\b|,\s*and\b|[;؛]|\.\s"
    r"|تلت|تليها|يليه|يليها|ثم\s|followed by|بفضل|بسبب|نتيجة|جراء|إثر|وسط|على خلفية|مدعوم|مدفوع"
    # a cause starts another statement ("on a 5% rise in sales"); "راكبا.وقال": a sentence the splitter kept
    r"|\b(?:due to|thanks to|driven by|helped by|amid|on the back of|on an?|as)\b|\.(?=[\u0621-\u064a])"
    # A comma starts another statement unless a word that carries the change on follows it.
    r"|[،,]\s*+(?!(?:وذلك\s+(?:مقارن|بالمقارن|قياسا)|أي|حيث|إذ|ل[يت]|مقارن|بالمقارنة|مقابل|ب(?!لغ|ين|عد)|مرتفع|منخفض|متراجع|مسجل|محقق|خاسر|رابح|كاسب"
    r"|نزولا|صعودا|وصولا|عند|في\s|عن\s|من\s|خلال|التي|الذي|البالغ|والبالغ|حين|عندما|نحو|up\b|down\b|an?\b"
    r"|from\b|compared|against|to\b|at\b|or\b|which\b|in\b|the\b|its\b|\(|$))")
_NEAR = r"(?:\s+(?:about|around|some|nearly|almost|roughly|just|نحو|حوالي|حوالى|قرابة|مستوى|مستويات))*"
# The gap right before the level a change ended at.
TO_MARK = re.compile(
    rf"(?:^|\s)(?:to|to reach|to close at|to end at|at|reaching|إلى|الى|إلي|الي|عند|ل(?:ي|ت)(?:بلغ|صل|ستقر|قفل|غلق)"
    rf"(?:\s+(?:إلى|الى|عند))?|وصولا\s+إلى){_NEAR}\s*$")
# A comparison anywhere in the gap: the figure after it is the level before (unless "حيث"/"which" restarts).
COMPARE_MARK = re.compile(r"مقارن[ةه]|بالمقارنة|مقابل|قياسا|^\s*عن\s"
                          r"|(?:على|عن)\s+(?:الفترة|نفس|العام|عام|الشهر|شهر|الربع|النصف|الأسبوع|مستو)"
                          r"|\bcompared\b|\bagainst\b|\bversus\b|\bvs\b")
FORECAST = re.compile(r"توقع|تقدير|تقديرات|المستهدف|مستهدف|forecast|expect|estimate|consensus|analyst|target"
                      r"|predict|budget|الميزانية|الموازنة")
ANOTHER_TIME = re.compile(r"السابق|الماضي|المماثل|نفس|نفسها|ذاتها|أمس|العام|عام|الشهر|شهر|الربع|النصف|الأسبوع"
                          r"|الجلسة|آنذاك|حين|عندما|[0-9\u0660-\u0669]{4}|\b(?:earlier|ago|previous|last|prior|year"
                          r"|month|quarter|week|session|before|end|start|january|february|march|april|may|june|july"
                          r"|august|september|october|november|december)\b|نهاية|بداية|مطلع|يناير|فبراير|مارس|أبريل"
                          r"|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار"
                          r"|حزيران|تموز|آب|أيلول|تشرين")
RESTART = re.compile(r"حيث|إذ\s|\bwhich\b")
THEN = re.compile(r"آنذاك|حينها|وقتها|حين|عندما|البالغ|بلغت\s+فيه|بلغ\s+فيه|التي\s+(?:سجلت|بلغت)|الذي\s+(?:سجل|بلغ)")
# "from"/"من"/"than"/"عن" only right before the figure.
FROM_MARK = re.compile(rf"(?:^|\s)(?:from|from the|than|من|عن){_NEAR}\s*$")
NOT_FROM = re.compile(r"(?:أكثر|أقل|أصل|بين|إجمالي|مجموع|more|less|fewer|out)\s+(?:من|than|of)\s*$")
# A change percentage: the words right before it, or a change noun right after it.
CHANGE_BEFORE = re.compile(
    r"(?:بنسبة|نسبته|نسبتها|قدره|قدرها|بارتفاع|بانخفاض|بزيادة|بنمو|بتراجع|بهبوط|بنقص|زيادة|ارتفاعا|انخفاضا"
    r"|تراجعا|نموا\s+بـ?|نموا|ارتفع\S*|انخفض\S*|تراجع\S*|زاد\S*|نما|نمت|هبط\S*|صعد\S*|خسر\S*|كسب\S*|ربح\S*"
    r"|مرتفع\S*|منخفض\S*|متراجع\S*|خاسر\S*|كاسب\S*|رابح\S*|بلغت|بلغ|تبلغ|يبلغ|أي|أو|or|يعادل|تعادل|يوازي"
    r"|توازي"
    r"|\b(?:rose|rise|risen|rising|up|down|fell|fall|fallen|falling|dropped|drop|declined|decline|slipped|jumped"
    r"|climbed|gained|lost|shed|sank|surged|soared|grew|grown|increased|decreased|plunged|tumbled|by|of|cut|added))"
    r"(?:\s+(?:بـ|ب|نحو|حوالي|حوالى|about|around|some|an?\s+estimated))?[\s\-–—(]*$")
CHANGE_AFTER = re.compile(r"^\s*(?:rise|increase|fall|drop|decline|jump|gain|growth|higher|lower|up|down|surge"
                          r"|plunge|slump|cut|reduction)\b")
# "P% of the total", "من إجمالي": a share, not a change.
SHARE_AFTER = re.compile(r"^\s*(?:of\b|من\s+(?:إجمالي|اجمالي|مجموع|حجم|قيمة|عدد|السكان|الناتج|ال))")
# Between a change in units and its percentage, either way round: only these words.
LINK_WORDS = {"or", "أو", "او", "أي", "اي", "ما", "نسبته", "نسبتها", "بنسبة", "وبنسبة", "زيادة", "ارتفاع",
              "انخفاض", "تراجع", "قدرها", "قدره", "بلغت", "بلغ", "تعادل", "يعادل", "توازي", "يوازي", "بما",
              "تمثل", "يمثل", "نحو", "حوالي", "about", "some", "i.e.", "ie", "قيمته", "قيمتها", "من",
              "بإضافة", "ليرتفع", "لترتفع", "لينخفض", "لتنخفض", "ليتراجع", "لتتراجع", "ليصعد", "ليهبط", "rising",
              "falling"}
_LINK_MAX_WORDS = 5


def clean(text: str) -> str:
    return _MARKS.sub("", text).lower()


def _outside_brackets(text: str) -> str:
    """The gap's text without bracketed asides (and the part of a bracket the gap starts or ends inside)."""
    text = _BRACKETED.sub(" ", text)
    if ")" in text:
        text = text[text.rindex(")") + 1:]
    if "(" in text:
        text = text[: text.index("(")] + " "
    return text


def breaks(gap: str) -> bool:
    return bool(BREAK.search(clean(_outside_brackets(gap))))


# "بعد أن كسب نحو 45 نقطة", "عند مستوى 11504 نقاط بعد أن ارتفع بنسبة 1.85%": the same move told again, right
# before its figure; not another statement when the move does not go against the statement's and no other time
# follows.
_RISE = r"ارتفع|ارتفاع|مرتفع|صعد|صعود|زاد|زياد|كسب|مكاسب|ربح|أضاف|اضاف|بإضافة|نما|نمت|نمو|قفز"
_FALL = r"انخفض|انخفاض|منخفض|تراجع|متراجع|هبط|هبوط|خسر|خاسر|خسائر|فقد|نزل|نزول"
RESTATED = re.compile(rf"(?:^|\s)(?:بعد\s*(?:أن|ان|ما)|بعدما)\s+(?:{_RISE}|{_FALL})\S{{0,2}}"
                      r"(?:\s+(?:نحو|حوالي|حوالى|بنسبة|بـ|ب))*\s*$")
_OTHER_TIME = re.compile(r"أمس|امس|السابق|الماضي|الجلسة|يوم|الأسبوع|الشهر|العام|عام|منذ|خلال|الأخير")


def _direction(text: str) -> int:
    rises, falls = bool(re.search(_RISE, text)), bool(re.search(_FALL, text))
    return 0 if rises == falls else (1 if rises else -1)


def _restated(first: Claim, second: Claim) -> bool:
    """The text between two figures is "بعد أن" and a move verb told again of the same move (see RESTATED)."""
    gap = clean(_outside_brackets(figures.between(first, second)))
    found = RESTATED.search(gap)
    if found is None or breaks(gap[: found.start()]) or _OTHER_TIME.search(clean(figures.after(second, 40))):
        return False
    told = _direction(found.group())
    statement = after_break(figures.before(first, 80)) + clean(first.text) + gap[: found.start()]
    return told != 0 and _direction(statement) in (0, told)


# "مقارنة بنفس الفترة من عام 2014، والتي بلغ فيها عدد الركاب 180 ألفا": a clause on the time compared with.
_THEN_CLAUSE = re.compile(r"[،,]\s*و(?=(?:التي|الذي|اللتي|اللذي|البالغ))")


def _then_clause(first: Claim, second: Claim) -> bool:
    gap = clean(_outside_brackets(figures.between(first, second)))
    found = _THEN_CLAUSE.search(gap)
    if found is None:
        return False
    before, after = gap[: found.start()], gap[found.end():]
    return bool(COMPARE_MARK.search(before) and THEN.search(after)) and not breaks(before) and not breaks(after)


def _splits(first: Claim, second: Claim) -> bool:
    """Whether a new statement starts between two figures of a sentence."""
    return breaks(figures.between(first, second)) and not _restated(first, second) \
        and not _then_clause(first, second)


def _is_equivalent(previous: Claim, claim: Claim) -> bool:
    """An amount in another currency in brackets (or after a semicolon in them) right after an amount."""
    if claim.kind != "money" or previous.kind != "money" or previous.currency == claim.currency:
        return False
    gap = clean(figures.between(previous, claim))
    return bool(re.fullmatch(r"\s*(?:\(|[;؛,،]|\(\s*(?:أي\s+)?(?:ما\s+يعادل|نحو|حوالي|about))\s*(?:about|نحو)?\s*",
                             gap))


def _window(seq: list[Claim], index: int) -> list[Claim]:
    """The claims of the percentage's own statement (itself included), equivalents left out (and the text of
    their brackets read as no break: "2.39bn rupees ($54.98m; £29.32m) compared with")."""
    main = [position for position in range(len(seq))
            if position == 0 or position == index or not _is_equivalent(seq[position - 1], seq[position])]
    at = main.index(index)
    start = at
    while start > 0 and seq[main[start - 1]].kind != "percent" and not _splits(seq[main[start - 1]], seq[main[start]]):
        start -= 1
    end = at
    while end + 1 < len(main) and seq[main[end + 1]].kind != "percent" \
            and not _splits(seq[main[end]], seq[main[end + 1]]):
        end += 1
    return [seq[position] for position in main[start: end + 1]]


def is_change_percent(seq: list[Claim], index: int) -> bool:
    percent = seq[index]
    if percent.unit or percent.value_high is not None:
        return False  # "percentage points", a range
    after = clean(figures.after(percent, 30))
    if SHARE_AFTER.match(after):
        return False
    before = clean(figures.before(percent, 40))
    if index > 0:
        before = clean(figures.between(seq[index - 1], percent))[-40:]
    # "انخفضت العملة التركية 0.34%", "مرتفعا 11.38 نقطة 0.13%": the verb a few words back.
    if CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(after):
        return True
    recent = " ".join(after_break(figures.before(percent, 80)).split()[-_VERB_WORDS:])
    return bool(MOVES.search(recent))


def after_break(text: str) -> str:
    text = clean(text)
    found = list(BREAK.finditer(text))
    return text[found[-1].end():] if found else text


# A bound, not a figure: "أكثر من 53.88 ألف طن", "more than 3.2%" are not read.
BOUND = re.compile(r"(?:(?:أكثر|أقل|يزيد|يقل|يتجاوز|تتجاوز|يفوق|more|less|fewer|over|under|above|below|almost"
                   r"|nearly|up to)\s+(?:من|عن|than)?|قرب\s+(?:مستوى|مستويات)?|near)\s*$")


def bounded(claim: Claim) -> bool:
    return bool(BOUND.search(clean(figures.before(claim, 20))))


def role(gap: str) -> str:
    """"old" (the level before), "new" (the level reached) or "" from the words right before a figure."""
    text = clean(_outside_brackets(gap))
    if TO_MARK.search(text):
        return "new"
    if FROM_MARK.search(text) and not NOT_FROM.search(text):
        return "old"
    compared = list(COMPARE_MARK.finditer(text))
    if compared:
        rest = text[compared[-1].end():]
        restart = RESTART.search(rest)
        if FORECAST.search(rest):
            return ""  # "compared with forecasts of £115m": not the level before
        if restart is None or THEN.search(rest[restart.end():]):
            return "compared"
    return ""


def _of_another_time(gap: str, claim: Claim) -> bool:
    """A figure a comparison introduces is the level before only when the words say it is of another time ("a
    year earlier", "في الفترة المماثلة", "في 2013"): "$60, against $58 for WTI" compares two things."""
    return bool(ANOTHER_TIME.search(clean(_outside_brackets(gap)) + " " + clean(figures.after(claim, 50))))


def linked(first: Claim, second: Claim) -> bool:
    """Only linking words (or a bracket) between a change in units and its percentage."""
    gap = RESTATED.sub(" ", clean(figures.between(first, second)))  # "0.5% بعد أن كسب نحو 45 نقطة"
    words = re.sub(r"[\s,،()\-–—]+", " ", gap).split()
    bare = [word for word in words if word not in ("و", "ب", "بـ")]
    return len(bare) <= _LINK_MAX_WORDS and all(word in LINK_WORDS for word in bare) and \
        not figures.gap_has_figure(gap)


def change_shape(seq: list[Claim], index: int, same: Callable[[Claim, Claim], bool]) -> Shape | None:
    """The shape the percentage at seq[index] is stated in, read by roles (see the module's docstring)."""
    if not is_change_percent(seq, index):
        return None
    window = _window(seq, index)
    percent = seq[index]
    at = window.index(percent)
    # A bound ("قرب مستوى 8800", "more than $3bn") is no level to compute with, nor one that makes the roles unclear.
    others = [claim for claim in window if claim.kind != "percent" and figures.numeric(claim) and not bounded(claim)]
    groups: list[list[Claim]] = []
    for claim in others:
        for group in groups:
            if same(group[0], claim):
                group.append(claim)
                break
        else:
            groups.append([claim])
    groups = [group for group in groups if len(group) >= 2]
    if not groups and len(others) == 1:
        return _chained(seq, window, percent, others[0], same)
    if len(groups) != 1:
        return None
    group = groups[0]
    if bounded(percent) or not _moves(window) or not _near(percent, group):
        return None
    roles: dict[str, list[Claim]] = {"old": [], "new": [], "": [], "change": []}
    for claim in group:
        position = window.index(claim)
        gap = figures.between(window[position - 1], claim) if position > 0 else after_break(figures.before(claim))
        said = role(gap)
        if said == "compared":
            said = "old" if _of_another_time(gap, claim) else ""
        # A figure the words make a level ("from 7,613 to 6,630, or 12.9%") is not a change, whatever follows.
        if not said and ((position == at - 1 and linked(claim, percent))
                         or (position == at + 1 and linked(percent, claim))):
            said = "change"
        roles[said].append(claim)
    if roles["old"] and window.index(roles["old"][0]) < at and _compared_after(percent, window, at):
        return None  # "... وبنسبة 0.03% عن شهر مايو": the percentage has its own base, not the figure before it
    shape = _pick(roles)
    return None if shape is None or bounded(shape[1]) or bounded(shape[2]) else shape


# A rise or a fall must be said in the statement ("اتفاق بنسبة 80%" is no change).
MOVES = re.compile(r"ارتفا?ع|انخفا?ض|تراجع|زياد|زاد|نمو|نما|نمت|هبط|هبوط|صعد|خسر|خاسر|كسب|كاسب|ربح|رابح|مرتفع"
                   r"|منخفض|متراجع|نقص|فقد|تقلص|قفز|نزل|نزول|هوى|تهاوى|اكتسب|أضاف|صعود|مكاسب|خسائر|مكسب|خسارة|تحسن|ارتد"
                   r"|\b(?:up|down|added|gains?|gaining|los(?:e|es|ing|ses)|advanced|eased|slid|dipped|rallied|retreated|edged"
                   r"|recovered|rebounded|rose|rise|risen|rising|fell|fall|fallen|falling"
                   r"|dropped|drop|declined?|decrease[sd]?|increase[sd]?|slipped|jumped|climbed|gained|lost|shed|sank"
                   r"|surged|soared|grew|grown|growth|plunged|tumbled|higher|lower|cut)\b")
_MAX_WORDS_TO_FIGURE = 12
_VERB_WORDS = 5


def _moves(window: list[Claim]) -> bool:
    first, last = window[0], window[-1]
    offset = first.sentence_start
    text = after_break(first.sentence[: first.start - offset]) + first.sentence[first.start - offset: last.end - offset]
    return bool(MOVES.search(clean(text)))


def _near(percent: Claim, group: list[Claim]) -> bool:
    """The percentage stands within a few words of the figures it is the change of (or between them)."""
    before = [claim for claim in group if claim.end <= percent.start]
    after = [claim for claim in group if claim.start >= percent.end]
    if before and after:
        return True
    nearest = figures.between(before[-1], percent) if before else figures.between(percent, after[0])
    return len(nearest.split()) <= _MAX_WORDS_TO_FIGURE


def _compared_after(percent: Claim, window: list[Claim], at: int) -> bool:
    """The percentage is followed by its own comparison ("عن شهر مايو", "compared with a year earlier")."""
    after = figures.between(percent, window[at + 1]) if at + 1 < len(window) else figures.after(percent, 60)
    text = clean(_outside_brackets(after))
    return bool(COMPARE_MARK.search(text) or re.match(r"^\s*(?:عن|from|on|than)\s", text))


def _without_the_difference(old: Claim, candidates: list[Claim], new: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """("", "new") figures once the change in units is set aside: of two figures besides the level before, one
    that is the other's difference from it ("174 مليار ... 151.5 مليار ... بزيادة قدرها 22.5 مليار") is the
    change, not a level; the other is the level reached."""
    a = figures.numeric(old) or 0.0
    for change in candidates:
        (level,) = [claim for claim in candidates if claim is not change]
        d, b = figures.numeric(change) or 0.0, figures.numeric(level) or 0.0
        allowed = figures.printed_half(change) + figures.printed_half(level) + figures.printed_half(old)
        if d < min(a, b) and abs(abs(b - a) - d) <= allowed:
            return [], [level]
    return [claim for claim in candidates if claim not in new], new


def _pick(roles: dict[str, list[Claim]]) -> Shape | None:
    old, new, plain, change = roles["old"], roles["new"], roles[""], roles["change"]
    if len(change) > 1 or len(old) > 1:
        return None
    if old and len(new) + len(plain) == 2 and not change:
        plain, new = _without_the_difference(old[0], [*new, *plain], new)
    if not new and len(plain) == 1:
        new, plain = plain, []
    if plain or len(new) > 1:
        return None
    if old and new:
        return "levels", old[0], new[0]
    if change and new:
        return "change", change[0], new[0]
    if change and old and (figures.numeric(change[0]) or 0) < (figures.numeric(old[0]) or 0):
        return "change_from", change[0], old[0]
    return None


# A statement that carries the previous one on: "، وواصلت نموها ... إلى B", "، ثم بنسبة P إلى C", ", then".
CONTINUES = re.compile(r"^[\s,،]*(?:و\s*)?(?:واصل|استمر|تابع|ثم\s)|^[\s,]*(?:and\s+)?(?:then\b|continued\s+to\b)")
_OPENING_WORDS = 10  # "، وواصلت نموها في العام التالي إلى": a longer opening is a statement of its own


def _chained(seq: list[Claim], window: list[Claim], percent: Claim, level: Claim,
             same: Callable[[Claim, Claim], bool]) -> Shape | None:
    """"…إلى 954.94 ألف، وواصلت نموها في العام التالي إلى 994.65 ألف مرتفعة بنسبة 4%": a statement that
    continues the one before it (its first words) with one level reached and its percentage: the level before
    is the one the previous statement reached ("to"/"إلى" right before it, of the same quantity, the last figure
    before this statement that is not a percentage). Judged as two levels; never contradicted (arithmetic.py)."""
    start = seq.index(window[0])
    if start == 0:
        return None
    # The words from the clause break ("، و", "، ثم") to this statement's first figure.
    opening = re.split(r"[،,;؛]", clean(figures.between(seq[start - 1], window[0])))[-1]
    if not CONTINUES.match(opening) or len(opening.split()) > _OPENING_WORDS:
        return None
    position = window.index(level)
    gap = figures.between(window[position - 1], level) if position > 0 else opening
    if role(gap) != "new" or bounded(percent) or bounded(level):
        return None
    earlier = [claim for claim in seq[:start] if claim.kind != "percent"]
    if not earlier:
        return None
    previous = earlier[-1]
    index = seq.index(previous)
    previous_gap = figures.between(seq[index - 1], previous) if index > 0 else figures.before(previous)
    if not same(previous, level) or bounded(previous) or role(previous_gap) != "new" or not figures.numeric(previous):
        return None
    # A rise or a fall said in this statement or in the one it carries on ("ثم بنسبة 0.5% إلى ...").
    offset = level.sentence_start
    said = after_break(figures.before(previous, 80)) + level.sentence[previous.start - offset: window[-1].end - offset]
    return ("chained", previous, level) if MOVES.search(clean(said)) else None
