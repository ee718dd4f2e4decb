// Staff pages: CSRF for htmx requests, the live queue (server-sent events), audible and title alerts,
// one-click insertion of ready answers, and keeping a claim alive while the volunteer types.
(function () {
  "use strict";

  var csrfHeader = meta("csrf-header");
  var csrfToken = meta("csrf-token");
  var baseTitle = document.title;
  var unseen = 0;
  var audio = null;
  var soundOn = localStorage.getItem("dvc-sound") === "on";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  document.addEventListener("htmx:configRequest", function (e) {
    if (csrfHeader && csrfToken) { e.detail.headers[csrfHeader] = csrfToken; }
  });

  document.addEventListener("htmx:responseError", function (e) {
    var flash = document.getElementById("flash");
    if (!flash) { return; }
    flash.textContent = e.detail.xhr.responseText || "Có lỗi, bạn thử lại nhé.";
    flash.hidden = false;
  });

  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.detail.elt;
    if (e.detail.successful && form && form.tagName === "FORM") {
      form.reset();
      var flash = document.getElementById("flash");
      if (flash) { flash.hidden = true; }
    }
  });

  function scrollTranscript() {
    var transcript = document.querySelector(".transcript");
    if (transcript) { transcript.scrollTop = transcript.scrollHeight; }
  }
  document.addEventListener("DOMContentLoaded", scrollTranscript);

  document.addEventListener("htmx:afterSwap", function () {
    scrollTranscript();
    var queue = document.querySelector("[data-waiting]");
    if (queue) {
      var waiting = parseInt(queue.getAttribute("data-waiting"), 10) || 0;
      document.title = (waiting > 0 ? "(" + waiting + ") " : "") + (unseen > 0 ? "🔔 " : "") + baseTitle;
    }
  });

  // Sound needs one click on the page first (browsers block autoplay).
  function beep() {
    if (!soundOn) { return; }
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      [0, 0.25].forEach(function (at) {
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        osc.frequency.value = 880;
        gain.gain.setValueAtTime(0.3, audio.currentTime + at);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + at + 0.2);
        osc.connect(gain).connect(audio.destination);
        osc.start(audio.currentTime + at);
        osc.stop(audio.currentTime + at + 0.2);
      });
    } catch (ignored) { /* no audio on this device */ }
  }

  function showSound(button) {
    button.textContent = soundOn ? "🔔 Âm báo: bật" : "🔕 Bật âm báo";
    button.setAttribute("aria-pressed", soundOn ? "true" : "false");
  }

  var soundButton = document.getElementById("sound-toggle");
  if (soundButton) {
    showSound(soundButton);
    soundButton.addEventListener("click", function () {
      soundOn = !soundOn;
      localStorage.setItem("dvc-sound", soundOn ? "on" : "off");
      showSound(soundButton);
      if (soundOn) { beep(); }
      if (soundOn && window.Notification && Notification.permission === "default") { Notification.requestPermission(); }
    });
  }

  function alertVolunteer(text) {
    beep();
    if (document.hidden) {
      unseen += 1;
      document.title = "🔔 (" + unseen + ") " + baseTitle;
      if (window.Notification && Notification.permission === "granted") {
        try { new Notification("Đoàn viên đồng hành", { body: text }); } catch (ignored) { /* not allowed here */ }
      }
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && unseen > 0) {
      unseen = 0;
      document.title = baseTitle;
      htmx.trigger(document.body, "queue-changed");
    }
  });

  var eventsUrl = document.body.getAttribute("data-events");
  var status = document.getElementById("live-status");
  if (eventsUrl && window.EventSource) {
    var source = new EventSource(eventsUrl);
    source.addEventListener("hello", function () {
      if (status) { status.textContent = "Đang nhận yêu cầu mới trực tiếp."; }
    });
    source.addEventListener("ticket", function (e) {
      var change = JSON.parse(e.data);
      htmx.trigger(document.body, "queue-changed");
      if (document.body.getAttribute("data-ticket") === change.id) {
        htmx.trigger(document.body, "ticket-changed");
      }
      if (change.type === "requested") {
        alertVolunteer(change.team ? "Có người trong địa bàn đội bạn cần hỗ trợ." : "Có người mới cần hỗ trợ.");
      } else if (change.type === "message" && change.mine) {
        alertVolunteer("Công dân vừa nhắn trong yêu cầu #" + change.id + ".");
      } else if (change.type === "expired" && change.mine) {
        alertVolunteer("Yêu cầu #" + change.id + " đã tự trở về hàng chờ.");
      }
    });
    source.onerror = function () {
      if (status) { status.textContent = "Mất kết nối trực tiếp, đang thử lại… (hàng chờ vẫn tự cập nhật mỗi 30 giây)"; }
    };
  }

  // One click puts a ready answer into the reply box, where the volunteer can still edit it.
  document.addEventListener("click", function (e) {
    var button = e.target.closest("[data-insert]");
    var box = document.getElementById("reply-text");
    if (!button || !box) { return; }
    var text = button.getAttribute("data-insert");
    var start = box.selectionStart || box.value.length;
    var before = box.value.slice(0, start);
    var glue = before && !/\n$/.test(before) ? "\n" : "";
    box.value = before + glue + text + box.value.slice(box.selectionEnd || start);
    box.focus();
    box.dispatchEvent(new Event("input"));
  });

  // Typing counts as activity: the claim is renewed at most once a minute.
  var lastTouch = 0;
  document.addEventListener("input", function (e) {
    var url = e.target.getAttribute && e.target.getAttribute("data-touch");
    if (!url || Date.now() - lastTouch < 60000) { return; }
    lastTouch = Date.now();
    var headers = {};
    if (csrfHeader && csrfToken) { headers[csrfHeader] = csrfToken; }
    fetch(url, { method: "POST", headers: headers, credentials: "same-origin" });
  });
})();
