"""The persistent store: a pyoxigraph database on disk, kept together with the records it is
made of.

A store is a folder::

    DIR/kgstore.json             the current version and the base IRI (the commit point)
    DIR/v-<n>/records.jsonl      the extraction records of every article loaded
    DIR/v-<n>/oxigraph/          their RDF dataset: the merged facts in the default graph,
                                 one named graph per article (named by the article IRI)

Every change (load, unload) writes a new version folder from the records, recomputing the
cross-article merge, so the store always holds what ``kg export`` would make of the same
articles; then it replaces ``kgstore.json`` atomically and removes the old version. A change
that is interrupted or refused (SHACL violations) leaves the previous version current.

An article is identified by its URL, else by the absolute path it was read from: loading a
file again after editing it replaces that article (its named graph and its part of the merge).

Nothing here prints or exits; failures are KgError subclasses.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, UsageError
from kg.namespaces import DEFAULT_BASE
from kg.records import Record, record_from_dict

STORE_FILE = "kgstore.json"
STORE_VERSION = 1


@dataclass
class Change:
    """What a load or unload did, by article identity."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    articles: int = 0  # in the store afterwards
    quads: int = 0


def identity(record: Record) -> str:
    """What makes two versions of an article the same article: its URL, else its path."""
    article = record.article
    if article.url:
        return article.url
    source = article.source
    if source.startswith("<"):
        return source
    path, sep, line = source.rpartition(":") if _has_line(source) else (source, "", "")
    return os.path.abspath(path) + (f"{sep}{line}" if sep else "")


def _has_line(source: str) -> bool:
    head, sep, tail = source.rpartition(":")
    return bool(sep and head and tail.isdigit())


