"""The RDF formats kg reads and writes: one table for the CLI, the server and file naming.

Every format has one canonical ``name`` (what ``--format`` prints and what error messages list),
a few accepted ``aliases``, the file ``extensions`` it is recognised by (the first one is the one
kg gives new files), its IANA ``media_type``, the name rdflib's ``parse``/``serialize`` know it by,
and whether it carries named graphs (``dataset``): triple formats hold the union of all graphs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from kg.errors import UsageError


@dataclass(frozen=True)
class RdfFormat:
    name: str
    extensions: tuple[str, ...]  # lower case, with the dot; the first one is the preferred one
    media_type: str
    rdflib_name: str
    dataset: bool  # True if the format carries named graphs
    aliases: tuple[str, ...] = ()
    label: str = ""  # the name people write, for help texts and messages

    @property
    def extension(self) -> str:
        """The extension kg gives a new file in this format (``.ttl``)."""
        return self.extensions[0]


TURTLE = RdfFormat("turtle", (".ttl",), "text/turtle", "turtle", False, ("ttl",), "Turtle")
NTRIPLES = RdfFormat(
    "ntriples",
    (".nt",),
    "application/n-triples",
    "nt",
    False,
    ("nt", "n-triples", "nt11"),
    "N-Triples",
)
NQUADS = RdfFormat(
    "nquads", (".nq",), "application/n-quads", "nquads", True, ("nq", "n-quads"), "N-Quads"
)
TRIG = RdfFormat("trig", (".trig",), "application/trig", "trig", True, (), "TriG")
JSONLD = RdfFormat(
    "jsonld",
    (".jsonld", ".json"),
    "application/ld+json",
    "json-ld",
    False,
    ("json-ld", "json"),
    "JSON-LD",
)
XML = RdfFormat(
    "xml",
    (".rdf", ".owl", ".xml"),
    "application/rdf+xml",
    "xml",
    False,
    ("rdfxml", "rdf/xml", "rdf-xml", "rdf", "owl"),
    "RDF/XML",
)

FORMATS: tuple[RdfFormat, ...] = (TURTLE, NTRIPLES, NQUADS, TRIG, JSONLD, XML)

# Media types seen in the wild besides the registered ones (content negotiation, old servers).
_EXTRA_MEDIA_TYPES = {
    "application/x-turtle": TURTLE,
    "text/n-triples": NTRIPLES,
    "text/plain": NTRIPLES,  # N-Triples' media type before RDF 1.1
    "text/x-nquads": NQUADS,
    "application/x-trig": TRIG,
    "application/json": JSONLD,
    "application/xml": XML,
    "text/xml": XML,
}

_BY_NAME = {
    key: fmt
    for fmt in FORMATS
    for key in (fmt.name, *fmt.aliases, fmt.label.lower(), fmt.media_type)
}
_BY_MEDIA_TYPE = {fmt.media_type: fmt for fmt in FORMATS} | _EXTRA_MEDIA_TYPES
_BY_EXTENSION = {ext: fmt for fmt in FORMATS for ext in fmt.extensions}


def names() -> list[str]:
    """The canonical format names, in table order (for help texts and choices)."""
    return [fmt.name for fmt in FORMATS]


def by_name(name: str) -> RdfFormat:
    """The format called ``name`` (case-insensitive; aliases such as ``ttl``, ``nt``, ``nq``,
    ``json-ld``, ``rdfxml`` and the media types are accepted too)."""
    fmt = _BY_NAME.get(name.strip().lower())
    if fmt is None:
        raise UsageError(f"unknown RDF format {name!r} (known: {', '.join(names())})")
    return fmt


def by_media_type(media_type: str) -> RdfFormat:
    """The format of an HTTP media type; parameters (``; charset=utf-8``) are ignored."""
    key = media_type.split(";", 1)[0].strip().lower()
    fmt = _BY_MEDIA_TYPE.get(key)
    if fmt is None:
        known = ", ".join(f.media_type for f in FORMATS)
        raise UsageError(f"unsupported media type {media_type!r} (supported: {known})")
    return fmt


def by_extension(path: str | PurePath) -> RdfFormat | None:
    """The format a file name's extension says, or None (case-insensitive)."""
    suffix = PurePath(str(path)).suffix.lower()
    return _BY_EXTENSION.get(suffix)


def for_path(path: str | PurePath, *, name: str | None = None) -> RdfFormat:
    """The format to read or write ``path`` in.

    An explicit ``name`` always wins (so ``-o graph.txt --format turtle`` works), else the
    file's extension decides. ``'-'`` (stdin/stdout) has no extension, so it needs a ``name``:
    there is no silent default, because a guessed format on a pipe is a bug found late.
    Raises UsageError when the format cannot be told.
    """
    if name:
        return by_name(name)
    if str(path) == "-":
        raise UsageError(
            f"give --format when writing to stdout or --from when reading stdin "
            f"(one of: {', '.join(names())})"
        )
    fmt = by_extension(path)
    if fmt is None:
        known = ", ".join(ext for f in FORMATS for ext in f.extensions)
        raise UsageError(
            f"cannot tell the RDF format of {str(path)!r} from its extension ({known}); "
            f"name it with --format/--from"
        )
    return fmt
