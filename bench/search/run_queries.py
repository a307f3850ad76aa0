#!/usr/bin/env python3
"""Runs every query of queries.json against a built site in Debian's headless Chromium, with
Kizuna's /search/ page and with Pagefind's JS API (if the site has /pagefind/), and writes the
measures as JSON: ranked post slugs per query, recall@10, reciprocal rank, false positives in the
first 3, whether a decoy ranked first, the bytes the search downloaded for a first query (a fresh
browser profile) and for a query typed after it, and the time to results.

  run_queries.py SITE QUERIES OUT.json [--engines kizuna,pagefind]

Chromium is driven over the DevTools protocol on a pipe by Tests/Browser/cdp.py (the tests' client); the
site is served from a loopback port by this script. Bytes are the sizes of the files this script's
server sent that belong to the search (KizunaAdapter.RESOURCES, PagefindAdapter.RESOURCES; counted
at the server because Pagefind fetches from a worker), so the page's own HTML and style sheet are
not counted for either; a file the browser has cached is not sent again. The server does not compress: the
gzip size of the same files is reported beside (what a static host would send).

When Kizuna's search page changes, change KizunaAdapter only: how a query is typed, when the
results are complete, how the ranked result links are read, and which files are the search's.
"""
import functools
import gzip
import http.server
import json
import os
import re
import statistics
import sys
import threading
import time
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_search_corpus import fold  # noqa: E402  (the same folding the truth was checked with)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "Browser"))
from cdp import Browser  # noqa: E402  (the tests' DevTools client)

SLUG = re.compile(r"/news/(post-\d{5})/")

# Waits until the results have not changed for 300 ms (and something is shown), then returns the
# result links in page order and when they last changed (polled every 25 ms). Shared by the adapters' page scripts.
SETTLE = r"""
async function settle(read, shown) {
  const t0 = performance.now();
  let last = null, since = t0;
  while (performance.now() - t0 < 20000) {
    await new Promise(r => setTimeout(r, 25));
    const now = JSON.stringify(read());
    if (now !== last) { last = now; since = performance.now(); }
    else if (shown() && !window.__benchInflight && performance.now() - since >= 300) break;
  }
  return {urls: read(), ms: since - t0};
}
"""


INFLIGHT = r"""
window.__benchInflight = 0;
const benchFetch = window.fetch;
window.fetch = function () {
  window.__benchInflight++;
  return benchFetch.apply(this, arguments).finally(() => { window.__benchInflight--; });
};
"""


class KizunaAdapter:
    """Kizuna's search page as of issue 24's start: /search/?q= runs on load; typing runs again."""
    name = "kizuna"
    RESOURCES = re.compile(r"/search/.*\.json|/assets/search[^/]*\.js")
    PAGE = "/search/?q={q}"
    READ = ("const read = () => Array.from(document.querySelectorAll('#search-results > li'))"
            ".map(li => li.querySelector('a') && li.querySelector('a').href).filter(Boolean);"
            "const shown = () => !!document.getElementById('search-status').textContent;")

    def first(self, q):
        """A page to open, then a script that waits for its results."""
        return self.PAGE.format(q=urllib.parse.quote(q)), "(async () => {" + SETTLE + self.READ + "return settle(read, shown); })()"

    def again(self, q):
        """A script that types another query into the open page and waits for its results."""
        return ("(async () => {" + SETTLE + self.READ +
                "const input = document.getElementById('search-q'); input.value = " + json.dumps(q) + ";"
                "input.dispatchEvent(new Event('input', {bubbles: true})); return settle(read, shown); })()")


class PagefindAdapter:
    """Pagefind's own JS API (no UI): search, then the data of the first 10 results (their URLs;
    Pagefind's default UI loads 5 at a time)."""
    name = "pagefind"
    RESOURCES = re.compile(r"/pagefind/")
    PAGE = "/404.html"
    SEARCH = ("(async () => { const t0 = performance.now();"
              "window.pf = window.pf || await import('/pagefind/pagefind.js'); await window.pf.init();"
              "const s = await window.pf.search({q});"
              "const data = await Promise.all(s.results.slice(0, 10).map(r => r.data()));"
              "return {{urls: data.map(d => new URL(d.url, location.href).href), ms: performance.now() - t0}}; }})()")

    def first(self, q):
        return self.PAGE, self.SEARCH.replace("{q}", json.dumps(q)).replace("{{", "{").replace("}}", "}")

    def again(self, q):
        return self.first(q)[1]


