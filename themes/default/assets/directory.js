// Kizuna's directory finder: combines the filters (join decade, industry, job type, interest,
// mentors) and free text on the directory page, from the data file the members build makes
// (only listed members, only the fields each agreed to show). It shows or hides the cards the
// page already has, so without JavaScript the page and its filter links work as they are.
// The state lives in the address (?decade=2010s&industry=it&q=…): back, forward and a shared
// link show the same list. Names are found by reading: ｻﾄｳ, さとう and サトウ find each other.
(function () {
  "use strict";
  var form = document.getElementById("directory-search");
  var status = document.getElementById("directory-status");
  var list = document.getElementById("directory-list");
  if (!form || !status || !list || !window.fetch || !window.history || !history.pushState) return;
  var facets = ["decade", "industry", "role", "interest", "mentor"];
  var names = facets.concat(["q", "sort"]);
  var profiles = null;

  // Small kana and their full-size forms (after katakana became hiragana).
  var small = { "ぁ": "あ", "ぃ": "い", "ぅ": "う", "ぇ": "え", "ぉ": "お", "っ": "つ", "ゃ": "や", "ゅ": "ゆ", "ょ": "よ", "ゎ": "わ", "ゕ": "か", "ゖ": "け" };

  // One form for comparing: NFKC (half-width ｻﾄｳ → サトウ, full-width ＡＢＣ → ABC), lower case,
  // katakana → hiragana, small kana → full size, the long-vowel mark and spaces dropped (サトー
  // and さとう differ only in how the long vowel is written; 佐藤 一 and 佐藤一 are one name).
  function fold(s) {
    var t = (s || "").normalize("NFKC").toLowerCase(), out = "";
    for (var i = 0; i < t.length; i++) {
      var c = t.charCodeAt(i), ch = t.charAt(i);
      if (c >= 0x30A1 && c <= 0x30F6) ch = String.fromCharCode(c - 0x60);
      if (small[ch]) ch = small[ch];
      if (ch === "ー" || ch === "〜" || /\s/.test(ch)) continue;
      out += ch;
    }
    // A long vowel written as a kana: さとう, さとお and さと (from サトー) are one reading, and
    // ゆうこ and ゆこ (from ユーコ).
    return out.replace(/([おこそとのほもよろごぞどぼぽょ])[うお]|([うくすつぬふむゆるぐずづぶぷゅ])う/g, "$1$2");
  }

  function control(name) { return form.elements[name]; }

  // The disclosure's button names the chosen filters, as the links' page names its own: text
  // nodes only, with the same words around them for screen readers.
  var active = document.getElementById("directory-active");
  function showActive(state) {
    if (!active) return;
    active.textContent = "";
    var chosen = facets.filter(function (f) { return state[f] && control(f); }).map(function (f) {
      var option = control(f).options[control(f).selectedIndex];
      return option ? option.getAttribute("data-label") : state[f];
    });
    if (!chosen.length) return;
    function span(className, text) {
      var s = document.createElement("span");
      s.className = className;
      s.textContent = text;
      active.appendChild(s);
    }
    span("visually-hidden", active.getAttribute("data-before") || "");
    chosen.forEach(function (label, i) {
      if (i) span("visually-hidden", active.getAttribute("data-separator") || ", ");
      span("filter-current", label);
    });
    span("visually-hidden", active.getAttribute("data-after") || "");
  }

  function readAddress() {
    var params = new URLSearchParams(location.search), state = {};
    names.forEach(function (n) { state[n] = params.get(n) || ""; });
    return state;
  }

  function readForm() {
    var state = {};
    names.forEach(function (n) { state[n] = control(n) ? control(n).value : ""; });
    return state;
  }

  function setForm(state) {
    names.forEach(function (n) {
      var c = control(n);
      if (!c) return;
      // A value the page has no choice for (an old link) is dropped, not kept invisibly.
      c.value = state[n];
      if (c.tagName === "SELECT" && c.value !== state[n]) c.value = "";
    });
  }

  function address(state) {
    var params = new URLSearchParams();
    names.forEach(function (n) { if (state[n]) params.set(n, state[n]); });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  function matches(p, state, except) {
    for (var i = 0; i < facets.length; i++) {
      var f = facets[i];
      if (f === except || !state[f]) continue;
      if ((p.facets[f] || []).indexOf(state[f]) === -1) return false;
    }
    var words = state.q.normalize("NFKC").split(/\s+/).map(fold).filter(Boolean);
    return words.every(function (w) { return p._hay.indexOf(w) !== -1; });
  }

  function render(state) {
    var shown = profiles.filter(function (p) { return matches(p, state, null); });
    if (state.sort === "kana") {
      shown.sort(function (a, b) { return a._reading < b._reading ? -1 : a._reading > b._reading ? 1 : 0; });
    }
    // Cards move into the order shown; hidden ones stay in the page, hidden.
    var visible = {};
    shown.forEach(function (p) { visible[p.url] = true; if (p._card) list.appendChild(p._card); });
    profiles.forEach(function (p) { if (p._card) p._card.hidden = !visible[p.url]; });
    // Each choice says how many it would find with the other filters as they are.
    // With its unit ("（12名）", "(1 person)"), so a screen reader does not read a bare number.
    var pattern = form.getAttribute("data-value-count") || "{label} ({n})";
    var patternOne = form.getAttribute("data-value-count-one") || pattern;
    facets.forEach(function (f) {
      var select = control(f);
      if (!select) return;
      for (var i = 0; i < select.options.length; i++) {
        var option = select.options[i];
        if (!option.value) continue;
        var n = profiles.filter(function (p) { return (p.facets[f] || []).indexOf(option.value) !== -1 && matches(p, state, f); }).length;
        option.textContent = (n === 1 ? patternOne : pattern).replace("{label}", option.getAttribute("data-label")).replace("{n}", String(n));
      }
    });
    showActive(state);
    status.textContent = shown.length
      ? form.getAttribute("data-results").replace("{n}", String(shown.length))
      : form.getAttribute("data-none");
  }

  // A change of a filter or the order is a step back can return to; typing replaces the
  // address as it goes (one step per search, not per letter).
  var typing = false;
  function changed(push) {
    var state = readForm(), next = address(state);
    if (next !== location.pathname + location.search) {
      if (push) history.pushState(state, "", next); else history.replaceState(state, "", next);
    }
    render(state);
  }

  function start(data) {
    var cards = {};
    Array.prototype.forEach.call(list.querySelectorAll(".profile-card"), function (card) {
      var link = card.querySelector("a[href]");
      if (link) cards[link.getAttribute("href")] = card;
    });
    profiles = (data.profiles || []).map(function (p) {
      p.facets = p.facets || {};
      p._card = cards[p.url];
      p._hay = fold([p.name, p.name_kana, p.text].join(" "));
      p._reading = fold(p.name_kana || p.name);
      return p;
    });
    var links = document.getElementById("directory-filters");
    if (links) links.hidden = true;
    form.hidden = false;
    // Closed on a phone, so the first card is near the top; open where the page has room for it.
    var choices = form.querySelector(".directory-choices");
    if (choices && window.matchMedia && window.matchMedia("(min-width: 768px)").matches) choices.open = true;
    setForm(readAddress());
    render(readForm());
    form.addEventListener("change", function (e) {
      if (e.target.name === "q") { typing = false; return; }
      changed(true);
    });
    form.addEventListener("input", function (e) {
      if (e.target.name !== "q") return;
      changed(!typing);
      typing = true;
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); typing = false; });
    form.addEventListener("reset", function () {
      // After the browser has emptied the controls.
      setTimeout(function () { typing = false; changed(true); }, 0);
    });
    window.addEventListener("popstate", function () {
      typing = false;
      setForm(readAddress());
      render(readForm());
    });
  }

  fetch(form.getAttribute("data-data"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
    .then(start)
    .catch(function () { /* The links stay: the directory works as without JavaScript. */ });
})();
