"""HTML pages: one per entity (name, type, roles with status and sources, claims with quotes,
speakers and outlets, the evidence words highlighted in context, links to related entities),
an index, and the small layout they share. Every string from the data is escaped."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from kg.serve.data import ClaimView, EntityView, Evidence, RoleView, local_name

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;
color:#222}
h1{margin-bottom:.2rem}.type{color:#666;margin-top:0}a{color:#0645ad}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;
text-align:left;vertical-align:top}
.status{font-weight:600}.Credited{color:#555}.Confirmed{color:#1a7f37}.InTalks{color:#9a6700}
.Expected{color:#0969da}.Rumored{color:#8250df}.Interested{color:#bf3989}
blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:4px solid #ccc}
.evidence{color:#555;font-size:.92rem}mark{background:#fff3a3}
footer{margin-top:2rem;color:#666;font-size:.9rem}
"""

Link = Callable[[str], str]  # an IRI -> the URL to link to
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def safe_href(href: str) -> str | None:
    """``href`` if following it is harmless (a path, http or https), else None: data from
    elsewhere may name <javascript:…> IRIs."""
    scheme = _SCHEME.match(href)
    return href if scheme is None or scheme.group(1).lower() in ("http", "https") else None


def anchor(href: str, text: str) -> str:
    safe = safe_href(href)
    if safe is None:
        return escape(text)
    return f"<a href=\"{escape(safe)}\">{escape(text)}</a>"


SERVER_LINKS = {"home": "/", "sparql": "/sparql", "void": "/.well-known/void"}


def layout(title: str, body: str, *, alternates: list[tuple[str, str]] = (),
           site: dict[str, str | None] | None = None) -> str:
    """The page around ``body``; ``site`` gives the home, SPARQL and VoID links (a static
    site has no SPARQL endpoint)."""
    site = site or SERVER_LINKS
    links = "".join(
        f'<link rel="alternate" type="{escape(t)}" href="{escape(h)}">' for t, h in alternates)
    footer = " · ".join(f"<a href=\"{escape(href)}\">{label}</a>" for key, label in
                        (("home", "kg"), ("sparql", "SPARQL"), ("void", "VoID"))
                        if (href := site.get(key)))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width\"><title>{escape(title)}</title>"
        f"{links}<style>{STYLE}</style></head><body>{body}"
        f"<footer>Published with {footer}</footer></body></html>\n"
    )


def entity_page(view: EntityView, link: Link, *, alternates: list[tuple[str, str]] = (),
                site: dict[str, str | None] | None = None) -> str:
    parts = [f"<h1>{escape(view.name)}</h1>",
             f"<p class=\"type\">{escape(', '.join(local_name(t) for t in view.types))}"
             f" · <code>{escape(view.iri)}</code></p>"]
    if view.alternate:
        parts.append(f"<p>Also written: {escape(', '.join(sorted(set(view.alternate))))}</p>")
    if view.roles:
        parts.append("<h2>Roles</h2>" + _roles(view, link))
    if view.claims:
        parts.append("<h2>Claims</h2>" + "".join(_claim(c, link) for c in view.claims))
    if view.links or view.values:
        rows = "".join(
            f"<tr><th>{escape(local_name(p))}</th><td>{anchor(link(o), name)}</td></tr>"
            for p, o, name in view.links)
        rows += "".join(f"<tr><th>{escape(local_name(p))}</th><td>{escape(v)}</td></tr>"
                        for p, v in view.values)
        parts.append(f"<h2>Statements</h2><table>{rows}</table>")
    if view.articles:
        items = "".join(f"<li>{anchor(link(a), label)}</li>" for a, label in view.articles)
        parts.append(f"<h2>Sources</h2><ul>{items}</ul>")
    return layout(view.name, "".join(parts), alternates=alternates, site=site)


def _roles(view: EntityView, link: Link) -> str:
    rows = []
    for r in view.roles:
        rows.append(
            "<tr>"
            f"<td>{anchor(link(r.agent), r.agent_name)}</td>"
            f"<td>{escape(r.role_type)}{_character(r, link)}</td>"
            f"<td>{anchor(link(r.work), r.work_name)}</td>"
            f"<td class=\"status {escape(r.status)}\">{escape(r.status)}</td>"
            f"<td>{_sources(r.sources, link)}</td></tr>"
            + "".join(f"<tr><td colspan=\"5\" class=\"evidence\">{_highlight(e)}</td></tr>"
                      for e in r.evidence[:3])
        )
    head = "<tr><th>person</th><th>role</th><th>work</th><th>status</th><th>sources</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _character(r: RoleView, link: Link) -> str:
    if not r.character:
        return ""
    return " as " + anchor(link(r.character), r.character_name or "")


def _sources(sources: list[str], link: Link) -> str:
    return ", ".join(anchor(link(s), f"article {n}") for n, s in enumerate(sources, 1))


def _claim(c: ClaimView, link: Link) -> str:
    who = anchor(link(c.author), c.author_name or c.author) if c.author else "unattributed"
    where = " to " + anchor(link(c.outlet), c.outlet_name or c.outlet) if c.outlet else ""
    when = f" ({escape(c.date)})" if c.date else ""
    words = f"<blockquote>“{escape(c.quote)}”</blockquote>" if c.quote else \
        f"<p>{escape(c.text)}</p>"
    evidence = "".join(f"<p class=\"evidence\">{_highlight(e)}</p>" for e in c.evidence[:2])
    return (f"<section class=\"claim\">{words}<p>— {who}{where}{when}; "
            f"{_sources(c.articles, link)}</p>{evidence}</section>")


def _highlight(e: Evidence) -> str:
    return f"…{escape(e.prefix)}<mark>{escape(e.exact)}</mark>{escape(e.suffix)}…"


def index_page(entities: list[tuple[str, str, str]], link: Link, *, title: str,
               site: dict[str, str | None] | None = None) -> str:
    groups: dict[str, list[tuple[str, str]]] = {}
    for iri, name, etype in entities:
        groups.setdefault(etype, []).append((iri, name))
    parts = [f"<h1>{escape(title)}</h1>",
             "<p>Every entity below has a page; ask for Turtle, JSON-LD or N-Triples with an "
             "Accept header or the .ttl, .jsonld, .nt extension.</p>"]
    for etype in sorted(groups):
        if etype in ("NewsArticle",):
            continue
        items = "".join(f"<li>{anchor(link(i), n)}</li>" for i, n in groups[etype])
        parts.append(f"<h2>{escape(etype)}</h2><ul>{items}</ul>")
    return layout(title, "".join(parts), site=site)
