import {api, el, fill, nav, param, plural, showError, entityLink, articleLink, statementLink, dateCell, pager, exportButtons, typeSelect, confidenceInput,
  QUOTE_COLUMNS} from './app.js';

/** Statements shown a page at a time. */
const PAGE = 20;

nav();
const page = document.getElementById('page');
try {
  const p = await api(`/api/entities/${encodeURIComponent(param('id'))}`);
  document.title = `Dossier: ${p.name}`;
  const chart = el('div', {class: 'chart', id: 'quotes-chart'});
  const graph = el('div', {class: 'graph', id: 'company-graph'});
  fill(page,
    el('h1', {id: 'entity-name'}, p.name),
    el('p', {class: 'meta'}, p.type),
    el('dl', {class: 'facts'},
      el('dt', {}, 'Also written'), el('dd', {id: 'aliases'}, p.aliases.join(' · ')),
      el('dt', {}, 'Names by language'), el('dd', {id: 'names'}, p.names.map(n => `${n.language}: ${n.name} (${plural(n.articles, 'article')})`).join(' · ')),
      el('dt', {}, 'Described as'), el('dd', {id: 'descriptors'}, p.descriptors.join(' · ') || '—'),
      el('dt', {}, 'Quoted'), el('dd', {}, `${plural(p.statements, 'statement')}${p.countedTypes === 'speech' ? ' of speech (what they said or wrote)' : ''}, reported ${plural(p.reports, 'time')}`),
      el('dt', {}, 'Mentioned'), el('dd', {}, `${plural(p.mentions, 'time')} in ${plural(p.articles, 'article')}`)),
    el('h2', {}, 'Relations'), facts(p.relations, 'relations'),
    el('h2', {}, 'Stances'), facts(p.stances, 'stances'),
    el('h2', {}, 'Statements per month'), chart,
    el('h2', {}, 'Quoted alongside'), p.quotedAlongside.length ? graph : el('p', {class: 'muted'}, 'Nobody yet.'),
    el('h2', {}, 'Statements'), quotes(p),
    el('h2', {}, 'Latest articles'),
    el('ul', {id: 'articles'}, p.latestArticles.map(a => el('li', {}, articleLink(a), ' ',
      el('span', {class: 'meta'}, [a.publisher, a.published].filter(Boolean).join(', '))))));
  drawChart(chart, p.quotesByMonth);
  if (p.quotedAlongside.length) drawGraph(graph, p);
} catch (error) {
  showError(page, error);
}

/** The entity's statements, newest first, a page at a time, filtered by type and confidence, with export. */
function quotes(p) {
  const type = typeSelect('all types'), confidence = confidenceInput(), list = el('div', {id: 'quotes'});
  const show = async offset => {
    const query = new URLSearchParams({limit: PAGE + 1, offset});
    if (type.value) query.set('type', type.value);
    if (confidence.value) query.set('minConfidence', confidence.value);
    try {
      const found = await api(`/api/entities/${encodeURIComponent(p.id)}/quotes?${query}`), rows = found.slice(0, PAGE);
      fill(list,
        rows.length ? exportButtons(`dossier-entity-${p.id}-statements`, QUOTE_COLUMNS, rows) : el('p', {class: 'muted'}, 'None.'),
        el('table', {class: 'quotes'}, el('tbody', {}, rows.map(q => el('tr', {},
          dateCell(q.article.published), el('td', {class: 'quote', lang: q.article.language}, statementLink(q.statement, q.content)),
          el('td', {class: 'language'}, q.article.language),
          el('td', {}, el('span', {class: 'type type-' + q.type}, q.type)), el('td', {}, q.confidence.toFixed(2)),
          el('td', {}, articleLink(q.article)))))),
        pager(offset, rows.length, found.length > PAGE, show, PAGE));
    } catch (error) {
      showError(list, error);
    }
  };
  type.addEventListener('change', () => show(0));
  confidence.addEventListener('change', () => show(0));
  show(0);
  return el('div', {}, el('p', {class: 'filters'}, el('label', {}, 'Show ', type), ' ', el('label', {}, 'confidence at least ', confidence)), list);
}

/** "subject predicate object (n articles)", each side linking to its entity. */
function facts(list, id) {
  if (!list.length) return el('p', {class: 'muted', id}, 'None stated.');
  return el('ul', {id}, list.map(f => el('li', {},
    entityLink(f.subjectId, f.subject), ' ', el('span', {class: 'predicate'}, f.predicate.replaceAll('_', ' ')), ' ',
    f.objectId === null ? f.object : entityLink(f.objectId, f.object),
    el('span', {class: 'meta'}, ` (${plural(f.articles, 'article')})`))));
}

function drawChart(node, months) {
  echarts.init(node).setOption({
    grid: {left: 40, right: 20, top: 20, bottom: 30},
    tooltip: {trigger: 'axis', formatter: x => el('span', {}, `${x[0].name}: ${plural(x[0].value, 'statement')}`)},
    xAxis: {type: 'category', data: months.map(m => m.label)},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', name: 'statements', data: months.map(m => m.count), itemStyle: {color: '#1f5fa8'}}],
  });
}

/**
 * The entity in the middle, who they are quoted alongside on a circle around it (at most ten,
 * half a step off the horizontal so that none sits on the middle one's label), each label outside
 * its node: to the right on the right half, to the left on the left half. Positions are polar
 * (radius, degrees clockwise from three o'clock), so the circle keeps its size however few nodes
 * there are.
 */
function drawGraph(node, p) {
  const max = Math.max(...p.quotedAlongside.map(c => c.count));
  const step = 360 / p.quotedAlongside.length;
  const g = echarts.init(node);
  g.setOption({
    // A DOM node, not a string: ECharts would read a string as HTML. Confined, it draws no arrow (an inline style).
    tooltip: {confine: true, formatter: x => el('span', {}, x.dataType === 'edge' ? plural(x.data.value, 'article') : x.data.name)},
    polar: {radius: '75%'},
    angleAxis: {type: 'value', min: 0, max: 360, startAngle: 0, show: false},
    radiusAxis: {type: 'value', min: 0, max: 1, show: false},
    series: [{
      type: 'graph', coordinateSystem: 'polar',
      // ECharts takes a line to be as tall as "国" is wide: without a CJK font, too little for its label boxes.
      label: {show: true, position: 'right', lineHeight: 16},
      data: [{id: String(p.id), name: p.name, value: [0, 0], symbolSize: 34, itemStyle: {color: '#16324f'}},
        ...p.quotedAlongside.map((c, i) => {
          const angle = (i + 0.5) * step;
          return {id: String(c.id), name: c.label, value: [1, angle], symbolSize: 12 + 18 * c.count / max,
            label: {position: Math.cos(angle * Math.PI / 180) >= 0 ? 'right' : 'left'}};
        })],
      links: p.quotedAlongside.map(c => ({source: String(p.id), target: String(c.id), value: c.count, lineStyle: {width: 1 + 4 * c.count / max}})),
    }],
  });
  g.on('click', x => { if (x.dataType === 'node' && x.data.id !== String(p.id)) location.href = `entity.html?id=${encodeURIComponent(x.data.id)}`; });
}
