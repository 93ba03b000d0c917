"""The validation stage: check a graph against the SHACL shapes of the data model.

A library: nothing here prints or exits. :func:`validate` returns a :class:`Report`;
:func:`partition` splits a graph into the part that conforms and the triples it had to drop.

Validation always runs on the *union* of the input's graphs (a dataset export keeps each
article's statements in its own named graph, but a role's links to its work and agent, or a
claim's evidence, may sit in different graphs), with no inference and no ontology mixed in.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import InputError
from kg.namespaces import KG, OA, PROV, SCHEMA, SH, bind_prefixes
from kg.resources import shapes_file

__all__ = ["Report", "Violation", "load_shapes", "partition", "validate"]

_MAX_ROUNDS = 25  # partition(): drop-and-revalidate rounds before giving up
_MAX_CLIMB = 3  # how far up from a blank node to look for its articles / a description


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, in plain strings.

    ``focus`` is the offending node: its IRI, or ``_:id`` for a blank node (e.g. evidence).
    ``path`` the property (``kg:status``; IRIs outside the data model's prefixes as ``<iri>``),
    or None for a node-level rule. ``value`` the offending value in N-Triples/Turtle form
    (``"1988"^^xsd:gYear``, ``kg:Whatever``, ``<https://...>``), or None when a value is
    missing. ``severity`` is ``Violation``, ``Warning`` or ``Info``; ``shape`` the IRI of the
    shape the rule belongs to (the node shape, for an anonymous property shape), or None.
    ``articles`` the IRIs of the articles the focus node came from. ``constraint`` the SHACL
    constraint component's IRI, e.g. ``http://www.w3.org/ns/shacl#MinCountConstraintComponent``.
    """

    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str
    shape: str | None
    articles: tuple[str, ...] = ()
    constraint: str | None = None

    @property
    def rule(self) -> str:
        """The rule broken, as ``<path> sh:<constraint>`` (e.g. ``kg:status sh:in``)."""
        name = _constraint_name(self.constraint)
        return " ".join(x for x in (self.path, name) if x) or "(shape)"


@dataclass
class Report:
    """The outcome of :func:`validate`.

    ``graph`` is the W3C ``sh:ValidationReport`` graph as pyshacl produced it; ``labels``
    gives a short human description of each focus node (its name, or for a role
    "agent, role type, work"), used by :meth:`text`.
    """

    conforms: bool
    violations: list[Violation]
    graph: Graph
    labels: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def results(self) -> list[Violation]:
        """Alias of ``violations`` (``kg.errors.ValidationFailed`` counts ``report.results``)."""
        return self.violations

    def text(self) -> str:
        """A report for a person: one block per violation (node, rule, value, articles)."""
        if self.conforms and not self.violations:
            return "Conforms: the graph satisfies every shape.\n"
        count = len(self.violations)
        head = "Conforms, with notes" if self.conforms else "Does not conform"
        lines = [f"{head}: {count} result{'s' if count != 1 else ''}.", ""]
        for i, v in enumerate(self.violations, 1):
            lines.append(f"[{i}] {v.severity}: {v.message}")
            node = v.focus
            label = self.labels.get(v.focus)
            if label:
                node = f"{node}  ({label})"
            lines.append(f"    node:    {node}")
            rule = v.rule
            if v.shape:
                rule = f"{rule}  [{_compact(URIRef(v.shape))}]"
            lines.append(f"    rule:    {rule}")
            lines.append(f"    value:   {v.value if v.value is not None else '(none)'}")
            if v.articles:
                lines.append(f"    article: {v.articles[0]}")
                lines.extend(f"             {a}" for a in v.articles[1:])
            else:
                lines.append("    article: (unknown)")
            lines.append("")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------------------------


def load_shapes(path: str | Path | None = None) -> Graph:
    """Parse a SHACL shapes file (default: the project's ``kg-shapes.ttl``).

    Raises :class:`InputError` (with the line, for a syntax error) if it cannot be read.
    """
    path = Path(path) if path is not None else shapes_file()
    fmt = guess_format(str(path)) or "turtle"
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except BadSyntax as exc:
        why = getattr(exc, "_why", None) or "syntax error"
        line = getattr(exc, "lines", None)
        raise InputError(
            f"invalid shapes file: {why}",
            source=str(path),
            location=str(line + 1) if isinstance(line, int) else None,
        ) from exc
    except OSError as exc:
        raise InputError(
            f"cannot read shapes file: {exc.strerror or exc}", source=str(path)
        ) from exc
    except Exception as exc:  # other rdflib parsers raise their own exception types
        raise InputError(f"invalid shapes file: {exc}", source=str(path)) from exc
    return graph


