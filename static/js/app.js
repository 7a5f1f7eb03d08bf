// Small progressive enhancements shared by every page. Everything works without this file.
(function () {
  "use strict";

  // "Use this wording" on a myth warning fills the goal text box.
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-fill-goal]");
    if (!button) return;
    const input = document.getElementById(button.getAttribute("data-target") || "id_text");
    if (!input) return;
    event.preventDefault();
    input.value = button.getAttribute("data-fill-goal");
    input.focus();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });

  // Move focus to the first invalid field after an htmx swap, so errors are announced.
  document.addEventListener("htmx:afterSwap", function (event) {
    let target = event.detail.target;  // absent on a back-button history restore
    if (!target) return;
    // After an outerHTML swap (the quick-log cards) the target is the old, detached element;
    // its replacement carries the same id.
    if (!target.isConnected && target.id) target = document.getElementById(target.id);
    if (!target) return;
    const invalid = target.querySelector("[aria-invalid=true]");
    if (invalid) invalid.focus();
  });

  // Phones: the main nav scrolls sideways. Bring the current page's link into view, and fade
  // the right edge while more links sit off screen.
  function setupNav() {
    const nav = document.querySelector(".mainnav");
    if (!nav) return;
    const update = function () {
      const more = nav.scrollWidth - nav.clientWidth - nav.scrollLeft > 4;
      nav.classList.toggle("has-more-right", more);
    };
    const current = nav.querySelector("[aria-current=page]");
    if (current && nav.scrollWidth > nav.clientWidth) {
      const overflow = current.offsetLeft + current.offsetWidth - nav.clientWidth;
      if (overflow > 0) nav.scrollLeft = overflow + 24;
    }
    update();
    nav.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
  }

  // Settings: offer the browser's time zone when it differs from the saved one.
  function setupTimeZone() {
    const box = document.querySelector("[data-tz-suggest]");
    if (!box) return;
    const select = document.getElementById(box.getAttribute("data-target"));
    const button = box.querySelector("[data-tz-use]");
    let zone = "";
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
    if (!select || !button || !zone || select.value === zone) return;
    const option = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
    if (!option) return;
    button.textContent = (button.getAttribute("data-text") || "Use this device's time zone") + " (" + zone.replace(/_/g, " ") + ")";
    box.hidden = false;
    button.addEventListener("click", function () {
      select.value = zone;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      box.hidden = true;
      select.focus();
    });
  }

  function deviceZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }

  // Sign-up: preselect the device's time zone (the field stays visible and changeable).
  function setupSignupTimeZone() {
    const select = document.querySelector("select[data-browser-tz]");
    const zone = deviceZone();
    // A re-rendered form (with errors) keeps what the person chose.
    if (!select || !zone || select.closest("form").querySelector(".errorlist")) return;
    if (Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
      select.value = zone;
    }
  }

  // Every signed-in page: offer to switch when the device's zone differs from the saved one;
  // "Keep" remembers the choice for this pair of zones on this device.
  function setupTimeZoneOffer() {
    const box = document.querySelector("[data-tz-offer]");
    const zone = deviceZone();
    if (!box || !zone) return;
    const saved = box.getAttribute("data-saved-tz");
    const key = "wb-tz-keep";
    let kept = "";
    try { kept = localStorage.getItem(key) || ""; } catch (e) { /* storage off */ }
    if (zone === saved || kept === saved + "|" + zone) return;
    box.querySelector("[data-tz-device-input]").value = zone;
    box.querySelectorAll("[data-tz-device]").forEach(function (el) { el.textContent = zone.replace(/_/g, " "); });
    box.hidden = false;
    box.querySelector("[data-tz-keep]").addEventListener("click", function () {
      try { localStorage.setItem(key, saved + "|" + zone); } catch (e) { /* storage off */ }
      box.hidden = true;
    });
  }

  // Invitations: copy a link with one tap.
  function setupCopy() {
    if (!navigator.clipboard || !window.isSecureContext) return;
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.hidden = false;
    });
  }
  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-copy]");
    if (!button) return;
    const input = document.getElementById(button.getAttribute("data-copy"));
    if (!input) return;
    const status = button.parentElement.querySelector(".copy-status");
    navigator.clipboard.writeText(input.value).then(function () {
      if (status) status.textContent = status.getAttribute("data-text-copied") || "Copied";
    }, function () {
      input.select();
      if (status) status.textContent = status.getAttribute("data-text-manual") || "Press Ctrl+C (or long-press) to copy";
    });
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-select-on-focus]")) event.target.select();
  });

  // Installable app: the service worker serves the offline page and caches static files.
  if ("serviceWorker" in navigator && window.isSecureContext) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js").catch(function () { /* stays a web page */ });
    });
  }

  function ready() { setupNav(); setupTimeZone(); setupSignupTimeZone(); setupTimeZoneOffer(); setupCopy(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
