// Map: event locations on a world map drawn from the country shapes shipped in the jar (no tiles, no network).
import {el, chart, esc} from './dom.js';
import {get} from './api.js';
import {showEvents} from './drill.js';

let registered = null;

async function world() {
  if (!registered) {
    registered = fetch('/map/world.json').then(r => r.json()).then(geo => echarts.registerMap('world', geo));
  }
  return registered;
}

export async function render(container, f) {
  container.append(el('h2', {}, 'Where events happened'));
  const [, page] = await Promise.all([world(), get('/api/events', {...f, limit: 1000})]);
  const places = new Map();
  for (const e of page.items) {
    if (e.lat == null || e.lon == null) continue;
    const key = `${e.location}\u0000${e.lat}\u0000${e.lon}`;
    const p = places.get(key) || {name: e.location, country: e.locationCountry, value: [e.lon, e.lat, 0]};
    p.value[2]++;
    places.set(key, p);
  }
  const data = [...places.values()];
  const c = chart(container, '520px');
  c.setOption({
    tooltip: {formatter: p => `${esc(p.name)} (${esc(p.data.country)}): ${esc(p.value[2])} event(s)`},
    geo: {map: 'world', roam: true, itemStyle: {areaColor: '#e8ecf0', borderColor: '#9aa5b1'}, emphasis: {disabled: true}},
    series: [{type: 'scatter', coordinateSystem: 'geo', data, symbolSize: v => 6 + 4 * Math.sqrt(v[2]),
      itemStyle: {color: '#c0392b', opacity: 0.8}}],
  });
  c.on('click', p => {
    if (p.seriesType === 'scatter') showEvents(`Events in ${p.name}`, {...f, location: p.name});
  });
  container.dataset.points = data.length;
  const placed = data.reduce((n, p) => n + p.value[2], 0);
  container.append(el('p', {class: 'muted'}, `${placed} of ${page.items.length} most recent event(s) have a place.`));
}
