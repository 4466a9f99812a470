/* The citizen check, progressively enhanced. Without this script every page works: the forms post and
 * the page's own "Vorige" button goes back. With it, the browser's back and forward buttons work too:
 * a browser cannot go back to the answer of a POST without posting it again, so this script posts the
 * forms itself and keeps each page in the browser's session history (history.state, in the browser:
 * nothing is stored on the server, and nothing goes into a URL). A reload shows the same page again. */
(function () {
  "use strict";
  if (!window.fetch || !window.history || !window.DOMParser || !window.FormData) {
    return;
  }

  function bewaar() {
    return { lang: document.documentElement.lang, title: document.title, body: document.body.innerHTML };
  }

  // A printed report shows every step: open the collapsed ones before printing.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });

  function versterk() {
    var knop = document.querySelector("[data-print]");
    if (knop) {
      knop.hidden = false;
      knop.addEventListener("click", function () { window.print(); });
    }
  }

  function toon(pagina) {
    document.documentElement.lang = pagina.lang;
    document.title = pagina.title;
    document.body.innerHTML = pagina.body;
    versterk();
    window.scrollTo(0, 0);
    // Move the focus as a page load would, so a screen reader reads the new page: to the error summary
    // when there is one, else to the heading.
    var doel = document.querySelector(".foutmelding") || document.querySelector("main h1");
    if (doel) {
      doel.setAttribute("tabindex", "-1");
      doel.focus();
    }
  }

  function verstuur(formulier, knop) {
    var actie = (knop && knop.getAttribute("formaction")) || formulier.getAttribute("action");
    var gegevens = new FormData(formulier);
    if (knop && knop.name) {
      gegevens.append(knop.name, knop.value);
    }
    return fetch(actie, {
      method: "POST",
      body: new URLSearchParams(gegevens),
      credentials: "same-origin",
      headers: { Accept: "text/html" }
    }).then(function (antwoord) {
      return antwoord.text();
    }).then(function (tekst) {
      var document_ = new DOMParser().parseFromString(tekst, "text/html");
      var pagina = {
        lang: document_.documentElement.lang,
        title: document_.title,
        body: document_.body.innerHTML
      };
      window.history.replaceState(bewaar(), "");
      window.history.pushState(pagina, "", "/check");
      toon(pagina);
    });
  }

  // A form that computes for a while (the country view) says so while the browser waits for the answer.
  document.addEventListener("submit", function (gebeurtenis) {
    var voortgang = gebeurtenis.target.hasAttribute("data-voortgang") &&
      gebeurtenis.target.querySelector(".voortgang");
    if (voortgang) {
      voortgang.hidden = false;
    }
  });

  document.addEventListener("submit", function (gebeurtenis) {
    var formulier = gebeurtenis.target;
    var knop = gebeurtenis.submitter || null;
    var actie = (knop && knop.getAttribute("formaction")) || formulier.getAttribute("action") || "";
    // Files (the answers download and upload) keep the browser's own handling.
    if (formulier.method.toLowerCase() !== "post" || actie.indexOf("/check") !== 0 ||
        actie === "/check/bestand" || formulier.enctype === "multipart/form-data") {
      return;
    }
    gebeurtenis.preventDefault();
    verstuur(formulier, knop).catch(function () {
      // Whatever goes wrong, the page still works the plain way.
      if (knop) { knop.setAttribute("formaction", actie); }
      HTMLFormElement.prototype.submit.call(formulier);
    });
  });

  window.addEventListener("popstate", function (gebeurtenis) {
    if (gebeurtenis.state && gebeurtenis.state.body) {
      toon(gebeurtenis.state);
    }
  });

  if (window.history.state && window.history.state.body) {
    toon(window.history.state);  // a reload: the page this entry showed, not an empty form
  } else {
    versterk();
  }
}());
