// The drill-down panel: the events, quotes or statements behind a chart element, each opening its document.
import {el, clear} from './dom.js';
import {get} from './api.js';

const panel = () => document.getElementById('drill');

/** Lists events for {@code params}, optionally narrowed by {@code keep}; each row opens its document. */
export async function showEvents(title, params, keep = () => true) {
  const p = clear(panel());
  p.append(el('h2', {}, title), el('p', {class: 'muted'}, 'loading...'));
  const page = await get('/api/events', {...params, limit: 200});
  const items = page.items.filter(keep);
  p.lastChild.remove();
  p.append(el('p', {class: 'muted'}, `${items.length} event(s)`));
  for (const e of items) {
    p.append(el('div', {class: 'row event-row', dataset: {event: e.eventId}},
      el('div', {class: 'meta'}, `${e.date ?? 'undated'} · ${e.sourceCode ?? '-'} → ${e.targetCode ?? '-'} · ${e.plover ?? ''} ${e.cameo}`
        + ` · Goldstein ${e.goldstein} · ${e.mentions} report(s)` + (e.location ? ` · ${e.location}` : '')),
      el('div', {}, e.exampleText ?? ''),
      el('a', {onclick: () => openEvent(e.eventId)}, 'open the article')));
  }
}

/** Opens the first document that reports an event, with its trigger in focus. */
export async function openEvent(eventId) {
  const detail = await get(`/api/events/${encodeURIComponent(eventId)}`);
  const r = detail.reports[0];
  if (r) openDocument(r.docId, r.triggerBegin ?? r.begin, r.triggerEnd ?? r.end);
}

export function openDocument(docId, begin, end) {
  location.hash = `#document/${encodeURIComponent(docId)}` + (begin != null ? `/${begin}-${end}` : '');
}

/** Lists rows built by {@code row} under a title. */
export function showRows(title, items, row) {
  const p = clear(panel());
  p.append(el('h2', {}, title), el('p', {class: 'muted'}, `${items.length} item(s)`));
  items.forEach(i => p.append(row(i)));
}

export function clearPanel() {
  clear(panel());
}
