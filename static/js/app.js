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
    const target = event.detail.target;  // absent on a back-button history restore
    if (!target) return;
    const invalid = target.querySelector("[aria-invalid=true]");
    if (invalid) invalid.focus();
  });
})();
