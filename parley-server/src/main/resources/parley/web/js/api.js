// The API client and the shared filters.

/** The filters form's values that are set. */
export function filters() {
  const form = document.getElementById('filters');
  const out = {};
  for (const name of ['actor', 'from', 'to', 'type', 'cameo']) {
    const v = form.elements[name].value.trim();
    if (v) out[name] = v;
  }
  return out;
}

/** GET a JSON endpoint with query parameters (empty ones left out); throws the API's error detail. */
export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v != null && v !== '') q.set(k, v);
  }
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || body.error || res.statusText);
  return body;
}

/** Does an actor code belong to a party given as a code prefix or a country? */
export function matches(code, country, party) {
  return !!party && ((code || '').startsWith(party) || country === party);
}
