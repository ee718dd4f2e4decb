// The dashboard's charts (Chart.js from its WebJar) and the sortable commune table. The figures come from the
// page's JSON data block, the same the server rendered as text, so the page reads well without this script.
(function () {
  'use strict';

  const COLORS = { web: '#0b4a8b', zalo: '#1e7b34', telegram: '#8a5a00', red: '#b3261e', grey: '#8a96a3' };
  const CHANNEL_NAMES = { web: 'Trang web', zalo: 'Zalo', telegram: 'Telegram' };

  function data() {
    const block = document.getElementById('chart-data');
    return block ? JSON.parse(block.textContent) : null;
  }

  function dayLabel(date) {
    const [, m, d] = date.split('-');
    return d + '/' + m;
  }

  function percent(share) {
    return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
  }

  function minutes(seconds) {
    return seconds === null || seconds === undefined ? null : Math.round(seconds / 6) / 10;
  }

  function chart(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    config.options = Object.assign({ locale: 'vi-VN', responsive: true, maintainAspectRatio: false, animation: false,
      plugins: { legend: { position: 'bottom' } } }, config.options || {});
    canvas.chart = new Chart(canvas, config);
    canvas.dataset.drawn = 'true';
  }

  function draw(all) {
    const daily = all.stats.daily;
    const labels = daily.map(d => dayLabel(d.date));
    const volumes = all.byChannel
      ? Object.keys(all.byChannel).map(name => ({ label: CHANNEL_NAMES[name], backgroundColor: COLORS[name],
          data: all.byChannel[name].map(d => d.messages) }))
      : [{ label: 'Tin nhắn', backgroundColor: COLORS.web, data: daily.map(d => d.messages) }];
    chart('chart-volumes', { type: 'bar', data: { labels, datasets: volumes },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } });
    chart('chart-containment', { type: 'line', data: { labels, datasets: [
      { label: 'Bot tự giải đáp', borderColor: COLORS.zalo, backgroundColor: COLORS.zalo,
        data: daily.map(d => percent(d.containment)), spanGaps: true },
      { label: 'Chuyển tình nguyện viên', borderColor: COLORS.telegram, backgroundColor: COLORS.telegram,
        data: daily.map(d => percent(d.handedShare)), spanGaps: true }] },
      options: { scales: { y: { min: 0, max: 100, ticks: { callback: v => v + ' %' } } } } });
    chart('chart-waits', { type: 'line', data: { labels, datasets: [
      { label: 'Trung vị', borderColor: COLORS.web, backgroundColor: COLORS.web,
        data: daily.map(d => minutes(d.waitMedianSeconds)), spanGaps: true },
      { label: '90 % chờ dưới', borderColor: COLORS.red, backgroundColor: COLORS.red,
        data: daily.map(d => minutes(d.waitP90Seconds)), spanGaps: true }] },
      options: { scales: { y: { beginAtZero: true } } } });
    const t = all.stats.totals;
    chart('chart-ratings', { type: 'bar', data: { labels: ['1 ★', '2 ★', '3 ★', '4 ★', '5 ★'], datasets: [
      { label: 'Lượt chấm', backgroundColor: [COLORS.red, COLORS.telegram, COLORS.grey, COLORS.web, COLORS.zalo],
        data: [t.rating1, t.rating2, t.rating3, t.rating4, t.rating5] }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
  }

  function sortable(table) {
    table.querySelectorAll('th button[data-sort]').forEach((button, column) => {
      button.addEventListener('click', () => {
        const numeric = button.dataset.sort === 'number';
        const descending = button.getAttribute('aria-sort') !== 'descending';
        table.querySelectorAll('th button').forEach(b => b.removeAttribute('aria-sort'));
        button.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const x = a.cells[column];
          const y = b.cells[column];
          const order = numeric ? Number(x.dataset.value) - Number(y.dataset.value)
            : x.textContent.localeCompare(y.textContent, 'vi');
          return descending ? -order : order;
        });
        rows.forEach(row => body.appendChild(row));
      });
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const all = data();
    if (all) {
      draw(all);
    }
    const table = document.getElementById('communes');
    if (table) {
      sortable(table);
    }
  });
})();
