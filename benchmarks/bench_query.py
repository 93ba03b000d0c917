"""Query latency on the store against rdflib in memory, and entity pages per second.

    python benchmarks/bench_query.py [ARTICLES...] [--runs 7] [--pages 300] [--seconds 20]

Loads the articles (default: ../shared/corpus and the development set) into a kg store, then
runs each competency query (../shared/competency/*.rq, or the queries below when that folder is
absent) on the store (pyoxigraph on disk) and on rdflib's in-memory Dataset parsed from the same
TriG export, in the same process: medians of several runs and their ratio. Then starts
``kg serve`` on a free loopback port and fetches entity pages (HTML) for a bounded number of
requests and a bounded time, one client and four concurrent clients: pages per second.
"""

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from rdflib import Dataset  # noqa: E402

from kg import formats  # noqa: E402
from kg.extract import extract_many, load_pipeline  # noqa: E402
from kg.pipeline import read_articles  # noqa: E402
from kg.query import prefixes, run  # noqa: E402
from kg.serialize import serialize  # noqa: E402
from kg.store import KgStore  # noqa: E402

FALLBACK = {
    "people": "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
    "roles": "SELECT ?w ?a ?t ?s WHERE { ?r a kg:Role ; kg:work/schema:name ?w ; "
             "kg:agent/schema:name ?a ; kg:roleType ?t ; kg:status ?s }",
    "quotes": "SELECT ?who ?q WHERE { ?c kg:quote ?q ; schema:author/schema:name ?who }",
}


def queries() -> dict[str, str]:
    folder = ROOT.parent / "shared" / "competency"
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
    return found or FALLBACK


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rdflib_query(ds: Dataset, text: str):
    head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes().items())
    return list(ds.query(head + text))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pages(url: str, paths: list[str], *, count: int, seconds: float, workers: int) -> float:
    todo = [paths[i % len(paths)] for i in range(count)]
    deadline = time.monotonic() + seconds
    done = 0

    def fetch(chunk):
        nonlocal done
        with httpx.Client() as client:
            for path in chunk:
                if time.monotonic() > deadline:
                    return
                r = client.get(url + path)
                assert r.status_code == 200, (path, r.status_code)
                done += 1

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(fetch, [todo[i::workers] for i in range(workers)]))
    return done / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seconds", type=float, default=20.0)
    args = ap.parse_args()
    inputs = args.inputs or [str(ROOT.parent / "shared" / "corpus"),
                             str(ROOT / "tests" / "data" / "devset" / "articles")]
    inputs = [i for i in inputs if Path(i).exists()]
    articles = read_articles(inputs, on_problem=lambda p: None)
    records = list(extract_many(articles, load_pipeline()))
    work = Path(tempfile.mkdtemp())
    store = KgStore(work / "db", create=True)
    store.load(records)
    ox_store = store.read()
    from kg.pipeline import build_dataset

    ds = Dataset()
    ds.parse(data=serialize(build_dataset(records, base=store.base), formats.TRIG),
             format="trig")
    ds.default_union = True
    print(f"{len(records)} articles, {len(ox_store)} quads; medians of {args.runs} runs")
    print(f"{'query':28} {'store (ms)':>11} {'rdflib (ms)':>12} {'rdflib/store':>13}")
    ratios = []
    for name, text in queries().items():
        t_store = median_time(lambda t=text: run(ox_store, t), args.runs)
        t_rdflib = median_time(lambda t=text: rdflib_query(ds, t), args.runs)
        ratios.append(t_rdflib / t_store)
        print(f"{name:28} {t_store * 1000:11.2f} {t_rdflib * 1000:12.2f} "
              f"{t_rdflib / t_store:13.1f}")
    print(f"{'median ratio':28} {'':11} {'':12} {statistics.median(ratios):13.1f}")

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(work / "db"),
                             "--port", str(port)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        base = store.base
        paths = ["/" + r[0].value[len(base):] + ".html" for r in ox_store.query(
            "SELECT DISTINCT ?e WHERE { ?e a ?t FILTER(?t IN (<https://schema.org/Person>, "
            "<https://schema.org/Movie>, <https://schema.org/TVSeries>)) } ORDER BY ?e",
            use_default_graph_as_union=True)]
        for workers in (1, 4):
            rates = [pages(url, paths, count=args.pages, seconds=args.seconds, workers=workers)
                     for _ in range(3)]
            print(f"entity pages, {workers} client(s): {statistics.median(rates):7.1f} pages/s "
                  f"(median of 3 runs of up to {args.pages} requests / {args.seconds:g} s, "
                  f"{len(paths)} distinct pages)")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
