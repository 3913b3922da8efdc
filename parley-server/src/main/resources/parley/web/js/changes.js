// What changed: dyads and actors whose weekly event count or mean Goldstein moved most in the last week
// against the four weeks before, and stance flips.
import {el} from './dom.js';
import {get} from './api.js';
import {showEvents, showRows, openDocument} from './drill.js';

const num = v => (v == null ? '-' : (+v).toFixed(1));

export async function render(container, f) {
  const c = await get('/api/changes', {...f, limit: 25});
  if (!c.asOf) {
    container.append(el('h2', {}, 'What changed'), el('p', {class: 'muted'}, 'No dated events.'));
    return;
  }
  container.append(el('h2', {}, `What changed in the week ${c.recentFrom} to ${c.asOf} (against the four weeks from ${c.baselineFrom})`));
  container.append(el('h3', {}, 'Dyads'), moves(c.dyads, key => {
    const [source, target] = key.split('>');
    showEvents(`${source} → ${target}`, {...f, source: source === '-' ? '' : source, target: target === '-' ? '' : target},
      e => (e.sourceCode ?? '-') === source && (e.targetCode ?? '-') === target);
  }));
  container.append(el('h3', {}, 'Actors'), moves(c.actors, code => showEvents(`Events of ${code}`, {...f, actor: code})));
  container.append(el('h3', {}, 'Stance flips'), c.flips.length ? el('table', {class: 'matrix'},
    el('tr', {}, ['actor', 'issue', 'before', 'now'].map(h => el('th', {}, h))),
    c.flips.map(x => el('tr', {class: 'flip-row', onclick: () => flip(x)}, el('td', {}, x.holder), el('td', {}, x.issue),
      el('td', {}, `${x.before} (${x.beforeDate})`), el('td', {}, `${x.now} (${x.nowDate})`))))
    : el('p', {class: 'muted'}, 'No stance changed polarity this week.'));
}

function moves(list, open) {
  if (!list.length) return el('p', {class: 'muted'}, 'Nothing moved.');
  return el('table', {class: 'matrix'},
    el('tr', {}, ['', 'last week', 'weekly baseline', 'change', 'Goldstein last week', 'Goldstein baseline'].map(h => el('th', {}, h))),
    list.map(m => el('tr', {class: 'move-row', onclick: () => open(m.key)}, el('td', {}, m.key), el('td', {}, m.recent),
      el('td', {}, num(m.baselinePerWeek)), el('td', {}, num(m.recent - m.baselinePerWeek)),
      el('td', {}, num(m.recentGoldstein)), el('td', {}, num(m.baselineGoldstein)))));
}

async function flip(x) {
  const page = await get('/api/stances', {actor: x.holder, issue: x.issue, limit: 100});
  showRows(`${x.holder} on ${x.issue}`, page.items.filter(s => s.holderCode === x.holder && s.issue === x.issue),
    s => el('div', {class: 'row statement'}, el('div', {class: 'meta'}, `${s.date} · ${s.polarity}`), el('div', {}, s.statement ?? ''),
      el('a', {onclick: () => openDocument(s.docId, s.begin, s.end)}, 'open the article')));
}
