#!/usr/bin/env python3
"""What a reader can work out from Kizuna's built pages: an attacker written apart from the engine.

It knows nothing of Kizuna's code. It reads only built files (HTML text, attribute values such
as aria-label, inline SVG text, JSON) and what docs/CONTENT.md tells every reader ("Aggregates and
privacy"): 「5未満」 is 0 to min_cell - 1, 「N以上」 is N up to the total, a listed 「未回答」 or
「その他」 row is not empty, partition rows add up to their total, an NPS score is rounded half away
from zero. The Swift tests run it; it prints a JSON list of problems (empty when the pages are
safe) and exits 0.

  solver.py figures --min-cell M SITE [SITE ...]
      Every aggregate of the sites (both audiences together): no printed count below M, every
      partition adds up, every count a page does not print stays vague (below), the same figure is
      shown alike everywhere, every number inside an aggregate is one of its figures, bars are
      drawn only for printed counts. A chart (inline SVG) is read like its table: its labels and
      figures must be the table's rows, every number in its text is one of the table's figures,
      and its bars are drawn only for printed counts, in proportion to them. A survey question's
      chart is read like its table: bars for single and multi; one stacked bar for Likert and NPS
      whose legend entries are the table's rows, or (NPS) sums of whole printed rows named by the
      range of options they cover ("0〜6"), whose segments are drawn only for printed figures, in
      proportion and side by side, and whose score is the one the page prints.
      Every survey's
      results.csv (RFC 4180, UTF-8 with a byte-order mark, a leading apostrophe before = + - @
      tab CR or ' taken off) must print, question by question, exactly the rows of the page
      beside it (label, count, share), its respondents and its NPS as the page prints them, and
      no number the page does not.
      In a members build the reader also knows the directory: /directory/'s filter links say
      how many listed members show each join decade, industry and interest, and how many are
      mentors (data.json says how many show their interests). What a network figure tells
      beyond them, its rest, is checked like a count: printed only when at least M, never
      bounded by a marker on a side where the directory shows someone.
      Year over year (a table `trend-table` under a repeated question, and /surveys/trends/):
      each share it prints for a year is the share that year's page (its column's link) prints
      on the option's own row, with a printed count; each change printed is the newest printed
      share minus the one before, and none is printed where either is not; every rendering of one
      trend (languages, pages) prints the same figures; its chart says nothing else.
  solver.py worlds --min-cell M SITE MANIFEST
      Possible worlds: MANIFEST lists, for survey questions built into SITE, the counts behind
      each. Worlds whose question renders identically cannot be told apart by any reader who
      knows the rules; for each count, the values it takes across those worlds are what the
      reader can narrow it to.
  solver.py diff --min-cell M OLD_SITE NEW_SITE
      Two builds of one portal: every change a reader can subtract exactly.

"Vague" (the promise): a count below M that the page does not print takes, among the values a
reader cannot rule out, every value from 1 to M - 1 (it may be known to be non-empty) or at
least M values; a count shown with a marker (5未満, N以上) is never pinned to one value.
"""
import csv
import html
import html.parser
import io
import json
import os
import re
import sys
from collections import defaultdict


# ---------------------------------------------------------------- reading pages

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self, sep=""):
        return sep.join(c if isinstance(c, str) else c.text(sep) for c in self.children)

    def all(self, pred):
        for c in self.children:
            if isinstance(c, Node):
                if pred(c):
                    yield c
                yield from c.all(pred)

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def attr_texts(self):
        """Every attribute value below, for figures hidden in aria-label, title, data-*."""
        out = [v for k, v in self.attrs.items() if v and k not in ("class", "id", "href", "src", "style", "aria-labelledby", "scope")]
        for c in self.children:
            if isinstance(c, Node):
                out += c.attr_texts()
        return out


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(path):
    b = TreeBuilder()
    with open(path, encoding="utf-8") as f:
        b.feed(f.read())
    return b.root


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- figures

class Cell:
    """A count as a page prints it: exact, or the range its marker allows."""

    def __init__(self, text, m, total):
        self.text = t = norm(text)
        digits = t.replace(",", "")
        self.exact = None
        if re.fullmatch(r"\d+", digits):
            self.exact = int(digits)
            self.lo = self.hi = self.exact
        elif re.fullmatch(r"(\d+)未満|fewer than (\d+)", t):
            n = int(re.search(r"\d+", t).group())
            self.lo, self.hi, self.marker = 0, n - 1, "small"
            self.marker_m = n
        elif re.fullmatch(r"([\d,]+)以上|([\d,]+) or more", t):
            n = int(re.search(r"[\d,]+", t).group().replace(",", ""))
            self.lo, self.hi, self.marker = n, total if total is not None else 10**9, "at_least"
        elif t in ("非公開", "withheld"):
            self.lo, self.hi, self.marker = 0, total if total is not None else 10**9, "withheld"
        else:
            raise ValueError(f"not a figure: {t!r}")

    def __repr__(self):
        return self.text


NOT_ANSWERED = ("未回答", "not answered", "Not answered")
OTHER = ("その他", "Other")


def is_listed_only_when_not_empty(label):
    return any(w in label for w in NOT_ANSWERED + OTHER)


class Table:
    def __init__(self, where, kind, total, rows, extra_numbers, bars):
        self.where, self.kind, self.total, self.rows = where, kind, total, rows
        self.extra_numbers, self.bars = extra_numbers, bars
        self.charts = []
        self.stacked = []
        self.shares = []

    def signature(self):
        return (self.kind, self.total, tuple((l, c.text) for l, c in self.rows))


def read_table(node, where, kind, total_cell, m):
    total = total_cell.exact if total_cell is not None else None
    rows, bars, shares = [], [], []
    for tr in node.all(lambda n: n.tag == "tr" and n.parent.tag == "tbody"):
        th = next(tr.all(lambda n: n.tag == "th"), None)
        tds = list(tr.all(lambda n: n.tag == "td"))
        label = norm(th.text()) if th else ""
        cell = Cell(tds[0].text(), m, total)
        rows.append((label, cell))
        bar = next(tr.all(lambda n: "bar" in n.classes()), None)
        if bar is not None:
            w = re.search(r"width:\s*([\d.]+)%", bar.attrs.get("style", ""))
            bars.append((label, cell, float(w.group(1)) if w else None))
        share = norm(tds[1].text()) if len(tds) > 1 else ""
        if cell.exact is None and re.search(r"\d", share):
            raise ValueError(f"{where}: a share is printed for a count the page does not print: {label} {share}")
        shares.append(share)
    numbers = [norm(node.text(" "))] + node.attr_texts()
    table = Table(where, kind, total, rows, numbers, bars)
    table.shares = shares
    return table


# Attributes of an SVG chart that are geometry, not text a reader is told.
GEOMETRY = {"x", "y", "dx", "dy", "width", "height", "rx", "ry", "viewbox", "transform", "focusable", "role",
            "aria-hidden", "xmlns", "stroke-width", "aria-labelledby", "x1", "x2", "y1", "y2"}


class Chart:
    """A breakdown drawn as bars: (label, figure text, bar length in % or None) per row."""

    def __init__(self, rows, numbers):
        self.rows, self.numbers = rows, numbers


