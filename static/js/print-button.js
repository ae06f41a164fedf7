// Buttons marked data-print print the page (the site's only script: a strict
// Content-Security-Policy allows no inline handlers).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () {
    window.print();
  });
});
