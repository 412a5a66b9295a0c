"""Member counts of international organisations (checkers/packs/organisations): the whole membership at the
article's date, never some of the members. Our own sentences, in news style."""

from __future__ import annotations

from datetime import datetime

import checkers
import claims
from factstream.models import Article, Verdict

TABLES = checkers.load_default_tables()


def counts(text: str, lang: str, published: datetime | None) -> dict[str, Verdict]:
    """Claim text -> verdict, for the count claims of the text."""
    article = Article(id="t", body=text, lang=lang, published_at=published)
    found = claims.extract_article(article)
    return {v.claim.text: v for v in checkers.check_claims(found, article.ref, TABLES) if v.claim.kind == "count"}


def test_arabic_memberships_at_the_article_date() -> None:
    july_2015 = datetime(2015, 7, 22)
    league = counts("وتضم جامعة الدول العربية 22 دولة عضوا ومقرها القاهرة.", "ar", july_2015)["22 دولة"]
    assert league.verdict == "supported" and league.metric == "organisation_members"
    assert league.entity_id == "arab_league"
    gulf = counts("ويضم مجلس التعاون لدول الخليج العربية ست دول أعضاء تتقاسم حدودا بحرية.", "ar", july_2015)
    assert gulf["ست دول"].verdict == "supported"
    wrong = counts("وتضم جامعة الدول العربية 23 دولة عضوا بحسب الأمين العام.", "ar", july_2015)["23 دولة"]
    assert wrong.verdict == "contradicted"
    assert "22" in wrong.explanation["ar"] and "جامعة الدول العربية" in wrong.explanation["ar"]
    opec = counts("وتضم منظمة أوبك 12 دولة عضوا تنتج ثلث النفط العالمي.", "ar", july_2015)["12 دولة"]
    assert opec.verdict == "supported" and opec.entity_id == "opec"


def test_english_memberships_follow_enlargements() -> None:
    in_2005 = counts("Finance ministers from the 25 EU members met in Brussels on Tuesday.", "en",
                     datetime(2005, 3, 1))
    assert in_2005["25 EU members"].verdict == "supported"
    in_2015 = counts("Finance ministers from the 25 EU members met in Brussels on Tuesday.", "en",
                     datetime(2015, 3, 3))
    assert in_2015["25 EU members"].verdict == "contradicted"  # 28 since Croatia joined in July 2013
    un = counts("The United Nations, with its 193 member states, adopted the goals on Friday.", "en",
                datetime(2015, 9, 25))
    assert un["193 member states"].verdict == "supported"
    assert "2011" in un["193 member states"].explanation["en"]  # since South Sudan's admission
    bloc = counts("The 28-member European Union said on Monday it would extend its sanctions.", "en",
                  datetime(2015, 7, 20))
    assert bloc["28-member"].verdict == "supported"
    nato = counts("NATO's 28 members met in Brussels to discuss the eastern flank.", "en", datetime(2016, 2, 10))
    assert nato["28 members"].verdict == "supported"


def test_some_members_or_a_change_of_membership_are_not_judged() -> None:
    in_2005 = datetime(2005, 3, 1)
    joined = counts("Ten countries, mostly in Eastern Europe, joined the EU last May.", "en", in_2005)
    assert all(v.metric != "organisation_members" for v in joined.values())
    backed = counts("Some 22 EU members backed the proposal, diplomats said.", "en", in_2005)
    assert all(v.verdict != "contradicted" for v in backed.values())
    council = counts("وتبنى مجلس الأمن التابع للأمم المتحدة المؤلف من 15 عضوا القرار بالإجماع.", "ar",
                     datetime(2015, 7, 22))
    assert all(v.metric != "organisation_members" for v in council.values())


def test_undated_article_is_not_judged_against_today() -> None:
    found = counts("Finance ministers from the 25 EU members met in Brussels on Tuesday.", "en", None)
    verdict = found["25 EU members"]
    assert verdict.verdict == "unverifiable"
    assert "no date" in verdict.explanation["en"]
    # A count that never changed can still be checked.
    gulf = counts("The Gulf Cooperation Council has six members.", "en", None)
    assert gulf["six members"].verdict == "supported"


def test_a_count_joined_to_its_noun_and_followed_by_the_short_name() -> None:
    # "the 28-member EU": the noun is joined to the figure by a hyphen, and the organisation's short name follows.
    in_2015 = datetime(2015, 7, 20)
    assert counts("The 28-member EU extended its sanctions on Monday.", "en", in_2015)["28-member"].verdict \
        == "supported"
    assert counts("The 30-member EU extended its sanctions on Monday.", "en", in_2015)["30-member"].verdict \
        == "contradicted"
    # The others are not the whole membership.
    others = counts("The other 27 EU members extended the sanctions on Monday.", "en", in_2015)
    assert all(v.verdict != "contradicted" for v in others.values())
