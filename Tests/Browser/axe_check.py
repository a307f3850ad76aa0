#!/usr/bin/env python3
"""axe-core in headless Chromium on a built site: each page at each width, in the light and the
dark colour scheme. Prints a JSON object: every violation (page, width, scheme, rule, impact,
the first nodes), how many runs and rules, axe's version, and what the layout measures on each
page (the header's height, the header's menu, the map link beside the address, where the
related articles start beside the article).

  axe_check.py ROOT --pages /,/news/ [--widths 390,1280] [--schemes light,dark] [--no-axe]

The rules are those tagged for WCAG 2.2 AA (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) and
best practice, plus `color-contrast-enhanced` (7:1, the meta text's target); experimental and
deprecated rules are left out. Every impact counts.

axe-core is not in the repository: axe.min.js comes from PyPI's axe-playwright-python wheel
(pinned below; Playwright itself is not needed), fetched with pip once and kept under
~/.cache/kizuna-axe/, checked against its SHA-256.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, serve  # noqa: E402

WHEEL = "axe-playwright-python==0.1.8"
AXE_VERSION = "4.12.1"
AXE_SHA256 = "84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_source():
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "kizuna-axe", AXE_VERSION)
    path = os.path.join(cache, "axe.min.js")
    if not os.path.exists(path):
        os.makedirs(cache, exist_ok=True)
        with tempfile.TemporaryDirectory() as download:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--disable-pip-version-check",
                            "-d", download, WHEEL], check=True, stdout=subprocess.DEVNULL)
            wheel = next(os.path.join(download, f) for f in os.listdir(download) if f.endswith(".whl"))
            with zipfile.ZipFile(wheel) as z:
                data = z.read("axe_playwright_python/axe.min.js")
            with open(path + ".part", "wb") as f:
                f.write(data)
            os.replace(path + ".part", path)
    with open(path, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != AXE_SHA256:
        sys.exit(f"{path}: SHA-256 {digest}, expected {AXE_SHA256} (axe-core {AXE_VERSION}); remove it to fetch it again")
    return data.decode()


RUN = """(async () => {
  const ids = axe.getRules(%s)
    .filter(r => !r.tags.includes('experimental') && !r.tags.includes('deprecated'))
    .map(r => r.ruleId).concat(['color-contrast-enhanced']);
  const result = await axe.run(document, {runOnly: {type: 'rule', values: ids}, resultTypes: ['violations']});
  return {version: axe.version, rules: ids.length, violations: result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
    nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(' '), summary: n.failureSummary.slice(0, 300)}))}))};
})()"""

# What item 1 of issue 25 measures: the header's height; whether the menu's links are shown
# (a collapsed menu hides them) and whether its button opens it; the map link's and the
# address's font sizes; the left edges of the article column and the related articles.
MEASURE = """(() => {
  const box = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect() : null; };
  const size = s => { const e = document.querySelector(s); return e ? parseFloat(getComputedStyle(e).fontSize) : null; };
  const header = box('.site-header');
  const link = document.querySelector('.site-nav a');
  const article = box('.article-body') || box('.article');
  const related = box('.related');
  // A closed menu opens by its own button (the browser's <details>, no script of the page's).
  let menuOpens = null;
  const menu = document.querySelector('.site-menu');
  if (menu && link && !link.checkVisibility()) {
    menu.querySelector('summary').click();
    menuOpens = menu.open && link.checkVisibility();
    menu.open = false;
  }
  return {
    header: header && header.height,
    search: !!document.querySelector('.site-header form[role=search][action] input[name=q]'),
    menuShown: !!link && link.checkVisibility(),
    menuOpens,
    mapLink: size('.map-link'), address: size('.address'),
    articleLeft: article && article.left, relatedLeft: related && related.left,
    scrollWidth: document.scrollingElement.scrollWidth,
  };
})()"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--pages", required=True)
    parser.add_argument("--widths", default="390,1280")
    parser.add_argument("--schemes", default="light,dark")
    parser.add_argument("--no-axe", action="store_true", help="only what the layout measures")
    args = parser.parse_args()
    source = None if args.no_axe else axe_source()
    base, server = serve(args.root)
    browser = Browser()
    report = {"runs": 0, "violations": [], "measures": []}
    try:
        for page in args.pages.split(","):
            for width in map(int, args.widths.split(",")):
                for scheme in args.schemes.split(","):
                    browser.open(base + page, width, scheme)
                    report["runs"] += 1
                    if source:
                        browser.evaluate(source)
                        result = browser.evaluate(RUN % json.dumps(TAGS), wait=True)
                        report["axe"], report["rules"] = result["version"], result["rules"]
                        for v in result["violations"]:
                            report["violations"].append({"page": page, "width": width, "scheme": scheme, **v})
                    report["measures"].append({"page": page, "width": width, "scheme": scheme,
                                               **browser.evaluate(MEASURE)})
    finally:
        browser.close()
        server.shutdown()
    print(json.dumps(report, ensure_ascii=False))


main()
