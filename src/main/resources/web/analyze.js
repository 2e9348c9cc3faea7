import {api, el, fill, nav, plural, showError, annotated, attributionList, legend, factLists} from './app.js';

/** The most characters the analyze page takes (the server's cap): a long article is a few tens of thousands. */
const MAX_CHARS = 200_000;

nav();
const form = document.getElementById('analyze');
const result = document.getElementById('result');
const size = document.getElementById('text-size');
const count = n => n.toLocaleString('en-US');
form.text.addEventListener('input', () => {
  const n = form.text.value.length;
  size.textContent = `${count(n)} of at most ${count(MAX_CHARS)} characters.`;
  size.classList.toggle('error', n > MAX_CHARS);
});
form.addEventListener('submit', async e => {
  e.preventDefault();
  const text = form.text.value;
  if (text.length > MAX_CHARS) {
    showError(result, `The text has ${count(text.length)} characters; the analyze page takes at most ${count(MAX_CHARS)}. `
      + 'Shorten it, or run dossier analyze on the file.');
    return;
  }
  fill(result, el('p', {class: 'meta'}, 'Analyzing… (the first request loads the models)'));
  try {
    const body = {text};
    if (form.title.value.trim()) body.title = form.title.value.trim();
    if (form.published.value) body.published = form.published.value;
    const analysis = await api('/api/analyze', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    fill(result,
      el('h2', {id: 'analyzed-title'}, analysis.title || 'Untitled text'),
      el('p', {class: 'meta', id: 'analyzed-date'}, analysis.published ? `published ${analysis.published}` : 'no publication date'),
      legend(), annotated(text, analysis, null),
      el('h2', {}, `Attributions (${analysis.attributions.length})`), attributionList(analysis, null, null, 'dossier-analysis-attributions'),
      factLists(analysis, null),
      el('h2', {}, `Entities (${analysis.entities.length})`),
      el('ul', {}, analysis.entities.map(x => el('li', {}, x.name, ' ', el('span', {class: 'meta'}, `${x.type}, ${plural(x.mentions.length, 'mention')}`)))));
  } catch (error) {
    showError(result, error);
  }
});