def read_chart(svg, where):
    rows = []
    for g in svg.all(lambda n: n.tag == "g" and "chart-row" in n.classes()):
        label = next(g.all(lambda n: n.tag == "text" and "chart-label" in n.classes()), None)
        value = next(g.all(lambda n: n.tag == "text" and "chart-value" in n.classes()), None)
        if label is None or value is None:
            raise ValueError(f"{where}: a chart row without its label or its figure")
        rect = next(g.all(lambda n: n.tag == "rect"), None)
        width = None
        if rect is not None:
            w = re.fullmatch(r"\s*([\d.]+)%\s*", rect.attrs.get("width", "") or "")
            if w is None:
                raise ValueError(f"{where}: a chart bar whose length is not a percentage: {rect.attrs.get('width')!r}")
            width = float(w.group(1))
        rows.append((norm(label.text()), norm(value.text()), width))
    def texts(node):
        out = [v for k, v in node.attrs.items() if v and k.lower() not in GEOMETRY | {"class", "id"}]
        for c in node.children:
            if isinstance(c, Node):
                out += texts(c)
        return out
    return Chart(rows, [norm(svg.text(" "))] + texts(svg))


class StackedChart:
    """A survey question drawn as one stacked bar: (label, figure text, (x, width) in % or None)
    per legend entry, the score it shows large (NPS) and every text it says."""

    def __init__(self, entries, score, numbers, printed_score):
        self.entries, self.score, self.numbers, self.printed_score = entries, score, numbers, printed_score


def svg_texts(node):
    """Attribute values of an SVG that are words a reader is told (not its geometry)."""
    out = [v for k, v in node.attrs.items() if v and k.lower() not in GEOMETRY | {"class", "id"}]
    for c in node.children:
        if isinstance(c, Node):
            out += svg_texts(c)
    return out


def percent(node, name, where):
    w = re.fullmatch(r"\s*([\d.]+)%\s*", node.attrs.get(name, "") or "")
    if w is None:
        raise ValueError(f"{where}: a chart segment whose {name} is not a percentage: {node.attrs.get(name)!r}")
    return float(w.group(1))


def read_stacked(svg, where, printed_score):
    entries = []
    for g in svg.all(lambda n: n.tag == "g" and "chart-row" in n.classes()):
        label = next(g.all(lambda n: "chart-label" in n.classes()), None)
        value = next(g.all(lambda n: "chart-value" in n.classes()), None)
        if label is None or value is None:
            raise ValueError(f"{where}: a chart entry without its label or its figure")
        rects = [r for r in g.all(lambda n: n.tag == "rect" and "chart-segment" in n.classes())]
        if len(rects) > 1:
            raise ValueError(f"{where}: a chart entry with several segments")
        segment = (percent(rects[0], "x", where), percent(rects[0], "width", where)) if rects else None
        entries.append((norm(label.text()), norm(value.text()), segment))
    score = next(svg.all(lambda n: "chart-score" in n.classes()), None)
    return StackedChart(entries, norm(score.text()) if score is not None else None,
                        [norm(svg.text(" "))] + svg_texts(svg), printed_score)


def check_stacked(t, chart, problems):
    """A stacked bar says what its table says: each entry a row of the table, or (NPS) the sum of
    whole printed rows whose options lie in the range its label names; segments only for
    printed figures, in proportion, side by side (no gap to measure a hidden figure by)."""
    covered = [0] * len(t.rows)
    figures, known_extra = [], set()
    for label, value, segment in chart.entries:
        row = next((i for i, (l, c) in enumerate(t.rows) if (l, c.text) == (label, value) and not covered[i]), None)
        if row is not None:
            covered[row] += 1
            figures.append((label, t.rows[row][1].exact, segment))
            continue
        span = re.search(r"(\d+)\s*[〜–~-]\s*(\d+)", label)
        digits = value.replace(",", "")
        if span is None or not re.fullmatch(r"\d+", digits):
            problems.append(f"{t.where}: the chart shows {label} {value}, which is no row of the table")
            continue
        lo, hi = int(span.group(1)), int(span.group(2))
        known_extra |= {span.group(1), span.group(2), digits}
        members = []
        for i, (l, c) in enumerate(t.rows):
            opts = set(nps_groups(l)[0])
            if not opts & set(range(lo, hi + 1)):
                continue
            if not opts <= set(range(lo, hi + 1)):
                problems.append(f"{t.where}: the chart's {label} splits the row {l}")
            if c.exact is None:
                problems.append(f"{t.where}: the chart's {label} adds in {l}, a count the page does not print")
            members.append(i)
            covered[i] += 1
        total = sum(t.rows[i][1].exact or 0 for i in members)
        if not members or total != int(digits):
            problems.append(f"{t.where}: the chart shows {label} {value}, its rows add up to {total}")
        figures.append((label, int(digits), segment))
    for (l, _), n in zip(t.rows, covered):
        if n != 1:
            problems.append(f"{t.where}: the chart shows the row {l} {n} times")
    for label, exact, segment in figures:
        if exact is None and segment is not None:
            problems.append(f"{t.where}: the chart draws a segment of {segment[1]}% for {label}, a count the page does not print")
    drawn = [(l, e, s) for l, e, s in figures if e is not None and s is not None]
    if drawn:
        _, largest, (_, longest) = max(drawn, key=lambda r: (r[1], r[2][1]))
        for label, exact, (_, width) in drawn:
            if abs(width - (longest * exact / largest if largest else 0)) > 0.1 + 1e-9:
                problems.append(f"{t.where}: the chart draws {label} ({exact}) as {width}%, the largest ({largest}) as {longest}%")
        edges = sorted(s for _, _, s in drawn)
        for (x, w), (nx, _) in zip(edges, edges[1:]):
            if abs(x + w - nx) > 0.1 + 1e-9:
                problems.append(f"{t.where}: the chart's segments overlap or gap at {x + w:.1f}% (the next starts at {nx}%)")
    if chart.score is not None:
        shown = int(chart.score.replace("−", "-").replace("+", "")) if re.fullmatch(r"[+\-−]?\d+", chart.score) else None
        if chart.printed_score is None or shown != chart.printed_score:
            problems.append(f"{t.where}: the chart shows the score {chart.score}, the page prints {chart.printed_score}")
        else:
            known_extra.add(str(abs(shown)))
    known = table_known(t) | known_extra
    for text in chart.numbers:
        for n in re.findall(r"\d+(?:\.\d+)?", text.replace(",", "")):
            if n not in known:
                problems.append(f"{t.where}: the number {n} appears in the chart but is none of its figures")


def check_chart(t, chart, problems):
    """A chart says what its table says, and nothing else."""
    table_rows = [(l, c.text) for l, c in t.rows]
    chart_rows = [(l, v) for l, v, _ in chart.rows]
    if chart_rows != table_rows:
        problems.append(f"{t.where}: the chart shows {chart_rows}, the table {table_rows}")
        return
    printed = [(l, c.exact, w) for (l, c), (_, _, w) in zip(t.rows, chart.rows)]
    for label, exact, width in printed:
        if exact is None and width is not None:
            problems.append(f"{t.where}: the chart draws a bar of {width}% for {label}, a count the page does not print")
        if exact is not None and width is None:
            problems.append(f"{t.where}: the chart draws no bar for {label}, printed as {exact}")
    drawn = [(l, e, w) for l, e, w in printed if e is not None and w is not None]
    if drawn:
        _, largest, longest = max(drawn, key=lambda r: (r[1], r[2]))
        for label, exact, width in drawn:
            if largest and abs(width - longest * exact / largest) > 0.1:
                problems.append(f"{t.where}: the chart draws {label} ({exact}) as {width}%, the largest ({largest}) as {longest}%")


