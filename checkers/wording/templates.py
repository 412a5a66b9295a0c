"""The wording of every explanation, per reason and language, as data (rendered by checkers.wording.explain.render).

Fields in braces are filled in by the explanation builders: {phrase} the fact as a sentence (the metric's own
`phrase`, else FACT_PHRASE), {when} / {fact_when} / {claim_when} a time ("in 2018", "في عام 2018"), {source} the
fact's source, {claimed} the claim's figure with its qualifier, {label} the metric's label, {entity} the entity's
name, {figure} a reference figure, {factor} the metric's plausible_ratio, {unit_seen} the unit of the tables'
figures, {listed} the facts that disagree. Any language other than Arabic reads the English wording.
A new reason (a new kind of reference) adds its entry here, in both languages.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    # A fact supports or rules out the claim.
    "supported": {
        "en": "{phrase} {when} ({source}), consistent with the claimed {claimed}",
        "ar": "{phrase} {when} ({source})، وهو ما يتفق مع ما ورد ({claimed})",
    },
    "contradicted": {
        "en": "{phrase} {when} ({source}), not {claimed}",
        "ar": "{phrase} {when} ({source})، وليس {claimed}",
    },
    # National statistics (checkers.statistics): {margin} is how far first releases of the statistic are revised.
    "supported_revised": {
        "en": "{phrase} {when} ({source}, revised figure), consistent with the claimed {claimed} as a first "
              "release later revised",
        "ar": "{phrase} {when} ({source}، رقم معدَّل)، وهو ما يتفق مع ما ورد ({claimed}) بوصفه رقمًا أوليًا "
              "عُدِّل لاحقًا",
    },
    "revised_close": {
        "en": "{phrase} {when} ({source}, revised figure); the claimed {claimed} differs by less than the "
              "{margin} by which first releases of the {label} are often revised, so it is not called wrong",
        "ar": "{phrase} {when} ({source}، رقم معدَّل)، والرقم الوارد ({claimed}) لا يبعد عنه أكثر من {margin} "
              "وهو هامش تعديل الأرقام الأولى لـ{label} عادةً، فلا يُعدّ خطأ",
    },
    "statistic_unclear": {
        "en": "{phrase} {when} ({source}), not {claimed}; but the sentence is not clearly about that figure (it "
              "names other countries, years or kinds of figure), so the claim is not called wrong",
        "ar": "{phrase} {when} ({source})، وليس {claimed}، لكن الجملة لا تخص هذا الرقم بوضوح (تذكر بلدانًا أو "
              "سنوات أو أنواعًا أخرى من الأرقام)، فلا يُعدّ الادعاء خطأ",
    },
    # The figure is right for another time.
    "shifted": {
        "en": "{phrase} {fact_when}, not {claim_when} ({source})",
        "ar": "{phrase} {fact_when}، وليس {claim_when} ({source})",
    },
    "ambiguous": {
        "en": "Sources disagree on the {label} of {entity} {when}: {listed}",
        "ar": "تختلف المصادر حول {label} لـ{entity} {when}: {listed}",
    },
    # Unverifiable, and why.
    "no_table": {
        "en": "No reference table covers this claim, so it cannot be checked",
        "ar": "لا يغطي أي جدول مرجعي هذا الادعاء، فلا يمكن التحقق منه",
    },
    "currency": {
        "en": "The claim does not state its currency clearly, so it is not compared with reference figures",
        "ar": "لم تُحدَّد عملة المبلغ بوضوح، فلا يُقارن بأرقام بعملة أخرى",
    },
    "unit": {
        "en": "The reference figures for this are in another unit or currency ({unit_seen}), so they are not "
              "compared with the claim",
        "ar": "الأرقام المرجعية لهذا بوحدة أو عملة أخرى ({unit_seen})، فلا تُقارن بالادعاء",
    },
    "no_entity": {
        "en": "The sentence names no entity the reference tables hold this figure for",
        "ar": "لا تذكر الجملة جهة تغطيها الجداول المرجعية لهذا الرقم",
    },
    "monthly": {
        "en": "{claimed} is dated to a month or a shorter period, while the reference table holds the annual "
              "{label} of {entity}, so they are not compared",
        "ar": "الرقم {claimed} يخص شهرًا أو فترة أقصر من سنة، والجدول المرجعي يضم {label} السنوي لـ{entity}، "
              "فلا يُقارن به",
    },
    "undated": {
        "en": "The article has no date and the sentence names no year, so it is unknown which year {claimed} is "
              "about; it is not compared with the {label} of {entity} for any one year",
        "ar": "لا تاريخ للمقال ولا تذكر الجملة سنة، فلا يُعرف أي عام يقصده الرقم {claimed}، ولا يُقارن بـ{label} "
              "لـ{entity} في سنة بعينها",
    },
    "undated_count": {
        "en": "The article has no date, so it is unknown when {claimed} was written; the {label} of {entity} has "
              "changed over the years, so it is not compared with any one year's",
        "ar": "لا تاريخ للمقال، فلا يُعرف متى كُتب الرقم {claimed}؛ وقد تغيّر {label} لـ{entity} عبر السنين، فلا "
              "يُقارن بما كان عليه في سنة بعينها",
    },
    "annual_unstated": {
        "en": "The sentence names no year: {claimed} is most likely a monthly or year-on-year reading, not the "
              "annual {label} of {entity} that the reference table holds",
        "ar": "لا تذكر الجملة سنة، والأرجح أن {claimed} قراءة شهرية أو سنوية متحركة، لا متوسط {label} السنوي "
              "لـ{entity} الذي يضمه الجدول المرجعي",
    },
    "off_scale": {
        "en": "{claimed} does not look like a statement of the {label} of {entity} ({figure} {fact_when}, "
              "{source}): it is off by more than a factor of {factor}, so it is most likely another quantity",
        "ar": "لا يبدو أن {claimed} يعبّر عن {label} لـ{entity} ({figure} {fact_when}، {source})، فالفرق يتجاوز "
              "{factor} أضعاف، والأرجح أنه كمية أخرى",
    },
    "report_day": {
        "en": "The date {claimed} comes from a relative word (today, yesterday, a weekday) and lies far from the "
              "{label} ({fact_when}): it is most likely the day of the report, not a statement of that date",
        "ar": "التاريخ {claimed} مستنتج من كلمة نسبية (اليوم، أمس، اسم يوم) ويبعد كثيرًا عن {label} ({fact_when})، "
              "والأرجح أنه يوم الخبر لا تاريخ الحدث",
    },
    # A statistic of a year not over when the article appeared (checkers.statistics).
    "not_over": {
        "en": "{year} was not over when the article appeared, so {claimed} is an estimate or a forecast, not the "
              "annual {label} of {entity} that the reference table holds",
        "ar": "لم يكن عام {year} قد انتهى عند نشر المقال، فالرقم {claimed} تقدير أو توقع، لا {label} السنوي لـ{entity} "
              "الذي يضمه الجدول المرجعي",
    },
    # An undated article of a known period (published_window, checkers.years): {start}..{end} the window,
    # {years} the years the figure may then be about ("2003 or 2004"), {year} the one whose figure fits.
    "not_over_window": {
        "en": "The article is undated (published between {start} and {end}), so {years} had not ended when it "
              "appeared: {claimed} is an estimate or a forecast, not the annual {label} of {entity} that the "
              "reference table holds",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})، ولم يكن {years} قد انتهى عند نشره، فالرقم {claimed} تقدير "
              "أو توقع، لا {label} السنوي لـ{entity} الذي يضمه الجدول المرجعي",
    },
    "window_fits": {
        "en": "the article is undated (published between {start} and {end}), so the figure may be about {years}; "
              "{year}'s fits",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})، فقد يخص الرقم {years}، ويتفق معه رقم {year}",
    },
    "window_years": {
        "en": "the article is undated (published between {start} and {end}), so the figure may be about {years}",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})، فقد يخص الرقم {years}",
    },
    "window_off": {
        "en": "the article is undated (published between {start} and {end}), so the figure may be about {years}, "
              "and it is off from each year's ({listed}) by more than the {margin} by which first releases are "
              "revised",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})، فقد يخص الرقم {years}، وهو يبعد عن رقم كل منها "
              "({listed}) بأكثر من {margin}، وهو هامش تعديل الأرقام الأولى",
    },
    # A count that changed over time (a membership) in an undated article of a known period.
    "count_window_fits": {
        "en": "{phrase} {when} ({source}), consistent with the claimed {claimed}: the article is undated "
              "(published between {start} and {end}), and that count held during part of that period",
        "ar": "{phrase} {when} ({source})، وهو ما يتفق مع ما ورد ({claimed}): المقال غير مؤرخ (نُشر بين {start} "
              "و{end})، وكان هذا العدد قائمًا خلال جزء من تلك الفترة",
    },
    "count_window_off": {
        "en": "The article is undated (published between {start} and {end}); the {label} of {entity} over that "
              "period was {listed} ({source}), so {claimed} fits no day of it",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})؛ وكان {label} لـ{entity} خلال تلك الفترة {listed} "
              "({source})، فالرقم {claimed} لا يوافق أي يوم منها",
    },
    "no_time": {
        "en": "No reference figure for the {label} of {entity} {when}",
        "ar": "لا يوجد رقم مرجعي لـ{label} لـ{entity} {when}",
    },
    # Appended to no_time when a figure of another time exists.
    "no_time_hint": {
        "en": "; {figure} is the figure {fact_when} ({source})",
        "ar": "؛ الرقم {figure} يخص {fact_when}",
    },
    # Market prices and exchange rates against dated series (checkers.markets). {value} {when}: the close
    # used; {rule}: the calendar's rule when that day had no row; {low}-{high}: the range the claim is held to.
    "market_supported": {
        "en": "The {label} was {value} {when} ({source}){rule}; the claimed {claimed} lies within that day's "
              "plausible range, {low} to {high} (the {observed} of {days}, widened by {margin}% for intraday "
              "and futures quotes)",
        "ar": "بلغ {label} {value} {when} ({source}){rule}؛ والرقم الوارد {claimed} ضمن النطاق المعقول لذلك "
              "اليوم، من {low} إلى {high} ({observed} {days} بهامش {margin}% لأسعار التداول خلال اليوم والعقود "
              "الآجلة)",
    },
    "market_contradicted": {
        "en": "The {label} was {value} {when} ({source}){rule}; from {first_day} to {last_day} it stayed between "
              "{low} and {high}, so the claimed {claimed} is more than {margin}% away from every value of those days",
        "ar": "بلغ {label} {value} {when} ({source}){rule}؛ وتراوح بين {low} و{high} من {first_day} إلى "
              "{last_day}، فالرقم الوارد {claimed} يبتعد بأكثر من {margin}% عن كل قيمه في تلك الأيام",
    },
    "market_between": {
        "en": "The {label} was {value} {when} ({source}){rule}; the claimed {claimed} is outside that day's "
              "plausible range ({low} to {high}) but too close to rule out: a quote during the day or for a "
              "futures contract can differ this much from the close",
        "ar": "بلغ {label} {value} {when} ({source}){rule}؛ والرقم الوارد {claimed} خارج النطاق المعقول لذلك "
              "اليوم ({low} إلى {high}) لكنه أقرب من أن يُنفى، فقد يختلف سعر التداول خلال اليوم أو سعر العقود "
              "الآجلة عن الإغلاق بهذا القدر",
    },
    # Far from the day's closes, but the sentence leaves room: {why} is one of the two market_why_* below.
    "market_far": {
        "en": "The {label} was {value} {when} ({source}){rule}; the claimed {claimed} is far outside that day's "
              "plausible range ({low} to {high}), but {why}, so it is not ruled out",
        "ar": "بلغ {label} {value} {when} ({source}){rule}؛ والرقم الوارد {claimed} بعيد عن النطاق المعقول لذلك "
              "اليوم ({low} إلى {high})، لكن {why}، فلا يُنفى",
    },
    "market_why_unnamed": {
        "en": "the sentence names no benchmark, and other crudes trade at other prices",
        "ar": "الجملة لا تسمّي خامًا قياسيًا، وأنواع الخام الأخرى تُتداول بأسعار مختلفة",
    },
    "market_why_earlier": {
        "en": "the sentence gives it as an earlier level (\"from ...\"), of a day it does not name",
        "ar": "الجملة تذكره مستوى سابقًا («من ...») ليوم لا تحدده",
    },
    "market_not_covered": {
        "en": "The {label} series ({source}) runs from {first} to {last}; {rule}, so {claimed} is not compared",
        "ar": "تمتد سلسلة {label} ({source}) من {first} إلى {last}؛ {rule}، فلا يُقارن الرقم {claimed}",
    },
    "market_undated": {
        "en": "The article has no date and the sentence names no day, so it is unknown which day's {label} "
              "{claimed} is about",
        "ar": "لا تاريخ للمقال ولا تذكر الجملة يومًا، فلا يُعرف أي يوم من {label} يقصده الرقم {claimed}",
    },
    "market_coarse": {
        "en": "{claimed} is dated only to a year (a year's prices, or a forecast for it); the {label} moves too "
              "much within a year for one figure to be checked",
        "ar": "الرقم {claimed} مؤرخ بسنة فقط (أسعار سنة كاملة أو توقع لها)، و{label} يتغير كثيرًا خلال السنة فلا "
              "يُقارن برقم واحد",
    },
    "market_change_supported": {
        "en": "The {label} moved {change} {when}, from {previous} to {value} ({source}){rule}, consistent with "
              "the claimed {claimed}",
        "ar": "تغيّر {label} {change} {when}، من {previous} إلى {value} ({source}){rule}، وهو ما يتفق مع "
              "ما ورد ({claimed})",
    },
    "market_change_contradicted": {
        "en": "The {label} moved {change} {when}, from {previous} to {value} ({source}){rule}; a move of "
              "{claimed} is far beyond that",
        "ar": "تغيّر {label} {change} {when}، من {previous} إلى {value} ({source}){rule}؛ وتغيّر بنسبة "
              "{claimed} أبعد من ذلك بكثير",
    },
    "market_change_between": {
        "en": "The {label} moved {change} {when}, from {previous} to {value} ({source}){rule}; the claimed "
              "{claimed} differs, but a futures or intraday move can differ from the spot close this much",
        "ar": "تغيّر {label} {change} {when}، من {previous} إلى {value} ({source}){rule}؛ والرقم الوارد "
              "{claimed} مختلف، لكن تغيّر العقود الآجلة أو الأسعار خلال اليوم قد يختلف عن الإغلاق بهذا القدر",
    },
    "market_period": {
        "en": "{claimed} is a change over a longer time than a day (a week, a month, since a date); the {label} "
              "is checked for one day's change only",
        "ar": "الرقم {claimed} تغيّر على مدى أطول من يوم (أسبوع أو شهر أو منذ تاريخ)، ولا يُقارن {label} إلا "
              "بتغيّر يوم واحد",
    },
    # {change} of the market_change_* entries: a move in percent, or in units with its percent.
    "market_by_percent": {"en": "{change}", "ar": "بنسبة {change}"},
    "market_by_units": {"en": "{change}", "ar": "بمقدار {change}"},
    "market_inverse": {"en": "{label}, read the other way round,", "ar": "{label} (بالاتجاه المعاكس)"},
    "market_change_fix_between": {
        "en": "The {label} moved {change} {when}, from {previous} to {value} ({source}){rule}; the claimed "
              "{claimed} differs, but the reference rate is fixed once a day (14:15 CET) and a day's move "
              "measured at another hour can differ this much",
        "ar": "تغيّر {label} {change} {when}، من {previous} إلى {value} ({source}){rule}؛ والرقم الوارد "
              "{claimed} مختلف، لكن السعر المرجعي يُحدَّد مرة واحدة يوميًا (الساعة 14:15 بتوقيت وسط أوروبا) وقد "
              "يختلف تغيّر اليوم المقيس في ساعة أخرى بهذا القدر",
    },
    "market_change_monthly": {
        "en": "{claimed} is a day's move; the {label} series holds monthly averages, so a day's move cannot be "
              "checked against it",
        "ar": "الرقم {claimed} تغيّر يوم واحد، وسلسلة {label} متوسطات شهرية فلا يُقارن بها تغيّر يوم",
    },
    # An undated article of a known period (ArticleRef.published_window): the figure held to the whole window.
    "market_window_supported": {
        "en": "The article is undated, but throughout its period ({first_day} to {last_day}) the {label} stayed "
              "between {low} and {high} ({source}), within {margin}% of the claimed {claimed}",
        "ar": "المقال غير مؤرخ، لكن {label} بقي طوال فترته (من {first_day} إلى {last_day}) بين {low} و{high} "
              "({source})، أي في حدود {margin}% من الرقم الوارد {claimed}",
    },
    "market_window_contradicted": {
        "en": "The article is undated, but throughout its period ({first_day} to {last_day}) the {label} stayed "
              "between {low} ({low_day}) and {high} ({high_day}) ({source}); the claimed {claimed} is more than "
              "{margin}% outside that range",
        "ar": "المقال غير مؤرخ، لكن {label} بقي طوال فترته (من {first_day} إلى {last_day}) بين {low} ({low_day}) "
              "و{high} ({high_day}) ({source})؛ والرقم الوارد {claimed} خارج هذا النطاق بأكثر من {margin}%",
    },
    "market_window_between": {
        "en": "The article is undated and in its period ({first_day} to {last_day}) the {label} moved between {low} "
              "({low_day}) and {high} ({high_day}) ({source}), so {claimed} cannot be tied to one day's value",
        "ar": "المقال غير مؤرخ، وقد تحرك {label} في فترته (من {first_day} إلى {last_day}) بين {low} ({low_day}) "
              "و{high} ({high_day}) ({source})، فلا يمكن ربط الرقم {claimed} بقيمة يوم بعينه",
    },
    # Outlets that disagree with each other (checkers.conflicts).
    "conflict": {
        "en": "{outlet} reported {mine} for the {label} of {entity} {when}, while other outlets reported {theirs}",
        "ar": "أورد {outlet} الرقم {mine} لـ{label} لـ{entity} {when}، بينما أوردت مصادر أخرى {theirs}",
    },
    # A sentence's own figures checked against each other (checkers.consistency): {amount} and its equivalent
    # {claimed}, {rate} the day's rate with its source, {implied} the rate the figures give, {working} the sum.
    "conversion_supported": {
        "en": "{amount} is {expected} at the rate of {day} ({rate}); the stated {claimed} ({implied}) agrees "
              "within the rounding of the figures",
        "ar": "{amount} تعادل {expected} بسعر صرف يوم {day} ({rate})، والمبلغ المذكور {claimed} ({implied}) "
              "يتفق معه ضمن هامش التقريب",
    },
    "conversion_contradicted": {
        "en": "{amount} is about {expected} at the rate of {day} ({rate}), not {claimed}, which implies {implied} "
              "({off} off)",
        "ar": "{amount} تعادل نحو {expected} بسعر صرف يوم {day} ({rate})، وليس {claimed} الذي يعني {implied} "
              "(بفارق {off})",
    },
    "conversion_unsure": {
        "en": "{claimed} as the equivalent of {amount} implies {implied}, {off} from the rate of {day} ({rate}): "
              "too far to call it agreed, too close (or too far) to call it a wrong conversion",
        "ar": "المبلغ {claimed} مقابل {amount} يعني {implied}، بفارق {off} عن سعر صرف يوم {day} ({rate})، "
              "فلا يُحكم عليه بالاتفاق ولا بالخطأ",
    },
    "conversion_range": {"en": "{claimed} as the equivalent of {amount}, end by end — low: {low}; high: {high}",
                         "ar": "{claimed} مقابل {amount}، طرفًا بطرف — الطرف الأدنى: {low}؛ الطرف الأعلى: {high}"},
    # An undated article of a known period (published_window): {start}..{end} the window, {range} the lowest and
    # highest rate over it, {expected} the amount at those two rates, {where} the implied rate against the range.
    "conversion_window_supported": {
        "en": "the article is undated (published between {start} and {end}); over that period {amount} was worth "
              "{expected} ({range}), and the stated {claimed} ({implied}) lies {where}, within the rounding of "
              "the figures",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})؛ وخلال تلك الفترة كانت {amount} تعادل {expected} "
              "({range})، والمبلغ المذكور {claimed} ({implied}) يقع {where} ضمن هامش التقريب",
    },
    "conversion_window_contradicted": {
        "en": "the article is undated (published between {start} and {end}); at any rate of that period {amount} "
              "was worth {expected} ({range}), not {claimed}, which implies {implied} ({where})",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})؛ وبأي سعر صرف في تلك الفترة كانت {amount} تعادل "
              "{expected} ({range})، وليس {claimed} الذي يعني {implied} ({where})",
    },
    "conversion_window_unsure": {
        "en": "the article is undated (published between {start} and {end}); {claimed} as the equivalent of "
              "{amount} implies {implied}, {where} ({range}): too far to call it agreed, too close (or too far) "
              "to call it a wrong conversion",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})؛ والمبلغ {claimed} مقابل {amount} يعني {implied}، "
              "{where} ({range})، فلا يُحكم عليه بالاتفاق ولا بالخطأ",
    },
    "conversion_window_wide": {
        "en": "the article is undated (published between {start} and {end}); {claimed} as the equivalent of "
              "{amount} implies {implied}, {where} ({range}), but the rate moved {spread} over that period, more "
              "than the {limit} a check can allow: too wide a range to tell a right figure from a wrong one",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})؛ والمبلغ {claimed} مقابل {amount} يعني {implied}، "
              "{where} ({range})، لكن سعر الصرف تغيّر بنسبة {spread} خلال تلك الفترة، وهو أكثر من {limit} "
              "المسموح بها للتحقق: نطاق أوسع من أن يميّز الرقم الصحيح من الخاطئ",
    },
    "window_within": {"en": "within the period's range of rates", "ar": "ضمن نطاق أسعار الصرف في الفترة"},
    "window_above": {"en": "{off} above the period's highest rate", "ar": "أعلى من أعلى سعر في الفترة بنسبة {off}"},
    "window_below": {"en": "{off} below the period's lowest rate", "ar": "أدنى من أدنى سعر في الفترة بنسبة {off}"},
    "arithmetic_levels": {
        "en": "from {first} to {second} is a change of {implied}",
        "ar": "التغير من {first} إلى {second} نسبته {implied}",
    },
    "arithmetic_chained": {"en": "from {first} (the level reached before) to {second} is a change of {implied}",
                           "ar": "التغير من {first} (المستوى الذي بلغه قبل ذلك) إلى {second} نسبته {implied}"},
    "arithmetic_chained_far": {"en": "{working}, not {claimed}; the level before is another statement's: not judged",
                               "ar": "{working}، وليس {claimed}؛ لكن المستوى السابق من بيان آخر، فلم يُحكم عليها"},
    "arithmetic_change": {
        "en": "a change of {first} ending at {second} (from {previous}) is {implied}",
        "ar": "تغير قدره {first} انتهى عند {second} (من {previous}) نسبته {implied}",
    },
    "arithmetic_change_from": {
        "en": "a change of {first} from {second} is {implied}",
        "ar": "تغير قدره {first} عن {second} نسبته {implied}",
    },
    "arithmetic_share": {
        "en": "{first} of {second} is {implied}",
        "ar": "{first} من أصل {second} نسبته {implied}",
    },
    "arithmetic_supported": {
        "en": "{working}, consistent with the stated {claimed}",
        "ar": "{working}، وهو ما يتفق مع النسبة المذكورة ({claimed})",
    },
    "arithmetic_contradicted": {
        "en": "{working}, not {claimed} as stated",
        "ar": "{working}، وليس {claimed} كما ورد",
    },
    "arithmetic_coarse": {
        "en": "{working}, but the rounding of the printed figures allows anything from {low} to {high}: too coarse "
              "to check the stated {claimed}",
        "ar": "{working}، لكن تقريب الأرقام المنشورة يسمح بأي نسبة بين {low} و{high}، وهو هامش أوسع من أن يُتحقق به "
              "من النسبة المذكورة ({claimed})",
    },
    "arithmetic_other_reading": {
        "en": "{working}, not {claimed}; but {first} is {alternative} of {second}, so the sentence may give the level "
              "before the change: not judged",
        "ar": "{working}، وليس {claimed}؛ لكن {first} تعادل {alternative} من {second}، فربما كان هذا هو المستوى قبل "
              "التغير، فلم يُحكم عليها",
    },
    "arithmetic_unsure": {
        "en": "{working}, close to but not within rounding of the stated {claimed}",
        "ar": "{working}، وهي قريبة من النسبة المذكورة ({claimed}) لكن خارج هامش التقريب",
    },
    # Dates against the calendar (checkers.consistency.calendar): {date} the Gregorian day, {actual} / {stated}
    # weekdays, {hijri} a Hijri date as written, {converted} its Umm al-Qura day, {gregorian} the stated one.
    "calendar_weekday_supported": {
        "en": "{date} was a {actual}, as the sentence says",
        "ar": "يوافق {date} يوم {actual} كما ورد في الجملة",
    },
    "calendar_weekday_contradicted": {
        "en": "{date} was a {actual}, not a {stated}",
        "ar": "يوافق {date} يوم {actual} وليس يوم {stated}",
    },
    "calendar_hijri_weekday_supported": {
        "en": "{hijri} is {date} by the Umm al-Qura calendar, a {actual}, as the sentence says",
        "ar": "يوافق {hijri} تاريخ {date} بتقويم أم القرى، وهو يوم {actual} كما ورد في الجملة",
    },
    "calendar_hijri_weekday_contradicted": {
        "en": "{hijri} is {date} by the Umm al-Qura calendar, a {actual}: not a {stated}, even if the month began "
              "a day earlier or later by sighting",
        "ar": "يوافق {hijri} تاريخ {date} بتقويم أم القرى، وهو يوم {actual}، وليس يوم {stated} حتى لو بدأ "
              "الشهر قبل ذلك أو بعده بيوم برؤية الهلال",
    },
    # The same, for a date written without its year that the sentence ties to the report ("29 يوليو الجاري").
    "calendar_weekday_inferred_contradicted": {
        "en": "{date}, in the article's year, was a {actual}, not a {stated}",
        "ar": "يوافق {date}، في عام نشر المقال، يوم {actual} وليس يوم {stated}",
    },
    "calendar_hijri_weekday_inferred_contradicted": {
        "en": "{hijri}, in the article's year, is {date} by the Umm al-Qura calendar, a {actual}: not a {stated}, "
              "even if the month began a day earlier or later by sighting",
        "ar": "يوافق {hijri}، في عام نشر المقال، تاريخ {date} بتقويم أم القرى، وهو يوم {actual}، وليس يوم {stated} "
              "حتى لو بدأ الشهر قبل ذلك أو بعده بيوم برؤية الهلال",
    },
    "calendar_pair_supported": {
        "en": "{hijri} is {converted} by the Umm al-Qura calendar, consistent with the stated {gregorian} "
              "(within a day, as sighting may shift a month's start)",
        "ar": "يوافق {hijri} تاريخ {converted} بتقويم أم القرى، وهو ما يتفق مع التاريخ المذكور ({gregorian}) "
              "في حدود يوم واحد قد تُحدثه رؤية الهلال",
    },
    "calendar_year_supported": {
        "en": "the Hijri year {hijri} ran from {first} to {last} by the Umm al-Qura calendar, consistent with the "
              "stated {gregorian}",
        "ar": "امتد العام الهجري {hijri} من {first} إلى {last} بتقويم أم القرى، وهو ما يتفق مع المذكور ({gregorian})",
    },
    "calendar_year_contradicted": {
        "en": "the Hijri year {hijri} ran from {first} to {last} by the Umm al-Qura calendar, not in the stated "
              "{gregorian}",
        "ar": "امتد العام الهجري {hijri} من {first} إلى {last} بتقويم أم القرى، ولا يقع في المذكور ({gregorian})",
    },
    "calendar_pair_contradicted": {
        "en": "{hijri} is {converted} by the Umm al-Qura calendar, {days} days from the stated {gregorian}: more "
              "than the day or two by which sighting may shift a month's start",
        "ar": "يوافق {hijri} تاريخ {converted} بتقويم أم القرى، أي بفارق {days} أيام عن التاريخ المذكور "
              "({gregorian})، وهو أكثر من اليوم أو اليومين اللذين قد تُحدثهما رؤية الهلال",
    },
    # A Hijri day and the Gregorian month or year stated as its equivalent ({days}: how far outside it falls).
    "calendar_span_supported": {
        "en": "{hijri} is {converted} by the Umm al-Qura calendar, within the stated {gregorian} (give or take "
              "a day, as sighting may shift a month's start)",
        "ar": "يوافق {hijri} تاريخ {converted} بتقويم أم القرى، وهو ضمن المذكور ({gregorian}) في حدود يوم واحد "
              "قد تُحدثه رؤية الهلال",
    },
    "calendar_span_contradicted": {
        "en": "{hijri} is {converted} by the Umm al-Qura calendar, {days} days outside the stated {gregorian}: "
              "more than the day or two by which sighting may shift a month's start",
        "ar": "يوافق {hijri} تاريخ {converted} بتقويم أم القرى، أي خارج المذكور ({gregorian}) بـ{days} أيام، وهو "
              "أكثر من اليوم أو اليومين اللذين قد تُحدثهما رؤية الهلال",
    },
    # A weekday with a date written without its year, in an undated article of a known period: {date} the day and
    # month, {year} the one year of the window ({start} to {end}) in which it fell on the stated {actual}.
    "calendar_window_weekday_supported": {
        "en": "the article is undated (published between {start} and {end}); of those years, {date} fell on a "
              "{actual} only in {year}, as the sentence says",
        "ar": "المقال غير مؤرخ (نُشر بين {start} و{end})، ولم يوافق {date} يوم {actual} في تلك السنوات إلا عام "
              "{year}، كما ورد في الجملة",
    },
    # Two weekdays with a range of days: {dates} "28 July 2015 – 30 July 2015", {actual} / {stated} "Tuesday to
    # Thursday".
    "calendar_weekday_range_supported": {
        "en": "{dates} ran from {actual}, as the sentence says",
        "ar": "امتدت الفترة {dates} من {actual} كما ورد في الجملة",
    },
    "calendar_weekday_range_contradicted": {
        "en": "{dates} ran from {actual}, not from {stated}",
        "ar": "امتدت الفترة {dates} من {actual} وليس من {stated}",
    },
    "calendar_hijri_weekday_range_supported": {
        "en": "{hijri} is {dates} by the Umm al-Qura calendar, from {actual}, as the sentence says",
        "ar": "يوافق {hijri} الفترة {dates} بتقويم أم القرى، من {actual} كما ورد في الجملة",
    },
    "calendar_hijri_weekday_range_contradicted": {
        "en": "{hijri} is {dates} by the Umm al-Qura calendar, from {actual}: not from {stated}, even if the month "
              "began a day earlier or later by sighting",
        "ar": "يوافق {hijri} الفترة {dates} بتقويم أم القرى، من {actual}، وليس من {stated} حتى لو بدأ الشهر قبل ذلك "
              "أو بعده بيوم برؤية الهلال",
    },
}

# A fact as a sentence, for metrics without their own `phrase` ({value} is the figure with its unit).
FACT_PHRASE = {
    "en": "{entity}'s {label} was {value}",
    "ar": "بلغ {label} لـ{entity} {value}",
}

# How a list of figures is joined ("4 (a) and 5 (b)").
JOINERS = {"en": " and ", "ar": " و"}

# A claim's qualifier, or a fact's bound, as the explanation says it.
QUALIFIERS = {
    "en": {"about": "about", "more than": "more than", "less than": "less than", "at least": "at least",
           "at most": "at most", "up to": "up to", "exactly": "exactly"},
    "ar": {"about": "نحو", "more than": "أكثر من", "less than": "أقل من", "at least": "ما لا يقل عن",
           "at most": "ما لا يزيد على", "up to": "حتى", "exactly": ""},
}

# A time as an explanation says it, by what the date states: month and day, month, day (of no month), year.
WHEN = {
    "en": {"month_day": "on {date}", "month": "in {date}", "day": "on {date}", "year": "in {date}"},
    "ar": {"month_day": "في {date}", "month": "في {date}", "day": "في عام {date}", "year": "في عام {date}"},
}
