"""Serialization: the graph to bytes in one of the RDF formats, and RDF files back to a graph.

The data is an ``rdflib.Dataset``: the default graph holds the cross-article facts, each article
has a named graph (named by the article IRI). Triple formats (Turtle, N-Triples, RDF/XML,
JSON-LD) get the union of all graphs; TriG and N-Quads keep the named graphs.

Output is deterministic: the same statements give byte-identical output, whatever order they
were added in and whatever PYTHONHASHSEED is. rdflib's own writers walk its in-memory store,
whose full scans iterate Python sets, so this module feeds them statements in a sorted order
(and writes N-Triples, N-Quads, RDF/XML and JSON-LD itself). Blank nodes keep the ids they have.

Nothing here prints or exits; failures are KgError subclasses (kg.errors).
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD, NamespaceManager
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from kg import formats
from kg.errors import InputError, KgError, UsageError
from kg.formats import RdfFormat
from kg.namespaces import PREFIXES, bind_prefixes
from kg.resources import context_file

__all__ = ["atomic_write_bytes", "load", "serialize", "write"]

Quad = tuple[Node, Node, Node, Node | None]  # graph None = the default graph
Triple = tuple[Node, Node, Node]


# --------------------------------------------------------------------------- the public API


def serialize(data: Dataset | Graph, fmt: RdfFormat, *, base: str | None = None) -> bytes:
    """``data`` in ``fmt``, as UTF-8 bytes.

    ``base`` is bound to the ``id:`` prefix (Turtle, TriG, RDF/XML); IRIs are always written in
    full or as prefixed names, never relative to a base, so the output means the same wherever
    it is stored. A triple format gets the union of all graphs, duplicates removed.
    """
    quads = _quads(data)
    if fmt.name == "nquads":
        return _lines(_nquad(q) for q in quads)
    triples = {(s, p, o) for s, p, o, _ in quads}
    if fmt.name == "ntriples":
        return _lines(_ntriple(t) for t in triples)
    if fmt.name == "turtle":
        return _turtle(triples, data, base)
    if fmt.name == "trig":
        return _trig(quads, data, base)
    if fmt.name == "xml":
        return _rdfxml(triples, data, base)
    if fmt.name == "jsonld":
        return _jsonld(triples)
    raise UsageError(f"kg cannot write {fmt.label or fmt.name}")


def write(
    data: Dataset | Graph,
    output: str | Path,
    *,
    fmt: RdfFormat | None = None,
    base: str | None = None,
) -> None:
    """Serialize ``data`` to ``output``: a path, or ``'-'`` for stdout.

    The format is ``fmt``, else the one the output's extension names (UsageError if none does).
    A file is replaced atomically (see atomic_write_bytes); on stdout nothing but the data is
    written.
    """
    fmt = fmt or formats.for_path(output)
    payload = serialize(data, fmt, base=base)
    if str(output) == "-":
        stdout = sys.stdout.buffer
        stdout.write(payload)
        stdout.flush()
    else:
        atomic_write_bytes(output, payload)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a part.

    The bytes go to a temporary file in the same folder, which is flushed, fsync'ed and then
    renamed over ``path`` (os.replace). On any error, KeyboardInterrupt included, the temporary
    file is removed and the previous file is left as it was. A new file gets the permissions
    the umask allows (not mkstemp's 0600); a replaced one keeps its own. An OSError is raised
    again as UsageError naming the path (kg's CLI reports it and exits with 2).
    """
    path = Path(path)
    folder = path.parent
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    _fsync_folder(folder)


def load(paths: Iterable[str | Path], *, fmt: RdfFormat | None = None) -> Dataset:
    """Parse RDF files into one Dataset; ``'-'`` reads stdin (and needs ``fmt``).

    The format of each file is ``fmt``, else its extension's. Statements of triple formats go
    to the default graph; TriG and N-Quads keep their named graphs. Blank nodes labelled in a
    file keep their labels (renamed only when two files use the same one: blank nodes of
    different files are different); unlabelled ones (``[]`` in Turtle) are numbered ``b0``,
    ``b1``... in document order, so loading the same files always gives the same graph.
    Literals keep their lexical form; language tags come back in lower case (they are
    case-insensitive, and the parser, pyoxigraph, normalises them). JSON-LD is read offline: a
    remote context is an error. Prefixes declared in the files are bound on the result.

    Raises InputError (one line; ``source`` = the path, ``location`` = ``line N`` when the
    parser tells) for a file that cannot be read or parsed, UsageError for an unknown format.
    """
    dataset = Dataset()
    labels = _BlankNodeLabels()
    for path in paths:
        name = str(path)
        source = "<stdin>" if name == "-" else name
        if name == "-" and fmt is None:
            raise UsageError("give --from to read RDF from stdin")
        path_fmt = fmt or formats.for_path(path)
        raw = _read(name, source)
        prefixes = _parse_into(dataset, raw, path_fmt, source, labels.scope(raw, path_fmt))
        for prefix, namespace in sorted(prefixes.items()):
            if prefix not in dict(dataset.namespaces()):
                dataset.bind(prefix, namespace, override=False)
    return dataset


