// Wholebody service worker (served at /sw.js by tracker.views.pwa.service_worker).
// Pages: network first, the offline page when there is no connection. Static files: hashed
// names never change content, so they come from the cache first; unhashed ones (development)
// go to the network first. Today opens offline as a data-free copy of its quick-log cards; what
// is logged there waits in the offline queue (quick-log-queue.js), which Background Sync sends.
"use strict";
const CONFIG = {{ config|safe }};
const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;
importScripts(CONFIG.queue);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CONFIG.cache)
      .then((cache) => cache.addAll(CONFIG.precache))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith("wholebody-") && name !== CONFIG.cache)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

function fromNetworkAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CONFIG.cache).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;  // writes always go to the server
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Today's own page is private and no-store, so it is never kept here; offline, Today opens
    // as the kept copy of its quick-log cards (the shell), every other page as the offline page.
    const offline = () => (url.pathname === CONFIG.dashboard ? caches.match(CONFIG.shell) : Promise.resolve())
      .then((hit) => hit || caches.match(CONFIG.offline));
    event.respondWith(fetch(request).catch(offline));
    return;
  }
  if (!url.pathname.startsWith(CONFIG.static)) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(
      caches.match(request).then((hit) => hit || fromNetworkAndKeep(request))
    );
  } else {
    event.respondWith(
      fromNetworkAndKeep(request).catch(() => caches.match(request))
    );
  }
});

// Today asks for its shell to be kept (or refreshed) each time it opens online. A redirect (to
// log in) or an error is not a shell; then the copy of the last person is dropped as well.
function keepShell() {
  return fetch(CONFIG.shell, { credentials: "same-origin", redirect: "manual" }).then((response) =>
    caches.open(CONFIG.cache).then((cache) =>
      (response.ok && response.type === "basic") ? cache.put(CONFIG.shell, response) : cache.delete(CONFIG.shell)
    )
  ).catch(() => { /* offline again: keep the copy there is */ });
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "cache-quick-log-shell") event.waitUntil(keepShell());
});

// Background Sync: the connection is back (even with no page open). Send the queue and tell
// the open pages what was sent; a refusal stays in the queue with its message for the page.
self.addEventListener("sync", (event) => {
  if (event.tag !== self.WholebodyQuickLogQueue.SYNC_TAG) return;
  const sent = [];
  event.waitUntil(
    self.WholebodyQuickLogQueue.drain("", (entry, result) => {
      if (result.outcome === "saved") {
        sent.push({ seq: "sent-" + entry.seq, metric: entry.metric, summary: entry.summary, message: result.message });
      }
    }).then(() => self.clients.matchAll({ type: "window" }))
      .then((pages) => pages.forEach((page) => page.postMessage({ type: "quick-log-sent", sent: sent })))
  );
});
