// Import page: shows upload progress while a file is sent, then that it is being checked.
// The form posts normally without this file (or without htmx); htmx fires htmx:xhr:progress
// on the form while the browser uploads the request body.
(function () {
  "use strict";

  function parts(form) {
    return {
      box: form.querySelector("[data-import-progress]"),
      bar: form.querySelector("progress"),
      status: form.querySelector("[data-import-status]"),
      submit: form.querySelector("[data-import-submit]"),
    };
  }

  // Words come from the page (data-text-* on the progress box) so they are in the page's language.
  function text(p, name, fallback) {
    return (p.box && p.box.getAttribute("data-text-" + name)) || fallback;
  }

  function importForm(event) {
    const elt = event.target;
    return elt && elt.matches && elt.matches("form[data-import-form]") ? elt : null;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    const form = importForm(event);
    if (!form) return;
    const p = parts(form);
    if (!p.box) return;
    p.box.hidden = false;
    p.bar.value = 0;
    p.bar.textContent = "0 %";
    p.status.textContent = text(p, "uploading", "Uploading…");
    if (p.submit) p.submit.disabled = true;
  });

  document.addEventListener("htmx:xhr:progress", function (event) {
    const form = importForm(event);
    if (!form || !event.detail.lengthComputable || !event.detail.total) return;
    const p = parts(form);
    if (!p.box) return;
    const percent = Math.round((event.detail.loaded / event.detail.total) * 100);
    p.bar.value = percent;
    p.bar.textContent = percent + " %";
    p.status.textContent = percent < 100
      ? text(p, "uploading", "Uploading…") + " " + percent + " %"
      : text(p, "checking", "Checking the file…");
  });

  // On an error the server answers with the form and its messages, which replaces this one;
  // on a network failure re-enable the button so the person can try again.
  document.addEventListener("htmx:sendError", function (event) {
    const form = importForm(event);
    if (!form) return;
    const p = parts(form);
    if (p.submit) p.submit.disabled = false;
    if (p.status) p.status.textContent = text(p, "failed", "The upload failed (connection lost?). Try again.");
  });
})();
