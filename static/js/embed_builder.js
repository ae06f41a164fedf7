// The embed builder's preview follows each choice at once; without script, the button does.
document.addEventListener("DOMContentLoaded", () => {
    const form = document.querySelector("form.embed-builder");
    if (!form) return;
    form.addEventListener("change", () => form.requestSubmit());
    const snippet = document.getElementById("embed-snippet");
    if (snippet) snippet.addEventListener("focus", () => snippet.select());
});
