import {api, el, fill, nav, plural, showError, entityLink, articleLink, statementLink, dateCell, pager, exportButtons, QUOTE_COLUMNS} from './app.js';

nav();
const form = document.getElementById('search');
const results = document.getElementById('results');
/** The form's fields, as the page's URL and the API name them. */
const FIELDS = ['q', 'since', 'until', 'publisher', 'type', 'minConfidence', 'limit'];

for (const p of await api('/api/publishers').catch(() => [])) form.publisher.append(el('option', {value: p}, p));
const params = new URLSearchParams(location.search);
for (const k of FIELDS) if (params.get(k)) form[k].value = params.get(k);
form.articles.checked = params.get('articles') === '1';

form.addEventListener('submit', e => {
  e.preventDefault();
  const p = new URLSearchParams();
  for (const k of FIELDS) if (form[k].value) p.set(k, form[k].value);
  if (form.articles.checked) p.set('articles', '1');
  go(p);
});
window.addEventListener('popstate', () => location.reload());
show(params);

/** Shows the result for p, and makes it the page's address (so back and forward work). */
function go(p) {
  history.pushState(null, '', '?' + p);
  show(p);
}

/** The same search from another offset. */
function turn(p, offset) {
  const next = new URLSearchParams(p);
  if (offset) next.set('offset', offset); else next.delete('offset');
  go(next);
}

/** Asks for one row more than a page, to know whether there is a next page. */
async function page(path, p, size) {
  const query = new URLSearchParams(p);
  query.delete('articles');
  query.set('limit', size + 1);
  const rows = await api(`${path}?${query}`);
  return {rows: rows.slice(0, size), hasMore: rows.length > size};
}

async function show(p) {
  const size = Number(form.limit.value);
  const offset = Number(p.get('offset')) || 0;
  const pages = (shown, hasMore) => pager(offset, shown, hasMore, o => turn(p, o), size);
  try {
    if (!p.get('q')) return topSources(p, size, pages);
    if (p.get('articles') === '1') return articleHits(await page('/api/search/articles', p, size), pages);
    const {rows, hasMore} = await page('/api/search', p, size);
    fill(results, el('p', {class: 'meta'}, `${plural(rows.length, 'statement')}${offset ? ` after the first ${offset}` : ''}`),
      exportButtons('dossier-search', QUOTE_COLUMNS, rows),
      el('table', {class: 'results'},
        el('thead', {}, el('tr', {}, ...['quote', 'type', 'confidence', 'speaker', 'article', 'publisher', 'date', 'reports'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows.map(q => el('tr', {},
          el('td', {class: 'quote'}, statementLink(q.statement, q.content)),
          el('td', {}, el('span', {class: 'type type-' + q.type}, q.type)),
          el('td', {}, q.confidence.toFixed(2)),
          el('td', {}, entityLink(q.speakerId, q.speaker)),
          el('td', {}, articleLink(q.article)),
          el('td', {}, q.article.publisher || ''),
          dateCell(q.article.published),
          el('td', {}, String(q.reports)))))),
      pages(rows.length, hasMore));
  } catch (error) {
    showError(results, error);
  }
}

function articleHits({rows, hasMore}, pages) {
  fill(results, el('p', {class: 'meta'}, plural(rows.length, 'article')),
    exportButtons('dossier-articles', [['article id', h => h.article.id], ['title', h => h.article.title], ['url', h => h.article.url],
      ['publisher', h => h.article.publisher], ['date', h => h.article.published], ['passage', h => h.snippet]], rows),
    el('table', {}, el('tbody', {}, rows.map(h => el('tr', {},
      el('td', {}, articleLink(h.article)), el('td', {}, h.article.publisher || ''), dateCell(h.article.published),
      el('td', {class: 'quote'}, h.snippet))))),
    pages(rows.length, hasMore));
}

async function topSources(p, size, pages) {
  const top = new URLSearchParams();
  if (p.get('publisher')) top.set('publisher', p.get('publisher'));
  if (p.get('offset')) top.set('offset', p.get('offset'));
  const {rows, hasMore} = await page('/api/top-sources', top, size);
  fill(results, el('h2', {}, 'Most quoted'),
    exportButtons('dossier-top-sources', [['entity id', s => s.id], ['entity', s => s.name], ['type', s => s.type],
      ['statements', s => s.statements], ['reports', s => s.reports], ['articles', s => s.articles]], rows),
    el('table', {class: 'top'}, el('thead', {}, el('tr', {}, ...['entity', 'type', 'statements', 'reports', 'articles'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(s => el('tr', {}, el('td', {}, entityLink(s.id, s.name)), el('td', {}, s.type),
        el('td', {}, String(s.statements)), el('td', {}, String(s.reports)), el('td', {}, String(s.articles)))))),
    pages(rows.length, hasMore));
}
