// Editor console: move, remove and add rows of ordered lists (steps, papers) without leaving the form.
(function () {
  "use strict";

  document.addEventListener("click", function (e) {
    var button = e.target.closest("button");
    if (!button) { return; }
    var row = button.closest("li");
    if (button.dataset.move === "up" && row && row.previousElementSibling) {
      row.parentNode.insertBefore(row, row.previousElementSibling);
      button.focus();
    } else if (button.dataset.move === "down" && row && row.nextElementSibling) {
      row.parentNode.insertBefore(row.nextElementSibling, row);
      button.focus();
    } else if (button.dataset.move === "remove" && row) {
      var list = row.parentNode;
      if (list.children.length > 1) { row.remove(); } else { row.querySelector("input").value = ""; }
    } else if (button.hasAttribute("data-add-row")) {
      var ol = button.closest("fieldset").querySelector("ol");
      var copy = ol.lastElementChild.cloneNode(true);
      copy.querySelector("input").value = "";
      ol.appendChild(copy);
      copy.querySelector("input").focus();
    }
  });
})();
