"""The review dashboard, rendered on the server as plain HTML.

Article text is untrusted: every piece of it goes through html.escape, links are made only from http(s)
URLs, and no markup or event handler is ever built from data. The page runs one small script of our own,
served from /dashboard/static/app.js, and the Content-Security-Policy allows nothing else (no inline
script, no inline style, no third-party anything), so even a mistake in escaping could not run code.

Bidirectional controls in untrusted text (U+202E RIGHT-TO-LEFT OVERRIDE and kin) are made visible as
"[U+202E]" before escaping, so "\u202e47\u202c countries" reads "[U+202E]47[U+202C] countries", never "74".
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any
from urllib.parse import urlencode

from alerts.chart import verdict_chart_svg
from alerts.store import AlertStore
from alerts.text import (
    VERDICT_LABELS,
    describe_deviation,
    describe_fact,
    neutralise_bidi,
    safe_url,
    split_sentence,
)
from factstream.models import CLAIM_KINDS, VERDICT_STATUSES, Alert, Claim, Review

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
LANGUAGES = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
STATIC_PREFIX = "/dashboard/static/"

FILTER_NAMES = ("verdict", "kind", "lang", "source")


def _e(value: object) -> str:
    """Untrusted text for HTML text or a quoted attribute: bidi controls neutralised, then escaped."""
    return escape(neutralise_bidi("" if value is None else str(value)), quote=True)


def _lang_attrs(lang: str | None) -> str:
    if not lang:
        return ' dir="auto"'
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    return f' lang="{_e(lang)}" dir="{direction}"'


def _link(url: str | None, label: str, lang: str | None = None) -> str:
    """An <a> for http(s) URLs; anything else shown as inert text."""
    href = safe_url(url)
    if href is None:
        return f'<span class="nolink"{_lang_attrs(lang) if lang else ""}>{_e(label)}</span>'
    attrs = _lang_attrs(lang) if lang else ""
    return f'<a href="{_e(href)}" rel="noopener noreferrer nofollow" target="_blank"{attrs}>{_e(label)}</a>'


def _select(name: str, label: str, options: list[tuple[str, str]], current: str | None) -> str:
    items = ['<option value="">all</option>']
    for value, text in options:
        selected = " selected" if value == current else ""
        items.append(f'<option value="{_e(value)}"{selected}>{_e(text)}</option>')
    return f'<label>{_e(label)} <select name="{_e(name)}">{"".join(items)}</select></label>'


def render_filters(filters: Mapping[str, str | None], sources: list[str]) -> str:
    return (
        '<form class="filters" method="get" action="/dashboard/">'
        + _select("verdict", "Verdict", [(v, VERDICT_LABELS.get(v, v)) for v in VERDICT_STATUSES],
                  filters.get("verdict"))
        + _select("kind", "Kind", [(k, k) for k in CLAIM_KINDS], filters.get("kind"))
        + _select("lang", "Language", [(lang, lang) for lang in LANGUAGES], filters.get("lang"))
        + _select("source", "Source", [(s, s) for s in sources], filters.get("source"))
        + '<button type="submit">Filter</button></form>'
    )


def render_precision(stats: Mapping[str, Any]) -> str:
    precision: Mapping[str, Mapping[str, Any]] = stats.get("precision", {})
    reviews = stats.get("reviews", {})
    summary = (
        f'<p class="summary"><span id="alert-count">{_e(stats.get("alerts", 0))}</span> alerts · '
        f'<span id="review-count">{_e(reviews.get("total", 0))}</span> reviewed '
        f'({_e(reviews.get("confirmed", 0))} confirmed, {_e(reviews.get("dismissed", 0))} dismissed)</p>'
    )
    if not precision:
        return summary + '<p class="precision-empty">No reviews yet: precision per checker appears here.</p>'
    # Each alert counts once, by its latest review.
    rows = "".join(
        f'<tr data-checker="{_e(checker)}"><th scope="row">{_e(checker)}</th>'
        f'<td class="precision-value">{values["precision"] * 100:.0f}%</td>'
        f"<td>{_e(values['confirmed'])}</td><td>{_e(values['reviewed'])}</td></tr>"
        for checker, values in precision.items()
    )
    return (
        summary
        + '<table class="precision" id="precision"><caption>Precision per checker (confirmed / reviewed, '
        "each alert counted by its latest review)</caption>"
        "<thead><tr><th>Checker</th><th>Precision</th><th>Confirmed</th><th>Reviewed</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _review_line(review: Review) -> str:
    who = f" by {_e(review.reviewer)}" if review.reviewer else ""
    note = f' — <q class="review-note">{_e(review.note)}</q>' if review.note else ""
    when = review.reviewed_at.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f'<strong>{_e(review.decision.capitalize())}</strong><span class="reviewer">{who}</span> on '
        f'<time datetime="{_e(review.reviewed_at.isoformat())}">{_e(when)}</time>{note}'
    )


def render_review_state(history: list[Review]) -> str:
    """The latest decision (the one precision counts) and, when there were several, every earlier one."""
    if not history:
        return '<p class="review-state" data-state="pending">Not reviewed yet.</p>'
    latest = history[-1]
    parts = [f'<p class="review-state" data-state="{_e(latest.decision)}">{_review_line(latest)}</p>']
    if len(history) > 1:
        earlier = "".join(
            f'<li class="review-entry" data-state="{_e(r.decision)}">{_review_line(r)}</li>'
            for r in reversed(history[:-1])
        )
        parts.append(
            f'<details class="review-history"><summary>{len(history) - 1} earlier review'
            f'{"s" if len(history) > 2 else ""}</summary><ol reversed>{earlier}</ol></details>'
        )
    return "".join(parts)


# Why a money claim has its currency (Claim.currency_source), for the reviewer.
CURRENCY_SOURCES = {"explicit": "named in the text", "context": "from the context",
                    "outlet_country": "from the outlet's country", "none": "not resolved"}


def _currency_html(claim: Claim) -> str:
    """"SAR (from the outlet's country)" next to the kind of a money claim; "" for other kinds."""
    if claim.kind != "money" or claim.currency_source is None:
        return ""
    why = CURRENCY_SOURCES.get(claim.currency_source, claim.currency_source)
    code = claim.currency or "/".join(claim.currency_candidates) or "?"
    return (f'<span class="currency" data-currency-source="{_e(claim.currency_source)}">{_e(code)} '
            f'<span class="currency-source">({_e(why)})</span></span> ')


def render_alert(alert: Alert, history: list[Review]) -> str:
    verdict = alert.verdict
    claim = verdict.claim
    article = verdict.article
    lang = claim.lang or (article.lang if article else None)
    before, claimed, after = split_sentence(claim)
    sentence = _e(before) + (f"<mark>{_e(claimed)}</mark>" if claimed else "") + _e(after)
    label = VERDICT_LABELS.get(verdict.verdict, verdict.verdict)

    parts = [
        f'<article class="alert verdict-{_e(verdict.verdict)}" id="alert-{_e(alert.alert_id)}" '
        f'data-alert-id="{_e(alert.alert_id)}">',
        '<header class="alert-head">'
        f'<span class="badge">{_e(label)}</span> '
        f'<span class="kind">{_e(claim.kind)}</span> '
        + _currency_html(claim)
        + f'<span class="priority" title="priority 0–100">priority {alert.priority:g}</span> '
        f'<span class="prominence">in the {_e(alert.prominence)}</span> '
        f'<time datetime="{_e(alert.created_at.isoformat())}">'
        f'{_e(alert.created_at.strftime("%Y-%m-%d %H:%M UTC"))}</time></header>',
        f'<blockquote class="sentence"{_lang_attrs(lang)}>{sentence}</blockquote>',
    ]
    details: list[str] = []
    deviation = describe_deviation(verdict.deviation)
    if deviation:
        details.append(f'<dt>Deviation</dt><dd class="deviation">{_e(deviation)}</dd>')
    for explanation_lang, text in sorted(verdict.explanation.items(), key=lambda kv: kv[0] != "en"):
        details.append(
            f'<dt>Explanation</dt><dd class="explanation"{_lang_attrs(explanation_lang)}>{_e(text)}</dd>'
        )
    if verdict.fact is not None:
        fact = verdict.fact
        source = _link(fact.source_url, fact.source_url) if fact.source_url else "no source link"
        details.append(f'<dt>Fact</dt><dd class="fact">{_e(describe_fact(fact))}<br>Source: {source}')
        if fact.source_quote:
            details.append(f'<blockquote class="quote" dir="auto">{_e(fact.source_quote)}</blockquote>')
        details.append("</dd>")
        chart = verdict_chart_svg(verdict, f"chart-{alert.alert_id}")  # escaped SVG, nothing CSP refuses
        if chart is not None:
            details.append(f'<dt>Series</dt><dd class="evidence">{chart}</dd>')
    if article is not None:
        title = article.title or article.id
        meta = " · ".join(
            _e(part)
            for part in (article.source, article.published_at.date().isoformat() if article.published_at else None)
            if part
        )
        details.append(
            f'<dt>Article</dt><dd class="article">{_link(article.url, title, article.lang or lang)}'
            + (f' <span class="meta">{meta}</span>' if meta else "")
            + "</dd>"
        )
    parts.append(f"<dl>{''.join(details)}</dl>")
    parts.append(
        '<section class="review">'
        + render_review_state(history)
        + f'<form class="review-form" data-alert-id="{_e(alert.alert_id)}">'
        '<label>Note <input type="text" name="note" maxlength="4000" autocomplete="off"></label> '
        '<button type="submit" name="decision" value="confirmed" class="confirm">Confirm</button> '
        '<button type="submit" name="decision" value="dismissed" class="dismiss">Dismiss</button>'
        '<span class="review-error" role="alert"></span>'
        "</form></section>"
    )
    parts.append("</article>")
    return "".join(parts)


def _page_link(filters: Mapping[str, str | None], offset: int, limit: int, label: str) -> str:
    query = {k: v for k, v in filters.items() if v}
    query.update(offset=str(offset), limit=str(limit))
    return f'<a class="page" href="/dashboard/?{_e(urlencode(query))}">{_e(label)}</a>'


def render_dashboard(
    store: AlertStore,
    filters: Mapping[str, str | None],
    offset: int = 0,
    limit: int = 50,
) -> str:
    """The whole page: filters, per-checker precision, one page of alerts newest first."""
    alerts, total = store.search(
        verdict=filters.get("verdict"),
        kind=filters.get("kind"),
        lang=filters.get("lang"),
        source=filters.get("source"),
        offset=offset,
        limit=limit,
    )
    stats = store.stats()
    if alerts:
        body = "".join(render_alert(alert, store.reviews_for(alert.alert_id)) for alert in alerts)
    else:
        body = '<p class="empty">No alerts match.</p>'
    pager: list[str] = []
    if offset > 0:
        pager.append(_page_link(filters, max(0, offset - limit), limit, "← newer"))
    if offset + limit < total:
        pager.append(_page_link(filters, offset + limit, limit, "older →"))
    shown = f"{offset + 1}–{offset + len(alerts)} of {total}" if alerts else f"0 of {total}"
    return (
        "<!DOCTYPE html>"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>factstream — alerts</title>"
        f'<link rel="stylesheet" href="{STATIC_PREFIX}style.css">'
        f'<script src="{STATIC_PREFIX}app.js" defer></script>'
        "</head><body>"
        '<header class="top"><h1>factstream alerts</h1>'
        + render_precision(stats)
        + render_filters(filters, store.sources())
        + "</header>"
        + f'<main id="alerts"><p class="shown">{_e(shown)}</p>{body}'
        + (f'<nav class="pager">{" ".join(pager)}</nav>' if pager else "")
        + "</main></body></html>"
    )


def render_message_page(title: str, message: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{_e(title)}</title><link rel="stylesheet" href="{STATIC_PREFIX}style.css"></head>'
        f'<body><main><h1>{_e(title)}</h1><p>{_e(message)}</p></main></body></html>'
    )


# The page's only script. It reads alert ids from data attributes and writes only textContent.
APP_JS = """\
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.review-form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      var decision = button ? button.value : "confirmed";
      var alertId = form.dataset.alertId;
      var error = form.querySelector(".review-error");
      error.textContent = "";
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      fetch("/api/alerts/" + encodeURIComponent(alertId) + "/review", {
        method: "POST",
        credentials: "same-origin",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify({decision: decision, note: form.elements.note.value || null})
      }).then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (data) {
            throw new Error(data.error || ("HTTP " + response.status));
          });
        }
        window.location.reload();
      }).catch(function (err) {
        error.textContent = "Review not saved: " + err.message;
        form.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
      });
    });
  });
});
"""

STYLE_CSS = """\
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1d1d1f; }
header.top { border-bottom: 1px solid #ccc; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; }
.filters label { margin-right: .8rem; }
table.precision { border-collapse: collapse; margin: .5rem 0; }
table.precision th, table.precision td { border: 1px solid #ddd; padding: .2rem .6rem; text-align: left; }
article.alert { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px;
                padding: .6rem 1rem; margin: 0 0 1rem; }
article.verdict-contradicted { border-left-color: #c0392b; }
article.verdict-conflict { border-left-color: #d68910; }
.badge { font-weight: bold; }
.alert-head span, .alert-head time { margin-right: .6rem; color: #555; }
blockquote.sentence { font-size: 1.1rem; margin: .6rem 0; line-height: 1.7; }
mark { background: #ffe08a; padding: 0 .15rem; }
blockquote.quote { color: #444; border-left: 3px solid #ccc; margin: .3rem 0; padding-left: .6rem; }
dl dt { font-weight: bold; margin-top: .3rem; }
dl dd { margin-left: 1rem; }
.review-state[data-state="confirmed"] { color: #1e8449; }
.review-state[data-state="dismissed"] { color: #7f8c8d; }
.review-error { color: #c0392b; margin-left: .6rem; }
.review-history { color: #555; font-size: .9rem; }
.review-entry[data-state="confirmed"] { color: #1e8449; }
.nolink { color: #555; }
dd.evidence svg { max-width: 100%; height: auto; display: block; }
"""
