import {api, el, fill, nav, param, showError, annotated, attributionList, legend, factLists, originalLink} from './app.js';

nav();
const page = document.getElementById('page');
try {
  const v = await api(`/api/articles/${encodeURIComponent(param('id'))}`);
  const a = v.article;
  document.title = `Dossier: ${a.title || 'article'}`;
  fill(page,
    el('h1', {id: 'article-title'}, a.title || a.url || a.origin),
    el('p', {class: 'meta'}, [a.publisher, a.published, v.byline && `by ${v.byline}`].filter(Boolean).join(' · '), ' ',
      originalLink(a.url)),
    legend(),
    annotated(v.text, v.analysis, v.entityIds),
    el('h2', {}, `Attributions (${v.analysis.attributions.length})`),
    attributionList(v.analysis, v.entityIds, v.statementIds, `dossier-article-${a.id}-attributions`),
    factLists(v.analysis, v.entityIds));
} catch (error) {
  showError(page, error);
}
