// The fund's portfolio charts: data from the report's JSON endpoint (the same figures as the
// tables on the page), drawn with ECharts. A file, not an inline script, for the CSP.
(function () {
  'use strict';

  function draw() {
    var container = document.querySelector('[data-report-url]');
    if (!container || !window.echarts) {
      return;
    }
    fetch(container.getAttribute('data-report-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (report) {
        container.querySelectorAll('[data-chart]').forEach(function (element) {
          var figures = report[element.getAttribute('data-chart')] || {};
          var names = Object.keys(figures);
          element.classList.add('chart--drawn');
          var chart = window.echarts.init(element, null, { renderer: 'canvas', height: 280 });
          chart.setOption({
            aria: { enabled: true },
            tooltip: { trigger: 'item', renderMode: 'richText' },
            xAxis: { type: 'category', data: names },
            yAxis: { type: 'value', name: element.getAttribute('data-chart') === 'dealsByStage' ? '' : report.reportingCurrency },
            series: [{ type: 'bar', data: names.map(function (n) { return Number(figures[n]); }) }]
          });
          element.setAttribute('data-drawn', String(names.length));
        });
      })
      .catch(function () { /* the tables carry the same figures */ });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
