// Timeline: events per day or week, stacked by quad class, with the mean Goldstein score.
import {el, chart, esc} from './dom.js';
import {get} from './api.js';
import {showEvents} from './drill.js';

const QUADS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
const COLOURS = ['#7fc97f', '#1b9e77', '#fdb462', '#e7298a'];

export async function render(container, f) {
  const by = sessionStorage.getItem('timeline.by') || 'day';
  const select = el('select', {name: 'by', onchange: ev => { sessionStorage.setItem('timeline.by', ev.target.value); window.dispatchEvent(new HashChangeEvent('hashchange')); }},
    el('option', {value: 'day'}, 'per day'), el('option', {value: 'week'}, 'per week'));
  select.value = by;
  container.append(el('h2', {}, 'Events over time ', select));
  const data = await get('/api/timeline', {...f, by});
  const periods = data.items.map(b => b.period);
  const c = chart(container);
  c.setOption({
    tooltip: {trigger: 'axis', formatter: ps => ps.map(p => `${esc(p.seriesName)}: ${esc(p.value)}`).join('<br>')},
    legend: {data: [...QUADS, 'Mean Goldstein']},
    xAxis: {type: 'category', data: periods},
    yAxis: [{type: 'value', name: 'events'}, {type: 'value', name: 'Goldstein', min: -10, max: 10}],
    series: [
      ...QUADS.map((name, q) => ({name, type: 'bar', stack: 'quad', color: COLOURS[q], data: data.items.map(b => b.quads[q])})),
      {name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, color: '#333', data: data.items.map(b => +b.meanGoldstein.toFixed(2))},
    ],
  });
  c.on('click', p => {
    const from = periods[p.dataIndex];
    const to = by === 'week' ? addDays(from, 6) : from;
    showEvents(`Events ${from}${to !== from ? ' to ' + to : ''}`, {...f, from, to});
  });
  container.dataset.points = data.items.length;
  if (!data.items.length) container.append(el('p', {class: 'muted'}, 'No dated events match the filters.'));
}

function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
