// Dossier's pages share this: fetching the API, building DOM safely, and drawing an article
// with its attributions. Text from the store is only ever set with textContent (never as HTML),
// so names, quotes and articles cannot inject markup or scripts.

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** GET or POST JSON; on an error status, throws the API's message. */
export async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({error: response.statusText}));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

export function showError(container, error) {
  container.replaceChildren(el('p', {class: 'error', role: 'alert'}, String(error.message || error)));
}

export function entityLink(id, name) {
  return id === null || id === undefined ? el('span', {}, name || '(unknown)') : el('a', {href: `entity.html?id=${encodeURIComponent(id)}`, class: 'entity'}, name);
}

export function articleLink(article) {
  return el('a', {href: `article.html?id=${encodeURIComponent(article.id)}`}, article.title || article.url || article.origin || `article ${article.id}`);
}

/** The navigation bar every page starts with. */
export function nav() {
  document.body.prepend(el('nav', {class: 'top'},
    el('a', {href: 'index.html', class: 'brand'}, 'Dossier'),
    el('a', {href: 'index.html'}, 'Search'),
    el('a', {href: 'analyze.html'}, 'Analyze a text'),
    el('a', {href: 'docs.html'}, 'API')));
}

/**
 * The text with every attribution's source, cue and content highlighted. Offsets in the analysis
 * are Unicode code points, so the text is split into code points, not UTF-16 units.
 * entityIds maps the analysis's entity ids to corpus entity ids (links); null for a pasted text.
 */
export function annotated(text, analysis, entityIds) {
  const chars = Array.from(text);
  const roles = chars.map(() => ({source: null, cue: false, content: false, ids: new Set()}));
  for (const a of analysis.attributions) {
    const mark = (spans, f) => { for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) { f(roles[i]); roles[i].ids.add(a.id); } };
    mark(a.content.spans, r => { r.content = true; });
    if (a.cue) mark(a.cue.spans, r => { r.cue = true; });
    if (a.source) mark(a.source.spans, r => { r.source = a.source.entity; });
  }
  const key = r => `${r.source}|${r.cue}|${r.content}|${[...r.ids].join(',')}`;
  const out = el('div', {class: 'annotated'});
  let i = 0;
  while (i < chars.length) {
    let j = i + 1;
    while (j < chars.length && key(roles[j]) === key(roles[i])) j++;
    const r = roles[i], piece = chars.slice(i, j).join('');
    const classes = [r.content && 'content', r.cue && 'cue', r.source !== null && 'source'].filter(Boolean).join(' ');
    if (!classes) out.append(piece);
    else {
      const corpusId = r.source && entityIds ? entityIds[r.source] : undefined;
      const span = corpusId !== undefined
        ? el('a', {class: classes, href: `entity.html?id=${encodeURIComponent(corpusId)}`, title: [...r.ids].join(', ')}, piece)
        : el('span', {class: classes, title: [...r.ids].join(', ')}, piece);
      out.append(span);
    }
    i = j;
  }
  return out;
}

/**
 * One row per attribution: source (linked), cue, content, the chain that relayed it, its type,
 * confidence; a select above the table shows one type only (speech: what was said or written).
 */
export function attributionList(analysis, entityIds) {
  const names = Object.fromEntries(analysis.entities.map(e => [e.id, e.name]));
  const who = id => entityIds && entityIds[id] !== undefined ? entityLink(entityIds[id], names[id]) : el('span', {}, names[id] || id);
  const rows = analysis.attributions.map(a => el('tr', {'data-type': a.type},
    el('td', {}, a.id),
    el('td', {}, a.source ? (a.source.entity ? who(a.source.entity) : a.source.text) : el('em', {}, 'unnamed'),
      a.source && a.source.entity && a.source.text !== names[a.source.entity] ? el('span', {class: 'muted'}, ` ("${a.source.text}")`) : null),
    el('td', {}, a.cue ? a.cue.text : (a.continues ? el('em', {}, `continues ${a.continues}`) : '')),
    el('td', {class: 'quote'}, a.content.text),
    el('td', {class: 'chain'}, a.via.length ? a.via.flatMap((v, k) => k ? [' → ', who(v)] : [who(v)]) : ''),
    el('td', {}, a.kind),
    el('td', {}, el('span', {class: 'type type-' + a.type}, a.type)),
    el('td', {}, a.confidence.toFixed(2))));
  const filter = el('select', {'aria-label': 'attribution type'}, el('option', {value: ''}, 'all types'),
    ...['speech', 'thought', 'evidence', 'refusal', 'other'].map(t => el('option', {value: t}, t)));
  filter.addEventListener('change', () => rows.forEach(r => { r.hidden = filter.value !== '' && r.dataset.type !== filter.value; }));
  return el('div', {class: 'attribution-list'},
    el('label', {}, 'Show ', filter),
    el('table', {class: 'attributions'},
      el('thead', {}, el('tr', {}, ...['id', 'source', 'cue', 'content', 'relayed via', 'kind', 'type', 'confidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
}

export function legend() {
  return el('p', {class: 'legend'}, 'Highlighted: ', el('span', {class: 'source'}, 'source'), ' ',
    el('span', {class: 'cue'}, 'cue'), ' ', el('span', {class: 'content'}, 'content'), '. Hover for the attribution ids.');
}

/** The analysis's relations, dates and stances, as lists. */
export function factLists(analysis, entityIds) {
  const names = Object.fromEntries(analysis.entities.map(e => [e.id, e.name]));
  const who = (id, text) => id && entityIds && entityIds[id] !== undefined ? entityLink(entityIds[id], names[id]) : el('span', {}, id ? names[id] : text);
  return el('div', {class: 'facts'},
    el('h2', {}, `Relations (${analysis.relations.length})`),
    el('ul', {id: 'relations'}, analysis.relations.map(r => el('li', {}, who(r.subject), ` ${r.predicate.replaceAll('_', ' ')} `, who(r.object, r.objectText)))),
    el('h2', {}, `Dates (${analysis.times.length})`),
    el('ul', {id: 'times'}, analysis.times.map(t => el('li', {}, el('strong', {}, t.text), ` = ${t.value ?? '?'}`,
      t.event ? el('span', {class: 'meta'}, ` (${t.event.text})`) : null))),
    el('h2', {}, `Stances (${analysis.stances.length})`),
    el('ul', {id: 'stances'}, analysis.stances.map(s => el('li', {}, who(s.holder, s.holderText), ` ${s.kind.replaceAll('_', ' ')} `,
      who(s.target, s.targetText), el('span', {class: 'meta'}, ` (${s.polarity})`)))));
}
