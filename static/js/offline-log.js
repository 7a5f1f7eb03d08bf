// Offline quick-log on the page: a quick-log form (marked data-offline-log="<metric>") submitted
// without a connection, or whose send fails on the network, is kept on this device
// (quick-log-queue.js) and shown in its card as pending; the queue is sent in order when the
// connection returns (the `online` event, page load, or Background Sync in the service worker).
// A refusal stays on its entry with the server's message until it is fixed or dismissed.
// Every submit gets a fresh client id, so a resend of the same entry is saved once. Without
// JavaScript the forms post as usual.
(function () {
  "use strict";

  const queue = self.WholebodyQuickLogQueue;
  const box = document.querySelector("[data-offline-strings]");
  if (!queue || !box || !("indexedDB" in window)) return;
  const text = box.dataset;
  const sent = [];  // entries sent while this page is open: {metric, summary, message}
  const lastSnapshot = new WeakMap();  // form -> the entry its last submit would queue

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (e) {
      return "";
    }
  }

  function localDate(date) {
    const pad = function (n) { return String(n).padStart(2, "0"); };
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  function stamp(form, name, value) {
    let input = form.querySelector('input[type=hidden][name="' + name + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      form.appendChild(input);
    }
    input.value = value;
  }

  function labelFor(field) {
    const label = field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    return label ? label.textContent.trim() : "";
  }

  // What the entry said, in the form's own (translated) labels: "Weight (kg) 80.4 · Date …".
  function summarise(form, submitter, fields) {
    const parts = [];
    if (submitter && submitter.name) parts.push(submitter.textContent.trim());
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "hidden" || field.type === "submit" || !field.value) return;
      const shown = field.tagName === "SELECT" ? field.options[field.selectedIndex].text : field.value;
      parts.push((labelFor(field) + " " + shown).trim());
    });
    if (!parts.length) fields.forEach(function (pair) { parts.push(pair[0] + " " + pair[1]); });
    return parts.join(" · ");
  }

  // The entry a submit would queue. The day is the device's date at logging time unless the
  // person picked one: a page opened yesterday (or the cached offline copy) still says
  // yesterday in an untouched date field.
  function snapshot(form, submitter) {
    const now = new Date();
    const data = new FormData(form, submitter && submitter.name ? submitter : undefined);
    const day = form.elements.namedItem("day");
    if (day && day.value === day.defaultValue) data.set("day", localDate(now));
    const fields = [];
    data.forEach(function (value, name) {
      if (["csrfmiddlewaretoken", "client_id", "logged_at", "account"].indexOf(name) === -1) {
        fields.push([name, String(value)]);
      }
    });
    return {
      client_id: form.querySelector('input[name="client_id"]').value,
      logged_at: now.toISOString(),
      metric: form.dataset.offlineLog,
      action: form.action,
      fields: fields,
      summary: summarise(form, submitter, fields),
      account: text.account || "",
      csrf: csrfToken(),
      status: "pending",
    };
  }

  function keep(form, entry) {
    return queue.add(entry).then(function () {
      form.reset();
      render();
      announce(form, text.pending);
      requestBackgroundSync();
      return retryLater();
    });
  }

  // Capture phase: runs before htmx's own submit handler, so an offline submit never reaches it.
  document.addEventListener("submit", function (event) {
    const form = event.target.closest && event.target.closest("form[data-offline-log]");
    if (!form) return;
    stamp(form, "client_id", queue.newClientId());
    stamp(form, "logged_at", new Date().toISOString());
    if (text.account) stamp(form, "account", text.account);
    const entry = snapshot(form, event.submitter);
    lastSnapshot.set(form, entry);
    if (navigator.onLine === false) {
      event.preventDefault();
      event.stopImmediatePropagation();
      keep(form, entry);
    }
  }, true);

  // Online as far as the browser knew, but the request never got an answer: keep it. If it did
  // reach the server, the resend carries the same client id and is not saved twice.
  document.addEventListener("htmx:sendError", function (event) {
    const elt = event.target;  // htmx fires it on the element that made the request
    const form = elt && elt.closest && elt.closest("form[data-offline-log]");
    const entry = form && lastSnapshot.get(form);
    if (!entry) return;
    lastSnapshot.delete(form);
    keep(form, entry);
  });

  function cards() {
    const found = new Map();
    document.querySelectorAll("form[data-offline-log]").forEach(function (form) {
      const metric = form.dataset.offlineLog;
      if (!found.has(metric)) found.set(metric, form.closest("section, .card") || form.parentElement);
    });
    return found;
  }

  function listFor(card) {
    let region = card.querySelector(".offline-queue");
    if (!region) {
      region = document.createElement("div");
      region.className = "offline-queue";
      region.setAttribute("aria-live", "polite");
      region.setAttribute("role", "status");
      region.innerHTML = '<p class="offline-announce visually-hidden"></p><ul class="offline-entries"></ul>';
      card.appendChild(region);
    }
    return region;
  }

  function announce(form, message) {
    const card = form.closest("section, .card") || form.parentElement;
    if (!card || !card.isConnected) return;
    listFor(card).querySelector(".offline-announce").textContent = message;
  }

  function button(label, action, seq) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link-button";
    b.textContent = label;
    b.dataset.offlineAction = action;
    b.dataset.seq = String(seq);
    return b;
  }

  function item(entry) {
    const li = document.createElement("li");
    li.className = "offline-entry " + entry.status;
    const what = document.createElement("span");
    what.className = "offline-what";
    what.textContent = entry.summary;
    const state = document.createElement("span");
    state.className = "offline-state";
    li.append(what, " ", state);
    if (entry.status === "sent") {
      state.textContent = text.sent + " " + (entry.message || "");
    } else if (entry.status === "refused") {
      state.textContent = text.refused + " " + (entry.message || "");
      li.append(" ", button(text.fix, "fix", entry.seq), " ", button(text.dismiss, "dismiss", entry.seq));
    } else {
      state.textContent = entry.problem === "signed-out" ? text.signedOut : text.pending;
    }
    return li;
  }

  function render() {
    return queue.all().then(function (entries) {
      cards().forEach(function (card, metric) {
        const mine = entries.filter(function (e) { return e.metric === metric; })
          .concat(sent.filter(function (e) { return e.metric === metric; }));
        const existing = card.querySelector(".offline-queue");
        if (!mine.length && !existing) return;
        const list = listFor(card).querySelector(".offline-entries");
        list.replaceChildren.apply(list, mine.map(item));
      });
    }).catch(function () { /* storage unavailable: the forms still post normally */ });
  }

  document.addEventListener("click", function (event) {
    const b = event.target.closest("[data-offline-action]");
    if (!b) return;
    const seq = Number(b.dataset.seq);
    queue.all().then(function (entries) {
      const entry = entries.find(function (e) { return e.seq === seq; });
      if (!entry) return render();
      if (b.dataset.offlineAction === "fix") fillForm(entry);
      return queue.remove(seq).then(render);
    });
  });

  // "Fix": put the refused values back in the form (with the server's message beside it) so
  // the person corrects and logs again, as a new entry.
  function fillForm(entry) {
    // A card can hold several forms (protein's quick chips and its typed amount): take the one
    // with a visible field for what the entry carried.
    const forms = Array.prototype.slice.call(
      document.querySelectorAll('form[data-offline-log="' + entry.metric + '"]'));
    const form = forms.find(function (f) {
      return entry.fields.some(function (pair) {
        const field = f.elements.namedItem(pair[0]);
        return field && field.type !== "hidden" && field.type !== "submit" && pair[0] !== "day";
      });
    }) || forms[0];
    if (!form) return;
    let first = null;
    entry.fields.forEach(function (pair) {
      const field = form.elements.namedItem(pair[0]);
      if (field && field.type !== "hidden" && "value" in field) {
        field.value = pair[1];
        if (!first && entry.errors && entry.errors[pair[0]]) first = field;
      }
    });
    announce(form, entry.message || "");
    (first || form.querySelector("input:not([type=hidden]), select")).focus();
  }

  function noteSent(item) {
    // The page and the worker may both have sent it (the server saved it once): show it once.
    if (!sent.some(function (e) { return e.seq === item.seq; })) sent.push(item);
  }

  // The offline copy of Today says so only while the connection is actually gone.
  function showConnection() {
    document.querySelectorAll("[data-offline-note]").forEach(function (note) {
      note.hidden = navigator.onLine !== false;
    });
  }

  // Entries whose send failed while the browser thought it was online get no `online` event:
  // try again every so often while the page is open.
  const RETRY_MS = 20000;
  let retryTimer = null;
  function retryLater() {
    return queue.all().then(function (entries) {
      const waiting = entries.some(function (e) { return e.status === "pending"; });
      if (waiting && !retryTimer) {
        retryTimer = setTimeout(function () { retryTimer = null; flush(); }, RETRY_MS);
      }
    });
  }

  function flush() {
    if (navigator.onLine === false) return Promise.resolve();
    return queue.drain(csrfToken(), function (entry, result) {
      if (result.outcome === "saved") {
        noteSent({ seq: "sent-" + entry.seq, metric: entry.metric, summary: entry.summary, status: "sent", message: result.message });
      }
    }).then(render, render).then(retryLater).catch(function () { /* storage unavailable */ });
  }

  function requestBackgroundSync() {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.ready.then(function (registration) {
      if (registration.sync) return registration.sync.register(queue.SYNC_TAG);
    }).catch(function () { /* the online event and page loads still send */ });
  }

  // The worker sent (or refused) entries in the background: show where they are now.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.addEventListener("message", function (event) {
      const data = event.data || {};
      if (data.type !== "quick-log-sent") return;
      (data.sent || []).forEach(function (e) { noteSent(Object.assign({ status: "sent" }, e)); });
      render();
    });
    // Keep the data-free copy of this page that opens when there is no connection fresh.
    if (document.querySelector("[data-offline-shell]") && navigator.onLine !== false) {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) registration.active.postMessage({ type: "cache-quick-log-shell" });
      }).catch(function () { /* no worker: the offline page still shows */ });
    }
  }

  window.addEventListener("online", function () { showConnection(); flush(); });
  window.addEventListener("offline", showConnection);
  showConnection();
  document.addEventListener("htmx:afterSettle", render);  // a swapped card lost its list
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") flush();
  });
  render().then(flush);
})();
