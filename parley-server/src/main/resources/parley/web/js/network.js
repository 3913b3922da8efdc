// Actor network: who acts on whom; edge colour by mean Goldstein; click an edge or an actor for its events.
import {el, chart, esc, goldsteinColour} from './dom.js';
import {get} from './api.js';
import {showEvents} from './drill.js';

export async function render(container, f) {
  container.append(el('h2', {}, 'Who acts on whom (edge colour: mean Goldstein, red conflict to green cooperation)'));
  const page = await get('/api/network', {...f, limit: 150});
  const degree = new Map();
  for (const e of page.items) {
    degree.set(e.source, (degree.get(e.source) || 0) + e.events);
    degree.set(e.target, (degree.get(e.target) || 0) + e.events);
  }
  const nodes = [...degree].map(([name, n]) => ({name, value: n, symbolSize: 12 + 6 * Math.sqrt(n)}));
  const links = page.items.map(e => ({source: e.source, target: e.target, value: e.events, goldstein: e.meanGoldstein,
    lineStyle: {color: goldsteinColour(e.meanGoldstein), width: 1 + Math.log2(1 + e.events) * 2, curveness: 0.15}}));
  const c = chart(container, '560px');
  c.setOption({
    tooltip: {formatter: p => p.dataType === 'edge'
      ? `${esc(p.data.source)} → ${esc(p.data.target)}: ${esc(p.data.value)} event(s), mean Goldstein ${esc(p.data.goldstein.toFixed(1))}`
      : `${esc(p.name)}: ${esc(p.value)} event(s)`},
    series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
      label: {show: true, position: 'right'}, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
      force: {repulsion: 260, edgeLength: 120}, emphasis: {focus: 'adjacency'}}],
  });
  c.on('click', p => {
    if (p.dataType === 'edge') {
      const {source, target} = p.data;
      showEvents(`${source} → ${target}`, {...f, source, target}, e => e.sourceCode === source && e.targetCode === target);
    } else if (p.dataType === 'node') {
      showEvents(`Events of ${p.name}`, {...f, actor: p.name}, e => e.sourceCode === p.name || e.targetCode === p.name);
    }
  });
  container.dataset.edges = page.items.map(e => `${e.source}>${e.target}`).join(',');
  if (!page.items.length) container.append(el('p', {class: 'muted'}, 'No events with both sides known match the filters.'));
}
