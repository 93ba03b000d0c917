"""A static linked-data site: what ``kg serve`` answers, written to files for any web host.

For every IRI under the base that the data describes (entities, roles, claims, articles) the
site has ``<path>.html``, ``<path>.ttl``, ``<path>.jsonld`` and ``<path>.nt`` (path = the IRI
minus the base); ``index.html`` lists the entities; ``.well-known/void`` (Turtle) and
``void.ttl`` describe the dataset; ``.htaccess`` (Apache) and ``nginx.conf`` are sample
configurations that answer the extension-less IRI with 303 See Other to the document the
Accept header asks for, as ``kg serve`` does. HTML pages link to each other by relative
paths, so the site also reads from disk.

The site is built in a temporary folder beside the target and swapped in at the end: an
interrupted run leaves the previous site intact.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kg import formats
from kg.errors import UsageError
from kg.query import Answer, graph_bytes
from kg.serialize import serialize
from kg.serve import data, pages

DOCUMENT_FORMATS = (formats.TURTLE, formats.JSONLD, formats.NTRIPLES)


@dataclass
class Site:
    folder: Path
    resources: int
    files: int


def publish(store, out: str | Path, *, base: str, title: str = "kg linked data") -> Site:
    """Write the site for ``store`` (a pyoxigraph store) to ``out``; raises UsageError if
    ``out`` is a file or a folder that is not an earlier site."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir())
                                              and not (out / ".kg-site").exists())):
        raise UsageError(f"{out} exists and is not a site kg published; give a new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        count, files = _build(store, work, base=base, title=title)
        _swap(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Site(folder=out, resources=count, files=files)


def _build(store, root: Path, *, base: str, title: str) -> tuple[int, int]:
    files = 0

    def write(rel: str, content: bytes | str) -> None:
        nonlocal files
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        files += 1

    subjects = [iri for iri in data.subjects(store, base) if _rel(iri, base) is not None]
    for iri in subjects:
        rel = _rel(iri, base)
        link = _linker(rel, base)
        alternates = [(f.media_type, PurePosixPath(rel).name + f.extension)
                      for f in DOCUMENT_FORMATS]
        up = "../" * rel.count("/")
        site = {"home": f"{up}index.html", "sparql": None, "void": f"{up}void.ttl"}
        write(rel + ".html", pages.entity_page(data.entity(store, iri), link,
                                               alternates=alternates, site=site))
        answer = Answer("graph", triples=data.describe_triples(store, iri))
        for fmt in DOCUMENT_FORMATS:
            write(rel + fmt.extension, graph_bytes(answer, fmt, base=base))
    index_link = _linker("index", base)
    write("index.html", pages.index_page(data.entities(store), index_link, title=title,
                                         site={"home": "index.html", "void": "void.ttl"}))
    from kg.describe import describe

    void = serialize(describe(store, base=base), formats.TURTLE, base=base)
    write(".well-known/void", void)
    write("void.ttl", void)
    write(".htaccess", HTACCESS)
    write("nginx.conf", NGINX)
    write(".kg-site", "a site written by kg publish; kg publish replaces this folder\n")
    return len(subjects), files


RESERVED = {"index", "void", "nginx", ".htaccess", ".kg-site", ".well-known"}


def _rel(iri: str, base: str) -> str | None:
    """The site path of an IRI, or None for one no static file can stand for (a query or a
    fragment, percent-escapes, dot segments, or a name the site itself uses): those are left
    out of the site (kg serve still answers them)."""
    rel = iri[len(base):]
    parts = rel.split("/")
    if not rel or any(c in rel for c in "?#%\\") or any(p in ("", ".", "..") for p in parts) \
            or parts[0] in RESERVED or rel.startswith(".well-known"):
        return None
    return rel


def _linker(rel: str, base: str):
    here = PurePosixPath(rel).parent

    def link(iri: str) -> str:
        if not iri.startswith(base):
            return iri
        target = PurePosixPath(iri[len(base):] + ".html")
        return os.path.relpath(str(target), str(here)) if str(here) != "." else str(target)

    return link


def _swap(new: Path, out: Path) -> None:
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        if old.exists():
            shutil.rmtree(old)
        os.replace(out, old)
    os.replace(new, out)
    os.chmod(out, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


HTACCESS = """\
# Apache (mod_rewrite, mod_negotiation off): the IRI of a thing answers 303 See Other to the
# document that describes it, as kg serve does. Put this folder at the base IRI's path.
Options -MultiViews
AddType text/turtle .ttl
AddType application/ld+json .jsonld
AddType application/n-triples .nt
<Files "void">
  ForceType text/turtle
</Files>
Header merge Vary Accept
RewriteEngine On
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteRule ^(.+)$ $1.ttl [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteRule ^(.+)$ $1.jsonld [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{HTTP_ACCEPT} application/n-triples
RewriteRule ^(.+)$ $1.nt [R=303,L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(.+)$ $1.html [R=303,L]
"""

NGINX = """\
# nginx: the IRI of a thing answers 303 See Other to the document that describes it.
# Include inside the server block that serves this folder at the base IRI's path.
location ~ \\.ttl$ { default_type text/turtle; }
location ~ \\.jsonld$ { default_type application/ld+json; }
location ~ \\.nt$ { default_type application/n-triples; }
location = /.well-known/void { default_type text/turtle; }
location / {
    add_header Vary Accept;
    set $ext "";
    if ($http_accept ~* "text/turtle") { set $ext ".ttl"; }
    if ($http_accept ~* "application/ld\\+json") { set $ext ".jsonld"; }
    if ($http_accept ~* "application/n-triples") { set $ext ".nt"; }
    if ($ext = "") { set $ext ".html"; }
    if (-f $request_filename) { break; }
    if (-f $request_filename$ext) { return 303 $uri$ext; }
    return 404;
}
"""
