// Negotiation tracker: for two or more parties, one thread in date order of their events toward each
// other, their quotes, and their stances, with changes of position marked.
import {el} from './dom.js';
import {get, matches} from './api.js';
import {openDocument, openEvent} from './drill.js';

export async function render(container, f) {
  const saved = sessionStorage.getItem('tracker.parties') || 'RUS,UKR,USA';
  const input = el('input', {name: 'parties', value: saved, size: 30, pattern: '[A-Za-z0-9, ]*'});
  const thread = el('div', {class: 'thread'});
  const form = el('form', {onsubmit: ev => {
    ev.preventDefault();
    sessionStorage.setItem('tracker.parties', input.value);
    draw(thread, parties(input.value), f);
  }}, el('label', {}, 'Parties (codes or countries) ', input), ' ', el('button', {type: 'submit'}, 'Track'));
  container.append(el('h2', {}, 'Negotiation tracker'), form, thread);
  await draw(thread, parties(saved), f);
}

function parties(text) {
  return [...new Set(text.toUpperCase().split(/[\s,]+/).filter(p => /^[A-Z0-9]+$/.test(p)))];
}

async function draw(thread, ps, f) {
  thread.replaceChildren();
  if (ps.length < 2) {
    thread.append(el('p', {class: 'muted'}, 'Name at least two parties.'));
    return;
  }
  const partyOf = (code, country) => ps.find(p => matches(code, country, p));
  const items = new Map();
  const base = {from: f.from, to: f.to};
  await Promise.all(ps.map(async p => {
    const [events, quotes, stances] = await Promise.all([
      get('/api/events', {...base, type: f.type, cameo: f.cameo, actor: p, limit: 500}),
      get('/api/quotes', {...base, actor: p, limit: 500}),
      get('/api/stances', {...base, actor: p, limit: 500})]);
    for (const e of events.items) {
      const s = partyOf(e.sourceCode, e.sourceCountry);
      const t = partyOf(e.targetCode, e.targetCountry);
      if (s && t && s !== t) items.set(`e${e.eventId}`, {kind: 'event', date: e.date, order: 0, e});
    }
    for (const q of quotes.items) items.set(`q${q.docHash}${q.contentBegin}`, {kind: 'quote', date: q.published, order: 1, q});
    for (const s of stances.items) items.set(`s${s.docId}${s.sentence}${s.holderCode}${s.issue}`, {kind: 'stance', date: s.date, order: 2, s});
  }));
  const rows = [...items.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.order - b.order);
  const last = new Map();
  for (const r of rows) {
    if (r.kind === 'stance') {
      const key = `${r.s.holderCode}\u0000${r.s.issue}`;
      r.changedFrom = last.has(key) && last.get(key) !== r.s.polarity ? last.get(key) : null;
      last.set(key, r.s.polarity);
    }
    thread.append(row(r));
  }
  thread.dataset.items = rows.length;
  if (!rows.length) thread.append(el('p', {class: 'muted'}, 'Nothing between these parties under the filters.'));
}

function row(r) {
  if (r.kind === 'event') {
    const e = r.e;
    return el('div', {class: 'row event'}, el('div', {class: 'meta'}, `${e.date ?? 'undated'} · event · ${e.sourceCode} → ${e.targetCode}`
      + ` · ${e.plover ?? ''} ${e.cameo} · Goldstein ${e.goldstein}`), el('div', {}, e.exampleText ?? ''),
      el('a', {onclick: () => openEvent(e.eventId)}, 'open the article'));
  }
  if (r.kind === 'quote') {
    const q = r.q;
    return el('div', {class: 'row quote'}, el('div', {class: 'meta'}, `${q.published ?? 'undated'} · quote · ${q.speakerName ?? q.speakerText ?? '?'}`
      + ` (${q.speakerCode ?? '?'}) ${q.cue ?? ''}`), el('div', {}, q.direct ? `“${q.content}”` : q.content),
      el('a', {onclick: () => openDocument(q.docHash, q.contentBegin, q.contentEnd)}, 'open the article'));
  }
  const s = r.s;
  return el('div', {class: 'row stance'}, el('div', {class: 'meta'}, `${s.date ?? 'undated'} · stance · ${s.holderName ?? s.holderCode}`
      + ` (${s.holderCode}) ${s.polarity} on ${s.issue}`),
    r.changedFrom ? el('div', {class: 'flip'}, `changed from ${r.changedFrom} to ${s.polarity}`) : null,
    el('div', {}, s.statement ?? ''), el('a', {onclick: () => openDocument(s.docId, s.begin, s.end)}, 'open the article'));
}
