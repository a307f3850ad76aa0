// Kizuna's site search over the sharded index the build makes (docs/CONTENT.md, "Search"):
// reads search/manifest.json, then only the term shards of the query's terms and the document
// shards of the results it shows. Terms as the build makes them (SearchTokenizer): Japanese by
// character bigrams (one character alone), Latin words by prefix, after the same folding
// (SearchFold: NFKC, lower case, katakana → hiragana, small kana → full size, ー dropped).
// Ranked as SearchShards scores them; a candidate is shown only once its document shows it holds
// the query's words as written (bigrams found apart are not a match). Runs on load with ?q= (the
// header's form lands here) and as the reader types. Results are built as text nodes and <mark>,
// never from HTML.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var suggest = document.getElementById("search-suggest");
  var more = document.getElementById("search-more");
  if (!form || !input || !status || !list || !window.fetch || !window.TextEncoder) return;
  var base = form.getAttribute("data-index");
  var manifest = null, termShards = {}, docShards = {}, run = 0;
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
    function flush() { if (cur.length) out.push({ cjk: cjk, text: cur.join("") }); cur = []; }
    Array.from(folded).forEach(function (ch) {
      if (isCJK(ch)) { if (!cjk) { flush(); cjk = true; } cur.push(ch); }
      else if (/[\p{L}\p{N}]/u.test(ch)) { if (cjk) { flush(); cjk = false; } cur.push(ch); }
      else flush();
    });
    flush();
    return out;
  }

  // The query's terms (SearchTokenizer.queryTerms): bigrams of a CJK run, a word as typed. Each
  // word (a run) remembers its first and last term, whose edges rank the results.
  function parse(query) {
    var list = [], words = runs(fold(query));
    words.forEach(function (r) {
      var chars = Array.from(r.text), own = [];
      if (r.cjk && chars.length > 1) for (var i = 0; i + 1 < chars.length; i++) own.push(chars[i] + chars[i + 1]);
      else own.push(r.text);
      r.head = own[0];
      r.tail = own[own.length - 1];
      r.single = own.length === 1;
      list = list.concat(own);
    });
    list = list.filter(function (t, i) { return list.indexOf(t) === i; });
    return { terms: list, words: words };
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

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  // A term's postings (SearchPostings): id gaps and scores in base 32, the last digit of each
  // number from the alphabet's second half. Returns {id: score}.
  function postings(text) {
    var out = {}, n = 0, gap = -1, id = -1;
    for (var i = 0; i < (text || "").length; i++) {
      var v = ALPHABET.indexOf(text.charAt(i));
      n = n * 32 + (v & 31);
      if (v < 32) continue;
      if (gap < 0) gap = n; else { id += gap + 1; out[id] = n; gap = -1; }
      n = 0;
    }
    return out;
  }

  var FIELDS = 15, START = 16, END = 32, WHOLE = 64;
  // Every document that has all the terms, best first: those where the query's words have more
  // edges (start and end a segment, or are one: 京都 in 京都で over the end of 東京都, 社長 in 新社長の
  // over 会社長期, java over javascript), then the fields the terms are in (title over tags over
  // summary over body), then the newer (a lower id). A start counts twice: as a Latin prefix
  // finds a word and a suffix does not, 京都駅 is nearer to 京都 than 東京都 is.
  function find(q) {
    return Promise.all(q.terms.map(function (t) {
      return load(termShards, base + "t/" + shard(t) + ".json").then(function (s) { return postings(s.terms[t]); });
    })).then(function (lists) {
      var ids = null, of = {};
      lists.forEach(function (p, k) {
        of[q.terms[k]] = p;
        ids = (ids || Object.keys(p)).filter(function (id) { return p[id] !== undefined; });
      });
      var rank = {};
      (ids || []).forEach(function (id) {
        var edges = 0, score = 0;
        lists.forEach(function (p) { score += p[id] & FIELDS; });
        q.words.forEach(function (w) {
          if (of[w.head][id] & START) edges += 2;
          if (of[w.tail][id] & END) edges++;
          if (w.single && (of[w.head][id] & WHOLE)) edges++;
        });
        rank[id] = edges * 1000 + score;
      });
      return (ids || []).map(Number).sort(function (a, b) { return rank[b] - rank[a] || a - b; });
    });
  }

  function documents(ids) {
    return Promise.all(ids.map(function (id) {
      return load(docShards, base + "d/" + (id % manifest.documents) + ".json").then(function (s) { return s.documents[String(id)]; });
    }));
  }

  // Whether a document has the query's words as written, not only their bigrams apart: each
  // Japanese run whole, each Latin word at a word's start.
  function holds(e, q) {
    var all = fold([e.title, (e.tags || []).join(" "), e.text, e.body].join("\n"));
    return q.words.every(function (w) {
      for (var i = all.indexOf(w.text); i !== -1; i = all.indexOf(w.text, i + 1)) {
        var before = i > 0 ? all.charAt(i - 1) : " ";
        if (w.cjk || isCJK(before) || !/[\p{L}\p{N}]/u.test(before)) return true;
      }
      return false;
    });
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

  // One result: its kind, its title (a link) with the words marked, its date as the pages write
  // it, and a snippet around the first match in the summary or else the body.
  function item(e, words) {
    var li = document.createElement("li");
    var kind = document.createElement("span");
    kind.className = "badge";
    kind.textContent = e.kind;
    var a = document.createElement("a");
    a.href = e.url;
    highlight(a, e.title, words);
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
    var snippet = e.text && ranges(e.text, words).length ? e.text : (e.body && ranges(e.body, words).length ? e.body : e.text);
    if (snippet) {
      var p = document.createElement("p");
      p.className = "meta";
      highlight(p, snippet, words, 160);
      li.appendChild(p);
    }
    return li;
  }

  // Ranked ids in, checked documents out: the next `want` that hold the query's words, reading
  // the candidates a page at a time (each document shard is small) from `from`.
  function take(ids, from, want, q, mine, tally) {
    var found = [], at = from;
    function next() {
      if (found.length >= want || at >= ids.length || mine !== run) return Promise.resolve({ docs: found, at: at });
      var batch = ids.slice(at, at + want - found.length);
      at += batch.length;
      return documents(batch).then(function (docs) {
        docs.forEach(function (e) { if (e && holds(e, q)) found.push(e); else tally.dropped++; });
        return next();
      });
    }
    return next();
  }

  var PAGE = 10;
  function render(query) {
    // Each query counts its own ruled-out candidates: a slower, older query's never mixes in.
    var mine = ++run, q = parse(query), words = q.words.map(function (w) { return w.text; }), tally = { dropped: 0 };
    if (more) more.hidden = true;
    if (!q.terms.length) { list.textContent = ""; status.textContent = ""; if (suggest) suggest.hidden = true; return; }
    find(q).then(function (ids) {
      var at = 0;
      function page(first) {
        return take(ids, at, PAGE, q, mine, tally).then(function (r) {
          if (mine !== run) return;
          if (first) list.textContent = "";
          at = r.at;
          r.docs.forEach(function (e) { list.appendChild(item(e, words)); });
          // Candidates not yet read may still fail the check: the count is of those not ruled out.
          var n = ids.length - tally.dropped;
          if (n > 0) say("data-results", n); else say("data-none", 0);
          if (suggest) suggest.hidden = n > 0;
          if (more) {
            more.hidden = at >= ids.length;
            more.onclick = function () { page(false); };
          }
        });
      }
      return page(true);
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