def fresh_page(browser):
    """A tab in a browser context of its own (an empty cache, as a reader's first visit) that
    counts the page's fetches in flight, so that a page which loads index files after the query
    is typed is not read while they are still on their way (settle waits for none)."""
    target, session, context = browser.new_tab(fresh=True)
    browser.call("Page.addScriptToEvaluateOnNewDocument", {"source": INFLIGHT}, session)
    return target, session, context


def serve(root):
    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


SERVED = []  # (path, bytes) of every file the server sent, in order
SERVED_LOCK = threading.Lock()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        super().do_GET()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if os.path.isfile(path):
            with SERVED_LOCK:
                SERVED.append((urllib.parse.urlparse(self.path).path, os.path.getsize(path)))

    def end_headers(self):
        # No revalidation between a session's queries: what a static host's cache headers allow.
        self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()


def gzip_size(site, url):
    path = os.path.join(site, urllib.parse.unquote(urllib.parse.urlparse(url).path).lstrip("/"))
    if path.endswith("/"):
        path += "index.html"
    try:
        with open(path, "rb") as f:
            return len(gzip.compress(f.read(), 6))
    except OSError:
        return 0


def visible(site, slug, query):
    """Whether the query is in the post page's article text (what Pagefind can index there;
    the summary is only in a meta tag)."""
    try:
        with open(os.path.join(site, "news", slug, "index.html"), encoding="utf-8") as f:
            page = f.read()
    except OSError:
        return False
    start = page.find('<article class="wrap article"')
    article = page[start:page.find("</article>", start)] if start >= 0 else page
    text = unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", " ", article))
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return all(word in fold(text) for word in fold(query).split())


def measure(chromium, adapter, base, site, queries, firsts):
    rows = []
    # A first query in a fresh profile for some queries; then all queries typed in one page.
    for q in firsts:
        target, session, context = fresh_page(chromium)
        mark = len(SERVED)
        page, script = adapter.first(q["q"])
        chromium.navigate(base + page, session)
        chromium.evaluate(script, wait=True, session=session)
        time.sleep(0.2)
        got = served(adapter, mark)
        rows.append({"first": q["id"], "bytes": sum(n for _, n in got), "gzip": sum(gzip_size(site, u) for u, _ in got),
                     "files": len(got)})
        chromium.close_tab(target, context)
    target, session, context = fresh_page(chromium)
    page, script = adapter.first(queries[0]["q"])
    chromium.navigate(base + page, session)
    chromium.evaluate(script, wait=True, session=session)
    time.sleep(0.2)
    results = []
    for q in queries:
        # Another query first, so that each query changes what the page shows.
        if adapter.name == "kizuna":
            chromium.evaluate(adapter.again("zzzz-nothing"), wait=True, session=session)
        mark = len(SERVED)
        value = chromium.evaluate(adapter.again(q["q"]), wait=True, session=session)
        time.sleep(0.1)
        got = served(adapter, mark)
        ranked = []
        for url in value["urls"]:
            m = SLUG.search(url)
            ranked.append(m.group(1) if m else urllib.parse.urlparse(url).path)
        results.append(score(q, ranked, value["ms"], sum(n for _, n in got), sum(gzip_size(site, u) for u, _ in got)))
    chromium.close_tab(target, context)
    return {"first": rows, "queries": results}


def served(adapter, mark):
    """The search's files the server sent since `mark` (a worker's requests included, which the
    page's DevTools session does not see; a file from the browser's cache is not sent again)."""
    with SERVED_LOCK:
        return [(u, n) for u, n in SERVED[mark:] if adapter.RESOURCES.search(u)]


def score(q, ranked, ms, downloaded, gzipped):
    expect, decoys = set(q["expect"]), set(q["decoys"])
    top = ranked[:10]
    rank = next((i + 1 for i, s in enumerate(top) if s in expect), None)
    return {"id": q["id"], "q": q["q"], "kind": q["kind"], "japanese": q["japanese"], "found": len(ranked),
            "top10": top, "recall10": len(expect & set(top)) / len(expect), "rr": 1 / rank if rank else 0.0,
            "fp3": sum(1 for s in ranked[:3] if s not in expect), "decoy_first": bool(ranked) and ranked[0] in decoys,
            "ms": round(ms, 1), "bytes": downloaded, "gzip": gzipped}


