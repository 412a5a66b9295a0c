"""The work checkers share between claims (sentence scans, remembered phrase lookups, bisected spans, direct
verdict construction) must give exactly what doing it afresh per claim gives."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import checkers
from checkers import sentence as scan
from checkers.text import Phrase, PhraseIndex, Token, Tokens, stems, tokenize
from factstream.models import Claim, Verdict

from .helpers import article, make_claim

# The token pattern as one finditer: the reference the single-findall tokenizer must agree with.
_REFERENCE_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*", regex.V1)
# Letters, digits, Arabic marks, tatweel, apostrophes, hyphens, punctuation and spaces: what sentences are made of.
_PIECES = [*"ab US'’-,،;:()«» .\n0١٢", "ال", "و", "ـ", "\u064e", "\u0651", "دولة", "سكان", "Kuwait", "’s", " - "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)

def reference_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _REFERENCE_TOKEN.finditer(text)]


@given(_TEXT)
def test_tokenize_agrees_with_a_plain_finditer(text: str) -> None:
    tokens = tokenize(text)
    assert list(zip(tokens.words, tokens.starts, tokens.ends, strict=True)) == reference_tokens(text)
    for token in tokens:
        assert text[token.start:token.end] == token.text
        assert token.stems == stems(token.text)


def test_tokens_behave_as_a_sequence_of_token() -> None:
    text = "The UAE's population, والكويت 4.3 مليون"
    tokens = tokenize(text)
    assert len(tokens) == len(reference_tokens(text))
    assert isinstance(tokens[0], Token) and tokens[1].acronym and not tokens[0].acronym
    assert [t.text for t in tokens[-2:]] == ["3", "مليون"]
    assert Tokens.of(list(tokens)) == tokens


@given(_TEXT)
@settings(max_examples=200)
def test_phrase_lookups_remembered_per_word_find_the_same(text: str) -> None:
    phrases = [Phrase.parse(p, suffixes=s) for p, s in (("سكان", True), ("الكويت", False), ("US", False),
                                                          ("members", True), ("دولة", True), ("a b", False))]
    index = PhraseIndex((p, i) for i, p in enumerate(phrases) if p is not None)
    tokens = tokenize(text)
    first = index.find(tokens)
    # A second search (the words now remembered) and one over plain Token objects find the same mentions.
    assert index.find(tokens) == first
    assert index.find(tuple(tokens)) == first
    fresh = PhraseIndex((p, i) for i, p in enumerate(phrases) if p is not None)
    assert fresh.find(tuple(tokens)) == first


def naive_span(start: int, end: int, tokens: Tokens) -> tuple[int, int]:
    inside = [i for i, t in enumerate(tokens) if t.end > start and t.start < end]
    if inside:
        return inside[0], inside[-1]
    before = [i for i, t in enumerate(tokens) if t.end <= start]
    position = before[-1] + 1 if before else 0
    return position, position - 1 if position > 0 else position


def naive_clause(sentence: str, start: int, end: int, tokens: Tokens) -> tuple[int, int]:
    start = max(0, min(start, len(sentence)))
    end = max(start, min(end, len(sentence)))
    before = max((sentence.rfind(mark, 0, start) for mark in scan.CLAUSE_MARKS), default=-1)
    after = [i for i in (sentence.find(mark, end) for mark in scan.CLAUSE_MARKS) if i >= 0]
    stop = min(after) if after else len(sentence)
    inside = [i for i, t in enumerate(tokens) if t.start > before and t.end <= stop]
    return (inside[0], inside[-1]) if inside else (0, len(tokens) - 1)


@given(_TEXT, st.integers(0, 80), st.integers(1, 8))
@settings(max_examples=300)
def test_bisected_spans_and_clauses_agree_with_a_scan(sentence: str, start: int, width: int) -> None:
    start = min(start, len(sentence))
    end = min(len(sentence), start + width)
    claim = Claim(claim_id="c", kind="count", value=1, text=sentence[start:end] or "?", start=start, end=end,
                  sentence=sentence, sentence_start=0, sentence_end=len(sentence), lang="ar")
    found = scan.SentenceWords.of(sentence, checkers.ReferenceTables.empty())
    assert found.token_span(claim) == naive_span(*scan._claim_offsets(claim), found.tokens)
    assert found.clause_range(claim) == naive_clause(sentence, start, end, found.tokens)


def test_verdicts_built_directly_equal_validated_ones(tables: checkers.ReferenceTables) -> None:
    sentence = "وتم تشكيل التحالف الدولي ضد داعش من 74 دولة في 11 سبتمبر 2014"
    claim = make_claim(sentence, "74 دولة", "count", 74, counted="دولة", time_ref="2014-09-11")
    ref = article(title="الاجتماع الوزاري للتحالف الدولي ضد داعش في الكويت")
    verdict = checkers.check_claim(claim, ref, tables)
    assert verdict.verdict == "contradicted" and verdict.fact is not None
    validated = Verdict(**{name: getattr(verdict, name) for name in verdict.model_fields_set})
    assert validated.model_fields_set == verdict.model_fields_set
    assert validated.model_dump(exclude={"checked_at"}) == verdict.model_dump(exclude={"checked_at"})
    assert Verdict.model_validate_json(verdict.model_dump_json()) == verdict
    # The copy not_this_metric makes still works on a directly built verdict.
    assert verdict.model_copy(update={"metric": None}).metric is None


def test_kept_sentence_scans_change_no_verdict(tables: checkers.ReferenceTables) -> None:
    sentence = "Jordan's population reached 10.5 million in 2018, up 2% from a year earlier"
    claims = [make_claim(sentence, "10.5 million", "count", 10_500_000, lang="en", counted="people",
                         time_ref="2018"),
              make_claim(sentence, "2%", "percent", 2, lang="en", time_ref="2018")]
    ref = article(lang="en", title="Jordan in figures")
    scan.forget_texts()
    cold = [checkers.check_claims([c], ref, tables) for c in claims]
    warm = [checkers.check_claims([c], ref, tables) for c in claims]
    together = checkers.check_claims(claims, ref, tables)
    for a, b, c in zip(cold, warm, together, strict=True):
        assert a[0].model_dump(exclude={"checked_at"}) == b[0].model_dump(exclude={"checked_at"})
        assert a[0].model_dump(exclude={"checked_at"}) == c.model_dump(exclude={"checked_at"})


def test_sentence_memory_is_bounded(tables: checkers.ReferenceTables, monkeypatch) -> None:
    monkeypatch.setattr(scan, "SENTENCE_MEMORY", 3)
    scan.forget_texts()
    for number in range(10):
        scan.sentence_words_of(f"Sentence number {number} names Kuwait.", tables)
    assert len(scan._memory(tables).sentences) == 3
    kept = scan.sentence_words_of("Sentence number 9 names Kuwait.", tables)
    assert scan.sentence_words_of("Sentence number 9 names Kuwait.", tables) is kept
    scan.forget_texts()
    assert scan.sentence_words_of("Sentence number 9 names Kuwait.", tables) is not kept