@functools.lru_cache(maxsize=1)
def _default_shapes() -> Graph:
    return load_shapes()


def _shapes_graph(shapes: Graph | str | Path | None) -> Graph:
    if shapes is None:
        return _default_shapes()
    if isinstance(shapes, Graph):
        return shapes
    return load_shapes(shapes)


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


def validate(data: Graph, *, shapes: Graph | str | Path | None = None) -> Report:
    """Validate ``data`` (a Graph or a Dataset: the union of all its graphs) against ``shapes``.

    ``shapes`` is a shapes Graph, a path to one, or None for the project's shapes.
    """
    union = _union(data)
    return _validate_union(union, data, _shapes_graph(shapes))


def _validate_union(union: Graph, data: Graph, shapes: Graph) -> Report:
    conforms, results, _ = pyshacl.validate(
        union,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
        advanced=False,
        meta_shacl=False,
    )
    bind_prefixes(results)
    violations: list[Violation] = []
    labels: dict[str, str] = {}
    top = _top_results(results)
    if top:
        graph_index = _graph_index(data)
        for result in top:
            focus = results.value(result, SH.focusNode)
            if focus is None:
                continue
            path = results.value(result, SH.resultPath)
            value = results.value(result, SH.value)
            severity = results.value(result, SH.resultSeverity)
            component = results.value(result, SH.sourceConstraintComponent)
            key = _node_str(focus)
            violations.append(
                Violation(
                    focus=key,
                    path=_path_str(results, path) if path is not None else None,
                    value=_compact(value) if value is not None else None,
                    message=_message(results, result),
                    severity=_local(severity) if severity is not None else "Violation",
                    shape=_shape_str(shapes, results.value(result, SH.sourceShape)),
                    articles=tuple(sorted(str(a) for a in _articles(union, focus, graph_index))),
                    constraint=str(component) if component is not None else None,
                )
            )
            if key not in labels:
                label = _describe(union, focus)
                if label:
                    labels[key] = label
    violations.sort(key=lambda v: (v.focus, v.path or "", v.constraint or "", v.value or ""))
    return Report(conforms=bool(conforms), violations=violations, graph=results, labels=labels)


def _top_results(results: Graph) -> list[Node]:
    """The report's own results (``sh:result``), not the nested ``sh:detail`` ones."""
    return [
        result
        for report in results.subjects(RDF.type, SH.ValidationReport)
        for result in results.objects(report, SH.result)
    ]


def _is_dataset(data: Graph) -> bool:
    return bool(getattr(data, "context_aware", False))


def _graph_id(context) -> Node:
    return context.identifier if isinstance(context, Graph) else context


def _is_default(graph_id: Node | None) -> bool:
    return not isinstance(graph_id, URIRef) or graph_id == DATASET_DEFAULT_GRAPH_ID


def _union(data: Graph) -> Graph:
    """One plain Graph (default store) holding every triple of every graph of ``data``."""
    if not isinstance(data, Graph):
        raise TypeError(f"expected an rdflib Graph or Dataset, not {type(data).__name__}")
    union = Graph()
    if _is_dataset(data):
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in data:
            union.add(triple)
    _copy_bindings(data, union)
    return union


def _copy_bindings(source: Graph, target: Graph) -> None:
    bind_prefixes(target)
    for prefix, ns in source.namespaces():
        if prefix and prefix not in dict(target.namespaces()):
            target.bind(prefix, ns, override=False)


def _graph_index(data: Graph) -> dict[Node, set[URIRef]]:
    """Node -> names of the named graphs it appears in (as subject or object)."""
    index: dict[Node, set[URIRef]] = {}
    if not _is_dataset(data):
        return index
    for s, _, o, c in data.quads((None, None, None, None)):
        gid = _graph_id(c)
        if _is_default(gid):
            continue
        index.setdefault(s, set()).add(gid)
        if not isinstance(o, Literal):
            index.setdefault(o, set()).add(gid)
    return index