def main():
    site, queries_path, out = sys.argv[1:4]
    engines = ["kizuna", "pagefind"]
    if len(sys.argv) > 5 and sys.argv[4] == "--engines":
        engines = sys.argv[5].split(",")
    queries = json.load(open(queries_path, encoding="utf-8"))["queries"]
    for q in queries:
        q["visible"] = all(visible(site, s, q["q"]) for s in q["expect"])
    firsts = [q for q in queries if q["id"] in ("ja2-kyoto", "hira-remote", "en-kubernetes", "name-suzuki", "ja4-jinteki")]
    server = serve(site)
    base = "http://127.0.0.1:%d" % server.server_address[1]
    chromium = Browser(timeout=60, profile_prefix="kizuna-search-bench-")
    report = {"site": os.path.abspath(site), "engines": {}}
    try:
        chromium.call("Target.setDiscoverTargets", {"discover": False})
        for name in engines:
            adapter = KizunaAdapter() if name == "kizuna" else PagefindAdapter()
            if name == "pagefind" and not os.path.isdir(os.path.join(site, "pagefind")):
                continue
            report["engines"][name] = measure(chromium, adapter, base, site, queries, firsts)
            for row in report["engines"][name]["queries"]:
                row["visible"] = next(q["visible"] for q in queries if q["id"] == row["id"])
    finally:
        chromium.close()
        server.shutdown()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1)
    summarise(report)


def summarise(report):
    """A Markdown table per engine and subset, for docs/performance.md."""
    subsets = [("all", lambda r: True), ("Japanese", lambda r: r["japanese"]),
               ("negative (decoys)", lambda r: r["id"] in NEGATIVE),
               ("answer in page text", lambda r: r["visible"])]
    print("| queries | engine | n | recall@10 | MRR | false positives in first 3 (sum) | decoy ranked first |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label, keep in subsets:
        for name, data in report["engines"].items():
            rows = [r for r in data["queries"] if keep(r)]
            if not rows:
                continue
            print(f"| {label} | {name} | {len(rows)} | {statistics.mean(r['recall10'] for r in rows):.3f} | "
                  f"{statistics.mean(r['rr'] for r in rows):.3f} | {sum(r['fp3'] for r in rows)} | "
                  f"{sum(r['decoy_first'] for r in rows)} |")
    print()
    names = list(report["engines"])
    print("| kind | n | " + " | ".join(f"{n} recall@10 / MRR / FP@3" for n in names) + " |")
    print("|---|---:|" + "---:|" * len(names))
    kinds = list(dict.fromkeys(r["kind"] for r in report["engines"][names[0]]["queries"]))
    for kind in kinds:
        cells = []
        for n in names:
            rows = [r for r in report["engines"][n]["queries"] if r["kind"] == kind]
            cells.append(f"{statistics.mean(r['recall10'] for r in rows):.2f} / {statistics.mean(r['rr'] for r in rows):.2f} / "
                         f"{sum(r['fp3'] for r in rows)}")
        print(f"| {kind} | {len(rows)} | " + " | ".join(cells) + " |")
    print()
    print("| engine | first query: bytes (median; gzip) | typical query: bytes (median; gzip) | time to results, median ms |")
    print("|---|---:|---:|---:|")
    for name, data in report["engines"].items():
        first = data["first"]
        rows = data["queries"]
        print(f"| {name} | {statistics.median(r['bytes'] for r in first):,.0f}; {statistics.median(r['gzip'] for r in first):,.0f} | "
              f"{statistics.median(r['bytes'] for r in rows):,.0f}; {statistics.median(r['gzip'] for r in rows):,.0f} | "
              f"{statistics.median(r['ms'] for r in rows):.0f} |")
    print()
    print("| query | kind | " + " | ".join(f"{n} rank of first answer / FP@3" for n in names) + " |")
    print("|---|---|" + "---:|" * len(names))
    for i, row in enumerate(report["engines"][names[0]]["queries"]):
        cells = []
        for n in names:
            r = report["engines"][n]["queries"][i]
            cells.append(f"{round(1 / r['rr']) if r['rr'] else '—'} / {r['fp3']}")
        print(f"| {row['q']} | {row['kind']} | " + " | ".join(cells) + " |")


NEGATIVE = {"ja2-kyoto", "ja2-shacho", "ja2-honbu", "ja2-gakkai", "en-java"}

if __name__ == "__main__":
    main()
