// The dashboard: one page, seven views sharing the filters form; the hash names the view.
import {clear, el} from './dom.js';
import {filters} from './api.js';
import {clearPanel} from './drill.js';
import * as timeline from './timeline.js';
import * as network from './network.js';
import * as stances from './stances.js';
import * as tracker from './tracker.js';
import * as map from './map.js';
import * as changes from './changes.js';
import * as documentView from './document.js';

const views = {timeline, network, stances, tracker, map, changes, document: documentView};

async function show() {
  const [name, ...rest] = (location.hash.slice(1) || 'timeline').split('/');
  const view = views[name] ? name : 'timeline';
  const container = clear(document.getElementById('view'));
  container.removeAttribute('data-ready');
  document.querySelectorAll('#tabs a[data-view]').forEach(a => a.classList.toggle('active', a.dataset.view === view));
  if (view !== 'document') clearPanel();
  const status = document.getElementById('status');
  status.textContent = 'loading...';
  const t0 = performance.now();
  try {
    await views[view].render(container, filters(), rest.map(decodeURIComponent));
    const ms = Math.round(performance.now() - t0);
    status.textContent = `${view}: ${ms} ms`;
    container.dataset.loadMs = ms;
  } catch (e) {
    container.append(el('p', {class: 'error'}, `Could not load: ${e.message}`));
    status.textContent = 'error';
  }
  container.dataset.ready = view;
}

document.getElementById('filters').addEventListener('submit', ev => {
  ev.preventDefault();
  show();
});
window.addEventListener('hashchange', show);
show();
