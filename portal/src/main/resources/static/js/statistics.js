// Draws the statistics charts with the ECharts the portal serves (/webjars/echarts, loaded
// before this file). The Content-Security-Policy allows no inline script, so the page puts
// the data on the chart containers (data-chart: JSON from StatisticsController.ChartData).
// When drawn, a container carries data-state="rendered"; the same numbers are in the tables
// under each chart for readers without the chart.
(function () {
  'use strict';

  function trend(data) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [data.unitsLabel, data.personsLabel] },
      grid: { left: 40, right: 16, bottom: 32, top: 40 },
      title: hasValue(data.units.concat(data.persons)) ? undefined : emptyNote(data.trendEmpty),
      xAxis: { type: 'category', data: data.days },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: data.unitsLabel, type: 'line', data: data.units },
        { name: data.personsLabel, type: 'line', data: data.persons }
      ]
    };
  }

  function lead(data) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: ['p50', 'p90'] },
      grid: { left: 48, right: 16, bottom: 32, top: 40 },
      title: hasValue(data.p50.concat(data.p90)) ? undefined : emptyNote(data.leadEmpty),
      xAxis: { type: 'category', data: data.levels },
      yAxis: { type: 'value', name: data.hoursLabel },
      series: [
        { name: 'p50', type: 'bar', data: data.p50 },
        { name: 'p90', type: 'bar', data: data.p90 }
      ]
    };
  }

  // An empty chart says so in its middle instead of showing bare axes.
  function emptyNote(text) {
    return { text: text, left: 'center', top: 'middle', textStyle: { color: '#6c757d', fontSize: 14, fontWeight: 'normal' } };
  }

  function hasValue(values) {
    return values.some(function (v) { return v !== null && v !== 0; });
  }

  function draw(id, options) {
    var container = document.getElementById(id);
    if (!container || !window.echarts) {
      return;
    }
    var data = JSON.parse(container.getAttribute('data-chart'));
    var chart = window.echarts.init(container);
    chart.setOption(options(data));
    window.addEventListener('resize', function () { chart.resize(); });
    container.setAttribute('data-state', 'rendered');
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw('chart-trend', trend);
    draw('chart-lead', lead);
  });
})();
