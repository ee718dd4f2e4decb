// Embeds the dvc-bot web chat on another site with one tag:
//   <script src="https://<bot-host>/embed.js" defer></script>
// Optional attributes on the tag: data-label="Hỏi đáp thủ tục" (button text), data-position="left".
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__dvcbotEmbedded) { return; }
  window.__dvcbotEmbedded = true;
  var origin = new URL(script.src).origin;
  var label = script.getAttribute("data-label") || "Hỏi đáp thủ tục";
  var side = script.getAttribute("data-position") === "left" ? "left" : "right";

  var button = document.createElement("button");
  button.type = "button";
  button.textContent = "💬 " + label;
  button.setAttribute("aria-expanded", "false");
  button.style.cssText = "position:fixed;bottom:16px;" + side + ":16px;z-index:2147483000;padding:14px 20px;" +
    "font:bold 18px/1.2 Arial,sans-serif;color:#fff;background:#0b4a8b;border:0;border-radius:28px;" +
    "box-shadow:0 2px 8px rgba(0,0,0,.35);cursor:pointer;";

  var frame = document.createElement("iframe");
  frame.title = label;
  frame.src = origin + "/";
  frame.style.cssText = "position:fixed;bottom:84px;" + side + ":16px;z-index:2147483000;width:min(440px,calc(100vw - 32px));" +
    "height:min(680px,calc(100vh - 110px));border:2px solid #0b4a8b;border-radius:12px;background:#fff;" +
    "box-shadow:0 4px 18px rgba(0,0,0,.35);display:none;";

  button.addEventListener("click", function () {
    var open = frame.style.display === "none";
    frame.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
  });
  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
