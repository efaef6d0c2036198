// The language switch: both languages, or one of them. Reading needs no script.
(function () {
  var root = document.documentElement;
  var buttons = document.querySelectorAll("[data-show]");
  function show(which) {
    root.classList.remove("only-first", "only-second");
    if (which !== "both") root.classList.add("only-" + which);
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-show") === which));
    });
    try { localStorage.setItem("exhibit-languages", which); } catch (e) { /* file:// */ }
  }
  buttons.forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { show(b.getAttribute("data-show")); });
  });
  var saved = null;
  try { saved = localStorage.getItem("exhibit-languages"); } catch (e) { /* file:// */ }
  show(saved === "first" || saved === "second" ? saved : "both");
})();
