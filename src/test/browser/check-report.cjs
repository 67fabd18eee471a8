// Opens a report made by `lexcorpus report` in headless Chromium and checks what a reader gets:
// every document opened in turn shows exactly the entities of the JSON Lines export given beside it
// (type, offsets and text of each element carrying data-entity-type), the overview's counts and charts,
// the type filters, the search box and an entity's details; no request leaves the file, and the page logs
// no error. --shot writes a screenshot of the document with the most entities (or --doc ID), one entity's
// details open; --overview one of the overview's top.
// Usage: NODE_PATH=…/node_modules node check-report.cjs REPORT.html ENTITIES.jsonl [--shot PNG] [--doc ID] [--overview PNG]
'use strict';
const fs = require('fs');
const path = require('path');
const url = require('url');
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const screenshot = option('--shot');
const shotDoc = option('--doc');
const overview = option('--overview');
const [html, entitiesFile] = args;
if (!html || !entitiesFile) {
  console.error('usage: check-report.cjs REPORT.html ENTITIES.jsonl [--shot PNG] [--doc ID] [--overview PNG]');
  process.exit(2);
}
const failures = [];
function check(ok, what) {
  if (!ok) { failures.push(what); console.error('FAIL ' + what); }
}

const expected = new Map(); // doc -> [[type, start, end, text]]
for (const line of fs.readFileSync(entitiesFile, 'utf8').split('\n')) {
  if (!line.trim()) { continue; }
  const e = JSON.parse(line);
  if (!expected.has(e.doc)) { expected.set(e.doc, []); }
  expected.get(e.doc).push([e.type, e.start, e.end, e.text]);
}
const key = (e) => e[0] + ' ' + e[1] + ' ' + e[2];
const byKey = (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

(async () => {
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const fileUrl = url.pathToFileURL(path.resolve(html)).href;
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') { errors.push('console ' + m.type() + ': ' + m.text()); } });
  await page.goto(fileUrl, { waitUntil: 'load' });

  // the page allows its own scripts only, and no connection
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  check(csp && csp.includes("default-src 'none'") && !csp.includes('unsafe-eval') && /script-src 'sha256-[^']+' 'sha256-[^']+';/.test(csp),
    'a strict Content-Security-Policy: ' + csp);
  const external = await page.$$eval('[src],[href]', (els) => els.map((e) => e.getAttribute('src') || e.getAttribute('href'))
    .filter((v) => !v.startsWith('#')));
  check(external.length === 0, 'no src or href outside the page: ' + external.join(' '));

  // the overview: counts as in the export, and every chart with data drawn
  const total = [...expected.values()].reduce((n, l) => n + l.length, 0);
  check(Number(await page.textContent('#n-entities')) === total, 'the overview counts ' + total + ' entities');
  const charts = await page.$$eval('.chart', (els) => els.map((e) => [e.id, e.hidden, e.querySelectorAll('canvas').length]));
  for (const [id, hidden, canvases] of charts) {
    check(hidden || canvases > 0, 'chart ' + id + ' is drawn');
  }
  check(charts.some((c) => !c[1]), 'at least one chart is shown');

  // every document, opened as a reader opens it (a click in the list), shows its entities and no other
  await page.click('#tab-documents');
  const docs = await page.evaluate(() => window.lexcorpusReport.documents());
  check(docs.length === Number(await page.textContent('#n-documents')), 'the list holds every document');
  for (const d of expected.keys()) {
    check(docs.some((x) => x.id === d), 'document ' + d + ' of the export is in the report');
  }
  let seen = 0;
  for (const d of docs) {
    // from the list, or (past the first 500 it lists) by the page's address
    await page.evaluate((id) => {
      const li = document.querySelector('#doc-list li[data-doc="' + CSS.escape(id) + '"]');
      if (li) { li.click(); } else { location.hash = '#doc=' + encodeURIComponent(id); }
    }, d.id);
    await page.waitForFunction((id) => document.getElementById('doc-text').dataset.doc === id, d.id);
    const shown = await page.$$eval('[data-entity-type]', (els) => els.map((e) => [e.dataset.entityType, Number(e.dataset.start),
      Number(e.dataset.end), e.classList.contains('clipped') ? null : e.textContent, e.dataset.value, e.dataset.valueJson, e.title]));
    const want = (expected.get(d.id) || []).slice().sort(byKey);
    shown.sort(byKey);
    seen += shown.length;
    check(shown.length === want.length && shown.length === d.entities,
      d.id + ': ' + shown.length + ' entity elements, ' + want.length + ' in the export, ' + d.entities + ' in the index');
    for (let i = 0; i < Math.min(shown.length, want.length); i++) {
      const s = shown[i];
      const w = want[i];
      check(key(s) === key(w), d.id + ': element ' + key(s) + ' is entity ' + key(w));
      check(s[3] === null || s[3] === w[3], d.id + ': the element of ' + key(w) + ' holds its text');
      check(s[4] && s[5] && JSON.parse(s[5]) !== undefined && s[6].startsWith(w[0] + ': '), d.id + ': ' + key(w) + ' carries its value');
    }
  }
  check(seen === total, 'elements over all documents: ' + seen + ', entities in the export: ' + total);

  // filters, search and details, on the document with the most entities
  const busiest = docs.slice().sort((a, b) => b.entities - a.entities)[0];
  if (busiest && busiest.entities > 0) {
    const opened = await page.evaluate((id) => window.lexcorpusReport.open(id), busiest.id);
    check(opened === busiest.entities, 'open() reports the elements shown');
    const type = (expected.get(busiest.id) || [])[0][0];
    await page.uncheck('#filters input[value="' + type + '"]');
    const offCount = await page.$$eval('[data-entity-type="' + type + '"]', (els) => els.filter((e) => e.classList.contains('off')).length);
    const ofType = expected.get(busiest.id).filter((e) => e[0] === type).length;
    check(offCount === ofType, 'unticking ' + type + ' turns its ' + ofType + ' highlights off (' + offCount + ')');
    await page.check('#filters input[value="' + type + '"]');
    const word = expected.get(busiest.id)[0][3];
    await page.fill('#search', word);
    await page.waitForTimeout(400);
    const marks = await page.$$eval('#doc-text mark', (els) => els.length);
    check(marks > 0, 'searching "' + word + '" marks it in the text');
    const listed = await page.$$eval('#doc-list li', (els) => els.map((e) => e.dataset.doc));
    check(listed.includes(busiest.id), 'the list keeps the documents that hold "' + word + '"');
    await page.fill('#search', '');
    await page.waitForTimeout(400);
    await page.click('#doc-text [data-entity-type]');
    check(await page.isVisible('#detail'), 'a click on an entity shows its details');
    const detail = await page.textContent('#detail pre');
    check(detail && JSON.parse(detail) !== null, 'the details hold the value as JSON');
  }

  if (screenshot) {
    const id = shotDoc || (busiest && busiest.id);
    await page.evaluate(() => { document.getElementById('detail').hidden = true; window.scrollTo(0, 0); });
    await page.evaluate((id) => window.lexcorpusReport.open(id), id);
    const target = await page.$('#doc-text [data-entity-type="statute"]') || await page.$('#doc-text [data-entity-type]');
    if (target) {
      await target.scrollIntoViewIfNeeded();
      await target.click();
    }
    await page.screenshot({ path: screenshot });
  }
  if (overview) {
    await page.evaluate(() => { document.getElementById('detail').hidden = true; location.hash = '#overview'; window.scrollTo(0, 0); });
    await page.waitForTimeout(500); // the charts' entry animation
    await page.screenshot({ path: overview, fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 1500 } });
  }

  const outside = requests.filter((r) => r.split('#')[0] !== fileUrl.split('#')[0]);
  check(outside.length === 0, 'no request leaves the file (' + requests.length + ' requests: ' + outside.slice(0, 5).join(' ') + ')');
  check(errors.length === 0, 'no error in the page: ' + errors.slice(0, 5).join(' | '));
  await browser.close();
  const summary = docs.length + ' documents opened, ' + seen + ' entity elements (' + total + ' in the export), ' + requests.length
    + ' request(s), ' + ((Date.now() - started) / 1000).toFixed(1) + ' s';
  if (failures.length) {
    console.error('report check: ' + failures.length + ' failed; ' + summary);
    process.exit(1);
  }
  console.log('report check passed: ' + summary);
})().catch((e) => { console.error('report check: ' + e.stack); process.exit(1); });