def _articles(g: Graph, node: Node, graph_index: dict, depth: int = 0) -> set[URIRef]:
    """The articles ``node`` came from: provenance links, evidence sources, named graphs."""
    found: set[URIRef] = set()
    if (node, RDF.type, SCHEMA.NewsArticle) in g and isinstance(node, URIRef):
        found.add(node)
    for prop in (PROV.wasDerivedFrom, SCHEMA.appearance, OA.hasSource):
        found.update(o for o in g.objects(node, prop) if isinstance(o, URIRef))
    for evidence in g.objects(node, KG.evidence):
        found.update(o for o in g.objects(evidence, OA.hasSource) if isinstance(o, URIRef))
    found.update(graph_index.get(node, ()))
    found.update(s for s in g.subjects(SCHEMA.mentions, node) if isinstance(s, URIRef))
    if not found and depth < _MAX_CLIMB:
        for parent in set(g.subjects(None, node)):
            found |= _articles(g, parent, graph_index, depth + 1)
    return found


def _describe(g: Graph, node: Node, depth: int = 0) -> str | None:
    """A short description of a node for people: its name, or what it links."""
    if (node, RDF.type, KG.Role) in g:
        parts = [
            _name(g, g.value(node, KG.agent)),
            _name(g, g.value(node, KG.roleType)),
            _name(g, g.value(node, KG.work)),
        ]
        return "role: " + ", ".join(p or "?" for p in parts)
    if (node, RDF.type, KG.Claim) in g:
        text = g.value(node, SCHEMA.text)
        return f"claim: {_shorten(str(text))}" if text is not None else "claim"
    name = g.value(node, SCHEMA.name)
    if name is not None:
        return str(name)
    headline = g.value(node, SCHEMA.headline)
    if headline is not None:
        return f"article: {_shorten(str(headline))}"
    if isinstance(node, BNode) and depth < _MAX_CLIMB:
        for parent, prop in g.subject_predicates(node):
            kind = "evidence" if prop == KG.evidence else _local(prop)
            if prop == OA.hasSelector:
                kind = "selector"
            outer = _describe(g, parent, depth + 1) or _node_str(parent)
            return f"{kind} of {outer}"
    return None


