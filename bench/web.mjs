// Web edition benchmark: what a page downloads, and how long the core takes in it.
//
//   sizes     the .wasm and the script, raw and gzipped (-9), English built in; each
//             other language's catalogue file, fetched on demand; the inlined variant
//   Chromium  headless (Debian's), a fresh context per run (nothing cached), for each
//             module (readyToExplain(): the explaining one, as <port-doctor-explain>
//             loads it; ready(): the whole one): from the
//             page asking to the core started, the first explain, then
//             each message of the fixture corpus; a language fetched and added
//   Node      the same module in Node, for comparison
//
// Needs ui/embed/dist (scripts/build-web.sh) and MESSAGES, a JSON list of messages.
// bench/web.sh builds it, writes the list and runs this.
// RUNS: how many cold page loads (default 5); the figures are medians.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// playwright-core is the UI's (ui/node_modules), as for the end-to-end tests.
const { chromium } = createRequire(path.resolve(import.meta.dirname, '../ui/package.json'))('playwright-core');

const repo = path.resolve(import.meta.dirname, '..');
const dist = path.join(repo, 'ui/embed/dist');
const pkg = path.join(repo, 'ui/embed/pkg');
const runs = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// The fixture corpus's messages, as JSON (bench/web.sh writes them from
// crates/core/tests/fixtures/error_messages.toml).
const messages = JSON.parse(fs.readFileSync(process.env.MESSAGES, 'utf8'));

// ---------------------------------------------------------------------------------
console.log('## Sizes (gzip -9)\n');
const size = (file) => {
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const wasm = size(path.join(dist, 'portdoctor_web_bg.wasm'));
const explainWasm = size(path.join(dist, 'portdoctor_explain_bg.wasm'));
const js = size(path.join(dist, 'portdoctor-embed.js'));
const inline = size(path.join(dist, 'portdoctor-embed.inline.js'));
console.log('| file | raw | gzipped |\n|---|---:|---:|');
console.log(`| portdoctor_explain_bg.wasm (explains; English built in) | ${kb(explainWasm.raw)} | ${kb(explainWasm.gz)} |`);
console.log(`| portdoctor_web_bg.wasm (everything; English built in) | ${kb(wasm.raw)} | ${kb(wasm.gz)} |`);
console.log(`| portdoctor-embed.js | ${kb(js.raw)} | ${kb(js.gz)} |`);
console.log(`| **a page with the explainer: script + explain .wasm, English** | ${kb(explainWasm.raw + js.raw)} | **${kb(explainWasm.gz + js.gz)}** |`);
console.log(`| a page with the report viewer: script + whole .wasm, English | ${kb(wasm.raw + js.raw)} | ${kb(wasm.gz + js.gz)} |`);
for (const f of fs.readdirSync(path.join(dist, 'i18n')).sort()) {
  const s = size(path.join(dist, 'i18n', f));
  console.log(`| + i18n/${f} (on demand) | ${kb(s.raw)} | ${kb(s.gz)} |`);
}
console.log(`| portdoctor-embed.inline.js (everything) | ${kb(inline.raw)} | ${kb(inline.gz)} |`);

// ---------------------------------------------------------------------------------
const PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="module">
import { ready, readyToExplain, speak } from '/portdoctor-embed.js';
window.bench = async (messages, whole) => {
  const t0 = performance.now();
  const core = await (whole ? ready('en') : readyToExplain('en'));
  const t1 = performance.now();
  core.explain(messages[0], 'en');
  const t2 = performance.now();
  for (const m of messages) core.explain(m, 'en');
  const t3a = performance.now();
  for (const m of messages) core.explain(m, 'en');
  const t3 = performance.now();
  await speak('de');
  const t4 = performance.now();
  core.explain(messages[1], 'de');
  const t5 = performance.now();
  return { start: t1 - t0, first: t2 - t1, firstFromAsking: t2 - t0, each: (t3a - t2) / messages.length, again: (t3 - t3a) / messages.length, language: t4 - t3, firstInLanguage: t5 - t4 };
};
</script>`;
// A page with the element: it starts the core when it appears, and reads a message of
// its own while the page is idle; then the visitor's first explain is timed.
const ELEMENT_PAGE = `<!doctype html><meta charset="utf-8"><title>bench</title>
<port-doctor-explain></port-doctor-explain>
<script type="module">
import { readyToExplain } from '/portdoctor-embed.js';
window.bench = async (messages) => {
  const core = await readyToExplain('en');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const t0 = performance.now();
  core.explain(messages[0], 'en');
  return { visitor: performance.now() - t0 };
};
</script>`;
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.ftl': 'text/plain; charset=utf-8' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/bench.html' || url.pathname === '/element.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(url.pathname === '/bench.html' ? PAGE : ELEMENT_PAGE);
    return;
  }
  const file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  timeout: 20_000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const results = { explain: [], whole: [], element: [] };
const version = browser.version();
try {
  for (let i = 0; i < runs; i++) {
    for (const which of ['explain', 'whole']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${origin}/bench.html`);
      await page.waitForFunction(() => typeof window.bench === 'function');
      results[which].push(await page.evaluate(([m, w]) => window.bench(m, w), [messages, which === 'whole']));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/element.html`);
    await page.waitForFunction(() => typeof window.bench === 'function');
    results.element.push(await page.evaluate((m) => window.bench(m), messages));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const row = (label, key, unit = 'ms', digits = 1) =>
  console.log(`| ${label} | ${median(results.explain.map((r) => r[key])).toFixed(digits)} ${unit} | ${median(results.whole.map((r) => r[key])).toFixed(digits)} ${unit} |`);
console.log(`\n## Headless Chromium ${version} (median of ${runs} cold loads, ${messages.length} messages)\n`);
console.log('| step | readyToExplain() (explain .wasm) | ready() (whole .wasm) |\n|---|---:|---:|');
row('start: fetch, compile and start the .wasm', 'start');
row('first explain, once started', 'first');
row('**first explain, from the page asking**', 'firstFromAsking');
row('then each message (the corpus, in English)', 'each', 'ms', 2);
row('each message again, the corpus a second time (V8 has optimised the code by then)', 'again', 'ms', 2);
row('a language on demand: fetch i18n/de.ftl and add it', 'language');
row('first explain in it', 'firstInLanguage');
console.log(`\nA page with \`<port-doctor-explain>\`: the visitor's first explain, the page idle a moment after the element appeared (it read a message of its own meanwhile): ${median(results.element.map((r) => r.visitor)).toFixed(1)} ms.`);

// ---------------------------------------------------------------------------------
const web = await import(pathToFileURL(path.join(pkg, 'portdoctor_web.js')).href);
const n0 = performance.now();
await web.default({ module_or_path: fs.readFileSync(path.join(pkg, 'portdoctor_web_bg.wasm')) });
const n1 = performance.now();
web.explain(messages[0], 'en', 'linux', Date.now(), 1, 2);
const n2 = performance.now();
for (const m of messages) web.explain(m, 'en', 'linux', Date.now(), 1, 2);
const n3 = performance.now();
console.log(`\n## Node ${process.version}\n`);
console.log('| step | time |\n|---|---:|');
console.log(`| instantiate | ${(n1 - n0).toFixed(1)} ms |`);
console.log(`| first explain | ${(n2 - n1).toFixed(1)} ms |`);
console.log(`| then each message | ${((n3 - n2) / messages.length).toFixed(2)} ms |`);
