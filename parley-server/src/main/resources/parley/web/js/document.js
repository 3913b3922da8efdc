// Document view: the article with actors, event triggers, quotes and stances highlighted from their spans.
// The text is cut at every span boundary; each piece is a text node inside a span whose classes name
// the facts covering it.
import {el} from './dom.js';
import {get} from './api.js';
import {showRows, openEvent} from './drill.js';

export async function render(container, f, [id, focus]) {
  if (!id) {
    const input = el('input', {name: 'doc', size: 24});
    container.append(el('h2', {}, 'Document'), el('p', {class: 'muted'}, 'Open a document from any chart, or by its id:'),
      el('form', {onsubmit: ev => { ev.preventDefault(); location.hash = `#document/${encodeURIComponent(input.value.trim())}`; }},
        input, ' ', el('button', {type: 'submit'}, 'Open')));
    return;
  }
  const d = await get(`/api/documents/${encodeURIComponent(id)}`);
  const [fb, fe] = (focus || '').split('-').map(Number);
  container.append(el('h2', {id: 'doc-title'}, d.title || d.externalId || d.id),
    el('p', {class: 'meta muted'}, `${d.published ?? 'undated'} · `, d.url ? el('span', {}, d.url) : 'no url', ` · id ${d.id}`),
    el('p', {class: 'legend'}, el('span', {class: 'actor'}, 'actor'), el('span', {class: 'event'}, 'event trigger'),
      el('span', {class: 'quote'}, 'quote'), el('span', {class: 'stance'}, 'stance')),
    text(d, fb, fe));
  container.querySelector('.focus')?.scrollIntoView({block: 'center'});
}

function text(d, fb, fe) {
  const cuts = new Set([0, d.text.length]);
  for (const f of d.facts) {
    cuts.add(f.begin);
    cuts.add(f.end);
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out = el('div', {id: 'doc-text'});
  for (let i = 0; i + 1 < at.length; i++) {
    const [a, b] = [at[i], at[i + 1]];
    const covering = d.facts.filter(f => f.begin <= a && f.end >= b);
    const piece = d.text.slice(a, b);
    if (!covering.length) {
      out.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map(f => f.kind))];
    if (fb != null && a >= fb && b <= fe) kinds.push('focus');
    out.append(el('span', {class: kinds.join(' '), title: covering.map(describe).join('\n'),
      dataset: {begin: a, end: b}, onclick: () => facts(covering)}, piece));
  }
  return out;
}

function describe(f) {
  switch (f.kind) {
    case 'actor': return `actor ${f.label} (${f.detail ?? ''})`;
    case 'event': return `event ${f.detail} (CAMEO ${f.label})`;
    case 'quote': return `quote by ${f.detail ?? 'unknown'} (${f.label ?? '?'})`;
    default: return `stance: ${f.detail} ${f.label} on ${f.key}`;
  }
}

function facts(list) {
  showRows('Facts here', list, f => el('div', {class: `row fact ${f.kind}`}, el('div', {}, describe(f)),
    f.kind === 'event' ? el('a', {onclick: () => openEvent(f.key)}, 'first report') : null));
}