def _name(g: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    name = g.value(node, SCHEMA.name)
    if name is not None:
        return str(name)
    return _local(node) if isinstance(node, URIRef) else None


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Rendering terms
# ---------------------------------------------------------------------------------------------

_PREFIXES = Graph(bind_namespaces="none")
bind_prefixes(_PREFIXES)
_PREFIXES.bind("kgsh", "https://w3id.org/newskg/shapes#")


def _compact(term: Node) -> str:
    """``kg:Actor``, ``<https://…>`` or ``"1988"^^xsd:gYear``."""
    if isinstance(term, (URIRef, Literal)):
        return term.n3(_PREFIXES.namespace_manager)
    return _node_str(term)


def _node_str(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _local(term: Node) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1] or text
    return text


def _constraint_name(component: str | None) -> str | None:
    """``…#MinCountConstraintComponent`` -> ``sh:minCount``."""
    if not component:
        return None
    local = _local(URIRef(component))
    if local.endswith("ConstraintComponent"):
        local = local[: -len("ConstraintComponent")]
        local = local[:1].lower() + local[1:]
        return f"sh:{local}" if component.startswith(str(SH)) else local
    return _compact(URIRef(component))


def _path_str(g: Graph, path: Node, depth: int = 0) -> str:
    """A SHACL property path as SPARQL-like text (``kg:status``, ``^kg:work``, ``a/b``)."""
    if isinstance(path, URIRef):
        return _compact(path)
    if depth > 5:
        return "…"
    inverse = g.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_str(g, inverse, depth + 1)
    for prop, mark in (
        (SH.zeroOrMorePath, "*"),
        (SH.oneOrMorePath, "+"),
        (SH.zeroOrOnePath, "?"),
    ):
        inner = g.value(path, prop)
        if inner is not None:
            return f"({_path_str(g, inner, depth + 1)}){mark}"
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None:
        items = [_path_str(g, x, depth + 1) for x in _list(g, alternatives)]
        return "(" + "|".join(items) + ")"
    items = [_path_str(g, x, depth + 1) for x in _list(g, path)]
    return "/".join(items) if items else _node_str(path)


def _list(g: Graph, head: Node) -> Iterable[Node]:
    if g.value(head, RDF.first) is None:
        return []
    return list(g.items(head))


def _message(results: Graph, result: Node) -> str:
    messages = list(results.objects(result, SH.resultMessage))
    if not messages:
        return "constraint violated"
    for m in messages:  # prefer English, then untagged
        if isinstance(m, Literal) and (m.language or "").lower().startswith("en"):
            return str(m)
    return str(messages[0])


def _shape_str(shapes: Graph, shape: Node | None) -> str | None:
    """The shape's IRI; for an anonymous property shape, the node shape that holds it."""
    if shape is None:
        return None
    if isinstance(shape, URIRef):
        return str(shape)
    for owner in shapes.subjects(SH.property, shape):
        if isinstance(owner, URIRef):
            return str(owner)
    return None


# ---------------------------------------------------------------------------------------------
# Partition
# ---------------------------------------------------------------------------------------------


def partition(
    data: Graph, *, shapes: Graph | str | Path | None = None
) -> tuple[Dataset, Graph, Report]:
    """Split ``data`` into what conforms and what does not.

    Returns ``(valid, rejected, report)``: ``valid`` is a Dataset keeping ``data``'s named
    graphs (a plain Graph's triples go to the default graph) minus, for every focus node of
    a violation, its statements as subject, the blank-node trees hanging from them (its
    evidence and selectors) and the statements pointing at it; this repeats, since a drop
    can break what pointed at the node (a role whose only article was dropped), until the
    rest conforms (at most a bounded number of rounds). ``rejected`` holds every dropped
    triple; ``report`` is the report of the first run, on the whole input.
    """
    shapes_graph = _shapes_graph(shapes)
    valid = _to_dataset(data)
    rejected = Graph()
    _copy_bindings(data, rejected)
    first: Report | None = None
    for _ in range(_MAX_ROUNDS):
        union = _union(valid)
        report = _validate_union(union, data if first is None else valid, shapes_graph)
        if first is None:
            first = report
        if report.conforms:
            break
        offenders = {
            focus
            for result in _top_results(report.graph)
            if report.graph.value(result, SH.resultSeverity) == SH.Violation
            and (focus := report.graph.value(result, SH.focusNode)) is not None
        }
        if not offenders or not _drop(valid, union, offenders, rejected):
            break
    assert first is not None
    return valid, rejected, first


def _to_dataset(data: Graph) -> Dataset:
    if not isinstance(data, Graph):
        raise TypeError(f"expected an rdflib Graph or Dataset, not {type(data).__name__}")
    ds = Dataset()
    _copy_bindings(data, ds)
    if _is_dataset(data):
        for s, p, o, c in data.quads((None, None, None, None)):
            gid = _graph_id(c)
            ds.add((s, p, o, DATASET_DEFAULT_GRAPH_ID if _is_default(gid) else gid))
    else:
        for s, p, o in data:
            ds.add((s, p, o, DATASET_DEFAULT_GRAPH_ID))
    return ds


def _drop(ds: Dataset, union: Graph, offenders: set[Node], rejected: Graph) -> int:
    """Remove the offenders (and their blank-node trees) from ``ds``; return quads removed."""
    doomed = set(offenders)
    frontier = list(offenders)
    while frontier:  # blank nodes owned only by doomed nodes go with them
        node = frontier.pop()
        for obj in union.objects(node, None):
            if isinstance(obj, BNode) and obj not in doomed:
                if all(s in doomed for s in union.subjects(None, obj)):
                    doomed.add(obj)
                    frontier.append(obj)
    quads = set()
    for node in doomed:
        quads.update(ds.quads((node, None, None, None)))
        if not isinstance(node, Literal):
            quads.update(ds.quads((None, None, node, None)))
    for s, p, o, c in quads:
        ds.remove((s, p, o, _graph_id(c)))
        rejected.add((s, p, o))
    return len(quads)