# --------------------------------------------------------------------------- statements


def _quads(data: Dataset | Graph) -> set[Quad]:
    """Every statement of ``data``, the graph None for the default graph."""
    if not data.context_aware:
        return {(s, p, o, None) for s, p, o in data}
    quads = set()
    for s, p, o, g in data.quads((None, None, None, None)):
        name = g.identifier if isinstance(g, Graph) else g
        quads.add((s, p, o, None if name in (None, DATASET_DEFAULT_GRAPH_ID) else name))
    return quads


_ECHAR = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_LITERAL_ESCAPES = str.maketrans(
    {
        **{chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F]},
        **_ECHAR,
    }
)


def _term(node: Node) -> str:
    """A term in canonical N-Triples syntax (RDF 1.1 canonical escaping of literals)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        text = '"' + str(node).translate(_LITERAL_ESCAPES) + '"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None:
            return f"{text}^^<{node.datatype}>"
        return text
    raise KgError(f"cannot write the RDF term {node!r}")


def _ntriple(triple: Triple) -> str:
    s, p, o = triple
    return f"{_term(s)} {_term(p)} {_term(o)} .\n"


def _nquad(quad: Quad) -> str:
    s, p, o, g = quad
    if g is None:
        return f"{_term(s)} {_term(p)} {_term(o)} .\n"
    return f"{_term(s)} {_term(p)} {_term(o)} {_term(g)} .\n"


def _lines(lines: Iterable[str]) -> bytes:
    return "".join(sorted(set(lines))).encode("utf-8")


def _sort_key(cache: dict[Node, str]):
    def key(statement: tuple) -> tuple[str, ...]:
        out = []
        for node in statement:
            if node is None:
                out.append("")
                continue
            text = cache.get(node)
            if text is None:
                text = cache[node] = _term(node)
            out.append(text)
        return tuple(out)

    return key


# --------------------------------------------------------------------------- Turtle, TriG


def _fresh_graph(source: Graph, base: str | None, graph_type=Graph) -> Graph:
    """An empty graph (or dataset) with the source's prefixes and then the data model's
    (and none of rdflib's default ones)."""
    graph = graph_type()
    graph.namespace_manager = NamespaceManager(graph, bind_namespaces="none")
    ours = {str(ns) for ns in PREFIXES.values()}
    if base:
        ours.add(base)
    for prefix, namespace in sorted(source.namespaces()):
        if prefix in PREFIXES or prefix == "id" or str(namespace) in ours:
            continue
        graph.bind(prefix, namespace, override=False)
    bind_prefixes(graph, base)
    return graph


# Turtle's shorthand forms of numbers and booleans, written only when the literal's lexical form
# has the shape (rdflib writes any xsd:double as "%e", which keeps 7 digits: 1.234568e+00).
_SHORTHAND = {
    XSD.integer: re.compile(r"[+-]?[0-9]+\Z"),
    XSD.decimal: re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    XSD.double: re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+\Z"),
    XSD.boolean: re.compile(r"(true|false)\Z"),
}


class _StableTurtleMixin:
    """Fixes for rdflib's Turtle and TriG writers: lexical forms kept, subjects in order."""

    def label(self, node: Node, position: int) -> str:
        if isinstance(node, Literal) and node.datatype in _SHORTHAND and not node.language:
            lexical = str(node)
            if _SHORTHAND[node.datatype].match(lexical):
                return lexical
            return node._literal_n3(
                use_plain=False, qname_callback=lambda dt: self.get_pname(dt, False)
            )
        return super().label(node, position)

    def orderSubjects(self) -> list:  # noqa: N802 (rdflib's name)
        """IRIs in alphabetical order, then blank nodes (fewest references first, so that a
        blank node is written inside the statement that uses it: the ``[ ... ]`` form)."""
        subjects = super().orderSubjects()
        top = [s for s in subjects if s in self._topLevels]
        rest = [s for s in subjects if s not in self._topLevels]
        rest.sort(
            key=lambda s: (
                isinstance(s, BNode),
                self._references[s] if isinstance(s, BNode) else 0,
                str(s),
            )
        )
        return top + rest


class _SortedTurtle(_StableTurtleMixin, TurtleSerializer):
    """rdflib's Turtle writer, fed the statements in a fixed order.

    rdflib's preprocess() scans the store, whose order comes from a Python set; prefixes it
    generates (ns1, ns2...) are numbered in that order, and objects that compare equal keep it.
    """

    def __init__(self, store: Graph, ordered: list[Triple]):
        super().__init__(store)
        self._ordered = ordered

    def preprocess(self) -> None:
        for triple in self._ordered:
            self.preprocessTriple(triple)


class _SortedTrig(_StableTurtleMixin, TrigSerializer):
    """rdflib's TriG writer with the graphs in a fixed order (default graph first, then by
    name) and the statements of each in a fixed order."""

    def __init__(self, store: Dataset, graphs: list[tuple[Graph, list[Triple]]]):
        self.contexts = [graph for graph, _ in graphs]
        self._ordered = {graph.identifier: triples for graph, triples in graphs}
        self.default_context = DATASET_DEFAULT_GRAPH_ID
        TurtleSerializer.__init__(self, store)

    def preprocess(self) -> None:
        for context in self.contexts:
            triples = self._ordered[context.identifier]
            if not triples:
                continue
            self.store = context
            self.get_pname(context.identifier, False)
            self._subjects = {}
            for triple in triples:
                self.preprocessTriple(triple)
            for subject in self._subjects.keys():
                self._references[subject] += 1
            self._contexts[context] = (self.orderSubjects(), self._subjects)


def _turtle(triples: set[Triple], source: Graph, base: str | None) -> bytes:
    ordered = sorted(triples, key=_sort_key({}))
    graph = _fresh_graph(source, base)
    for triple in ordered:
        graph.add(triple)
    stream = io.BytesIO()
    _SortedTurtle(graph, ordered).serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _trig(quads: set[Quad], source: Graph, base: str | None) -> bytes:
    key = _sort_key({})
    by_graph: dict[Node | None, list[Triple]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    dataset = _fresh_graph(source, base, Dataset)
    graphs = []
    names = sorted((g for g in by_graph if g is not None), key=lambda g: key((g,)))
    for name in [None, *names]:
        triples = sorted(by_graph.get(name, ()), key=key)
        graph = dataset.default_graph if name is None else dataset.graph(name)
        for triple in triples:
            graph.add(triple)
        graphs.append((graph, triples))
    stream = io.BytesIO()
    _SortedTrig(dataset, graphs).serialize(stream, encoding="utf-8")
    return stream.getvalue()


# --------------------------------------------------------------------------- RDF/XML

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_XML_ATTR = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)


def _rdfxml(triples: set[Triple], source: Graph, base: str | None) -> bytes:
    """Plain ("striped", one rdf:Description per subject) RDF/XML, sorted."""
    graph = _fresh_graph(source, base)
    manager = graph.namespace_manager
    qnames: dict[Node, str] = {}
    used: dict[str, str] = {"rdf": str(RDF)}
    for predicate in sorted({p for _, p, _ in triples}):
        try:
            prefix, namespace, local = manager.compute_qname_strict(predicate)
        except ValueError as exc:
            raise UsageError(
                f"RDF/XML cannot write the property <{predicate}> (no XML name for it); "
                f"use another format"
            ) from exc
        qnames[predicate] = f"{prefix}:{local}"
        used[prefix] = str(namespace)

    by_subject: dict[Node, list[tuple[Node, Node]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, []).append((p, o))
    key = _sort_key({})

    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF']
    for prefix, namespace in sorted(used.items()):
        out.append(f'\n    xmlns:{prefix}="{namespace.translate(_XML_ATTR)}"')
    out.append(">\n")
    for subject in sorted(by_subject, key=lambda n: (isinstance(n, BNode), key((n,)))):
        out.append(f"  <rdf:Description {_xml_node(subject, 'about')}>\n")
        for p, o in sorted(by_subject[subject], key=key):
            qname = qnames[p]
            if isinstance(o, Literal):
                attrs = ""
                if o.language:
                    attrs = f' xml:lang="{o.language}"'
                elif o.datatype is not None:
                    attrs = f' rdf:datatype="{str(o.datatype).translate(_XML_ATTR)}"'
                bad = _NOT_XML.search(str(o))
                if bad:
                    raise UsageError(
                        f"RDF/XML cannot carry the character U+{ord(bad.group()):04X} of a "
                        f"literal of <{subject}>; use another format"
                    )
                text = str(o).translate(_XML_TEXT)
                out.append(f"    <{qname}{attrs}>{text}</{qname}>\n")
            else:
                out.append(f"    <{qname} {_xml_node(o, 'resource')}/>\n")
        out.append("  </rdf:Description>\n")
    out.append("</rdf:RDF>\n")
    return "".join(out).encode("utf-8")


def _xml_node(node: Node, attribute: str) -> str:
    if isinstance(node, BNode):
        label = str(node)
        if not _NCNAME.match(label):  # rdf:nodeID must be an XML name
            label = "_" + re.sub(r"[^A-Za-z0-9_.\-]", "_", label)
        return f'rdf:nodeID="{label}"'
    return f'rdf:{attribute}="{str(node).translate(_XML_ATTR)}"'


# --------------------------------------------------------------------------- JSON-LD

_CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)\Z")
_MAX_SAFE_INTEGER = 2**53 - 1  # beyond this JSON readers (JavaScript) lose digits
_MAX_EMBED_DEPTH = 64
_INTEGER_TYPES = frozenset(
    XSD[name]
    for name in (
        "integer nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger "
        "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
)


def _jsonld(triples: set[Triple]) -> bytes:
    """Compact JSON-LD with the project's context inline.

    Blank nodes that are the object of exactly one statement are embedded where they are used
    (without their id), like Turtle's ``[ ... ]``. Integers (xsd:integer and its subtypes) and
    booleans in canonical form are JSON numbers and booleans; every other literal keeps its
    lexical form as a string, so the document reads back to the same statements. Arrays are
    sorted (in the expanded form, so ``@list`` order is never touched), the top-level
    ``@graph`` is sorted by node id, and the keys of every object are sorted.
    """
    from pyld import jsonld

    context = _load_context(str(context_file()))
    expanded = _expanded(triples)
    try:
        compacted = jsonld.compact(
            expanded,
            {"@context": context},
            {"documentLoader": _offline_loader, "graph": True},
        )
    except jsonld.JsonLdError as exc:
        raise KgError(f"JSON-LD compaction failed: {_jsonld_message(exc)}") from exc
    graph_key = _alias(context, "@graph")
    id_keys = ("@id", _alias(context, "@id"))
    compacted[graph_key].sort(key=lambda node: _node_id_key(node, id_keys))
    text = json.dumps(compacted, indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def _alias(context, keyword: str) -> str:
    """The term a context defines for ``keyword`` ("id" for "@id"), else the keyword."""
    contexts = context if isinstance(context, list) else [context]
    for ctx in reversed(contexts):
        if isinstance(ctx, dict):
            for term, definition in sorted(ctx.items()):
                if definition == keyword or (
                    isinstance(definition, dict) and definition.get("@id") == keyword
                ):
                    return term
    return keyword


def _node_id_key(node, id_keys: tuple[str, ...]) -> str:
    if isinstance(node, dict):
        for key in id_keys:
            if isinstance(node.get(key), str):
                return node[key]
    return json.dumps(node, sort_keys=True, ensure_ascii=False)


def _expanded(triples: set[Triple]) -> list[dict]:
    """Expanded JSON-LD for ``triples``: single-use blank nodes embedded, arrays sorted."""
    nodes: dict[Node, dict] = {}
    uses: dict[BNode, int] = {}
    links: list[tuple[Node, str, BNode]] = []  # (subject, property, blank node object)
    for s, p, o in triples:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": _jsonld_id(s)}
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(str(o))
            continue
        node.setdefault(str(p), []).append(_jsonld_value(o))
        if isinstance(o, BNode):
            uses[o] = uses.get(o, 0) + 1
            links.append((s, str(p), o))

    # Embed a blank node used exactly once, unless that would loop or nest too deep.
    parent = {o: (s, p) for s, p, o in links if uses[o] == 1 and o in nodes}
    depth: dict[Node, int] = {}  # 0: stays at the top level
    for blank in sorted(parent, key=str):
        chain: list[Node] = []
        seen: set[Node] = set()
        node = blank
        while node in parent and node not in depth and node not in seen:
            chain.append(node)
            seen.add(node)
            node = parent[node][0]
        if node in seen:  # a loop of single-use blank nodes: its members stay on top
            loop = chain.index(node)
            for member in chain[loop:]:
                depth[member] = 0
            chain = chain[:loop]
            level = 0
        else:
            level = depth.get(node, 0)
        for member in reversed(chain):
            level += 1
            depth[member] = level
    embedded = {b for b, level in depth.items() if 0 < level <= _MAX_EMBED_DEPTH}
    for blank in embedded:
        owner, prop = parent[blank]
        values = nodes[owner][prop]
        ref = _jsonld_id(blank)
        index = next(i for i, v in enumerate(values) if v.get("@id") == ref and len(v) == 1)
        child = nodes[blank]
        del child["@id"]
        values[index] = child

    # Sort every array, deepest nodes first so that an embedded node's sort key is final.
    for node in sorted(nodes, key=lambda n: -depth.get(n, 0)):
        body = nodes[node]
        for prop, values in body.items():
            if prop == "@type":
                values.sort()
            elif isinstance(values, list):
                values.sort(key=_value_key)
    top = [body for node, body in nodes.items() if node not in embedded]
    top.sort(key=lambda body: body["@id"])
    return top


def _value_key(value: dict) -> tuple[int, str]:
    if "@value" in value:
        return (1, json.dumps(value, sort_keys=True, ensure_ascii=False))
    if len(value) == 1 and "@id" in value:
        return (0, value["@id"])
    return (2, json.dumps(value, sort_keys=True, ensure_ascii=False))


def _jsonld_id(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _jsonld_value(node: Node) -> dict:
    if not isinstance(node, Literal):
        return {"@id": _jsonld_id(node)}
    lexical = str(node)
    if node.language:
        return {"@value": lexical, "@language": node.language}
    datatype = node.datatype
    if datatype is None:
        return {"@value": lexical}
    if (
        datatype in _INTEGER_TYPES
        and _CANONICAL_INTEGER.match(lexical)
        and lexical != "-0"
        and abs(int(lexical)) <= _MAX_SAFE_INTEGER
    ):
        return {"@value": int(lexical), "@type": str(datatype)}
    if datatype == XSD.boolean and lexical in ("true", "false"):
        return {"@value": lexical == "true", "@type": str(datatype)}
    return {"@value": lexical, "@type": str(datatype)}


@functools.lru_cache(maxsize=4)
def _load_context(path: str) -> dict | list:
    """The ``@context`` value of the project's context document."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError as exc:
        raise KgError(f"the JSON-LD context {path} is missing (broken installation?)") from exc
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read the JSON-LD context {path}: {exc}") from exc
    if not isinstance(document, dict) or "@context" not in document:
        raise KgError(f"the JSON-LD context {path} has no @context")
    return document["@context"]


def _offline_loader(url: str, options=None):
    """kg never fetches a context from the network (its own is embedded inline)."""
    from pyld import jsonld

    raise jsonld.JsonLdError(
        f"remote context {url} not loaded (kg works offline; inline the context)",
        "jsonld.LoadDocumentError",
        code="loading remote context failed",
    )


def _jsonld_message(exc: BaseException) -> str:
    """The innermost, most specific message of a pyld error chain, on one line."""
    messages = []
    while exc is not None:
        message = exc.args[0] if exc.args else str(exc)
        details = getattr(exc, "details", None)
        if isinstance(details, dict) and details.get("url"):
            message = f"{message} ({details['url']})"
        messages.append(str(message))
        exc = exc.__cause__ or exc.__context__
    return " ".join(messages[-1].split())


# --------------------------------------------------------------------------- reading


def _read(name: str, source: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from exc


_TURTLE_LABEL = re.compile(rb"_:([A-Za-z0-9_\x80-\xff][A-Za-z0-9_.\-\x80-\xff]*)")
_XML_LABEL = re.compile(rb"""nodeID\s*=\s*["']([^"']*)["']""")


class _BlankNodeLabels:
    """Maps blank node labels of parsed files to the labels they get in the dataset."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.counter = 0

    def scope(self, raw: bytes, fmt: RdfFormat):
        """A mapping function for one document. Labels written in the document are kept unless
        an earlier document used them; the parser's random labels for unlabelled nodes are
        replaced by b0, b1... in order of appearance."""
        pattern = _XML_LABEL if fmt.name == "xml" else _TURTLE_LABEL
        written = {
            m.group(1).rstrip(b".").decode("utf-8", "replace") for m in pattern.finditer(raw)
        }
        mapping: dict[str, str] = {}

        def relabel(label: str) -> str:
            new = mapping.get(label)
            if new is not None:
                return new
            if label in written and label not in self.used:
                new = label
            else:
                while True:
                    new = f"b{self.counter}"
                    self.counter += 1
                    if new not in self.used and new not in written:
                        break
            self.used.add(new)
            mapping[label] = new
            return new

        return relabel


def _parse_into(dataset: Dataset, raw: bytes, fmt: RdfFormat, source: str, relabel) -> dict:
    """Parse ``raw`` into ``dataset``; returns the prefixes the document declared."""
    import pyoxigraph as ox

    parser = ox.parse(raw, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt.name]))
    default = dataset.default_graph
    graphs: dict = {}
    iris: dict[str, URIRef] = {}
    blanks: dict[str, BNode] = {}

    def term(node):
        kind = type(node)
        if kind is ox.NamedNode:
            value = node.value
            iri = iris.get(value)
            if iri is None:
                iri = iris[value] = URIRef(value)
            return iri
        if kind is ox.BlankNode:
            value = node.value
            blank = blanks.get(value)
            if blank is None:
                blank = blanks[value] = BNode(relabel(value))
            return blank
        if kind is ox.Literal:
            if node.language:
                if getattr(node, "direction", None) is not None:
                    raise InputError(
                        f"literal {node} has a base direction, which kg cannot keep",
                        source=source,
                    )
                return Literal(node.value, lang=node.language)
            datatype = node.datatype.value
            if datatype == _XSD_STRING:
                return Literal(node.value)
            return Literal(node.value, datatype=term(node.datatype), normalize=False)
        raise InputError(f"unsupported RDF term {node}", source=source)

    def graph_of(name):
        if type(name) is ox.DefaultGraph:
            return default
        graph = graphs.get(name)
        if graph is None:
            graph = graphs[name] = dataset.graph(term(name))
        return graph

    def statements() -> Iterator:
        for quad in parser:
            yield (
                term(quad.subject),
                term(quad.predicate),
                term(quad.object),
                graph_of(quad.graph_name),
            )

    try:
        dataset.addN(statements())
    except SyntaxError as exc:
        raise _syntax_error(exc, source, fmt) from None
    except ValueError as exc:  # invalid terms that the parser let through
        raise InputError(" ".join(str(exc).split()), source=source) from None
    try:
        return dict(parser.prefixes)
    except (AttributeError, SyntaxError, ValueError):
        return {}


_XSD_STRING = str(XSD.string)
_OX_FORMATS = {  # kg format name -> pyoxigraph.RdfFormat attribute
    "turtle": "TURTLE",
    "ntriples": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
    "jsonld": "JSON_LD",
}
_PARSER_POSITION = re.compile(
    r"^Parser error (?:at line \d+ (?:between columns \d+ and \d+|column \d+)"
    r"|between line \d+ column \d+ and line \d+ column \d+): "
)


def _syntax_error(exc: SyntaxError, source: str, fmt: RdfFormat) -> InputError:
    message = exc.msg if isinstance(exc.msg, str) else str(exc)
    if "LoadDocumentCallback" in message:
        message = "it uses a remote context, which kg does not fetch (put the context inline)"
    message = _PARSER_POSITION.sub("", message)
    message = re.sub(r"\s*\(line \d+\)\s*$", "", message)
    message = " ".join(message.split())
    if exc.offset:
        message = f"{message} (column {exc.offset})"
    location = f"line {exc.lineno}" if exc.lineno else None
    label = fmt.label or fmt.name
    return InputError(f"invalid {label}: {message}", source=source, location=location)


# --------------------------------------------------------------------------- helpers


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless to skip where it is not supported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
