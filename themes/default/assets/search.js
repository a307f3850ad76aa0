// Kizuna's site search over the sharded index the build makes (docs/CONTENT.md, "Search"):
// reads search/manifest.json, then only the term shards of the query's terms and the document
// shards of the results it shows. Terms as the build makes them (SearchTokenizer): Japanese by
// character bigrams (one character alone), Latin words by prefix, after the same folding
// (SearchFold: NFKC, lower case, katakana → hiragana, small kana → full size, ー dropped).
// Runs on load with ?q= (the header's form lands here) and as the reader types. Results are
// built as text nodes and <mark>, never from HTML.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var suggest = document.getElementById("search-suggest");
  if (!form || !input || !status || !list || !window.fetch || !window.TextEncoder) return;
  var base = form.getAttribute("data-index");
  var manifest = null, termShards = {}, docShards = {}, shown = 20, run = 0;
  if (suggest) suggest.hidden = true;

  var small = { "ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お", "っ": "つ", "ゃ": "や", "ゅ": "ゆ", "ょ": "よ", "ゎ": "わ", "ゕ": "か", "ゖ": "け" };

  // One piece of text folded, as SearchFold does (directory.js folds the same way).
  function fold(s) {
    var t = (s || "").normalize("NFKC").toLowerCase(), out = "";
    for (var i = 0; i < t.length; i++) {
      var c = t.charCodeAt(i), ch = t.charAt(i);
      if (c >= 0x30A1 && c <= 0x30F6) ch = String.fromCharCode(c - 0x60);
      if (ch === "ー" || ch === "〜") continue;
      out += small[ch] || ch;
    }
    return out;
  }

  function isCJK(ch) {
    var v = ch.codePointAt(0);
    return (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) ||
      (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF) || v === 0x3005 || v === 0x3006;
  }

  // Runs of a folded text: CJK runs and Latin words (letters and digits), as SearchTokenizer.runs.
  function runs(folded) {
    var out = [], cur = [], cjk = false;
    function flush() { if (cur.length) out.push({ cjk: cjk, chars: cur }); cur = []; }
    Array.from(folded).forEach(function (ch) {
      if (isCJK(ch)) { if (!cjk) { flush(); cjk = true; } cur.push(ch); }
      else if (/[\p{L}\p{N}]/u.test(ch)) { if (cjk) { flush(); cjk = false; } cur.push(ch); }
      else flush();
    });
    flush();
    return out;
  }

  // The query's terms (SearchTokenizer.queryTerms): bigrams of a CJK run, a word as typed.
  function terms(query) {
    var out = [];
    runs(fold(query)).forEach(function (r) {
      if (r.cjk && r.chars.length > 1) for (var i = 0; i + 1 < r.chars.length; i++) out.push(r.chars[i] + r.chars[i + 1]);
      else out.push(r.chars.join(""));
    });
    return out.filter(function (t, i) { return out.indexOf(t) === i; });
  }

  // FNV-1a (32 bits) of the term's UTF-8, as SearchShards.hash.
  function shard(term) {
    var bytes = new TextEncoder().encode(term), h = 0x811C9DC5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h % manifest.terms;
  }

  function load(cache, url) {
    if (!cache[url]) cache[url] = fetch(url, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); });
    return cache[url];
  }

  // Every document that has all the terms, best first: the sum of the terms' scores (title over
  // tags over the rest), then the newer (a lower id).
  function find(list) {
    return Promise.all(list.map(function (t) {
      return load(termShards, base + "t/" + shard(t) + ".json").then(function (s) { return s.terms[t] || []; });
    })).then(function (postings) {
      var scores = null;
      postings.forEach(function (p) {
        var next = {};
        for (var i = 0; i < p.length; i += 2) if (!scores || scores[p[i]] !== undefined) next[p[i]] = (scores ? scores[p[i]] : 0) + p[i + 1];
        scores = next;
      });
      return Object.keys(scores || {}).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    });
  }

  function documents(ids) {
    return Promise.all(ids.map(function (id) {
      return load(docShards, base + "d/" + (id % manifest.documents) + ".json").then(function (s) { return s.documents[String(id)]; });
    }));
  }

  // The text folded with, for each folded character, where it came from, so a match in the
  // folded text marks the characters as written (ｶﾞ is one kana: its mark goes with it).
  function mapped(text) {
    var chars = Array.from(text), folded = "", from = [], at = 0;
    for (var i = 0; i < chars.length; i++) {
      var piece = chars[i], start = at;
      while (i + 1 < chars.length && /[\uFF9E\uFF9F\u3099\u309A]/.test(chars[i + 1])) piece += chars[++i];
      at += piece.length;
      var f = fold(piece);
      // A character folding drops (ー) goes with the one before it: メンター is marked whole.
      if (!f && from.length) from[from.length - 1] = [from[from.length - 1][0], at];
      for (var k = 0; k < f.length; k++) { folded += f.charAt(k); from.push([start, at]); }
    }
    return { folded: folded, from: from };
  }

  // [start, end) ranges of the text where a query term occurs, merged.
  function ranges(text, list) {
    var m = mapped(text), out = [];
    list.forEach(function (t) {
      for (var i = m.folded.indexOf(t); t && i !== -1; i = m.folded.indexOf(t, i + 1)) out.push([m.from[i][0], m.from[i + t.length - 1][1]]);
    });
    out.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    out.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return merged;
  }

  // The text into `parent` as text nodes, the matches in <mark>; a long text shortened around
  // its first match.
  function highlight(parent, text, list, limit) {
    var r = ranges(text, list), from = 0, to = text.length;
    if (limit && text.length > limit) {
      from = Math.max(0, (r.length ? r[0][0] : 0) - Math.floor(limit / 4));
      to = Math.min(text.length, from + limit);
      if (from > 0) parent.appendChild(document.createTextNode("…"));
    }
    var at = from;
    r.forEach(function (x) {
      if (x[1] <= from || x[0] >= to) return;
      var s = Math.max(x[0], at), e = Math.min(x[1], to);
      if (s > at) parent.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      parent.appendChild(mark);
      at = e;
    });
    if (at < to) parent.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) parent.appendChild(document.createTextNode("…"));
  }

  function say(key, n) { status.textContent = status.getAttribute(key).replace("{n}", String(n)); }

  function render(query) {
    var mine = ++run, list2 = terms(query);
    if (!list2.length) { list.textContent = ""; status.textContent = ""; if (suggest) suggest.hidden = true; return; }
    find(list2).then(function (ids) {
      return documents(ids.slice(0, shown)).then(function (docs) {
        if (mine !== run) return;
        list.textContent = "";
        docs.forEach(function (e) {
          if (!e) return;
          var li = document.createElement("li");
          var kind = document.createElement("span");
          kind.className = "badge";
          kind.textContent = e.kind;
          var a = document.createElement("a");
          a.href = e.url;
          highlight(a, e.title, list2);
          li.appendChild(kind);
          li.appendChild(document.createTextNode(" "));
          li.appendChild(a);
          if (e.dateLabel || e.date) {
            var time = document.createElement("time");
            time.className = "meta search-date";
            time.dateTime = e.date;
            time.textContent = e.dateLabel || e.date;
            li.appendChild(document.createTextNode(" "));
            li.appendChild(time);
          }
          if (e.text) {
            var p = document.createElement("p");
            p.className = "meta";
            highlight(p, e.text, list2, 160);
            li.appendChild(p);
          }
          list.appendChild(li);
        });
        if (ids.length) say("data-results", ids.length); else say("data-none", 0);
        if (ids.length > shown) status.textContent += " " + status.getAttribute("data-more").replace("{n}", String(shown));
        if (suggest) suggest.hidden = ids.length > 0;
      });
    }).catch(function () { if (mine === run) status.textContent = status.getAttribute("data-failed"); });
  }

  function update() {
    var query = input.value;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.toString());
    render(query);
  }

  // Keys: ↓ from the box to the first result, ↑ ↓ between results, Escape back to the box.
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  document.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && (document.activeElement === input || at !== -1)) {
      if (all[at + 1]) { all[at + 1].focus(); event.preventDefault(); }
    } else if (event.key === "ArrowUp" && at !== -1) {
      (at > 0 ? all[at - 1] : input).focus();
      event.preventDefault();
    } else if (event.key === "Escape" && at !== -1) {
      input.focus();
    }
  });

  load({}, base + "manifest.json")
    .then(function (m) {
      manifest = m;
      input.value = new URLSearchParams(window.location.search).get("q") || "";
      render(input.value);
      input.addEventListener("input", update);
      form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    })
    .catch(function () { status.textContent = status.getAttribute("data-failed"); });
})();