def dl_facts(node):
    out = {}
    for dt in node.all(lambda n: n.tag == "dt"):
        dd = None
        sib = dt.parent.children
        i = sib.index(dt)
        for c in sib[i + 1:]:
            if isinstance(c, Node) and c.tag == "dd":
                dd = c
                break
        if dd is not None:
            out[norm(dt.text())] = norm(dd.text())
    return out


TYPE_KIND = {"5段階評価": "partition", "単一回答": "partition", "推奨度（0〜10）": "nps", "複数回答": "multi",
             "Five-point scale": "partition", "Single choice": "partition", "Likelihood to recommend (0–10)": "nps",
             "Multiple choice": "multi"}
MEMBERS = ("集計対象の卒業生", "Alumni counted")
MENTORS = ("メンター登録者", "Mentors")
RESPONDENTS = ("回答者数", "Respondents")


def page_figures(path, site, m):
    """(tables, scalars, nps) of one page: tables by identity, scalar figures by identity."""
    root = parse(path)
    rel = os.path.relpath(path, site)
    tables, scalars, nps = [], [], []
    # Network: stat tiles, then the three breakdowns.
    for dl in root.all(lambda n: n.tag == "dl" and "stat-tiles" in n.classes()):
        facts = dl_facts(dl)
        members = next((facts[k] for k in MEMBERS if k in facts), None)
        if members is None:
            continue
        mc = Cell(members, m, None)
        scalars.append(("network/members", rel, mc))
        mentors = next((facts[k] for k in MENTORS if k in facts), None)
        if mentors is not None:
            scalars.append(("network/mentors", rel, Cell(mentors, m, mc.exact)))
        scope = dl.parent
        for sec in scope.all(lambda n: n.tag == "section" and n.attrs.get("aria-labelledby") in ("by-decade", "by-industry", "by-interest")):
            kind = "multi" if sec.attrs["aria-labelledby"] == "by-interest" else "partition"
            where = ("network", sec.attrs["aria-labelledby"])
            found = [read_table(t, where, kind, mc, m) for t in sec.all(lambda n: n.tag == "table" and "aggregate" in n.classes())]
            for svg in sec.all(lambda n: n.tag == "svg"):
                if not found:
                    raise ValueError(f"{where}: a chart with no table")
                chart = read_chart(svg, where)
                found[0].charts.append(chart)
                # Every number in the chart's text is checked as the table's own.
                found[0].extra_numbers += chart.numbers
            tables += found
        # The home page shows the decade table under an h3 instead of a section.
        if not any(True for _ in scope.all(lambda n: n.tag == "section" and n.attrs.get("aria-labelledby") == "by-decade")):
            for t in scope.all(lambda n: n.tag == "table" and "aggregate" in n.classes()):
                tables.append(read_table(t, ("network", "by-decade"), "partition", mc, m))
    # A chart must sit beside the table it draws, inside a breakdown or a survey question the
    # reader can name.
    def within(node, pred):
        while node is not None and not pred(node):
            node = node.parent
        return node is not None
    question = lambda n: n.tag == "section" and "question" in n.classes() and n.attrs.get("aria-labelledby", "").startswith("q-")
    for svg in root.all(lambda n: n.tag == "svg" and ("bar-chart" in n.classes() or "stacked-chart" in n.classes())):
        if within(svg, question):
            continue
        if "stacked-chart" in svg.classes():
            raise ValueError("a stacked chart outside a survey question")
        sec = svg.parent
        while sec is not None and not (sec.tag == "section" and sec.attrs.get("aria-labelledby") in ("by-decade", "by-industry", "by-interest")):
            sec = sec.parent
        if sec is None or not any(True for _ in root.all(lambda n: n.tag == "dl" and "stat-tiles" in n.classes())):
            raise ValueError("a chart outside the network's breakdowns and survey questions")
    # Surveys: respondents, then each question.
    article = next(root.all(lambda n: n.tag == "article" and any(True for _ in n.all(lambda q: q.tag == "section" and "question" in q.classes()))), None)
    if article is not None:
        facts = dl_facts(article)
        resp = next((facts[k] for k in RESPONDENTS if k in facts), None)
        rc = Cell(resp, m, None) if resp is not None else None
        survey = rel.split("/")[1] if rel.startswith("surveys/") else rel
        if rc is not None:
            scalars.append((f"survey/{survey}/respondents", rel, rc))
        for sec in article.all(lambda n: n.tag == "section" and "question" in n.classes()):
            qid = sec.attrs.get("aria-labelledby", "")[2:]
            meta = next(sec.all(lambda n: n.tag == "p" and "meta" in n.classes()), None)
            meta_text = norm(meta.text()) if meta else ""
            kind = next((v for k, v in TYPE_KIND.items() if meta_text.startswith(k)), "partition")
            score = re.search(r"NPS\s*([+\-−]?\d+)", meta_text)
            printed = int(score.group(1).replace("−", "-")) if score else None
            found = []
            for t in sec.all(lambda n: n.tag == "table" and "aggregate" in n.classes()):
                table = read_table(t, (f"survey/{survey}", qid), "multi" if kind == "multi" else "partition", rc, m)
                tables.append(table)
                found.append(table)
                if kind == "nps":
                    nps.append((table, printed))
            # A question's chart is read with its table: bars like the network's, one stacked bar
            # (Likert, NPS) entry by entry.
            for svg in sec.all(lambda n: n.tag == "svg"):
                if "trend-chart" in svg.classes():
                    continue  # year over year: read with its trend table (trend_figures)
                if not found:
                    raise ValueError(f"{(f'survey/{survey}', qid)}: a chart with no table")
                if "stacked-chart" in svg.classes():
                    found[0].stacked.append(read_stacked(svg, found[0].where, printed))
                else:
                    chart = read_chart(svg, found[0].where)
                    found[0].charts.append(chart)
                    found[0].extra_numbers += chart.numbers
    # Survey cards on /surveys/ repeat respondents.
    for a in root.all(lambda n: n.tag == "a" and re.search(r"/surveys/([^/]+)/$", n.attrs.get("href", "") or "")):
        slug = re.search(r"/surveys/([^/]+)/$", a.attrs["href"]).group(1)
        card = a.parent
        while card is not None and card.tag not in ("article", "li", "section"):
            card = card.parent
        if card is None:
            continue
        facts = dl_facts(card)
        resp = next((facts[k] for k in RESPONDENTS if k in facts), None)
        if resp is not None and article is None:
            scalars.append((f"survey/{slug}/respondents", rel, Cell(resp, m, None)))
    return tables, scalars, nps


# ---------------------------------------------------------------- what the directory shows

FACET_LINK = re.compile(r"/directory/(decade|industry|interest)/[^/]+/$|/directory/(mentors)/$")


class Known:
    """What a member counts off the directory of one language: listed members per value."""

    def __init__(self, decades, industries, interests, interests_shown, mentors):
        self.decades, self.industries, self.interests = decades, industries, interests
        self.interests_shown, self.mentors = interests_shown, mentors


