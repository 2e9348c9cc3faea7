import {api, el, nav, showError, annotated, attributionList, legend, factLists} from './app.js';

nav();
const form = document.getElementById('analyze');
const result = document.getElementById('result');
form.addEventListener('submit', async e => {
  e.preventDefault();
  const text = form.text.value;
  result.replaceChildren(el('p', {class: 'meta'}, 'Analyzing… (the first request loads the models)'));
  try {
    const body = {text};
    if (form.published.value) body.published = form.published.value;
    const analysis = await api('/api/analyze', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    result.replaceChildren(legend(), annotated(text, analysis, null),
      el('h2', {}, `Attributions (${analysis.attributions.length})`), attributionList(analysis, null),
      factLists(analysis, null),
      el('h2', {}, `Entities (${analysis.entities.length})`),
      el('ul', {}, analysis.entities.map(x => el('li', {}, x.name, ' ', el('span', {class: 'meta'}, `${x.type}, ${x.mentions.length} mentions`)))));
  } catch (error) {
    showError(result, error);
  }
});
