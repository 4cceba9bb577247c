// runnable web UI: a keyboard-navigable step tree and live updates of unfinished runs.
// No framework; every page works without this file, it only adds comfort.
(function () {
  "use strict";
  var refreshMs = parseInt(document.body.getAttribute("data-refresh-ms") || "5000", 10);

  // -- the step tree (WAI-ARIA tree view pattern) ----------------------------------------
  function visibleItems(tree) {
    return Array.prototype.filter.call(tree.querySelectorAll("[role=treeitem]"), function (item) {
      for (var node = item.parentElement; node && node !== tree; node = node.parentElement) {
        if (node.getAttribute("role") === "treeitem" && node.getAttribute("aria-expanded") !== "true") return false;
      }
      return true;
    });
  }
  function focusItem(tree, item) {
    tree.querySelectorAll("[role=treeitem][tabindex='0']").forEach(function (i) { i.setAttribute("tabindex", "-1"); });
    item.setAttribute("tabindex", "0");
    item.focus();
  }
  function setExpanded(item, open) { item.setAttribute("aria-expanded", open ? "true" : "false"); }
  function parentItem(item) {
    var node = item.parentElement;
    while (node && node.getAttribute("role") !== "treeitem" && node.getAttribute("role") !== "tree") node = node.parentElement;
    return node && node.getAttribute("role") === "treeitem" ? node : null;
  }
  function setUpTree(tree) {
    var first = tree.querySelector("[role=treeitem]");
    if (first) first.setAttribute("tabindex", "0");
    tree.addEventListener("click", function (event) {
      var row = event.target.closest(".row");
      if (!row || event.target.closest("a")) return;
      var item = row.parentElement;
      setExpanded(item, item.getAttribute("aria-expanded") !== "true");
      focusItem(tree, item);
    });
    tree.addEventListener("keydown", function (event) {
      var item = event.target.closest("[role=treeitem]");
      if (!item || event.target !== item) return;
      var items = visibleItems(tree), index = items.indexOf(item), open = item.getAttribute("aria-expanded") === "true";
      var handled = true;
      switch (event.key) {
        case "ArrowDown": if (index + 1 < items.length) focusItem(tree, items[index + 1]); break;
        case "ArrowUp": if (index > 0) focusItem(tree, items[index - 1]); break;
        case "Home": focusItem(tree, items[0]); break;
        case "End": focusItem(tree, items[items.length - 1]); break;
        case "ArrowRight":
          if (!open) setExpanded(item, true);
          else { var child = item.querySelector("[role=treeitem]"); if (child) focusItem(tree, child); }
          break;
        case "ArrowLeft":
          if (open) setExpanded(item, false);
          else { var parent = parentItem(item); if (parent) focusItem(tree, parent); }
          break;
        case "Enter": case " ": setExpanded(item, !open); break;
        default: handled = false;
      }
      if (handled) event.preventDefault();
    });
    var expandAll = document.getElementById("expand-all"), collapseAll = document.getElementById("collapse-all");
    if (expandAll) expandAll.addEventListener("click", function () { tree.querySelectorAll("[role=treeitem]").forEach(function (i) { setExpanded(i, true); }); });
    if (collapseAll) collapseAll.addEventListener("click", function () { tree.querySelectorAll("[role=treeitem]").forEach(function (i) { setExpanded(i, false); }); });
    // A failed step is what people come for: open the path to each one.
    tree.querySelectorAll("[role=treeitem][data-status=FAIL]").forEach(function (item) {
      for (var node = parentItem(item); node; node = parentItem(node)) setExpanded(node, true);
    });
  }

  // -- live updates ------------------------------------------------------------------------
  function statusHtml(status) {
    var symbols = { SUCCESS: "✓", FAIL: "✗", PROCESSING: "●", CREATED: "○", TRIGGERED: "●", SKIPPED: "–" };
    var span = document.createElement("span");
    span.className = "status status-" + status.toLowerCase();
    span.setAttribute("data-status", status);
    var mark = document.createElement("span");
    mark.setAttribute("aria-hidden", "true");
    mark.textContent = symbols[status] || "?";
    span.appendChild(mark);
    span.appendChild(document.createTextNode(" " + status));
    return span;
  }
  function pollRuns(table) {
    var running = table.querySelectorAll("tr[data-running]");
    if (!running.length) return;
    var ids = Array.prototype.map.call(running, function (row) { return row.getAttribute("data-run-id"); });
    var url = "/api/runs?limit=" + ids.length + ids.map(function (id) { return "&run_id=" + encodeURIComponent(id); }).join("");
    fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer) answer.runs.forEach(function (run) {
        var row = table.querySelector("tr[data-run-id='" + CSS.escape(run.run_id) + "']");
        if (!row) return;
        var cell = row.querySelector(".cell-status");
        cell.textContent = "";
        cell.appendChild(statusHtml(run.status));
        row.querySelector(".cell-duration").textContent = run.duration || (run.running ? "running" : "");
        if (!run.running) row.removeAttribute("data-running");
      });
    }).catch(function () {}).then(function () { setTimeout(function () { pollRuns(table); }, refreshMs); });
  }
  function pollRun(summary) {
    var id = summary.getAttribute("data-run-id");
    fetch("/api/runs/" + encodeURIComponent(id) + "?steps=0", { headers: { Accept: "application/json" } }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (run) {
      if (run && (run.status !== summary.getAttribute("data-status") || run.updated_at !== summary.getAttribute("data-updated"))) {
        rememberOpenItems(id);
        window.location.reload();
        return;
      }
      setTimeout(function () { pollRun(summary); }, refreshMs);
    }).catch(function () { setTimeout(function () { pollRun(summary); }, refreshMs); });
  }

  // A run page that reloads itself (the run changed) keeps the steps the reader had opened.
  function openItemsKey(id) { return "runnable-open:" + id; }
  function rememberOpenItems(id) {
    var open = Array.prototype.map.call(document.querySelectorAll("[role=treeitem][aria-expanded=true]"), function (item) {
      return item.getAttribute("data-name");
    });
    try { sessionStorage.setItem(openItemsKey(id), JSON.stringify(open)); } catch (error) { /* storage off: start closed */ }
  }
  function restoreOpenItems(tree, id) {
    var open = [];
    try { open = JSON.parse(sessionStorage.getItem(openItemsKey(id)) || "[]"); sessionStorage.removeItem(openItemsKey(id)); } catch (error) { return; }
    tree.querySelectorAll("[role=treeitem]").forEach(function (item) {
      if (open.indexOf(item.getAttribute("data-name")) >= 0) setExpanded(item, true);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var tree = document.getElementById("step-tree");
    var summary = document.getElementById("run-summary");
    if (tree) setUpTree(tree);
    if (tree && summary) restoreOpenItems(tree, summary.getAttribute("data-run-id"));
    var table = document.getElementById("runs-table");
    if (table) setTimeout(function () { pollRuns(table); }, refreshMs);
    if (summary && summary.hasAttribute("data-running")) setTimeout(function () { pollRun(summary); }, refreshMs);
  });
})();
