// Dossier's pages share this: fetching the API, building DOM safely, and drawing an article
// with its attributions. Text from the store is only ever set as text nodes (never as HTML), so
// names, quotes and articles cannot inject markup or scripts; links are made only to http(s)
// URLs; and nothing here needs inline scripts or styles, so the pages run under a strict
// Content-Security-Policy.

/** The attribution types, in the order the filters list them. */
export const TYPES = ['speech', 'thought', 'evidence', 'refusal', 'other'];

/**
 * Whether href is an http: or https: URL, resolved against base (this page by default; pass null
 * for a URL that must be absolute, such as an article's).
 */
export function isWebUrl(href, base = location.href) {
  try {
    return ['http:', 'https:'].includes((base === null ? new URL(href) : new URL(href, base)).protocol);
  } catch {
    return false;
  }
}

/**
 * An element with attributes and children; strings become text nodes, arrays are flattened, and
 * null and undefined are nothing (so a part that may be missing can be passed as it is). An href
 * that is not http(s) (javascript:, data:, ...) is left out: the element is then not a link.
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'href' && !isWebUrl(v)) continue;
    else e.setAttribute(k, v);
  }
  e.append(...nodes(children));
  return e;
}

/**
 * Replaces container's children with these, taken as el() takes them. The pages use this, never
 * replaceChildren, which would show a null (a pager with nothing to page, say) as the text "null".
 */
export function fill(container, ...children) {
  container.replaceChildren(...nodes(children));
}

function nodes(children) {
  return children.flat().filter(c => c !== null && c !== undefined).map(c => c instanceof Node ? c : document.createTextNode(String(c)));
}

/** GET or POST JSON; on an error status, throws the API's message. */
export async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({error: response.statusText}));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

/** A count with its noun: "1 article", "2 articles". */
export function plural(n, noun, nouns = `${noun}s`) {
  return `${n} ${n === 1 ? noun : nouns}`;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

export function showError(container, error) {
  fill(container, el('p', {class: 'error', role: 'alert'}, String(error.message || error)));
}

export function entityLink(id, name) {
  return id === null || id === undefined ? el('span', {}, name || '(unknown)') : el('a', {href: `entity.html?id=${encodeURIComponent(id)}`, class: 'entity'}, name);
}

export function articleLink(article) {
  return el('a', {href: `article.html?id=${encodeURIComponent(article.id)}`}, article.title || article.url || article.origin || `article ${article.id}`);
}

/** A statement's words, linking to its page (every article that reported it) when its id is known. */
export function statementLink(id, content) {
  return id === null || id === undefined ? el('span', {}, content) : el('a', {href: `statement.html?id=${encodeURIComponent(id)}`, class: 'statement'}, content);
}

/** A link to an article where it was published, when its URL is http(s); any other URL is shown as text. */
export function originalLink(url) {
  if (!url) return null;
  return isWebUrl(url, null) ? el('a', {href: url, rel: 'noopener noreferrer nofollow', class: 'original'}, 'original')
    : el('span', {class: 'muted url'}, url);
}

/** A cell for a date: dates never wrap (see style.css). */
export function dateCell(date) {
  return el('td', {class: 'date'}, date || '');
}

/**
 * Previous and next buttons for a list shown a page at a time; go(offset) shows another page.
 * Null when everything fits on the first page.
 */
export function pager(offset, shown, hasMore, go, size) {
  if (offset === 0 && !hasMore) return null;
  return el('p', {class: 'pager'},
    el('button', {type: 'button', class: 'previous', disabled: offset === 0, onclick: () => go(Math.max(0, offset - size))}, '← Previous'),
    el('span', {class: 'meta'}, ` ${shown ? `${offset + 1}–${offset + shown}` : 'none'} `),
    el('button', {type: 'button', class: 'next', disabled: !hasMore, onclick: () => go(offset + size)}, 'Next →'));
}

/**
 * Buttons that download rows as CSV and JSON. columns are [header, row => value] pairs for the
 * CSV; the JSON holds the rows as the API gave them.
 */
export function exportButtons(name, columns, rows) {
  const csv = () => [columns.map(c => c[0]), ...rows.map(r => columns.map(c => c[1](r)))].map(line => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return el('p', {class: 'export'}, 'Export: ',
    el('button', {type: 'button', class: 'export-csv', onclick: () => download(`${name}.csv`, 'text/csv', csv())}, 'CSV'), ' ',
    el('button', {type: 'button', class: 'export-json', onclick: () => download(`${name}.json`, 'application/json', JSON.stringify(rows, null, 2))}, 'JSON'));
}

/** The CSV columns of a statement, as the search and an entity's page export them. */
export const QUOTE_COLUMNS = [['statement', q => q.statement], ['quote', q => q.content], ['type', q => q.type],
  ['confidence', q => q.confidence], ['speaker', q => q.speaker], ['speaker id', q => q.speakerId], ['article', q => q.article.title],
  ['article id', q => q.article.id], ['url', q => q.article.url], ['publisher', q => q.article.publisher],
  ['date', q => q.article.published], ['reports', q => q.reports]];

/**
 * One CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). Text starting
 * with = + - @ (or a tab or carriage return) gets a leading ' so that a spreadsheet shows it
 * rather than running it as a formula.
 */
function csvCell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], {type: `${type};charset=utf-8`}));
  const a = document.createElement('a');  // not el(): a blob: URL is our own, not a web link
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
 * One row per attribution: source (linked), cue, content (linking to its statement when
 * statementIds, "A7" -> statement id, knows it), the chain that relayed it, its type, confidence;
 * above the table, a select shows one type only (speech: what was said or written), a minimum
 * hides the less confident, and the rows shown export as CSV or JSON (files named exportName).
 */
