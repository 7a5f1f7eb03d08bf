// The offline quick-log queue: entries logged without a connection, kept in IndexedDB and sent
// in the order they were logged. No DOM here: the page (offline-log.js) and the service worker
// (Background Sync) both load this file and drain the same queue. Sending an entry twice is
// harmless: each carries a client id and the server saves an id once.
(function (scope) {
  "use strict";

  const DB_NAME = "wholebody-offline";
  const STORE = "quick-log";
  const SYNC_TAG = "wholebody-quick-log";

  function request(req) {
    return new Promise(function (resolve, reject) {
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  let opening = null;
  function open() {
    if (!opening) {
      const req = scope.indexedDB.open(DB_NAME, 1);
      // Keys increase as entries are logged, so reading the store in key order is sending order.
      req.onupgradeneeded = function () {
        req.result.createObjectStore(STORE, { keyPath: "seq", autoIncrement: true });
      };
      opening = request(req);
      opening.catch(function () { opening = null; });
    }
    return opening;
  }

  function withStore(mode, work) {
    return open().then(function (db) {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      return new Promise(function (resolve, reject) {
        tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  function all() { return withStore("readonly", function (store) { return store.getAll(); }); }
  function add(entry) { return withStore("readwrite", function (store) { return store.add(entry); }); }
  function put(entry) { return withStore("readwrite", function (store) { return store.put(entry); }); }
  function remove(seq) { return withStore("readwrite", function (store) { return store.delete(seq); }); }

  function newClientId() {
    if (scope.crypto && scope.crypto.randomUUID) return scope.crypto.randomUUID();
    const bytes = scope.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
    const hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // What one send came to: "saved" (done, remove it), "refused" (the server said why: keep it
  // with the message until the person fixes or dismisses it), "signed-out" or "retry" (leave
  // it pending and stop: later entries must not overtake it).
  function sendOne(entry, csrfToken) {
    const body = new FormData();
    entry.fields.forEach(function (pair) { body.append(pair[0], pair[1]); });
    body.set("client_id", entry.client_id);
    body.set("logged_at", entry.logged_at);
    if (entry.account) body.set("account", entry.account);
    return fetch(entry.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      redirect: "manual",  // a login redirect means "signed out", never "saved"
      headers: { "Accept": "application/json", "X-CSRFToken": csrfToken || entry.csrf || "" },
    }).then(function (response) {
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
        return { outcome: "signed-out" };
      }
      const json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (!json) return { outcome: response.status === 403 ? "signed-out" : "retry" };
      return response.json().then(function (answer) {
        if (response.ok && answer.status === "saved") return { outcome: "saved", message: answer.message };
        if (response.status === 400 || response.status === 409) {
          return { outcome: "refused", message: answer.message, errors: answer.errors || {} };
        }
        return { outcome: "retry" };
      });
    }, function () {
      return { outcome: "retry" };  // no connection after all
    });
  }

  // Send every pending entry in order. `report(entry, result)` hears about each one.
  let draining = null;
  function drain(csrfToken, report) {
    if (draining) return draining;
    draining = all().then(function (entries) {
      const pending = entries.filter(function (e) { return e.status === "pending"; });
      let chain = Promise.resolve(true);
      pending.forEach(function (entry) {
        chain = chain.then(function (goOn) {
          if (!goOn) return false;
          return sendOne(entry, csrfToken).then(function (result) {
            let stored;
            if (result.outcome === "saved") {
              stored = remove(entry.seq);
            } else if (result.outcome === "refused") {
              entry.status = "refused";
              entry.message = result.message;
              entry.errors = result.errors;
              stored = put(entry);
            } else {
              entry.problem = result.outcome;
              stored = put(entry);
            }
            return stored.then(function () {
              if (report) report(entry, result);
              return result.outcome === "saved" || result.outcome === "refused";
            });
          });
        });
      });
      return chain;
    }).finally(function () { draining = null; });
    return draining;
  }

  scope.WholebodyQuickLogQueue = {
    SYNC_TAG: SYNC_TAG, all: all, add: add, put: put, remove: remove, drain: drain,
    newClientId: newClientId,
  };
})(self);
