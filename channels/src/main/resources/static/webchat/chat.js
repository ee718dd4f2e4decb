// The web chat page: plain JavaScript, no framework. The transcript on the server is the source of truth:
// after sending, and every few seconds, the page fetches messages after the last sequence number it shows,
// which also brings volunteer replies.
(function () {
  "use strict";

  var SESSION_KEY = "dvcbot.session";
  var POLL_MS = 3000;
  var api = "/api/webchat/sessions";
  var messagesEl = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("input");
  var sendButton = document.getElementById("send");
  var typing = document.getElementById("typing");
  var notice = document.getElementById("notice");
  var sizeButton = document.getElementById("text-size");

  var sessionId = null;
  var lastSeq = 0;
  var busy = false;
  var pollTimer = null;

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function request(method, url, body) {
    var options = { method: method, headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.message || "Lỗi " + response.status);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  // Characters as people see them, as the server counts them: one emoji or one accented letter is one.
  function visibleLength(text) {
    if (window.Intl && Intl.Segmenter) {
      var count = 0;
      var segments = new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(text)[Symbol.iterator]();
      while (!segments.next().done) { count++; }
      return count;
    }
    return Array.from(text).length;
  }

  function startSession() {
    return request("POST", api).then(function (data) {
      sessionId = data.sessionId;
      lastSeq = 0;
      messagesEl.innerHTML = "";
      try { localStorage.setItem(SESSION_KEY, sessionId); } catch (e) { /* private mode: session lasts the page */ }
    });
  }

  // Escapes text, then turns web addresses into links that open in a new tab.
  function renderText(target, text) {
    var parts = text.split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = document.createElement("a");
        a.href = part;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.textContent = part;
        target.appendChild(a);
      } else if (part) {
        target.appendChild(document.createTextNode(part));
      }
    });
  }

  function addMessage(message) {
    if (message.seq <= lastSeq) { return; }
    lastSeq = message.seq;
    var item = document.createElement("div");
    item.className = "msg " + message.from;
    if (message.from === "volunteer") {
      var who = document.createElement("p");
      who.className = "who";
      who.textContent = "Tình nguyện viên" + (message.author ? " " + message.author : "");
      item.appendChild(who);
    }
    var bubble = document.createElement("div");
    bubble.className = "bubble";
    renderText(bubble, message.text || "");
    item.appendChild(bubble);
    if (message.choices && message.choices.length && message.from !== "citizen") {
      var choices = document.createElement("div");
      choices.className = "choices";
      message.choices.forEach(function (choice) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = choice.label;
        button.addEventListener("click", function () { send({ choice: choice.id }); });
        choices.appendChild(button);
      });
      item.appendChild(choices);
    }
    messagesEl.appendChild(item);
    messagesEl.scrollTop = messagesEl.scrollHeight;
  }

  function fetchNew() {
    if (!sessionId) { return Promise.resolve(); }
    return request("GET", api + "/" + sessionId + "/messages?after=" + lastSeq).then(function (data) {
      data.messages.forEach(addMessage);
      showNotice("");
    }).catch(function (error) {
      if (error.status === 404) { return startSession().then(fetchNew); }
      showNotice(error.message || "Mất kết nối. Trang sẽ tự thử lại.");
    });
  }

  function newMessageId() {
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }

  function send(body) {
    if (busy || !sessionId) { return; }
    busy = true;
    sendButton.disabled = true;
    typing.hidden = false;
    body.messageId = newMessageId();
    request("POST", api + "/" + sessionId + "/messages", body).then(function () {
      return fetchNew();
    }).catch(function (error) {
      if (error.status === 404) { return startSession().then(fetchNew); }
      showNotice(error.message || "Chưa gửi được. Bà con thử lại nhé.");
    }).then(function () {
      busy = false;
      sendButton.disabled = false;
      typing.hidden = true;
      input.focus();
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    if (visibleLength(text) > 2000) {
      showNotice("Tin nhắn dài quá 2.000 ký tự. Bà con viết ngắn lại nhé.");
      return;
    }
    input.value = "";
    send({ text: text });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit"));
    }
  });

  sizeButton.addEventListener("click", function () {
    var large = document.documentElement.classList.toggle("large");
    sizeButton.setAttribute("aria-pressed", String(large));
    sizeButton.textContent = large ? "A−" : "A+";
    try { localStorage.setItem("dvcbot.large", large ? "1" : ""); } catch (e) { /* not kept */ }
  });

  function poll() {
    clearTimeout(pollTimer);
    var next = function () { pollTimer = setTimeout(poll, POLL_MS); };
    if (document.visibilityState === "hidden" || busy) { next(); return; }
    fetchNew().then(next, next);
  }

  try {
    if (localStorage.getItem("dvcbot.large")) { sizeButton.click(); }
    sessionId = localStorage.getItem(SESSION_KEY);
  } catch (e) { sessionId = null; }

  (sessionId ? Promise.resolve() : startSession())
    .then(fetchNew)
    .catch(function (error) {
      // A 429 says in Vietnamese how long to wait; other failures get the general notice.
      showNotice(error && error.status === 429 ? error.message : "Chưa kết nối được. Trang sẽ tự thử lại.");
    })
    .then(poll);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { poll(); }
  });
})();
