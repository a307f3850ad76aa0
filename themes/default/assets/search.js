// Kizuna's site search: reads /search/index.json (made by the build) and shows the entries
// whose title, text or kind contain every word of the query. Runs on load with ?q= and as the
// reader types. Without JavaScript the page says where to look instead.
(function () {
  "use strict";
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list || !window.fetch) return;
  var entries = null;

  function normalise(s) {
    // NFKC folds full-width letters and digits (ＡＢＣ１２３) into ASCII; lower-case for Latin.
    return (s || "").normalize("NFKC").toLowerCase();
  }

  function render(query) {
    var words = normalise(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var hits = entries.filter(function (e) {
      var hay = e._hay || (e._hay = normalise(e.title + " " + e.text + " " + e.kind));
      return words.every(function (w) { return hay.indexOf(w) !== -1; });
    });
    hits.slice(0, 100).forEach(function (e) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "badge";
      kind.textContent = e.kind;
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.title;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      if (e.date || e.text) {
        var p = document.createElement("p");
        p.className = "meta";
        // The day as the pages write it, then the words, with the theme's separator.
        p.textContent = [e.dateLabel || e.date, e.text].filter(Boolean).join(status.getAttribute("data-separator") || " · ");
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    status.textContent = hits.length
      ? status.getAttribute("data-results").replace("{n}", String(hits.length))
      : status.getAttribute("data-none");
  }

  function update() {
    var query = input.value;
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.toString());
    render(query);
  }

  fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
    .then(function (index) {
      entries = index.entries || [];
      input.value = new URLSearchParams(window.location.search).get("q") || "";
      render(input.value);
      input.addEventListener("input", update);
      form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    })
    .catch(function () { status.textContent = status.getAttribute("data-failed"); });
})();