def directory_known(site, prefix):
    page = os.path.join(site, prefix, "directory", "index.html")
    if not os.path.exists(page):
        return None
    root = parse(page)
    facets = defaultdict(dict)
    nav = next(root.all(lambda n: n.tag == "nav" and "directory-filters" in n.classes()), None)
    for a in (nav.all(lambda n: n.tag == "a") if nav is not None else []):
        found = FACET_LINK.search(a.attrs.get("href", "") or "")
        if not found:
            continue
        label = re.fullmatch(r"(.*?)\s*[（(]\s*([\d,]+)[^）)]*[）)]", norm(a.text()))
        if label is None:
            raise ValueError(f"{page}: a filter link without its count: {norm(a.text())!r}")
        facets[found.group(1) or found.group(2)][label.group(1)] = int(label.group(2).replace(",", ""))
    decades = {}
    for label, n in facets["decade"].items():
        decade = re.search(r"\d{4}", label)
        if decade:
            decades[int(decade.group())] = n
    data = json.load(open(os.path.join(site, prefix, "directory", "data.json"), encoding="utf-8"))
    shown = sum(1 for p in data.get("profiles", []) if p.get("facets", {}).get("interest"))
    return Known(decades, facets["industry"], facets["interest"], shown, sum(facets["mentors"].values()))


def segment(label, names, sep):
    """The names a band's label joins (「A・B」), or None when it is not such a join."""
    if label in names:
        return [label]
    for name in sorted(names, key=len, reverse=True):
        if label.startswith(name + sep):
            rest = segment(label[len(name) + len(sep):], names, sep)
            if rest is not None:
                return [name] + rest
    return None


def known_in_row(table, label, known):
    """How many of a network row's people the directory shows; None when the row cannot be read."""
    kind = table.where[1]
    if kind == "by-decade":
        years = [int(y) for y in re.findall(r"\d{4}", label)]
        if not years:
            return None
        low = -1 if any(w in label for w in ("以前", "or earlier", "before")) else years[0]
        return sum(n for d, n in known.decades.items() if low <= d <= years[-1])
    names = known.industries if kind == "by-industry" else known.interests
    core = label
    for w in NOT_ANSWERED:
        core = core.replace("・" + w, "").replace(", " + w.lower(), "").replace(" and " + w.lower(), "")
    if core in NOT_ANSWERED:
        return 0
    if any(core == o for o in OTHER):
        named = set()
        for l, _ in table.rows:
            named |= set(segment(l, names, "・") or segment(l, names, ", ") or [])
        return sum(n for name, n in names.items() if name not in named)
    parts = segment(core, names, "・") or segment(core, names, ", ")
    if parts is None:
        return 0 if kind == "by-interest" else None
    return sum(names[p] for p in parts)


def check_rests(t, known, m, problems):
    """A network table read by a member who knows the directory: its rests are counts too."""
    if t.total is None:
        return
    if t.kind == "multi":
        for label, c in t.rows:
            yes = known.interests.get(label, 0)
            no = known.interests_shown - yes
            check_two_cell_rest(t.where, label, c, t.total, yes, no, m, problems)
        return
    for label, c in t.rows:
        p = known_in_row(t, label, known)
        if p is None:
            problems.append(f"{t.where}: cannot tell which directory values row {label!r} holds")
            continue
        if c.exact is not None and c.exact - p < m:
            problems.append(f"{t.where}: {label} prints {c.exact}; the directory shows {p} of them, "
                            f"so the {c.exact - p} it does not show can be worked out")


def check_two_cell_rest(where, label, c, total, yes, no, m, problems):
    rest_total = total - yes - no
    if c.exact is not None:
        r = c.exact - yes
        if r < m or rest_total - r < m:
            problems.append(f"{where}: {label} prints {c.exact}; with the directory's {yes} with it and {no} without, "
                            f"{r} and {rest_total - r} of those it does not show can be worked out")
    elif getattr(c, "marker", None) == "small" and yes > 0:
        problems.append(f"{where}: {label} {c.text} while the directory shows {yes} with it: "
                        f"those it does not show are narrowed to 0..{c.hi - yes}")
    elif getattr(c, "marker", None) == "at_least" and no > 0:
        problems.append(f"{where}: {label} {c.text} while the directory shows {no} without it: "
                        f"those it does not show without it are narrowed to 0..{total - c.lo - no}")


def language_prefix(site, rel, lang):
    """The language folder a page is in ("" for the root language)."""
    root = os.path.join(site, "index.html")
    if "/" not in rel or not os.path.exists(root) or page_language(root) == lang:
        return ""
    return rel.split("/")[0] + "/"


# ---------------------------------------------------------------- the reader's arithmetic

def vague(values, m):
    """The promise for a count below m that the page does not print."""
    values = set(values)
    return len(values) >= m or all(v in values for v in range(1, m))


def ranges_under_sum(cells, total, lo_extra):
    """Feasible range of each row of a partition: box bounds and one sum."""
    los = [max(c.lo, lo_extra[i]) for i, c in enumerate(cells)]
    his = [c.hi for c in cells]
    out = []
    for i in range(len(cells)):
        others_lo = sum(los) - los[i]
        others_hi = sum(his) - his[i]
        lo, hi = max(los[i], total - others_hi), min(his[i], total - others_lo)
        out.append((lo, hi))
    return out


def nps_groups(label):
    """Score options 0–10 a row label names ("0〜3", "8・未回答", "7"), and whether it holds 未回答."""
    na = any(w in label for w in NOT_ANSWERED)
    core = label
    for w in NOT_ANSWERED:
        core = core.replace("・" + w, "").replace(" or " + w.lower(), "").replace(w, "")
    core = core.strip()
    m = re.fullmatch(r"(\d+)\s*[〜–~-]\s*(\d+)", core)
    if m:
        return list(range(int(m.group(1)), int(m.group(2)) + 1)), na
    if re.fullmatch(r"\d+", core):
        return [int(core)], na
    return [], na


def score(promoters, detractors, answered):
    if answered <= 0:
        return None
    num = 100 * (promoters - detractors)
    mag = (2 * abs(num) + answered) // (2 * answered)
    return -mag if num < 0 else mag


def check_nps(table, printed, m, problems):
    """A printed score is one more equation: enumerate every split the rows allow."""
    if printed is None or table.total is None:
        return
    groups = lambda opts: {0 if o <= 6 else 1 if o <= 8 else 2 for o in opts}
    fixed_p = fixed_d = fixed_x = 0
    free = []  # (row sum, options, holds NA)
    for label, cell in table.rows:
        opts, na = nps_groups(label)
        if cell.exact is None:
            problems.append(f"{table.where}: NPS printed while row {label} is not printed")
            return
        g = groups(opts)
        if na and not opts:
            fixed_x += cell.exact  # 未回答 on a row of its own: printed, and not in the score
            continue
        if len(g) <= 1 and not na:
            if g == {0}:
                fixed_d += cell.exact
            elif g == {2}:
                fixed_p += cell.exact
        else:
            free.append((cell.exact, opts, na, label))
    # Each free row splits its sum among its groups and 未回答 (at least 1 when the row names it).
    def splits(total, opts, na):
        has = groups(opts)
        for x in (range(1, total + 1) if na else [0]):
            rest = total - x
            for d in (range(rest + 1) if 0 in has else [0]):
                for p in (range(rest - d + 1) if 2 in has else [0]):
                    if rest - d - p > 0 and 1 not in has:
                        continue
                    yield d, p, x
    import itertools
    options = [list(splits(s, o, na)) for s, o, na, _ in free]
    feasible = defaultdict(set)
    for combo in itertools.product(*options) if options else [()]:
        d = fixed_d + sum(c[0] for c in combo)
        p = fixed_p + sum(c[1] for c in combo)
        x = fixed_x + sum(c[2] for c in combo)
        if score(p, d, table.total - x) == printed:
            for (s, o, na, label), c in zip(free, combo):
                if 0 in groups(o):
                    feasible[(label, "detractors")].add(c[0])
                if 2 in groups(o):
                    feasible[(label, "promoters")].add(c[1])
                if na:
                    feasible[(label, "未回答")].add(c[2])
    if not feasible and free:
        problems.append(f"{table.where}: no split of the rows gives the printed NPS {printed}")
    for (label, part), values in feasible.items():
        # The score must not narrow a small share of a merged row.
        allowed = {v for v in values if v < m}
        if part == "未回答" and not vague(values, m):
            problems.append(f"{table.where}: NPS {printed} narrows 未回答 of row {label} to {sorted(values)[:m]}")
        elif part != "未回答" and allowed and not vague(values, m):
            problems.append(f"{table.where}: NPS {printed} narrows the {part} of row {label} to {sorted(values)[:m]}")


