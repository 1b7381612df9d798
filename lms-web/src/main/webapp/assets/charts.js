// Charts for any view (survey results now, dashboards later), drawn by Chart.js. The library comes
// from this server: its WebJar's META-INF/resources is served under /webjars/ (the version must
// match chartjs.version in the parent pom). It is loaded only when a chart is first drawn, and
// every chart is paired with a table of the same numbers, so the figures stay readable by a screen
// reader, and visible if the script cannot load.

import { h } from './dom.js';

export const CHART_JS_URL = '/webjars/chart.js/4.4.1/dist/chart.umd.js';

let loading = null;

/** Resolves to the Chart constructor, loading the library once; rejects if it cannot load. */
export function loadChartLibrary() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  loading ??= new Promise((resolve, reject) => {
    const script = h('script', { src: CHART_JS_URL });
    script.addEventListener('load', () => (window.Chart ? resolve(window.Chart) : reject(new Error('no Chart'))));
    script.addEventListener('error', () => { loading = null; reject(new Error(`${CHART_JS_URL} did not load`)); });
    document.head.append(script);
  });
  return loading;
}

/**
 * A horizontal bar chart in a figure: the canvas is an image named by summary (the table below it
 * carries the numbers). rows: [{ label, value }]. Answers the figure at once; the bars are drawn
 * when the library has loaded.
 */
export function barChart({ caption, summary, rows, valueHeader, labelHeader, testId }) {
  const canvas = h('canvas', { role: 'img', 'aria-label': summary });
  const holder = h('div', { class: 'chart-canvas' }, canvas);
  // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would not).
  holder.style.height = `${rows.length * 34 + 48}px`;
  const table = h('table', { class: 'chart-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labelHeader), h('th', { scope: 'col' }, valueHeader))),
    h('tbody', {}, rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, row.label), h('td', {}, row.display ?? String(row.value))))));
  const figure = h('figure', { class: 'chart', 'data-testid': testId }, h('figcaption', {}, caption), holder, table);
  loadChartLibrary().then((Chart) => {
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.label),
        datasets: [{ label: valueHeader, data: rows.map((row) => row.value), backgroundColor: '#1f5f8b' }],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    figure.dataset.drawn = 'true';
    return chart;
  }).catch(() => {
    holder.hidden = true;
  });
  return figure;
}
