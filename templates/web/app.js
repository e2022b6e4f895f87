// Loadwise serve: the one script. It polls a team job's progress and reloads the page when the job ends.
(function () {
  "use strict";
  // a form sent back with problems: put the keyboard on the first field that has one
  var invalid = document.querySelector("[aria-invalid=true]");
  if (invalid) {
    invalid.focus();
  }
  var bar = document.getElementById("progress");
  if (!bar) {
    return;
  }
  var text = document.getElementById("progress-text");
  function poll() {
    fetch("/api/jobs/" + bar.getAttribute("data-job"), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (j.total > 0) {
          bar.max = j.total;
        }
        bar.value = j.done;
        text.textContent = j.total > 0 ? j.done + " of " + j.total + " files" : "planning the athletes…";
        if (j.state === "done" || j.state === "failed") {
          window.location.reload();
        } else {
          setTimeout(poll, 500);
        }
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
