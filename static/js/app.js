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
})();
