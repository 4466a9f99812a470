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

  // The page as it stands, answers included: what a person typed or chose lives in the fields' properties, which
  // innerHTML does not hold, so each is written into its attribute first (else Back showed the page emptied).
  function legVast() {
    Array.prototype.forEach.call(document.querySelectorAll("input, select, textarea"), function (veld) {
      if (veld.type === "radio" || veld.type === "checkbox") {
        if (veld.checked) { veld.setAttribute("checked", ""); } else { veld.removeAttribute("checked"); }
      } else if (veld.tagName === "SELECT") {
        Array.prototype.forEach.call(veld.options, function (optie) {
          if (optie.selected) { optie.setAttribute("selected", ""); } else { optie.removeAttribute("selected"); }
        });
      } else if (veld.tagName === "TEXTAREA") {
        veld.textContent = veld.value;
      } else if (veld.type !== "file" && veld.type !== "hidden") {
        veld.setAttribute("value", veld.value);
      }
    });
  }

  // ``zonderFouten``: the page as Back should show it once it was answered: its answers, not the errors a
  // submission had before it was put right (else Back landed on a stale error page).
  function bewaar(zonderFouten) {
    legVast();
    var titel = document.title;
    var kopie = document.body.cloneNode(true);
    if (zonderFouten) {
      Array.prototype.forEach.call(kopie.querySelectorAll(".foutmelding, .melding"), function (e) { e.remove(); });
      Array.prototype.forEach.call(kopie.querySelectorAll(".fout"), function (e) { e.classList.remove("fout"); });
      Array.prototype.forEach.call(kopie.querySelectorAll("[aria-invalid]"), function (e) {
        e.removeAttribute("aria-invalid");
      });
      titel = titel.replace(/^(Fout|Error): /, "");
    }
    return { lang: document.documentElement.lang, title: titel, body: kopie.innerHTML };
  }

  // A reload shows the page with what was typed: every change is kept in this history entry (in the browser's
  // session history only; nothing leaves the browser).
  function houBij(gebeurtenis) {
    if (gebeurtenis.target.type !== "file") {
      window.history.replaceState(bewaar(false), "");
    }
  }
  document.addEventListener("change", houBij);
  document.addEventListener("input", houBij);

  // The error summary's links take the focus to the field (to the first choice of a group of radio buttons),
  // as GOV.UK's error summary does, and show its question.
  document.addEventListener("click", function (gebeurtenis) {
    var link = gebeurtenis.target.closest && gebeurtenis.target.closest(".foutmelding a[href^='#']");
    if (!link) { return; }
    var doel = document.getElementById(link.getAttribute("href").slice(1));
    if (!doel) { return; }
    var veld = doel.matches("input, select, textarea") ? doel : doel.querySelector("input, select, textarea");
    if (!veld) { return; }
    gebeurtenis.preventDefault();
    var vraag = doel.closest("fieldset") || doel.closest(".veld") || doel;
    vraag.scrollIntoView();
    veld.focus({ preventScroll: true });
  });

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
    var antwoord = null;
    if (knop && knop.name) {
      gegevens.append(knop.name, knop.value);
    }
    return fetch(actie, {
      method: "POST",
      body: new URLSearchParams(gegevens),
      credentials: "same-origin",
      headers: { Accept: "text/html" }
    }).then(function (antwoord_) {
      antwoord = antwoord_;
      return antwoord_.text();
    }).then(function (tekst) {
      var document_ = new DOMParser().parseFromString(tekst, "text/html");
      var pagina = {
        lang: document_.documentElement.lang,
        title: document_.title,
        body: document_.body.innerHTML
      };
      if (antwoord.status >= 400) {
        // the same page with its errors: the same step, not a new one in the history
        window.history.replaceState(pagina, "", "/check");
      } else {
        window.history.replaceState(bewaar(true), "");
        window.history.pushState(pagina, "", "/check");
      }
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

  // A reload (or a return through the history) shows the page this entry held, with what was typed; a fresh visit
  // of the address, even the same one, starts afresh.
  var navigatie = window.performance && window.performance.getEntriesByType &&
    window.performance.getEntriesByType("navigation")[0];
  var terugkeer = !navigatie || navigatie.type === "reload" || navigatie.type === "back_forward";
  if (terugkeer && window.history.state && window.history.state.body) {
    toon(window.history.state);
  } else {
    versterk();
  }
}());
