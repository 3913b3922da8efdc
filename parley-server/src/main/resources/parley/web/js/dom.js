// DOM helpers. Text from articles only ever enters the page as text nodes (append of a string,
// textContent, title attributes): never as markup.

/** An element with properties and children; strings become text nodes. */
export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c != null) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Escapes text for the few places a library renders HTML itself (ECharts tooltips). */
export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, ch => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[ch]));
}

/** Empties an element. */
export function clear(e) {
  e.replaceChildren();
  return e;
}

/** Green for cooperation, grey for neutral, red for conflict: a Goldstein score from -10 to 10. */
export function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g ?? 0) / 10));
  const mix = (a, b) => Math.round(a + (b - a) * Math.abs(t));
  return t >= 0 ? `rgb(${mix(150, 40)},${mix(150, 150)},${mix(150, 60)})` : `rgb(${mix(150, 210)},${mix(150, 40)},${mix(150, 40)})`;
}

/** A chart in a new div of the container, resized with the window. */
export function chart(container, height) {
  const div = el('div', {class: 'chart'});
  if (height) div.style.height = height;
  container.append(div);
  const c = echarts.init(div);
  window.addEventListener('resize', () => c.resize());
  return c;
}
