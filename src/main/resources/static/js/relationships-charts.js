// The coverage page's charts: ECharts (from its webjar) drawn from /api/v1/coverage/charts. A
// script file, no inline script: the page's Content Security Policy allows only 'self'.
(function () {
  'use strict';

  function draw() {
    var section = document.querySelector('.charts[data-source]');
    if (!section || !window.echarts) {
      return;
    }
    fetch(section.getAttribute('data-source'), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'en' }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        countries(section, data.countries || []);
        funnel(data.funnel || []);
        months(section, data.engagementsPerMonth || []);
        section.setAttribute('data-drawn', 'true');
      })
      .catch(function () {
        section.setAttribute('data-drawn', 'failed');
      });
  }

  function chart(id) {
    var element = document.getElementById(id);
    return element ? window.echarts.init(element, null, { renderer: 'canvas' }) : null;
  }

  function countries(section, rows) {
    var c = chart('chart-countries');
    if (!c) {
      return;
    }
    c.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [section.getAttribute('data-partners'), section.getAttribute('data-others')] },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.name || '—'; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: section.getAttribute('data-partners'), type: 'bar', stack: 'all',
          data: rows.map(function (r) { return r.partners; }) },
        { name: section.getAttribute('data-others'), type: 'bar', stack: 'all',
          data: rows.map(function (r) { return r.others; }) }
      ]
    });
  }

  function funnel(stages) {
    var c = chart('chart-funnel');
    if (!c) {
      return;
    }
    c.setOption({
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', minSize: '10%', label: { formatter: '{b}: {c}' },
        data: stages.map(function (s) { return { name: s.label, value: s.count }; }) }]
    });
  }

  function months(section, rows) {
    var c = chart('chart-months');
    if (!c) {
      return;
    }
    c.setOption({
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.month; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: section.getAttribute('data-engagements'), type: 'bar',
        data: rows.map(function (r) { return r.count; }) }]
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
