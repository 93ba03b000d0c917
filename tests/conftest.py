"""Shared test fixtures: the ../shared folder, the spaCy pipeline, one corpus export, the CLI.

``../shared`` (the corpus, the competency questions, the gold annotations) sits next to the
repository in CI; tests that need it skip when it is absent. Everything that runs ``kg``
as a user would goes through :func:`run_kg`, a real ``python -m kg`` process.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"

# The formats the corpus is exported to once per session (extension -> --format name).
EXPORT_FORMATS = {"ttl": "turtle", "jsonld": "jsonld", "trig": "trig", "nq": "nquads"}


def require_shared(why: str) -> Path:
    """The ../shared folder, or skip the calling test (CI has it, a bare checkout may not)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared not present (CI has it): {why}")
    return SHARED


def kg_command(*args) -> list[str]:
    """The command line of ``python -m kg ARGS`` (the real CLI, with this interpreter)."""
    return [sys.executable, "-m", "kg", *(str(a) for a in args)]


def run_kg(*args, input: bytes | str | None = None, cwd: str | Path | None = None,
           timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m kg ARGS``; stdout and stderr are captured as bytes, see ``returncode``."""
    if isinstance(input, str):
        input = input.encode("utf-8")
    return subprocess.run(kg_command(*args), input=input, capture_output=True, cwd=cwd,
                          timeout=timeout, check=False)


def run_kg_parallel(arg_lists: list[list], *, cwd: str | Path | None = None,
                    timeout: float = 300) -> list[subprocess.CompletedProcess]:
    """Run several ``python -m kg`` processes at once; results in the order given."""
    procs = [
        (args, subprocess.Popen(kg_command(*args), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd))
        for args in arg_lists
    ]
    results = []
    for _args, proc in procs:
        out, err = proc.communicate(timeout=timeout)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def stderr_lines(result: subprocess.CompletedProcess) -> list[str]:
    """The non-blank lines a run wrote on stderr."""
    return [line for line in result.stderr.decode("utf-8", "replace").splitlines() if line.strip()]


@dataclass(frozen=True)
class CorpusExport:
    """The corpus exported by the real CLI, one file per format."""

    corpus: Path
    folder: Path
    ttl: Path
    jsonld: Path
    trig: Path
    nq: Path

    def path(self, ext: str) -> Path:
        return getattr(self, ext)


def export_corpus(corpus: Path, folder: Path) -> CorpusExport:
    """``kg export CORPUS -o folder/graph.EXT`` for every format of EXPORT_FORMATS."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"graph.{ext}" for ext in EXPORT_FORMATS}
    results = run_kg_parallel([["export", corpus, "-o", path, "-q"] for path in paths.values()])
    for (ext, path), result in zip(paths.items(), results, strict=True):
        assert result.returncode == 0 and path.is_file(), (
            f"kg export of the corpus to .{ext} failed (exit {result.returncode}):\n"
            + result.stderr.decode("utf-8", "replace")
        )
    return CorpusExport(corpus=corpus, folder=folder, **paths)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path to ../shared; the test is skipped when it is not there."""
    return require_shared("the corpus, competency questions and gold annotations live there")


@pytest.fixture(scope="session")
def nlp():
    """kg's spaCy pipeline, loaded once per session."""
    from kg.extract import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def corpus_export(shared_dir, tmp_path_factory) -> CorpusExport:
    """The corpus exported once per session with ``python -m kg export`` (.ttl, .jsonld,
    .trig and .nq)."""
    return export_corpus(shared_dir / "corpus", tmp_path_factory.mktemp("corpus-export"))
