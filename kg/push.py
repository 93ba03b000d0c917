"""Pushing a dataset to another store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each article's named graph replaces the graph of the same name on the server (``PUT
?graph=<article IRI>``); the merged facts replace the server's default graph (``PUT
?default``), so push the whole dataset (a store, or a complete export): the merge of a part is
not the merge of the whole. Other graphs on the server are left alone.

Only the standard library speaks HTTP here (no extra dependency for one verb).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import quote

import pyoxigraph as ox

from kg.errors import KgError, UsageError
from kg.query import restore_datatypes

MEDIA_TYPE = "application/n-triples"


class PushFailed(KgError):
    """The server refused or could not be reached (exit 3: the target is an input here)."""

    exit_code = 3


@dataclass
class Pushed:
    graphs: list[str] = field(default_factory=list)
    triples: int = 0


def graphs_of(store: ox.Store) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The default graph, then every named graph, sorted by name."""
    names = sorted(store.named_graphs(), key=lambda g: str(g))
    return [ox.DefaultGraph(), *names]


def push(store: ox.Store, endpoint: str, *, headers: dict[str, str] | None = None,
         timeout: float = 60.0, progress=None) -> Pushed:
    """PUT every graph of ``store`` to the Graph Store endpoint ``endpoint``.

    Raises PushFailed with the server's status and message on the first refusal (graphs
    already sent stay sent: each PUT is atomic on the server, the push as a whole is not).
    """
    if not endpoint.startswith(("http://", "https://")):
        raise UsageError(f"--endpoint {endpoint!r} must be an http(s) URL")
    done = Pushed()
    for graph in graphs_of(store):
        body = ox.serialize(
            (restore_datatypes(q.triple)
             for q in store.quads_for_pattern(None, None, None, graph)),
            format=ox.RdfFormat.N_TRIPLES)
        if isinstance(graph, ox.DefaultGraph):
            url, label = f"{endpoint}{_joiner(endpoint)}default", "the default graph"
        else:
            url = f"{endpoint}{_joiner(endpoint)}graph={quote(graph.value, safe='')}"
            label = graph.value
        if isinstance(graph, ox.DefaultGraph) and not body:
            continue
        _put(url, body, headers or {}, timeout, label)
        done.graphs.append(label)
        done.triples += body.count(b"\n")
        if progress:
            progress(1)
    return done


def _joiner(endpoint: str) -> str:
    return "&" if "?" in endpoint else "?"


def _put(url: str, body: bytes, headers: dict[str, str], timeout: float, label: str) -> None:
    try:
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": MEDIA_TYPE, **headers})
    except ValueError as exc:
        raise UsageError(f"--endpoint {url!r} is not a usable URL ({exc})") from None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", errors="replace").strip().splitlines()
        reason = detail[0] if detail else exc.reason
        raise PushFailed(f"{url}: the server refused {label} with {exc.code} ({reason})"
                         + ("; check --header for the credentials" if exc.code in (401, 403)
                            else "")) from None
    except (ValueError, UnicodeError) as exc:
        raise UsageError(f"{url}: cannot send this request ({exc})") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushFailed(f"{url}: cannot reach the server ({reason}); is it running?") from None


def parse_headers(values: list[str]) -> dict[str, str]:
    """``--header 'Authorization: Bearer x'`` values as a dict; raises UsageError."""
    out = {}
    for value in values:
        name, sep, content = value.partition(":")
        if not sep or not name.strip():
            raise UsageError(f"--header {value!r} must look like 'Name: value'")
        try:
            content.strip().encode("latin-1")
        except UnicodeEncodeError:
            raise UsageError(f"--header {value!r}: HTTP header values must be Latin-1 "
                             "(encode other text first)") from None
        out[name.strip()] = content.strip()
    return out