def check_table(t, m, problems):
    expected = partition_shares(t)
    if expected is not None and any(t.shares):
        printed = [re.sub(r"[^\d.]", "", share) for share in t.shares]
        if printed != expected:
            problems.append(f"{t.where}: the shares read {printed}, not {expected} (adding up to 100.0)")
    for chart in t.charts:
        check_chart(t, chart, problems)
    for chart in t.stacked:
        check_stacked(t, chart, problems)
    if t.total is None:
        if any(c.exact is not None for _, c in t.rows):
            problems.append(f"{t.where}: counts are printed but their total is not")
        return
    for label, c in t.rows:
        if c.exact is not None and c.exact < m:
            problems.append(f"{t.where}: {label} prints {c.exact}, below {m}")
        if getattr(c, "marker", None) == "small" and c.marker_m != m:
            problems.append(f"{t.where}: {label} says below {c.marker_m}, min_cell is {m}")
    if t.kind == "multi":
        for label, c in t.rows:
            if c.exact is not None and t.total - c.exact < m:
                problems.append(f"{t.where}: {label} prints {c.exact} of {t.total}: the {t.total - c.exact} without it can be worked out")
            if getattr(c, "marker", None) == "at_least":
                rest = set(range(0, t.total - c.lo + 1))
                if not vague(rest, m) and t.total - c.lo + 1 < m:
                    problems.append(f"{t.where}: {label} {c.text} narrows those without it to {sorted(rest)}")
            if getattr(c, "marker", None) == "small":
                values = range(c.lo, min(c.hi, t.total) + 1)
                if not vague(values, m):
                    problems.append(f"{t.where}: {label} {c.text} narrows it to {list(values)}")
    else:
        cells = [c for _, c in t.rows]
        nonempty = [1 if is_listed_only_when_not_empty(l) else 0 for l, _ in t.rows]
        if all(c.exact is not None for c in cells):
            if sum(c.exact for c in cells) != t.total:
                problems.append(f"{t.where}: rows add up to {sum(c.exact for c in cells)}, not {t.total}")
        else:
            for (label, c), (lo, hi) in zip(t.rows, ranges_under_sum(cells, t.total, nonempty)):
                if c.exact is not None:
                    continue
                if lo > hi:
                    problems.append(f"{t.where}: no values fit the rows")
                    return
                if lo == hi:
                    problems.append(f"{t.where}: {label} ({c.text}) can be worked out: {lo}")
                elif hi < m and not vague(range(lo, hi + 1), m):
                    problems.append(f"{t.where}: {label} ({c.text}) is narrowed to {lo}..{hi}")
    # Bars: drawn only for printed counts, in proportion to them.
    printed = [c.exact for _, c in t.rows if c.exact is not None]
    # All printed counts zero: every bar must be 0 (scaled to 1, as the pages do), not a division by zero.
    largest = max(printed, default=0) or 1
    for label, c, width in t.bars:
        if width is None:
            continue
        if c.exact is None and width != 0:
            problems.append(f"{t.where}: {label} draws a bar of {width}% for a count the page does not print")
        if c.exact is not None and abs(width - 100.0 * c.exact / largest) > 0.1:
            problems.append(f"{t.where}: {label} draws a bar of {width}% for {c.exact} of the largest {largest}")
    # Every number inside the table is one of its figures or shares.
    known = table_known(t)
    for text in t.extra_numbers:
        for n in re.findall(r"\d+(?:\.\d+)?", text.replace(",", "")):
            if n not in known:
                problems.append(f"{t.where}: the number {n} appears in the table but is none of its figures")


