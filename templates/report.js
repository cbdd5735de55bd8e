/* The report's only script: filters, search, sort, counts, the URL-fragment state and the language toggle.
   It never builds HTML from strings (textContent only), so post text can never become markup here. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  var LOCALES = { en: "en-CA", fr: "fr-CA" };
  var FACETS = ["band", "category", "platform", "year", "kind"];
  var data = JSON.parse(document.getElementById("i18n-data").textContent);
  var lang = root.getAttribute("lang");
  var list = document.getElementById("post-list");
  var form = document.getElementById("filters");
  var status = document.getElementById("status");
  var toggle = document.getElementById("lang-toggle");
  var posts = list ? Array.prototype.slice.call(list.querySelectorAll("article.post")) : [];
  var searchable = null;
  var currentSort = "risk";

  function t(key, args) {
    var table = data[lang] || {};
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    Object.keys(args || {}).forEach(function (name) {
      var value = args[name];
      if (typeof value === "number") { value = num(value); }
      else if (typeof value === "string" && value.charAt(0) === "@") { value = t(value.slice(1)); }
      text = text.split("{" + name + "}").join(String(value));
    });
    return text;
  }
  function num(n) { return new Intl.NumberFormat(LOCALES[lang]).format(n); }
  function day(iso) {
    return new Intl.DateTimeFormat(LOCALES[lang], { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" })
      .format(new Date(iso));
  }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  function readState() {
    var state = { band: [], q: "", sort: "risk" };
    each("#filters input[name=band]:checked", function (box) { state.band.push(box.value); });
    FACETS.slice(1).forEach(function (name) { state[name] = form.elements[name].value; });
    state.q = form.elements.q.value.trim();
    state.sort = form.elements.sort.value;
    return state;
  }
  function writeState(state) {
    each("#filters input[name=band]", function (box) { box.checked = !state.band || state.band.indexOf(box.value) >= 0; });
    FACETS.slice(1).forEach(function (name) {
      var select = form.elements[name];
      select.value = state[name] || "";
      if (select.selectedIndex < 0) { select.value = ""; }
    });
    form.elements.q.value = state.q || "";
    form.elements.sort.value = state.sort || "risk";
    if (form.elements.sort.selectedIndex < 0) { form.elements.sort.value = "risk"; }
  }

  /* Which filters a post fails; a post failing only facet F still counts in F's choices (what picking it would show). */
  function failures(post, state, query) {
    var d = post.dataset, failed = [];
    if (state.band.indexOf(d.band) < 0) { failed.push("band"); }
    if (state.category && (" " + d.cats + " ").indexOf(" " + state.category + " ") < 0) { failed.push("category"); }
    if (state.platform && d.platform !== state.platform) { failed.push("platform"); }
    if (state.year && d.year !== state.year) { failed.push("year"); }
    if (state.kind && d.kind !== state.kind) { failed.push("kind"); }
    if (query && searchText(post).indexOf(query) < 0) { failed.push("q"); }
    return failed;
  }
  function searchText(post) {
    if (!searchable) { searchable = new Map(); }
    var text = searchable.get(post);
    if (text === undefined) { text = fold(post.textContent); searchable.set(post, text); }
    return text;
  }
  function tally(counts, facet, post) {
    var d = post.dataset;
    var keys = facet === "category" ? d.cats.split(" ") : [facet === "band" ? d.band : d[facet]];
    keys.forEach(function (key) { counts[facet + ":" + key] = (counts[facet + ":" + key] || 0) + 1; });
    counts[facet + ":*"] = (counts[facet + ":*"] || 0) + 1;  /* the "All" choice */
  }

  function apply() {
    var state = readState(), query = fold(state.q), counts = {}, shown = 0, bands = { high: 0, medium: 0, low: 0 };
    if (state.sort !== currentSort) { sortPosts(state.sort); }
    posts.forEach(function (post) {
      var failed = failures(post, state, query);
      post.hidden = failed.length > 0;
      if (!failed.length) { shown += 1; bands[post.dataset.band] += 1; }
      FACETS.forEach(function (facet) {
        if (!failed.length || (failed.length === 1 && failed[0] === facet)) { tally(counts, facet, post); }
      });
    });
    showCounts(counts);
    status.textContent = t("status", { shown: shown, total: posts.length, high: bands.high, medium: bands.medium,
      low: bands.low });
    saveHash(state);
  }
  function showCounts(counts) {
    each("#filters [data-count]", function (el) {
      var n = num(counts[el.dataset.count] || 0);
      if (el.tagName === "OPTION") {
        var key = el.dataset.label;
        el.textContent = (key ? t(key) : el.dataset.raw) + " (" + n + ")";
      } else {
        el.textContent = "(" + n + ")";
      }
    });
  }
  function sortPosts(how) {
    var sorted = posts.slice().sort(function (a, b) {
      var order = +a.dataset.order - +b.dataset.order;
      if (how === "newest") { return (+b.dataset.ts - +a.dataset.ts) || order; }
      if (how === "oldest") { return (+a.dataset.ts - +b.dataset.ts) || order; }
      return order;  // the server's order is by risk
    });
    var fragment = document.createDocumentFragment();
    sorted.forEach(function (post) { fragment.appendChild(post); });
    list.appendChild(fragment);
    currentSort = how;
  }

  function saveHash(state) {
    var params = new URLSearchParams();
    var allBands = document.querySelectorAll("#filters input[name=band]").length;
    if (state.band.length !== allBands) { params.set("band", state.band.join(",") || "-"); }
    FACETS.slice(1).forEach(function (name) { if (state[name]) { params.set(name, state[name]); } });
    if (state.q) { params.set("q", state.q); }
    if (state.sort !== "risk") { params.set("sort", state.sort); }
    if (lang !== root.dataset.lang) { params.set("lang", lang); }
    var text = params.toString();
    var url = text ? "#" + text : location.pathname + location.search;
    if (("#" + text) === location.hash || (!text && !/=/.test(location.hash))) { return; }
    try { history.replaceState(null, "", url); } catch (err) { location.hash = text; }
  }
  function loadHash() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) { return null; }  // a plain #anchor (a skip link), not saved filters
    var params = new URLSearchParams(hash), state = {};
    var band = params.get("band");
    state.band = band === null ? null : band.split(",");
    FACETS.slice(1).concat(["q", "sort"]).forEach(function (name) { state[name] = params.get(name) || ""; });
    state.lang = params.get("lang");
    return state;
  }

  function setLang(next) {
    if (!data[next]) { return; }
    lang = next;
    root.setAttribute("lang", next);
    each("[data-i18n]", function (el) {
      el.textContent = t(el.dataset.i18n, el.dataset.i18nArgs ? JSON.parse(el.dataset.i18nArgs) : null);
    });
    each("[data-i18n-attr]", function (el) {
      el.dataset.i18nAttr.split(";").forEach(function (pair) {
        var parts = pair.split(":");
        el.setAttribute(parts[0], t(parts[1]));
      });
    });
    each("[data-n]", function (el) { el.textContent = num(+el.dataset.n); });
    each("time[data-fmt]", function (el) { el.textContent = day(el.getAttribute("datetime")); });
    toggle.setAttribute("lang", next === "fr" ? "en" : "fr");
    searchable = null;  // category names in the searchable text changed language
    if (form) { apply(); }
  }

  root.dataset.lang = lang;
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    setLang(lang === "fr" ? "en" : "fr");
    if (!form) { saveHash({ band: [], q: "", sort: "risk" }); }
  });
  var saved = loadHash();
  if (form) {
    form.hidden = false;
    if (saved) { writeState(saved); }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
  }
  if (saved && saved.lang && saved.lang !== lang) { setLang(saved.lang); } else if (form) { apply(); }
})();
