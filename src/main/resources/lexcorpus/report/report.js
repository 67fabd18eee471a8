// The report's viewer: reads the corpus index and renders one document at a time from its JSON element,
// with its entities as elements carrying data-entity-type, data-start, data-end, data-value and
// data-value-json. Offsets in the data are code points, as in the records.
(function () {
  'use strict';
  var corpus = JSON.parse(document.getElementById('corpus').textContent);
  var types = corpus.types.map(function (t) { return t.name; });
  var colours = {};
  corpus.types.forEach(function (t) { colours[t.name] = t.colour; });
  var docs = corpus.docs; // [id, title, date, length, [count per type], element]
  var byId = new Map();
  docs.forEach(function (d, i) { byId.set(d[0], i); });
  var off = new Set();
  var query = '';
  var current = -1;
  var LIST_MAX = 500;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function total(counts) { return counts.reduce(function (a, b) { return a + b; }, 0); }

  // ---- values as a reader wants them
  function articles(list) {
    return (list || []).map(function (a) {
      var s = '第' + a.article + '条' + (a.suffix || '');
      if (a.paragraph != null) { s += '第' + a.paragraph + '款'; }
      if (a.item != null) { s += '第' + a.item + '项'; }
      return s;
    }).join('、');
  }
  function join(parts) { return parts.filter(function (p) { return p != null && p !== ''; }).join(' · '); }
  function format(type, v) {
    if (v == null || typeof v !== 'object') { return String(v); }
    switch (type) {
      case 'date':
        return join([v.date, v.granularity, v.year_inferred ? 'year inferred' : null, v.month_inferred ? 'month inferred' : null]);
      case 'money':
        return join([(v.approximate ? '≈ ' : '') + v.amount + ' ' + v.currency + (v.per ? ' / ' + v.per : '')]);
      case 'statute':
        return join([v.canonical || v.law, v.version, articles(v.articles), v.version_on_date ? 'version on date: ' + v.version_on_date : null,
          v.status, v.repealed_by ? 'repealed by ' + (v.repealed_by.canonical || '') + (v.repealed_by.date ? ' (' + v.repealed_by.date + ')' : '') : null]);
      case 'case_number':
        return join([v.court || v.court_code, v.year, v.case_type || v.type_code, v.procedure, v.serial != null ? 'No. ' + v.serial : null, v.role]);
      case 'document_number':
        return join([v.issuer || v.issuer_code, v.year, v.serial != null ? 'No. ' + v.serial : null, v.kind, v.title]);
      default:
        return JSON.stringify(v);
    }
  }

  // ---- views
  function show(view) {
    $('overview').hidden = view !== 'overview';
    $('documents').hidden = view !== 'documents';
    $('tab-overview').classList.toggle('on', view === 'overview');
    $('tab-documents').classList.toggle('on', view === 'documents');
    if (view === 'overview') { charts(); }
  }
  function route() {
    var h = location.hash;
    if (h.indexOf('#doc=') === 0) {
      show('documents');
      open(decodeURIComponent(h.slice(5)));
    } else if (h === '#documents') {
      show('documents');
    } else {
      show('overview');
    }
  }

  // ---- charts, drawn when the overview is first shown (ECharts needs the containers' size)
  var drawn = [];
  function chart(id, option) {
    var box = $(id);
    if (!box) { return; }
    if (!option) { box.hidden = true; return; }
    var c = echarts.init(box);
    c.setOption(option);
    drawn.push(c);
  }
  function bars(rows, colour, repealedColour) {
    if (!rows.length) { return null; }
    rows = rows.slice().reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (r) { return r[0]; }),
        axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', data: rows.map(function (r) {
        return { value: r[1], itemStyle: { color: r[2] && repealedColour ? repealedColour : colour } };
      }) }]
    };
  }
  function charts() {
    if (drawn.length || typeof echarts === 'undefined') { return; }
    var c = corpus.charts;
    var t = c.timeline;
    var grains = Object.keys(t.series);
    // the window opens on the years that hold all but the earliest 2 % of the dates; the slider shows the rest
    var perYear = t.years.map(function (y, i) { return grains.reduce(function (n, g) { return n + t.series[g][i]; }, 0); });
    var all = total(perYear);
    var from = 0;
    for (var seen = 0; from < perYear.length - 1 && seen + perYear[from] <= all * 0.02; from++) { seen += perYear[from]; }
    chart('chart-timeline', t.years.length ? {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: grains },
      grid: { left: 40, right: 20, top: 30, bottom: t.years.length > 30 ? 60 : 30 },
      xAxis: { type: 'category', data: t.years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: t.years.length > 30 ? [{ type: 'slider', startValue: from }, { type: 'inside', startValue: from }] : [],
      series: grains.map(function (g) { return { name: g, type: 'bar', stack: 'dates', data: t.series[g] }; }),
      color: ['#1f77b4', '#6baed6', '#c6dbef', '#bbbbbb']
    } : null);
    chart('chart-instruments', bars(c.instruments, colours.statute || '#d62728', '#7f7f7f'));
    chart('chart-issuers', bars(c.issuers, colours.document_number || '#ff7f0e'));
    chart('chart-courts', c.courts.years.length ? {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', data: c.courts.series.map(function (s) { return s.name; }) },
      grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: c.courts.years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      series: c.courts.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'courts', data: s.data }; })
    } : null);
  }
  window.addEventListener('resize', function () { drawn.forEach(function (c) { c.resize(); }); });

  // ---- the list of documents
  function shownTypes(counts) {
    if (!off.size) { return true; }
    return counts.some(function (n, i) { return n > 0 && !off.has(types[i]); });
  }
  function matches(d) {
    if (!query) { return true; }
    var q = query.toLowerCase();
    if (d[0].toLowerCase().indexOf(q) >= 0 || (d[1] && d[1].toLowerCase().indexOf(q) >= 0)) { return true; }
    return $('doc-' + d[5]).textContent.toLowerCase().indexOf(q) >= 0;
  }
  function list() {
    var ol = $('doc-list');
    ol.textContent = '';
    var found = 0;
    docs.forEach(function (d, i) {
      if (!shownTypes(d[4]) || !matches(d)) { return; }
      found++;
      if (found > LIST_MAX) { return; }
      var li = el('li', i === current ? 'on' : null, d[1] || d[0]);
      li.dataset.doc = d[0];
      li.appendChild(el('small', null, join([d[1] ? d[0] : null, d[2], total(d[4]) + ' entities'])));
      li.addEventListener('click', function () { location.hash = '#doc=' + encodeURIComponent(d[0]); });
      ol.appendChild(li);
    });
    $('doc-count').textContent = found + ' of ' + docs.length + ' documents' + (found > LIST_MAX ? ' (the first ' + LIST_MAX + ' listed: refine the search)' : '');
  }

  // ---- one document
  function cpIndex(text) {
    // code point -> UTF-16 index, only where the text has characters outside the BMP
    if (!/[\uD800-\uDBFF]/.test(text)) { return null; }
    var m = [];
    for (var i = 0; i < text.length; i++) {
      m.push(i);
      var c = text.charCodeAt(i);
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < text.length) { i++; }
    }
    m.push(text.length);
    return m;
  }
  function entityElement(tag, type, start, end, value) {
    var s = el(tag, off.has(type) ? 'off' : null);
    s.dataset.entityType = type;
    s.dataset.start = start;
    s.dataset.end = end;
    var shown = format(type, value);
    s.dataset.value = shown;
    s.dataset.valueJson = JSON.stringify(value);
    s.title = type + ': ' + shown;
    return s;
  }
  function render(d) {
    var box = $('doc-text');
    box.textContent = '';
    box.dataset.doc = d.id;
    var head = $('doc-head');
    head.textContent = '';
    head.appendChild(el('h2', null, d.title || d.id));
    var counts = {};
    d.e.forEach(function (e) { var t = types[e[0]]; counts[t] = (counts[t] || 0) + 1; });
    head.appendChild(el('p', null, join([d.title ? d.id : null, d.date, d.part ? 'part ' + d.part.index + ' of ' + d.part.of : null,
      types.filter(function (t) { return counts[t]; }).map(function (t) { return counts[t] + ' ' + t; }).join(', ')])));
    var toc = $('toc');
    toc.textContent = '';
    (d.toc || []).forEach(function (h, k) {
      var a = el('a', 'l' + Math.min(h[0], 4), h[1]);
      a.href = '#';
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        var at = $('toc-' + k);
        if (at) { at.scrollIntoView({ block: 'start' }); }
      });
      toc.appendChild(a);
    });
    if (d.text == null) {
      // known from entity records only: the entities, each with its own text
      box.appendChild(el('p', 'note', 'The text of this document is not in the records the report was made from.'));
      var table = el('table', 'list entities');
      d.e.forEach(function (e) {
        var tr = el('tr');
        var td = el('td');
        var s = entityElement('span', types[e[0]], e[1], e[2], e[3]);
        s.textContent = e[4];
        td.appendChild(s);
        tr.appendChild(td);
        tr.appendChild(el('td', null, types[e[0]]));
        tr.appendChild(el('td', null, format(types[e[0]], e[3])));
        table.appendChild(tr);
      });
      box.appendChild(table);
      return;
    }
    var text = d.text;
    var map = cpIndex(text);
    var length = map ? map.length - 1 : text.length;
    function u(cp) { cp = Math.max(0, Math.min(cp, length)); return map ? map[cp] : cp; }
    // entities outermost first; table-of-contents anchors before what starts where they stand
    var items = d.e.map(function (e) { return { s: Math.max(0, Math.min(e[1], length)), e: Math.max(0, Math.min(e[2], length)), t: types[e[0]], v: e[3], raw: e }; });
    items.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    var anchors = (d.toc || []).map(function (h, k) { return { s: Math.max(0, Math.min(h[2], length)), k: k }; });
    var frag = document.createDocumentFragment();
    var stack = [{ el: frag, end: Infinity }];
    var pos = 0;
    function textTo(node, to) {
      if (to > pos) { node.appendChild(document.createTextNode(text.slice(u(pos), u(to)))); pos = to; }
    }
    function closeTo(at) {
      while (stack.length > 1 && stack[stack.length - 1].end <= at) {
        var top = stack.pop();
        textTo(top.el, top.end);
      }
    }
    var ai = 0;
    function anchorsTo(at) {
      while (ai < anchors.length && anchors[ai].s <= at) {
        closeTo(anchors[ai].s);
        textTo(stack[stack.length - 1].el, anchors[ai].s);
        var a = el('a', 'anchor');
        a.id = 'toc-' + anchors[ai].k;
        stack[stack.length - 1].el.appendChild(a);
        ai++;
      }
    }
    items.forEach(function (it) {
      anchorsTo(it.s);
      closeTo(it.s);
      var top = stack[stack.length - 1];
      textTo(top.el, it.s);
      var s = entityElement('span', it.t, it.raw[1], it.raw[2], it.v);
      var end = it.e;
      if (end > top.end) { end = top.end; s.classList.add('clipped'); }
      if (it.s !== it.raw[1] || it.e !== it.raw[2]) { s.classList.add('clipped'); }
      top.el.appendChild(s);
      stack.push({ el: s, end: end });
    });
    anchorsTo(Infinity);
    closeTo(Infinity);
    textTo(frag, length);
    box.appendChild(frag);
  }
  function mark() {
    var box = $('doc-text');
    var old = box.querySelectorAll('mark');
    old.forEach(function (m) { m.replaceWith(document.createTextNode(m.textContent)); });
    box.normalize();
    if (!query) { return 0; }
    var q = query.toLowerCase();
    var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    var n = 0;
    nodes.forEach(function (node) {
      var t = node.data.toLowerCase();
      var at = t.indexOf(q);
      while (at >= 0) {
        var rest = node.splitText(at);
        var after = rest.splitText(q.length);
        var m = el('mark');
        rest.replaceWith(m);
        m.appendChild(rest);
        n++;
        node = after;
        t = node.data.toLowerCase();
        at = t.indexOf(q);
      }
    });
    var first = box.querySelector('mark');
    if (first) { first.classList.add('now'); first.scrollIntoView({ block: 'center' }); }
    return n;
  }
  function open(id) {
    var i = byId.get(id);
    if (i === undefined) {
      $('doc-head').textContent = 'No document ' + id + ' in this report.';
      return 0;
    }
    current = i;
    var d = JSON.parse($('doc-' + docs[i][5]).textContent);
    render(d);
    mark();
    document.querySelectorAll('#doc-list li').forEach(function (li) { li.classList.toggle('on', li.dataset.doc === id); });
    return $('doc-text').querySelectorAll('[data-entity-type]').length;
  }

  // ---- details of an entity on click
  $('doc-text').addEventListener('click', function (ev) {
    var s = ev.target.closest('[data-entity-type]');
    var box = $('detail');
    if (!s) { box.hidden = true; return; }
    box.textContent = '';
    box.style.setProperty('--c', colours[s.dataset.entityType] || '#888');
    var close = el('button', null, '×');
    close.addEventListener('click', function () { box.hidden = true; });
    box.appendChild(close);
    box.appendChild(el('b', null, s.dataset.entityType + ' '));
    box.appendChild(el('span', null, s.textContent));
    box.appendChild(el('div', null, s.dataset.value));
    box.appendChild(el('div', 'note', 'offsets ' + s.dataset.start + '–' + s.dataset.end));
    box.appendChild(el('pre', null, JSON.stringify(JSON.parse(s.dataset.valueJson), null, 2)));
    box.hidden = false;
  });

  // ---- search and filters
  var timer = null;
  $('search').addEventListener('input', function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      query = ev.target.value.trim();
      list();
      if (current >= 0) { mark(); }
    }, 200);
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') { return; }
    var marks = Array.prototype.slice.call($('doc-text').querySelectorAll('mark'));
    if (!marks.length) { return; }
    var now = marks.findIndex(function (m) { return m.classList.contains('now'); });
    if (now >= 0) { marks[now].classList.remove('now'); }
    var next = marks[(now + 1) % marks.length];
    next.classList.add('now');
    next.scrollIntoView({ block: 'center' });
  });
  document.querySelectorAll('#filters input').forEach(function (box) {
    box.addEventListener('change', function () {
      if (box.checked) { off.delete(box.value); } else { off.add(box.value); }
      $('doc-text').querySelectorAll('[data-entity-type="' + box.value + '"]').forEach(function (s) {
        s.classList.toggle('off', !box.checked);
      });
      list();
    });
  });

  // for scripts that drive the page (its tests among them)
  window.lexcorpusReport = {
    documents: function () { return docs.map(function (d) { return { id: d[0], entities: total(d[4]) }; }); },
    open: function (id) { show('documents'); return open(id); }
  };

  list();
  window.addEventListener('hashchange', route);
  route();
})();