def apportioned(counts, total):
    """A partition's shares in tenths of a percent, adding up to 1000: rounded down, the rest
    to the largest remainders, ties to the earlier row (docs/CONTENT.md, "Aggregates and privacy")."""
    tenths = [c * 1000 // total for c in counts]
    left = 1000 - sum(tenths)
    order = sorted(range(len(counts)), key=lambda i: (-(counts[i] * 1000 % total), i))
    for i in order[:max(0, left)]:
        tenths[i] += 1
    return tenths


def partition_shares(t):
    """The shares a partition prints, when every row is printed; else None."""
    if t.kind != "partition" or not t.total or any(c.exact is None for _, c in t.rows):
        return None
    return [f"{n / 10:.1f}" for n in apportioned([c.exact for _, c in t.rows], t.total)]


def table_known(t):
    """The numbers a table says: its total, figures, shares and the numbers in its labels."""
    known = {str(t.total)} | {c.text.replace(",", "") for _, c in t.rows}
    for label, _ in t.rows:
        known |= set(re.findall(r"\d+", label))
    known |= set(partition_shares(t) or [])
    for label, c in t.rows:
        if c.exact is not None and t.total and t.kind == "multi":
            known.add(f"{100.0 * c.exact / t.total:.1f}")
        for n in re.findall(r"\d+", c.text):
            known.add(n)
    return known


def page_language(path):
    """The page's language (`<html lang>`): a portal in several languages prints each table
    once per language, its labels translated and its figures the same."""
    with open(path, encoding="utf-8") as f:
        found = re.search(r'<html lang="([^"]+)"', f.read(4096))
    return found.group(1) if found else ""


def figures(sites, m):
    problems = []
    seen_tables, seen_scalars, seen_figures = {}, {}, {}
    charts = csv_rows = 0
    directories = 0
    for site in sites:
        for dirpath, _, files in os.walk(site):
            for name in sorted(files):
                if not name.endswith(".html"):
                    continue
                path = os.path.join(dirpath, name)
                try:
                    tables, scalars, nps = page_figures(path, site, m)
                except ValueError as e:
                    problems.append(f"{path}: {e}")
                    continue
                lang = page_language(path)
                known = directory_known(site, language_prefix(site, os.path.relpath(path, site), lang))
                for t in tables:
                    check_table(t, m, problems)
                    if known is not None and t.where[0] == "network":
                        check_rests(t, known, m, problems)
                        directories += 1
                    charts += len(t.charts) + len(t.stacked)
                    key = (lang, t.where)
                    if key in seen_tables and seen_tables[key][0] != t.signature():
                        problems.append(f"{key}: {path} shows {t.signature()}, {seen_tables[key][1]} shows {seen_tables[key][0]}")
                    seen_tables.setdefault(key, (t.signature(), path))
                    # Across languages: the same figures (as ranges, whatever the words), so no
                    # language discloses more than another.
                    numbers = (t.kind, t.total,
                               tuple(sorted((c.lo, c.hi) for _, c in t.rows)))
                    if t.where in seen_figures and seen_figures[t.where][0] != numbers:
                        problems.append(f"{t.where}: {path} prints {numbers}, {seen_figures[t.where][1]} prints {seen_figures[t.where][0]}")
                    seen_figures.setdefault(t.where, (numbers, path))
                for table, printed in nps:
                    check_nps(table, printed, m, problems)
                for key, rel, cell in scalars:
                    if known is not None and key == "network/mentors":
                        members = next((c.exact for k, _, c in scalars if k == "network/members"), None)
                        if members is not None:
                            check_two_cell_rest(key, "mentors", cell, members, known.mentors, 0, m, problems)
                    if cell.exact is not None and cell.exact < m:
                        problems.append(f"{path}: {key} prints {cell.exact}, below {m}")
                    if key in seen_scalars and seen_scalars[key][0] != cell.text:
                        problems.append(f"{key}: {path} shows {cell.text}, {seen_scalars[key][1]} shows {seen_scalars[key][0]}")
                    seen_scalars.setdefault(key, (cell.text, path))
        problems += json_figures(site)
        found, rows = csv_figures(site, m)
        problems += found
        csv_rows += rows
    trend_problems, trend_stats = trend_figures(sites, m)
    problems += trend_problems
    return problems, {"tables": len(seen_figures), "figures": len(seen_scalars), "charts": charts, "csv_rows": csv_rows, "directories": directories, **trend_stats}


# ---------------------------------------------------------------- year over year

SHARE = re.compile(r"(\d+)\.(\d)%")
CHANGE = re.compile(r"([+\-−±])\s*(\d+)\.(\d)")


def tenths(text):
    """'31.9%' -> 319; None when the text prints no share."""
    found = SHARE.search(norm(text))
    return int(found.group(1)) * 10 + int(found.group(2)) if found else None


def change_tenths(text):
    """'前回比+3.2ポイント' / '−0.6 points since 2025' -> 32 / -6; None when no change is printed."""
    found = CHANGE.search(norm(text))
    if not found:
        return None
    value = int(found.group(2)) * 10 + int(found.group(3))
    return -value if found.group(1) in "-−" else value


def linked_page(site, href):
    """The built file and fragment a link leads to, whatever base path the site has; None
    when the build has no such page."""
    path, _, fragment = re.sub(r"^[a-z]+://[^/]+", "", href).partition("#")
    parts = [p for p in path.split("/") if p]
    # Leading segments are the site's base path; the page's own segments are never dropped.
    for i in range(len(parts)):
        candidate = os.path.join(site, *parts[i:], "index.html")
        if os.path.exists(candidate):
            return candidate, fragment
    return None, fragment


def question_rows(page, qid, cache):
    """label -> (count cell text, share text) of question `qid` on a built survey page."""
    key = (page, qid)
    if key not in cache:
        rows = None
        root = parse(page)
        for sec in root.all(lambda n: n.tag == "section" and "question" in n.classes() and n.attrs.get("aria-labelledby") == qid):
            rows = {}
            for t in sec.all(lambda n: n.tag == "table" and "aggregate" in n.classes()):
                for tr in t.all(lambda n: n.tag == "tr" and n.parent.tag == "tbody"):
                    th = next(tr.all(lambda n: n.tag == "th"), None)
                    tds = list(tr.all(lambda n: n.tag == "td"))
                    if th is not None and len(tds) > 1:
                        rows[norm(th.text())] = (norm(tds[0].text()), norm(tds[1].text()))
        cache[key] = rows
    return cache[key]


def trend_figures(sites, m):
    """Every year-over-year table of the sites, checked against the pages it names."""
    problems, cache, renderings, verified = [], {}, defaultdict(list), set()
    count = changes = 0
    for site in sites:
        for dirpath, _, files in os.walk(site):
            for name in sorted(files):
                if not name.endswith(".html"):
                    continue
                path = os.path.join(dirpath, name)
                root = parse(path)
                for box in root.all(lambda n: n.tag == "div" and "trend" in n.classes()):
                    table = next(box.all(lambda n: n.tag == "table" and "trend-table" in n.classes()), None)
                    if table is None:
                        problems.append(f"{path}: a trend without its table")
                        continue
                    count += 1
                    heads = [th for th in table.all(lambda n: n.tag == "th" and n.parent.parent.tag == "thead")]
                    links = [next(th.all(lambda n: n.tag == "a"), None) for th in heads[1:-1]]
                    if len(links) < 2 or any(a is None for a in links):
                        problems.append(f"{path}: a trend whose years do not each link to their survey")
                        continue
                    years = [linked_page(site, a.attrs.get("href", "")) for a in links]
                    where = f"{path} trend {years[-1][1]}"
                    if any(page is None for page, _ in years):
                        problems.append(f"{where}: a year links to a page this build does not have: "
                                        f"{[a.attrs.get('href') for a in links]}")
                        continue
                    newest = re.search(r"surveys/([^/]+)/index.html$", years[-1][0])
                    key = (site, newest.group(1) if newest else years[-1][0], years[-1][1])
                    signature, all_checked = [], True
                    for tr in table.all(lambda n: n.tag == "tr" and n.parent.tag == "tbody"):
                        th = next(tr.all(lambda n: n.tag == "th"), None)
                        tds = list(tr.all(lambda n: n.tag == "td"))
                        label = norm(th.text()) if th is not None else ""
                        if len(tds) != len(years) + 1:
                            problems.append(f"{where}: row {label} has {len(tds)} cells for {len(years)} years")
                            continue
                        shares = [tenths(td.text()) for td in tds[:-1]]
                        for (page, fragment), td, share in zip(years, tds, shares):
                            rows = question_rows(page, fragment, cache)
                            if rows is None:
                                problems.append(f"{where}: {page} has no question {fragment}")
                                continue
                            if label not in rows:
                                # Another language's labels (an untranslated year): checked through
                                # the rendering of the same trend whose labels are that page's own.
                                if share is not None:
                                    all_checked = False
                                continue
                            count_text, share_text = rows[label]
                            exact = re.fullmatch(r"[\d,]+", count_text) is not None
                            if share is not None and not exact:
                                problems.append(f"{where}: {label} prints {norm(td.text())} for {page}, which prints {count_text}")
                            elif share is not None and tenths(share_text) != share:
                                problems.append(f"{where}: {label} prints {norm(td.text())} for {page}, which prints {share_text}")
                        change = change_tenths(tds[-1].text())
                        if change is not None:
                            changes += 1
                            if shares[-1] is None or shares[-2] is None:
                                problems.append(f"{where}: {label} prints a change ({norm(tds[-1].text())}) for a share not printed")
                            elif change != shares[-1] - shares[-2]:
                                problems.append(f"{where}: {label} prints {norm(tds[-1].text())}, the printed shares differ by "
                                                f"{(shares[-1] - shares[-2]) / 10:+.1f}")
                        elif re.search(r"\d", re.sub(r"\b(19|20)\d\d\b", "", tds[-1].text())):
                            problems.append(f"{where}: {label} prints a number in its change that is none: {norm(tds[-1].text())}")
                        signature.append((tuple(shares), change))
                    renderings[key].append((tuple(signature), path))
                    if all_checked:
                        verified.add(key)
                    # The chart: no number but the table's (and its question's), bars for printed shares only.
                    known = set(re.findall(r"\d+(?:\.\d+)?", norm(table.text(" ")).replace(",", "")))
                    scope = box.parent
                    while scope is not None and scope.tag not in ("section", "article"):
                        scope = scope.parent
                    if scope is not None:
                        for h in scope.all(lambda n: n.tag in ("h2", "h3")):
                            known |= set(re.findall(r"\d+(?:\.\d+)?", norm(h.text()).replace(",", "")))
                    for svg in box.all(lambda n: n.tag == "svg"):
                        for n in re.findall(r"\d+(?:\.\d+)?", norm(svg.text(" ")).replace(",", "")):
                            if n not in known:
                                problems.append(f"{where}: the chart says {n}, which its table does not")
                        drawn = []
                        for g in svg.all(lambda n: n.tag == "g" and "trend-year" in n.classes()):
                            rect = next(g.all(lambda n: n.tag == "rect"), None)
                            share = tenths(g.text(" "))
                            if rect is not None and share is None:
                                problems.append(f"{where}: the chart draws a bar for a year without a printed share")
                            if rect is not None and share is not None:
                                w = re.fullmatch(r"\s*([\d.]+)%\s*", rect.attrs.get("width", "") or "")
                                drawn.append((share, float(w.group(1)) if w else -1.0))
                        if drawn:
                            largest, longest = max(drawn)
                            for share, width in drawn:
                                if abs(width - longest * share / largest) > 0.1:
                                    problems.append(f"{where}: the chart draws {share / 10}% as {width}%, the largest ({largest / 10}%) as {longest}%")
    for key, seen in renderings.items():
        first, first_path = seen[0]
        for signature, path in seen[1:]:
            if signature != first:
                problems.append(f"{key}: {path} prints {signature}, {first_path} prints {first}")
        if key not in verified:
            problems.append(f"{key}: no rendering of this trend names its options as its pages do, so its shares are unchecked")
    return problems, {"trends": count, "changes": changes}


def json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from json_strings(v)


def json_figures(site):
    """Search data and other JSON about an aggregate page say no number that page does not."""
    problems = []
    for dirpath, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".json"):
                continue
            path = os.path.join(dirpath, name)
            try:
                data = json.load(open(path, encoding="utf-8"))
            except ValueError:
                continue
            entries = data.get("entries", []) if isinstance(data, dict) else []
            # The sharded index's document shards (search/d/<n>.json) hold the same entries
            # keyed by id; its term shards hold only terms of those texts and ids.
            documents = data.get("documents") if isinstance(data, dict) else None
            if isinstance(documents, dict):
                entries = list(documents.values())
            for e in entries if isinstance(entries, list) else []:
                url = e.get("url", "") if isinstance(e, dict) else ""
                m = re.search(r"/(surveys/[^/]+|network)/$", url)
                if not m:
                    continue
                page = os.path.join(site, m.group(1), "index.html")
                if not os.path.exists(page):
                    continue
                shown = set(re.findall(r"\d+", norm(parse(page).text(" ")).replace(",", "")))
                for text in json_strings({k: v for k, v in e.items() if k != "url"}):
                    for n in re.findall(r"\d+", text.replace(",", "")):
                        if n not in shown:
                            problems.append(f"{path}: the entry of {url} says {n}, which that page does not")
    return problems


