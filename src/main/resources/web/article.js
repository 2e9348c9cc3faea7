import {api, el, fill, nav, param, showError, annotated, attributionList, legend, factLists, originalLink} from './app.js';

nav();
/** "German" for "de", in English, as the browser names languages; the code itself where it cannot. */
function languageName(code) {
  try {
    return new Intl.DisplayNames(['en'], {type: 'language'}).of(code);
  } catch {
    return code;
  }
}

const page = document.getElementById('page');
try {
  const v = await api(`/api/articles/${encodeURIComponent(param('id'))}`);
  const a = v.article;
  document.title = `Dossier: ${a.title || 'article'}`;
  const text = annotated(v.text, v.analysis, v.entityIds);
  if (a.language) text.lang = a.language;  // for screen readers, hyphenation and fonts
  fill(page,
    el('h1', {id: 'article-title'}, a.title || a.url || a.origin),
    el('p', {class: 'meta'}, [a.publisher, a.published, v.byline && `by ${v.byline}`, a.language && languageName(a.language)]
      .filter(Boolean).join(' · '), ' ', originalLink(a.url)),
    legend(),
    text,
    el('h2', {}, `Attributions (${v.analysis.attributions.length})`),
    attributionList(v.analysis, v.entityIds, v.statementIds, `dossier-article-${a.id}-attributions`),
    factLists(v.analysis, v.entityIds));
} catch (error) {
  showError(page, error);
}
