// Draws plotly charts from json_script data, with no inline scripts (strict CSP).
//
// Contract: every element with data-figure="<id of a json_script element>" is drawn with
// Plotly.newPlot(el, fig.data, fig.layout, config); config comes from the json_script with
// id "plot-config" (or DEFAULT_CONFIG). Charts swapped in by htmx are drawn after the swap, and
// charts swapped out are purged first so plotly drops their listeners and memory.
// The json_script may be wrapped in <template> so it survives htmx swaps (see dataElement).
//
// Phones are slow: plotly (≈1 MB) is only fetched when the first chart comes near the
// viewport (the URL is this script tag's data-plotly-src), and charts are drawn as they come
// near it, one per task, so no single task blocks the page for long.
(function () {
  "use strict";

  var DEFAULT_CONFIG = { displaylogo: false, responsive: true };
  var DRAWN = "data-figure-drawn";
  var QUEUED = "data-figure-queued";
  var script = document.currentScript;
  var PLOTLY_SRC = script ? script.getAttribute("data-plotly-src") : null;
  var plotlyPromise = null;
  // The page's language (base.html's <meta name="plotly-locale">): month names, number
  // separators and the modebar's texts in it. The locale file registers itself with Plotly, so
  // it is loaded after plotly.
  var LOCALE_META = document.querySelector('meta[name="plotly-locale"]');
  var LOCALE = LOCALE_META ? LOCALE_META.getAttribute("content") : null;
  var LOCALE_SRC = LOCALE_META ? LOCALE_META.getAttribute("data-src") : null;
  var localePromise = null;

  function loadLocale(Plotly) {
    if (!LOCALE_SRC) return Promise.resolve(Plotly);
    if (!localePromise) {
      localePromise = new Promise(function (resolve) {
        var tag = document.createElement("script");
        tag.src = LOCALE_SRC;
        tag.async = true;
        tag.onload = function () { resolve(Plotly); };
        tag.onerror = function () {
          console.warn("charts.js: could not load " + LOCALE_SRC);
          resolve(Plotly);  // charts in English rather than no charts
        };
        document.head.appendChild(tag);
      });
    }
    return localePromise;
  }

  function loadPlotly() {
    return loadPlotlyCore().then(loadLocale);
  }

  function loadPlotlyCore() {
    if (window.Plotly) return Promise.resolve(window.Plotly);
    if (plotlyPromise) return plotlyPromise;
    plotlyPromise = new Promise(function (resolve, reject) {
      if (!PLOTLY_SRC) {
        reject(new Error("charts.js: no data-plotly-src"));
        return;
      }
      var tag = document.createElement("script");
      tag.src = PLOTLY_SRC;
      tag.async = true;
      tag.onload = function () { resolve(window.Plotly); };
      tag.onerror = function () {
        plotlyPromise = null;  // a later chart may try again (e.g. back online)
        reject(new Error("charts.js: could not load " + PLOTLY_SRC));
      };
      document.head.appendChild(tag);
    });
    return plotlyPromise;
  }

  // The json_script may sit inside a <template>: htmx (allowScriptTags: false) removes every
  // <script> from swapped-in HTML, but not those inside a template's inert content.
  function dataElement(id) {
    var node = document.getElementById(id);
    if (node) return node;
    var templates = document.querySelectorAll("template");
    for (var i = 0; i < templates.length; i++) {
      node = templates[i].content.getElementById(id);
      if (node) return node;
    }
    return null;
  }

  function readJson(id) {
    var node = dataElement(id);
    if (!node) return null;
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      console.error("charts.js: invalid JSON in #" + id, error);
      return null;
    }
  }

  function plotConfig() {
    var config = readJson("plot-config") || DEFAULT_CONFIG;
    return LOCALE ? Object.assign({}, config, { locale: LOCALE }) : config;
  }

  // Dark mode: the figures are built with light colours in Python; swap them for the dark
  // palette at draw time (same hues for the data, dark paper, light ink and grid).
  var DARK_COLOURS = {
    "#ffffff": "#1a2027",
    "#1f2937": "#e6e9ed",
    "#e5e7eb": "#34404b",
    "#9ca3af": "#7b8794",
    "#6b7280": "#a7b1bc",
    "rgba(255,255,255,0.85)": "rgba(26,32,39,0.85)"
  };
  function isDark() {
    var theme = document.documentElement.getAttribute("data-theme");
    if (theme === "dark") return true;
    if (theme === "light") return false;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function darken(value) {
    if (typeof value === "string") {
      var swap = DARK_COLOURS[value.toLowerCase().replace(/\s+/g, "")];
      return swap || value;
    }
    if (Array.isArray(value)) return value.map(darken);
    if (value && typeof value === "object") {
      var out = {};
      Object.keys(value).forEach(function (key) { out[key] = darken(value[key]); });
      return out;
    }
    return value;
  }

  function draw(el) {
    // Skip charts already drawn, and detached ones (an outerHTML swap's old element).
    if (!window.Plotly || el.hasAttribute(DRAWN) || !el.isConnected) return;
    var figure = readJson(el.getAttribute("data-figure"));
    if (!figure) return;
    el.setAttribute(DRAWN, "");
    var layout = figure.layout || {};
    window.Plotly.newPlot(el, figure.data || [], isDark() ? darken(layout) : layout, plotConfig());
  }

  // One chart per task: each newPlot is 100-200 ms on a phone; in between, the browser can
  // answer taps and paint.
  var queue = [];
  var running = false;
  function pump() {
    if (running) return;
    running = true;
    loadPlotly().then(function () {
      var step = function () {
        var el = queue.shift();
        if (!el) {
          running = false;
          return;
        }
        el.removeAttribute(QUEUED);
        draw(el);
        setTimeout(step, 0);
      };
      step();
    }, function (error) {
      running = false;
      console.warn(error.message);
    });
  }
  function enqueue(el) {
    if (el.hasAttribute(DRAWN) || el.hasAttribute(QUEUED)) return;
    el.setAttribute(QUEUED, "");
    queue.push(el);
    pump();
  }

  var observer = "IntersectionObserver" in window
    ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          observer.unobserve(entry.target);
          enqueue(entry.target);
        });
      }, { rootMargin: "400px 0px" })
    : null;

  function charts(root) {
    var found = [];
    if (!root || root.nodeType !== 1) return found;
    if (root.hasAttribute("data-figure")) found.push(root);
    return found.concat(Array.prototype.slice.call(root.querySelectorAll("[data-figure]")));
  }

  function drawIn(root) {
    charts(root).forEach(function (el) {
      if (el.hasAttribute(DRAWN)) return;
      if (observer) observer.observe(el);
      else enqueue(el);
    });
  }

  function purge(el) {
    if (observer) observer.unobserve(el);
    if (el.hasAttribute(DRAWN) && window.Plotly) {
      window.Plotly.purge(el);
      el.removeAttribute(DRAWN);
    }
  }

  function purgeIn(root) {
    charts(root).forEach(purge);
  }

  // "responsive: true" makes plotly follow window resizes itself; without it, do it here.
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    if (!window.Plotly || plotConfig().responsive) return;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      document.querySelectorAll("[" + DRAWN + "]").forEach(function (el) {
        window.Plotly.Plots.resize(el);
      });
    }, 150);
  });

  // Purge before htmx removes old content (fires for the swapped-out target and its children).
  document.addEventListener("htmx:beforeCleanupElement", function (event) {
    var el = event.target;
    if (el && el.hasAttribute && el.hasAttribute("data-figure")) purge(el);
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (target) purgeIn(target);
  });
  // New content: htmx:load fires for each newly added element; afterSettle covers swaps whose
  // new charts sit inside the target (innerHTML swaps). drawIn() skips charts already drawn.
  document.addEventListener("htmx:load", function (event) {
    drawIn(event.target);
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    drawIn(event.detail && event.detail.elt ? event.detail.elt : document.body);
    drawIn(event.target);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      drawIn(document.body);
    });
  } else {
    drawIn(document.body);
  }
})();
