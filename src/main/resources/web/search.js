import {api, el, nav, showError, entityLink, articleLink} from './app.js';

nav();
const form = document.getElementById('search');
const results = document.getElementById('results');

for (const p of await api('/api/publishers').catch(() => [])) form.publisher.append(el('option', {value: p}, p));
const params = new URLSearchParams(location.search);
for (const k of ['q', 'since', 'until', 'publisher', 'type']) if (params.get(k)) form[k].value = params.get(k);
form.articles.checked = params.get('articles') === '1';

form.addEventListener('submit', e => {
  e.preventDefault();
  const p = new URLSearchParams();
  for (const k of ['q', 'since', 'until', 'publisher', 'type']) if (form[k].value) p.set(k, form[k].value);
  if (form.articles.checked) p.set('articles', '1');
  history.pushState(null, '', '?' + p);
  show(p);
});
window.addEventListener('popstate', () => location.reload());
show(params);

async function show(p) {
  try {
    if (!p.get('q')) return topSources();
    const query = new URLSearchParams(p);
    query.delete('articles');
    query.set('limit', '50');
    if (p.get('articles') === '1') return articleHits(await api('/api/search/articles?' + query));
    const quotes = await api('/api/search?' + query);
    results.replaceChildren(el('p', {class: 'meta'}, `${quotes.length} statement${quotes.length === 1 ? '' : 's'}`),
      el('table', {class: 'results'},
        el('thead', {}, el('tr', {}, ...['quote', 'type', 'speaker', 'article', 'publisher', 'date', 'reports'].map(h => el('th', {}, h)))),
        el('tbody', {}, quotes.map(q => el('tr', {},
          el('td', {class: 'quote'}, q.content),
          el('td', {}, el('span', {class: 'type type-' + q.type}, q.type)),
          el('td', {}, entityLink(q.speakerId, q.speaker)),
          el('td', {}, articleLink(q.article)),
          el('td', {}, q.article.publisher || ''),
          el('td', {}, q.article.published || ''),
          el('td', {}, String(q.reports)))))));
  } catch (error) {
    showError(results, error);
  }
}

function articleHits(hits) {
  results.replaceChildren(el('p', {class: 'meta'}, `${hits.length} article${hits.length === 1 ? '' : 's'}`),
    el('table', {}, el('tbody', {}, hits.map(h => el('tr', {},
      el('td', {}, articleLink(h.article)), el('td', {}, h.article.publisher || ''), el('td', {}, h.article.published || ''),
      el('td', {class: 'quote'}, h.snippet))))));
}

async function topSources() {
  const top = await api('/api/top-sources?limit=25');
  results.replaceChildren(el('h2', {}, 'Most quoted'),
    el('table', {}, el('thead', {}, el('tr', {}, ...['entity', 'type', 'statements', 'reports', 'articles'].map(h => el('th', {}, h)))),
      el('tbody', {}, top.map(s => el('tr', {}, el('td', {}, entityLink(s.id, s.name)), el('td', {}, s.type),
        el('td', {}, String(s.statements)), el('td', {}, String(s.reports)), el('td', {}, String(s.articles)))))));
}
