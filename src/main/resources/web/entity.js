import {api, el, nav, param, showError, entityLink, articleLink} from './app.js';

nav();
const page = document.getElementById('page');
try {
  const p = await api(`/api/entities/${encodeURIComponent(param('id'))}`);
  document.title = `Dossier: ${p.name}`;
  const chart = el('div', {class: 'chart', id: 'quotes-chart'});
  const graph = el('div', {class: 'graph', id: 'company-graph'});
  page.replaceChildren(
    el('h1', {id: 'entity-name'}, p.name),
    el('p', {class: 'meta'}, p.type),
    el('dl', {class: 'facts'},
      el('dt', {}, 'Also written'), el('dd', {id: 'aliases'}, p.aliases.join(' · ')),
      el('dt', {}, 'Described as'), el('dd', {id: 'descriptors'}, p.descriptors.join(' · ') || '—'),
      el('dt', {}, 'Quoted'), el('dd', {}, `${p.statements} statements${p.countedTypes === 'speech' ? ' of speech (what they said or wrote)' : ''}, reported ${p.reports} times`),
      el('dt', {}, 'Mentioned'), el('dd', {}, `${p.mentions} times in ${p.articles} articles`)),
    el('h2', {}, 'Relations'), facts(p.relations, 'relations'),
    el('h2', {}, 'Stances'), facts(p.stances, 'stances'),
    el('h2', {}, 'Statements per month'), chart,
    el('h2', {}, 'Quoted alongside'), p.quotedAlongside.length ? graph : el('p', {class: 'muted'}, 'Nobody yet.'),
    el('h2', {}, 'Latest statements'),
    el('table', {}, el('tbody', {}, p.latestQuotes.map(q => el('tr', {},
      el('td', {}, q.article.published || ''), el('td', {class: 'quote'}, q.content), el('td', {}, articleLink(q.article)))))),
    el('h2', {}, 'Latest articles'),
    el('ul', {id: 'articles'}, p.latestArticles.map(a => el('li', {}, articleLink(a), ' ',
      el('span', {class: 'meta'}, [a.publisher, a.published].filter(Boolean).join(', '))))));
  drawChart(chart, p.quotesByMonth);
  if (p.quotedAlongside.length) drawGraph(graph, p);
} catch (error) {
  showError(page, error);
}

/** "subject predicate object (n articles)", each side linking to its entity. */
function facts(list, id) {
  if (!list.length) return el('p', {class: 'muted', id}, 'None stated.');
  return el('ul', {id}, list.map(f => el('li', {},
    entityLink(f.subjectId, f.subject), ' ', el('span', {class: 'predicate'}, f.predicate.replaceAll('_', ' ')), ' ',
    f.objectId === null ? f.object : entityLink(f.objectId, f.object),
    el('span', {class: 'meta'}, ` (${f.articles} article${f.articles === 1 ? '' : 's'})`))));
}

function drawChart(node, months) {
  echarts.init(node).setOption({
    grid: {left: 40, right: 20, top: 20, bottom: 30},
    tooltip: {trigger: 'axis'},
    xAxis: {type: 'category', data: months.map(m => m.label)},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', name: 'statements', data: months.map(m => m.count), itemStyle: {color: '#1f5fa8'}}],
  });
}

function drawGraph(node, p) {
  const max = Math.max(...p.quotedAlongside.map(c => c.count));
  const g = echarts.init(node);
  g.setOption({
    tooltip: {formatter: x => x.dataType === 'edge' ? `${x.data.value} articles` : x.data.name},
    series: [{
      type: 'graph', layout: 'force', roam: true, force: {repulsion: 260, edgeLength: [60, 160]},
      label: {show: true, position: 'right'},
      data: [{id: String(p.id), name: p.name, symbolSize: 34, itemStyle: {color: '#16324f'}},
        ...p.quotedAlongside.map(c => ({id: String(c.id), name: c.label, symbolSize: 12 + 18 * c.count / max}))],
      links: p.quotedAlongside.map(c => ({source: String(p.id), target: String(c.id), value: c.count, lineStyle: {width: 1 + 4 * c.count / max}})),
    }],
  });
  g.on('click', x => { if (x.dataType === 'node' && x.data.id !== String(p.id)) location.href = `entity.html?id=${encodeURIComponent(x.data.id)}`; });
}
