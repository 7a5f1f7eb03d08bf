// Wholebody service worker (served at /sw.js by tracker.views.pwa.service_worker).
// Pages: network first, the offline page when there is no connection. Static files: hashed
// names never change content, so they come from the cache first; unhashed ones (development)
// go to the network first.
"use strict";
const CONFIG = {{ config|safe }};
const HASHED = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

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
    event.respondWith(
      fetch(request).catch(() => caches.match(CONFIG.offline))
    );
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
