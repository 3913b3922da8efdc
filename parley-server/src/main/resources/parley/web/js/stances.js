// Stance matrix: actors x issues coloured by the latest polarity, a month slider, and the statements behind each cell.
import {el} from './dom.js';
import {get} from './api.js';
import {showRows, openDocument} from './drill.js';

const SIGN = {support: '+', oppose: '−', conditional: '±', undecided: '?'};

export async function render(container, f) {
  const monthly = await get('/api/stances/matrix', {...f, by: 'month'});
  const months = [...new Set(monthly.items.map(c => c.month))].sort();
  const slider = el('input', {type: 'range', min: 0, max: months.length, value: months.length, name: 'month'});
  const label = el('span', {class: 'muted'});
  const table = el('div');
  container.append(el('h2', {}, 'Where each actor stands on each issue'),
    el('label', {}, 'Month ', slider, ' ', label), table);
  const draw = async () => {
    const i = +slider.value;
    const month = i < months.length ? months[i] : null;
    label.textContent = month ?? 'all months';
    const cells = month ? monthly.items.filter(c => c.month === month) : (await get('/api/stances/matrix', f)).items;
    table.replaceChildren(matrix(cells, month, f));
  };
  slider.addEventListener('input', draw);
  await draw();
}

function matrix(cells, month, f) {
  const holders = [...new Set(cells.map(c => c.holder))].sort();
  const issues = [...new Set(cells.map(c => c.issue))].sort();
  if (!cells.length) return el('p', {class: 'muted'}, 'No stances match the filters.');
  const byKey = new Map(cells.map(c => [`${c.holder}\u0000${c.issue}`, c]));
  const head = el('tr', {}, el('th', {}, 'actor \\ issue'), issues.map(i => el('th', {}, i)));
  const rows = holders.map(h => el('tr', {}, el('th', {}, h), issues.map(i => {
    const c = byKey.get(`${h}\u0000${i}`);
    if (!c) return el('td', {});
    const counts = ['support', 'oppose', 'conditional', 'undecided'].filter(p => c[p] > 0).map(p => `${c[p]}${SIGN[p]}`).join(' ');
    return el('td', {class: `cell ${c.latest}`, title: `${h} on ${i}: latest ${c.latest} (${c.latestDate ?? 'undated'})`,
      dataset: {holder: h, issue: i}, onclick: ev => statements(ev.currentTarget, c, month, f)}, counts);
  })));
  return el('table', {class: 'matrix'}, el('thead', {}, head), el('tbody', {}, rows));
}

async function statements(td, cell, month, f) {
  document.querySelectorAll('td.selected').forEach(t => t.classList.remove('selected'));
  td.classList.add('selected');
  const range = month ? {from: `${month}-01`, to: lastDay(month)} : {from: f.from, to: f.to};
  const page = await get('/api/stances', {actor: cell.holder, issue: cell.issue, ...range, limit: 200});
  const items = page.items.filter(s => s.holderCode === cell.holder && s.issue === cell.issue);
  showRows(`${cell.holder} on ${cell.issue}`, items, s => el('div', {class: 'row statement'},
    el('div', {class: 'meta'}, `${s.date ?? 'undated'} · ${s.holderName ?? s.holderCode} · ${s.polarity} (${s.strength})`),
    el('div', {}, s.statement ?? s.issueText ?? ''),
    el('a', {onclick: () => openDocument(s.docId, s.begin, s.end)}, 'open the article')));
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
