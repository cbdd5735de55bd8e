/* The report's only script: filters, search, sort, counts, the URL-fragment state, the language toggle and the
   decisions on posts (kept in this browser's localStorage for this report, downloaded as the decisions file).
   It never builds HTML from strings (textContent only), so post text can never become markup here. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  var LOCALES = { en: "en-CA", fr: "fr-CA" };
  var FACETS = ["band", "category", "platform", "year", "kind"];
  /* how many "Start here" lines show: those the page has not hidden (the others are spares) */
  var START_SHOWN = document.querySelectorAll("#start .start-list > li:not([hidden])").length;
  var data = JSON.parse(document.getElementById("i18n-data").textContent);
  var lang = root.getAttribute("lang");
  var list = document.getElementById("post-list");
  var form = document.getElementById("filters");
  var status = document.getElementById("status");
  var toggle = document.getElementById("lang-toggle");
  var posts = list ? Array.prototype.slice.call(list.querySelectorAll("article.post")) : [];
  var searchable = null;
  var currentSort = "risk";
  var resort = true;  /* the posts are sorted again at the next apply: at the start, and after a decision */

  function t(key, args) {
    var table = data[lang] || {};
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
    Object.keys(args || {}).forEach(function (name) {
      var value = args[name];
      if (typeof value === "number") { value = num(value); }
      else if (typeof value === "string" && value.slice(0, 2) === "@@") { value = value.slice(2); }  /* as is */
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
    state.reasons = form.elements.reasons.checked;
    state.sort = form.elements.sort.value;
    state.review = form.elements.review ? form.elements.review.value : "";
    state.isNew = form.elements["new"] ? form.elements["new"].checked : false;
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
    form.elements.reasons.checked = !!state.reasons;
    form.elements.sort.value = state.sort || "risk";
    if (form.elements.sort.selectedIndex < 0) { form.elements.sort.value = "risk"; }
    if (form.elements.review) {
      form.elements.review.value = state.review || "";
      if (form.elements.review.selectedIndex < 0) { form.elements.review.value = ""; }
    }
    if (form.elements["new"]) { form.elements["new"].checked = !!state.isNew; }
  }

  /* Which filters a post fails; a post failing only facet F still counts in F's choices (what picking it would show). */
  function failures(post, state, query) {
    var d = post.dataset, failed = [];
    if (state.band.indexOf(d.band) < 0) { failed.push("band"); }
    if (state.category && (" " + d.cats + " ").indexOf(" " + state.category + " ") < 0) { failed.push("category"); }
    if (state.platform && d.platform !== state.platform) { failed.push("platform"); }
    if (state.year && d.year !== state.year) { failed.push("year"); }
    if (state.kind && d.kind !== state.kind) { failed.push("kind"); }
    if (state.review && (state.review === "done") !== isReviewed(post)) { failed.push("review"); }
    if (state.isNew && d.new !== "1") { failed.push("new"); }
    if (query && searchText(post, state.reasons).indexOf(query) < 0) { failed.push("q"); }
    return failed;
  }
  /* What a search reads: the post's own words (text, title, content warning, image description) and, when asked,
     the reasons it was flagged and what changed its score; never the page's labels ("minister" must find the posts
     that say it, not every post whose explanation does). */
  function searchText(post, reasons) {
    if (!searchable) { searchable = { words: new Map(), reasons: new Map() }; }
    var words = searchable.words.get(post);
    if (words === undefined) {
      words = fold(textOf(post, ".body .text"));  /* not the fields' names ("Title", "Image description") */
      searchable.words.set(post, words);
    }
    if (!reasons) { return words; }
    var why = searchable.reasons.get(post);
    if (why === undefined) {
      why = fold(textOf(post, ".reasons, .changes"));
      searchable.reasons.set(post, why);
    }
    return words + " " + why;
  }
  function textOf(post, selector) {
    var text = "";
    Array.prototype.forEach.call(post.querySelectorAll(selector), function (el) { text += el.textContent + " "; });
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
    if (state.sort !== currentSort || resort) { sortPosts(state.sort); }
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
  /* Reviewed posts (decided in an earlier audit or in this browser) come after the others, whatever the order. */
  function sortPosts(how) {
    var done = new Map();
    posts.forEach(function (post) { done.set(post, isReviewed(post) ? 1 : 0); });
    var sorted = posts.slice().sort(function (a, b) {
      var order = +a.dataset.order - +b.dataset.order, sunk = done.get(a) - done.get(b);
      if (how === "newest") { return sunk || (+b.dataset.ts - +a.dataset.ts) || order; }
      if (how === "oldest") { return sunk || (+a.dataset.ts - +b.dataset.ts) || order; }
      return sunk || order;  // the server's order is by risk
    });
    var moved = sorted.some(function (post, i) { return list.children[i] !== post; });
    if (moved) {
      var fragment = document.createDocumentFragment();
      sorted.forEach(function (post) { fragment.appendChild(post); });
      list.appendChild(fragment);
    }
    currentSort = how;
    resort = false;
  }

  function saveHash(state) {
    var params = new URLSearchParams();
    var allBands = document.querySelectorAll("#filters input[name=band]").length;
    if (state.band.length !== allBands) { params.set("band", state.band.join(",") || "-"); }
    FACETS.slice(1).forEach(function (name) { if (state[name]) { params.set(name, state[name]); } });
    if (state.q) { params.set("q", state.q); }
    if (state.reasons) { params.set("reasons", "1"); }
    if (state.sort !== "risk") { params.set("sort", state.sort); }
    if (state.review) { params.set("review", state.review); }
    if (state.isNew) { params.set("new", "1"); }
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
    FACETS.slice(1).concat(["q", "sort", "review"]).forEach(function (name) { state[name] = params.get(name) || ""; });
    state.isNew = params.get("new") === "1";
    state.reasons = params.get("reasons") === "1";
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
    /* texts written in both languages (an explanation, a reason, a guidance link): the one of this language shows */
    each("[data-lang-only]", function (el) { el.hidden = el.getAttribute("data-lang-only") !== next; });
    each("[data-n]", function (el) { el.textContent = num(+el.dataset.n); });
    each("time[data-fmt]", function (el) { el.textContent = day(el.getAttribute("datetime")); });
    toggle.setAttribute("lang", next === "fr" ? "en" : "fr");
    searchable = null;  // the reasons' translated parts (factor names) changed language
    if (form) { apply(); }
  }

  /* Decisions: one per post, applying to each of its flags; the newest choice wins when the file is imported. */
  var box = document.getElementById("decisions");
  var storeKey = box ? "auditor-decisions:" + box.dataset.reportId : "";
  var decided = {};

  function isReviewed(post) {
    var entry = decided[post.dataset.postId];
    return post.dataset.reviewed === "1" || !!(entry && entry.decision);
  }
  function storageFailed() { document.getElementById("no-storage").hidden = false; }
  function loadDecisions() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storeKey) || "{}");
      return saved && typeof saved === "object" ? saved : {};
    } catch (err) { storageFailed(); return {}; }
  }
  function saveDecisions() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(decided)); } catch (err) { storageFailed(); }
    showDecided();
    showStart();
    resort = true;  /* a decided post sinks at the next filter or sort change, not under the reader's hand */
  }
  /* "Start here" lists the first undecided posts: those decided in this browser give way to the next ones. */
  function showStart() {
    var items = document.querySelectorAll("#start .start-list > li"), shown = 0;
    Array.prototype.forEach.call(items, function (item) {
      var entry = decided[item.dataset.postId];
      item.hidden = !!(entry && entry.decision) || shown >= START_SHOWN;
      if (!item.hidden) { shown += 1; }
    });
    var done = document.getElementById("start-done");
    if (done) { done.hidden = shown > 0; }
  }
  function nowIso() { return new Date().toISOString().replace(/\.\d{3}Z$/, "Z"); }
  function controls(post) { return post.querySelector("fieldset.decide"); }
  function remember(post) {
    var fieldset = controls(post), chosen = fieldset.querySelector("input[type=radio]:checked");
    var note = fieldset.querySelector("textarea").value;
    decided[post.dataset.postId] = { decision: chosen ? chosen.value : "", note: note, decided_at: nowIso() };
    saveDecisions();
  }
  function forget(post) {
    var fieldset = controls(post), stored = fieldset.querySelector("input[data-stored]");
    delete decided[post.dataset.postId];
    Array.prototype.forEach.call(fieldset.querySelectorAll("input[type=radio]"), function (radio) {
      radio.checked = radio === stored;  /* back to what the store says, if anything */
    });
    var note = fieldset.querySelector("textarea");
    note.value = note.defaultValue;
    saveDecisions();
  }
  function restore(post) {
    var entry = decided[post.dataset.postId], fieldset = controls(post);
    fieldset.hidden = false;
    if (!entry) { return; }
    Array.prototype.forEach.call(fieldset.querySelectorAll("input[type=radio]"), function (radio) {
      radio.checked = radio.value === entry.decision;
    });
    fieldset.querySelector("textarea").value = entry.note || "";
  }
  function decidedCount() {
    return posts.filter(function (post) {
      var entry = decided[post.dataset.postId];
      return !!(entry && entry.decision);
    }).length;
  }
  function showDecided() {
    var el = document.getElementById("decided-count"), n = decidedCount(), args = { n: n, total: posts.length };
    el.dataset.i18nArgs = JSON.stringify(args);
    el.textContent = t("decisions.count", args);
    document.getElementById("download-decisions").disabled = n === 0;
    document.getElementById("decisions-intro").hidden = n === 0;  /* how to keep them, once there are some */
  }
  /* The decisions file (format "auditor-decisions" v1): one entry per flag of each decided post. */
  function decisionsFile() {
    var entries = [];
    posts.forEach(function (post) {
      var postId = post.dataset.postId, entry = decided[postId];
      if (!entry || !entry.decision) { return; }
      Array.prototype.forEach.call(post.querySelectorAll(".reasons > li[data-flag-id]"), function (li) {
        entries.push({ flag_id: li.dataset.flagId, post_id: postId, rule_id: li.dataset.ruleId,
          decision: entry.decision, note: entry.note || "", decided_at: entry.decided_at });
      });
    });
    return { format: "auditor-decisions", version: 1, report: box.dataset.report, decisions: entries };
  }
  function download() {
    var text = JSON.stringify(decisionsFile(), null, 1);
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = "auditor-decisions-" + nowIso().slice(0, 10) + ".json";
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);  /* the download reads the blob after the click */
  }
  function startDecisions() {
    decided = loadDecisions();
    posts.forEach(restore);
    showStart();
    list.addEventListener("change", function (event) {
      if (event.target.name && event.target.closest("fieldset.decide")) { remember(event.target.closest("article")); }
    });
    list.addEventListener("input", function (event) {
      if (event.target.tagName === "TEXTAREA" && event.target.closest("fieldset.decide")) {
        remember(event.target.closest("article"));
      }
    });
    list.addEventListener("click", function (event) {
      if (event.target.closest("fieldset.decide button.clear")) { forget(event.target.closest("article")); }
    });
    document.getElementById("download-decisions").addEventListener("click", download);
    box.hidden = false;
    showDecided();
  }

  if (box && list) { startDecisions(); }
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
