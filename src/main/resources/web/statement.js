import {api, el, fill, nav, param, plural, showError, entityLink, articleLink, originalLink, dateCell, exportButtons} from './app.js';

nav();
const page = document.getElementById('page');
try {
  const {statement: s, reports} = await api(`/api/statements/${encodeURIComponent(param('id'))}`);
  document.title = `Dossier: ${s.speaker || 'statement'}`;
  fill(page,
    el('blockquote', {id: 'statement', class: 'statement'}, s.content),
    el('p', {class: 'meta'}, entityLink(s.speakerId, s.speaker), ' · ', el('span', {class: 'type type-' + s.type}, s.type),
      ` · confidence up to ${s.confidence.toFixed(2)} · first reported ${s.article.published || '(date unknown)'}`),
    el('h2', {}, `Reported by ${plural(reports.length, 'article')}`),
    exportButtons(`dossier-statement-${s.statement}`, [['article id', r => r.article.id], ['article', r => r.article.title],
      ['url', r => r.article.url], ['publisher', r => r.article.publisher], ['date', r => r.article.published], ['kind', r => r.kind],
      ['source as written', r => r.source], ['cue', r => r.cue], ['relayed via', r => r.via.join(' → ')], ['as reported', r => r.content]], reports),
    el('table', {class: 'reports'},
      el('thead', {}, el('tr', {}, ...['article', 'publisher', 'date', 'source as written', 'cue', 'kind', 'relayed via', 'as reported', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, reports.map(r => el('tr', {},
        el('td', {}, articleLink(r.article)),
        el('td', {}, r.article.publisher || ''),
        dateCell(r.article.published),
        el('td', {}, r.source || el('em', {}, 'unnamed')),
        el('td', {}, r.cue || ''),
        el('td', {}, r.kind),
        el('td', {class: 'chain'}, r.via.join(' → ')),
        el('td', {class: 'quote'}, r.content),
        el('td', {}, originalLink(r.article.url)))))));
} catch (error) {
  showError(page, error);
}