# ---------------------------------------------------------------- take-away CSV

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_cell(text):
    """A field as the page would print it: the apostrophe that keeps spreadsheets from reading
    a formula is not part of it (docs/CONTENT.md)."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_START else text


def visible_text(node):
    """Text a sighted reader sees: visually-hidden words for screen readers left out."""
    out = []
    for c in node.children:
        if isinstance(c, str):
            out.append(c)
        elif "visually-hidden" not in c.classes():
            out.append(visible_text(c))
    return "".join(out)


def survey_page_rows(path):
    """What a survey page prints, as the CSV spells it: respondents, then per question id its
    text, its rows (label, count, share), its NPS, and whether its table is withheld."""
    root = parse(path)
    article = next(root.all(lambda n: n.tag == "article"), None)
    facts = dl_facts(article) if article is not None else {}
    resp = next((facts[k] for k in RESPONDENTS if k in facts), None)
    questions = {}
    for sec in (article.all(lambda n: n.tag == "section" and "question" in n.classes()) if article is not None else []):
        qid = sec.attrs.get("aria-labelledby", "")[2:]
        h2 = next(sec.all(lambda n: n.tag == "h2"), None)
        text = norm("".join(c if isinstance(c, str) else ("" if "q-number" in c.classes() else c.text()) for c in h2.children)) if h2 else ""
        meta = next(sec.all(lambda n: n.tag == "p" and "meta" in n.classes()), None)
        score = re.search(r"NPS\s*([+\-−]?\d+)", norm(meta.text())) if meta else None
        rows = []
        table = next(sec.all(lambda n: n.tag == "table" and "aggregate" in n.classes()), None)
        for tr in (table.all(lambda n: n.tag == "tr" and n.parent.tag == "tbody") if table is not None else []):
            th = next(tr.all(lambda n: n.tag == "th"), None)
            tds = list(tr.all(lambda n: n.tag == "td"))
            rows.append((norm(th.text()) if th else "", norm(tds[0].text()), norm(visible_text(tds[1])) if len(tds) > 1 else ""))
        questions[qid] = {"text": text, "rows": rows, "nps": score.group(1) if score else None, "withheld": table is None}
    return norm(resp) if resp is not None else None, questions, norm(root.text(" "))


def csv_figures(site, m):
    """Every results.csv against the page beside it: (problems, rows read)."""
    problems, count = [], 0
    for dirpath, _, files in os.walk(site):
        if "results.csv" not in files:
            continue
        path = os.path.join(dirpath, "results.csv")
        page = os.path.join(dirpath, "index.html")
        with open(path, "rb") as f:
            raw = f.read()
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append(f"{path}: no byte-order mark")
        # Records end in CRLF; a line break inside a quoted field is the field's own.
        quoted, previous = False, 0
        for byte in raw:
            if byte == 0x22:
                quoted = not quoted
            elif byte == 0x0A and not quoted and previous != 0x0D:
                problems.append(f"{path}: a line not ended by CRLF")
                break
            previous = byte
        rows = [[csv_cell(c) for c in r] for r in csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""))]
        if not os.path.exists(page):
            problems.append(f"{path}: no page beside it")
            continue
        resp, questions, page_text = survey_page_rows(page)
        shown = set(re.findall(r"\d+(?:\.\d+)?", page_text.replace(",", "")))
        got = defaultdict(list)
        for r in rows[1:]:
            count += 1
            if len(r) != 5:
                problems.append(f"{path}: a row of {len(r)} fields: {r}")
                continue
            for n in re.findall(r"\d+(?:\.\d+)?", (r[3] + " " + r[4]).replace(",", "")):
                if n not in shown:
                    problems.append(f"{path}: prints {n}, which the page does not")
            score = r[2] == "NPS" and re.fullmatch(r"[+\-−]?\d+", r[3]) is not None
            try:
                cell = None if score else Cell(r[3], m, None)
            except ValueError:
                problems.append(f"{path}: {r[3]!r} is not a figure")
                continue
            if cell is not None and cell.exact is not None and cell.exact < m:
                problems.append(f"{path}: {r[2]} prints {cell.exact}, below {m}")
            if r[0] == "" and r[1] in RESPONDENTS:
                if r[3] != resp:
                    problems.append(f"{path}: respondents {r[3]!r}, the page prints {resp!r}")
                continue
            q = questions.get(r[0])
            if q is None:
                problems.append(f"{path}: question {r[0]!r} is not on the page")
                continue
            if r[1] != q["text"]:
                problems.append(f"{path}: question {r[0]} reads {r[1]!r}, the page {q['text']!r}")
            if score:
                if r[3] != (q["nps"] or "").replace("−", "-"):
                    problems.append(f"{path}: {r[0]} NPS {r[3]!r}, the page prints {q['nps']!r}")
                continue
            if r[2] == "" and q["withheld"]:
                if cell.exact is not None:
                    problems.append(f"{path}: {r[0]} prints {r[3]} for a table the page withholds")
                continue
            got[r[0]].append((r[2], r[3], r[4]))
        for qid, q in questions.items():
            if got.get(qid, []) != q["rows"]:
                problems.append(f"{path}: {qid} prints {got.get(qid, [])}, the page {q['rows']}")
        for qid in set(got) - set(questions):
            problems.append(f"{path}: rows of {qid}, a question the page does not show")
    return problems, count


# ---------------------------------------------------------------- possible worlds

SECTION = re.compile(r'<section class="question[^"]*"[^>]*aria-labelledby="q-([^"]*)">(.*?)</section>', re.S)
ROW = re.compile(r'<tr[^>]*><th scope="row">(.*?)</th><td class="num">(.*?)</td>', re.S)


def question_views(site, survey, m):
    """question id -> (everything the page shows of it, its rows). The view is the question's
    HTML itself, tags and attributes included, with only its id and number taken out: two
    worlds a reader could tell apart by any byte differ here."""
    with open(os.path.join(site, "surveys", survey, "index.html"), encoding="utf-8") as f:
        page = f.read()
    facts = re.search(r"<dt>(?:回答者数|Respondents)</dt><dd>(.*?)</dd>", page)
    resp = facts.group(1) if facts else ""
    out = {}
    for qid, body in SECTION.findall(page):
        view = re.sub(r"<h2 .*?</h2>", "", body, flags=re.S)
        # The chart's element ids carry the question's id too ("q-q3-chart-title").
        view = re.sub(rf"\bq-{re.escape(qid)}\b", "q-", view)
        rows = [(norm(html.unescape(re.sub(r"<[^>]+>", "", l))), norm(html.unescape(re.sub(r"<[^>]+>", "", c)))) for l, c in ROW.findall(body)]
        out[qid] = (resp + "||" + view, rows)
    return out


def worlds(site, manifest, m):
    with open(manifest) as f:
        entries = json.load(f)
    by_survey = defaultdict(list)
    for e in entries:
        by_survey[e["survey"]].append(e)
    groups = defaultdict(list)
    for survey, qs in by_survey.items():
        views = question_views(site, survey, m)
        for e in qs:
            view, rows = views[e["question"]]
            e["rows"] = rows
            groups[(e["type"], tuple(e["options"]), view)].append(e)
    problems = []
    counted = 0
    for (qtype, options, view), members in groups.items():
        def counts(e):
            c = {opt: n for opt, n in zip(e["options"], e["counts"])}
            if qtype == "multi":
                for opt, n in zip(e["options"], e["counts"]):
                    c["not " + opt] = e["respondents"] - n
            else:
                c["未回答"] = e["respondents"] - sum(e["counts"])
            return c
        values = defaultdict(set)
        for e in members:
            for k, v in counts(e).items():
                values[k].add(v)
        for e in members:
            counted += 1
            printed = {label: text for label, text in e["rows"]}
            for k, v in counts(e).items():
                if "check" in e and k not in e["check"]:
                    continue  # fixed for this family of worlds: the reader is told it
                if k == "未回答" and v == 0:
                    continue  # documented: no 未回答 row means everyone answered
                if v < m and not vague(values[k], m):
                    problems.append(f"{e['survey']}/{e['question']} {qtype} {e['counts']} of {e['respondents']}: "
                                    f"{k} = {v} is narrowed to {sorted(values[k])}")
                if k in printed and not re.fullmatch(r"[\d,]+", printed[k]) and len(values[k]) < 2:
                    problems.append(f"{e['survey']}/{e['question']}: {k} shown as {printed[k]} is pinned to {v}")
            if len(problems) > 50:
                return problems, counted
    return problems, {"worlds": counted, "views": len(groups)}


def network_view(site):
    """Everything /network/ says: its main text and attribute values."""
    root = parse(os.path.join(site, "network", "index.html"))
    main = next(root.all(lambda n: n.tag == "main"))
    return norm(main.text(" ")) + "||" + "|".join(sorted(main.attr_texts()))


# Counts of values the data names (an industry, an interest) or rows listed only when not empty:
# when they are zero the page does not name them, and docs/CONTENT.md says so.
EXEMPT_WHEN_ZERO = ("industry ", "no industry", "interest ")


def network_worlds(manifest, m):
    with open(manifest) as f:
        entries = json.load(f)
    groups = defaultdict(list)
    for e in entries:
        groups[network_view(e["site"])].append(e)
    problems = []
    for view, members in groups.items():
        values = defaultdict(set)
        for e in members:
            for k, v in e["counts"].items():
                values[k].add(v)
        for e in members:
            for k, v in e["counts"].items():
                if k not in e.get("check", e["counts"]):
                    continue  # fixed for this family of worlds: the reader is told it
                if v == 0 and k.startswith(EXEMPT_WHEN_ZERO):
                    continue
                if v < m and not vague(values[k], m):
                    problems.append(f"{e['counts']}: {k} = {v} is narrowed to {sorted(values[k])}")
            if len(problems) > 50:
                return problems, {"worlds": len(entries)}
    return problems, {"worlds": len(entries), "views": len(groups)}


# ---------------------------------------------------------------- two builds

def diff(old, new, m):
    def collect(site):
        tables, scalars = {}, {}
        for dirpath, _, files in os.walk(site):
            for name in files:
                if name.endswith(".html"):
                    path = os.path.join(dirpath, name)
                    ts, ss, _ = page_figures(path, site, m)
                    for t in ts:
                        tables[t.where] = t
                    for key, _, cell in ss:
                        scalars[key] = cell
        return tables, scalars
    (ot, os_), (nt, ns) = collect(old), collect(new)
    problems = []
    dn = None
    a, b = os_.get("network/members"), ns.get("network/members")
    if a is not None and b is not None and a.exact is not None and b.exact is not None:
        dn = b.exact - a.exact
        if 0 < abs(dn) < m:
            problems.append(f"members counted changed by {dn}")
    for where in sorted(set(ot) & set(nt)):
        o, n = ot[where], nt[where]
        orows = {l: c for l, c in o.rows}
        changes = {}
        for label, c in n.rows:
            if label in orows and c.exact is not None and orows[label].exact is not None:
                changes[label] = c.exact - orows[label].exact
        for label, d in changes.items():
            if 0 < abs(d) < m:
                problems.append(f"{where} {label}: changed by {d}")
            if n.kind == "multi" and dn is not None and d != 0 and d == dn:
                problems.append(f"{where} {label}: changed by {d}, as many as the members")
        if n.kind == "partition" and set(orows) == {l for l, _ in n.rows} and len(changes) > 1:
            moved = [l for l, d in changes.items() if d != 0]
            if len(moved) == 1:
                problems.append(f"{where}: all of the change is in {moved[0]}")
    return problems, {"compared": len(set(ot) & set(nt))}


def main(argv):
    mode = argv[1]
    m = int(argv[argv.index("--min-cell") + 1])
    rest = [a for i, a in enumerate(argv[2:], 2) if a != "--min-cell" and argv[i - 1] != "--min-cell"]
    if mode == "figures":
        problems, stats = figures(rest, m)
    elif mode == "worlds":
        problems, stats = worlds(rest[0], rest[1], m)
    elif mode == "network-worlds":
        problems, stats = network_worlds(rest[0], m)
    elif mode == "diff":
        problems, stats = diff(rest[0], rest[1], m)
    else:
        sys.exit(f"unknown mode {mode}")
    json.dump({"problems": problems, "stats": stats}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