export function attributionList(analysis, entityIds, statementIds, exportName) {
  const names = Object.fromEntries(analysis.entities.map(e => [e.id, e.name]));
  const who = id => entityIds && entityIds[id] !== undefined ? entityLink(entityIds[id], names[id]) : el('span', {}, names[id] || id);
  const rows = analysis.attributions.map(a => el('tr', {'data-type': a.type, 'data-confidence': a.confidence},
    el('td', {}, a.id),
    el('td', {}, a.source ? (a.source.entity ? who(a.source.entity) : a.source.text) : el('em', {}, 'unnamed'),
      a.source && a.source.entity && a.source.text !== names[a.source.entity] ? el('span', {class: 'muted'}, ` ("${a.source.text}")`) : null),
    el('td', {}, a.cue ? a.cue.text : (a.continues ? el('em', {}, `continues ${a.continues}`) : '')),
    el('td', {class: 'quote'}, statementLink(statementIds ? statementIds[a.id] : null, a.content.text)),
    el('td', {class: 'chain'}, a.via.length ? a.via.flatMap((v, k) => k ? [' → ', who(v)] : [who(v)]) : ''),
    el('td', {}, a.kind),
    el('td', {}, el('span', {class: 'type type-' + a.type}, a.type)),
    el('td', {}, a.confidence.toFixed(2))));
  const type = typeSelect('all types');
  const confidence = confidenceInput();
  const shown = [...analysis.attributions];  // what the export holds: refilled as the filters change
  const show = () => {
    shown.length = 0;
    rows.forEach((r, k) => {
      r.hidden = (type.value !== '' && r.dataset.type !== type.value) || Number(r.dataset.confidence) < Number(confidence.value || 0);
      if (!r.hidden) shown.push(analysis.attributions[k]);
    });
  };
  type.addEventListener('change', show);
  confidence.addEventListener('input', show);
  const name = id => names[id] || id;
  return el('div', {class: 'attribution-list'},
    el('p', {class: 'filters'}, el('label', {}, 'Show ', type), ' ', el('label', {}, 'confidence at least ', confidence)),
    exportButtons(exportName, [['id', a => a.id], ['source', a => a.source && a.source.text], ['speaker', a => a.source && a.source.entity && name(a.source.entity)],
      ['cue', a => a.cue && a.cue.text], ['content', a => a.content.text], ['relayed via', a => a.via.map(name).join(' → ')],
      ['kind', a => a.kind], ['type', a => a.type], ['confidence', a => a.confidence], ['continues', a => a.continues]], shown),
    el('table', {class: 'attributions'},
      el('thead', {}, el('tr', {}, ...['id', 'source', 'cue', 'content', 'relayed via', 'kind', 'type', 'confidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
}

/** A select of the attribution types; its empty value, named anyLabel, is every type. */
export function typeSelect(anyLabel, name = 'type') {
  return el('select', {name, 'aria-label': 'attribution type'}, el('option', {value: ''}, anyLabel), ...TYPES.map(t => el('option', {value: t}, t)));
}

/** A number box for a minimum confidence, from 0 to 1; empty is no minimum. */
export function confidenceInput(name = 'minConfidence') {
  return el('input', {name, type: 'number', min: '0', max: '1', step: '0.05', placeholder: 'any', 'aria-label': 'minimum confidence', class: 'confidence'});
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
