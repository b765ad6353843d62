// The fund's portfolio charts, drawn with ECharts from the tables beside them: the labels are the
// tables' row headers (stage names, countries, sectors in the page's language, never codes), the
// values their cells, the legend the chart's title and the axis name its unit. So the chart and its
// table cannot disagree. A file, not an inline script, for the CSP; the canvas renderer, because
// the SVG one writes style attributes the CSP forbids.
(function () {
  'use strict';

  function rows(table) {
    var result = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var label = row.querySelector('th');
      var cell = row.querySelector('td[data-value]');
      if (label && cell) {
        result.push({ name: label.textContent.trim(), value: Number(cell.getAttribute('data-value')) });
      }
    });
    return result;
  }

  function draw() {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var key = element.getAttribute('data-chart');
      var table = document.querySelector('[data-chart-table="' + key + '"]');
      if (!table) {
        return;
      }
      var data = rows(table);
      var title = element.getAttribute('data-title') || '';
      var chart = window.echarts.init(element, null, { renderer: 'canvas', height: 280 });
      chart.setOption({
        aria: { enabled: true },
        legend: { data: [title], top: 0 },
        tooltip: { trigger: 'item', renderMode: 'richText' },
        grid: { top: 40, containLabel: true },
        xAxis: { type: 'category', data: data.map(function (d) { return d.name; }), axisLabel: { interval: 0, rotate: data.length > 4 ? 30 : 0 } },
        yAxis: { type: 'value', name: element.getAttribute('data-unit') || '' },
        series: [{ name: title, type: 'bar', data: data.map(function (d) { return d.value; }) }]
      });
      element.classList.add('chart--drawn');
      element.setAttribute('data-drawn', String(data.length));
      element.setAttribute('data-labels', data.map(function (d) { return d.name; }).join('|'));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
