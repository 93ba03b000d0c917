"""Export speed and memory: kg's stages against spaCy's own nlp.pipe, in one process.

    python benchmarks/bench_export.py [ARTICLES...] [--runs 5]

Reports medians of several runs: spaCy alone (the baseline: the same model and texts), kg's
extraction (spaCy + kg's components), and the rest of an export (resolve, map, validate,
serialize Turtle and JSON-LD), plus the ratio of kg's extraction throughput to spaCy's and the
peak memory (max RSS) of a real `kg export` subprocess.
"""

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import DEFAULT_MODEL, extract_many, load_pipeline  # noqa: E402
from kg.formats import by_name  # noqa: E402
from kg.pipeline import build_dataset, read_articles  # noqa: E402
from kg.serialize import serialize  # noqa: E402
from kg.validate import validate  # noqa: E402


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    default = [str(ROOT.parent / "shared" / "corpus"), str(ROOT / "tests/data/devset/articles")]
    ap.add_argument("inputs", nargs="*", default=default)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    inputs = [p for p in args.inputs if Path(p).exists()]
    articles = read_articles(inputs, on_problem=lambda p: None)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    import spacy

    base_nlp = spacy.load(DEFAULT_MODEL)
    kg_nlp = load_pipeline(DEFAULT_MODEL)
    spacy_s, _ = timed(lambda: list(base_nlp.pipe(texts)), args.runs)
    kg_s, records = timed(lambda: list(extract_many(articles, kg_nlp)), args.runs)
    records = list(records)
    base = "https://w3id.org/newskg/id/"
    build_s, ds = timed(lambda: build_dataset(records, base=base), args.runs)
    val_s, _ = timed(lambda: validate(ds), args.runs)
    ttl_s, _ = timed(lambda: serialize(ds, by_name("turtle")), args.runs)
    jsonld_s, _ = timed(lambda: serialize(ds, by_name("jsonld")), args.runs)

    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "kg", "export", *inputs, "-o", f"{tmp}/g.ttl", "-q"]
        wall = []
        for _ in range(max(1, args.runs // 2)):
            start = time.perf_counter()
            subprocess.run(cmd, check=False, cwd=ROOT)
            wall.append(time.perf_counter() - start)
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    n = len(articles)
    print(f"{n} articles, {words} words, {len(ds)} quads; medians of {args.runs} runs")
    print(f"spaCy nlp.pipe (baseline)   {spacy_s:7.3f} s  {n / spacy_s:7.1f} art/s  "
          f"{words / spacy_s:8.0f} words/s")
    print(f"kg extraction               {kg_s:7.3f} s  {n / kg_s:7.1f} art/s  "
          f"{words / kg_s:8.0f} words/s")
    print(f"  throughput ratio kg/spaCy {spacy_s / kg_s:7.2f}")
    print(f"resolve + map               {build_s:7.3f} s")
    print(f"validate (pyshacl)          {val_s:7.3f} s")
    print(f"serialize turtle            {ttl_s:7.3f} s")
    print(f"serialize jsonld            {jsonld_s:7.3f} s")
    print(f"kg export subprocess        {statistics.median(wall):7.3f} s wall (incl. startup), "
          f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