class KgStore:
    """A kg store folder (see the module docstring). ``create`` makes a new empty one."""

    def __init__(self, path: str | Path, *, create: bool = False,
                 base: str | None = None):
        self.path = Path(path)
        meta = self.path / STORE_FILE
        if self.path.exists() and not self.path.is_dir():
            raise UsageError(f"{self.path} is a file, not a store folder; give a folder")
        if not meta.exists():
            if not create:
                raise UsageError(
                    f"{self.path} is not a kg store (no {STORE_FILE}); "
                    "create one with kg load ARTICLES --store DIR")
            if self.path.exists() and any(self.path.iterdir()):
                raise UsageError(
                    f"{self.path} exists and is not an empty folder; give a new or empty one")
            self.path.mkdir(parents=True, exist_ok=True)
            self._commit({"kg_store": STORE_VERSION, "base": base or DEFAULT_BASE,
                          "version": None, "serial": 0})
        self.meta = self._read_meta()
        if base and base != self.meta["base"]:
            raise UsageError(
                f"this store mints IRIs under {self.meta['base']}, not {base}; "
                "load into a new store to change the base")

    # --- reading ---------------------------------------------------------------------------
    @property
    def base(self) -> str:
        return self.meta["base"]

    def _read_meta(self) -> dict:
        try:
            meta = json.loads((self.path / STORE_FILE).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"unreadable store description: {exc}",
                             source=str(self.path / STORE_FILE)) from None
        if meta.get("kg_store") != STORE_VERSION:
            raise InputError(f"not a kg store of version {STORE_VERSION}",
                             source=str(self.path / STORE_FILE))
        return meta

    def refresh(self) -> ox.Store | None:
        """The current dataset if another process changed the store since, else None (the
        new version counts as seen only once it could be opened)."""
        meta = self._read_meta()
        if meta.get("version") == self.meta.get("version"):
            return None
        previous, self.meta = self.meta, meta
        try:
            return self.read()
        except OSError:
            self.meta = previous  # a newer change removed it meanwhile: try again next time
            return None

    @property
    def version_dir(self) -> Path | None:
        version = self.meta.get("version")
        return self.path / version if version else None

    def records(self) -> list[Record]:
        """The records of every article in the store, in load order."""
        folder = self.version_dir
        if folder is None:
            return []
        out = []
        with open(folder / "records.jsonl", encoding="utf-8") as handle:
            for n, line in enumerate(handle, 1):
                out.append(record_from_dict(json.loads(line), source=f"records.jsonl:{n}"))
        return out

    def read(self) -> ox.Store:
        """The current dataset, opened read-only (an empty in-memory store if nothing was
        loaded yet)."""
        folder = self.version_dir
        if folder is None:
            return ox.Store()
        return ox.Store.read_only(str(folder / "oxigraph"))

    def articles(self) -> list[dict]:
        """One summary per article: identity, IRI, source, URL, date, content hash."""
        return [
            {"id": identity(r), "iri": f"{self.base}article/{r.article.key}",
             "source": r.article.source, "url": r.article.url, "date": r.article.date,
             "sha256": r.article.sha256}
            for r in self.records()
        ]

    # --- changing --------------------------------------------------------------------------
    def load(self, records: Iterable[Record], *, shapes=None) -> Change:
        """Add articles, replacing the earlier version of any article already there (the
        last of several versions given at once wins).

        Raises ValidationFailed (the store unchanged) when the new dataset violates the shapes.
        """
        records = list(records)
        given = {identity(r) for r in records}
        with self._lock():
            current = {identity(r): r for r in self.records()}
            before = {k: r.article.sha256 for k, r in current.items()}
            for record in records:
                key = identity(record)
                current.pop(key, None)
                current[key] = record  # a new version counts as loaded last
            change = Change()
            for key, record in current.items():
                if key not in before:
                    change.added.append(key)
                elif before[key] != record.article.sha256:
                    change.replaced.append(key)
            seen = set(change.added) | set(change.replaced)
            change.unchanged = [k for k in before if k not in seen and k in given]
            if not change.added and not change.replaced and self.version_dir is not None:
                change.articles = len(current)
                change.quads = len(self.read())
                return change  # the same articles again: nothing to write
            return self._write(list(current.values()), change, shapes=shapes)

    def unload(self, ids: Iterable[str], *, shapes=None) -> Change:
        """Remove articles, named by identity, article IRI, content hash (or its first 16
        digits), URL or source path; raises UsageError for an ID matching no article."""
        with self._lock():
            return self._unload(list(ids), shapes=shapes)

    def _unload(self, ids: list[str], *, shapes=None) -> Change:
        self.meta = self._read_meta()
        records = self.records()
        change = Change()
        gone = set()
        for wanted in ids:
            hits = [i for i, r in enumerate(records) if wanted in self._names(r)]
            if not hits:
                raise UsageError(
                    f"no article {wanted!r} in the store {self.path} "
                    "(kg describe --store DIR lists them)")
            for i in hits:
                if i not in gone:
                    gone.add(i)
                    change.removed.append(identity(records[i]))
        kept = [r for i, r in enumerate(records) if i not in gone]
        return self._write(kept, change, shapes=shapes)

    def _lock(self):
        """An exclusive lock on the store folder for one change (two loads at once would
        otherwise each build on the same version and one would lose the other's articles)."""
        import contextlib
        import fcntl

        @contextlib.contextmanager
        def held():
            with open(self.path / ".lock", "a") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    self.meta = self._read_meta()  # what the previous holder committed
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)

        return held()

    def _names(self, record: Record) -> set[str]:
        a = record.article
        names = {identity(record), a.source, a.sha256, a.key, f"{self.base}article/{a.key}"}
        if a.url:
            names.add(a.url)
        return names

    def _write(self, records: list[Record], change: Change, *, shapes=None) -> Change:
        from kg import formats
        from kg.errors import ValidationFailed
        from kg.pipeline import build_dataset
        from kg.serialize import serialize
        from kg.validate import validate

        serial = self.meta.get("serial", 0) + 1
        version = f"v-{serial}"
        folder = self.path / version
        if folder.exists():
            shutil.rmtree(folder)  # left by an interrupted change
        folder.mkdir()
        try:
            data = b""
            if records:
                ds = build_dataset(records, base=self.base)
                report = validate(ds, shapes=shapes)
                if not report.conforms:
                    raise ValidationFailed(report)
                data = serialize(ds, formats.NQUADS)
            with open(folder / "records.jsonl", "w", encoding="utf-8") as handle:
                handle.writelines(r.to_json() + "\n" for r in records)
                handle.flush()
                os.fsync(handle.fileno())
            store = ox.Store(str(folder / "oxigraph"))
            if data:
                store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            store.flush()
            change.quads = len(store)
            del store
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        self._commit({**self.meta, "version": version, "serial": serial,
                      "articles": len(records)})
        self.meta = self._read_meta()
        for stale in self.path.glob("v-*"):  # the previous version, and any a crash left
            if stale.name != version:
                shutil.rmtree(stale, ignore_errors=True)
        change.articles = len(records)
        return change

    def _commit(self, meta: dict) -> None:
        from kg.serialize import atomic_write_bytes

        data = json.dumps(meta, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        atomic_write_bytes(self.path / STORE_FILE, data)
