// The real desktop app under Xvfb, driven over WebDriver (tauri-driver in front of
// WebKitWebDriver): one full wizard run, with a screenshot saved as an artifact.
// Plain WebDriver HTTP calls; no client library needed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assert, freePort, run } from './lib.mjs';

const app = process.env.PORTDOCTOR_DESKTOP;
if (!app) {
  console.error('set PORTDOCTOR_DESKTOP to the desktop app binary');
  process.exit(2);
}
const artifacts = path.resolve(import.meta.dirname, '../../../tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const procs = [];
process.on('exit', () => procs.forEach((p) => p.kill()));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const display = `:${90 + (process.pid % 9)}`;
procs.push(spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
await sleep(500);
const driverPort = await freePort();
const driver = spawn(process.env.TAURI_DRIVER ?? 'tauri-driver', ['--port', String(driverPort)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DISPLAY: display },
});
procs.push(driver);

const base = `http://127.0.0.1:${driverPort}`;
async function wd(method, url, body) {
  const r = await fetch(base + url, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await r.json();
  if (!r.ok) throw new Error(`${method} ${url}: ${JSON.stringify(data.value ?? data)}`);
  return data.value;
}
for (let i = 0; i < 100; i++) {
  try {
    await fetch(`${base}/status`);
    break;
  } catch {
    await sleep(100);
  }
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
let session;

async function find(testid, timeout = 20000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      const el = await wd('POST', `/session/${session}/element`, { using: 'css selector', value: `[data-testid="${testid}"]` });
      return el[ELEMENT];
    } catch (e) {
      if (Date.now() > until) throw e;
      await sleep(200);
    }
  }
}
const text = async (el) => wd('GET', `/session/${session}/element/${el}/text`);

const ok = await run([
  ['the app opens on the first screen', async () => {
    const s = await wd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: app } } },
    });
    session = s.sessionId;
    await find('input');
  }],
  ['one full wizard run: a closed port is explained, with a report ID', async () => {
    const port = await freePort();
    const input = await find('input');
    await wd('POST', `/session/${session}/element/${input}/value`, { text: `127.0.0.1:${port}` });
    await wd('POST', `/session/${session}/element/${await find('check')}/click`, {});
    const headline = await text(await find('headline'));
    assert(/No program is answering on port/.test(headline) && headline.includes(String(port)), headline);
    const id = (await text(await find('report-id'))).trim();
    assert(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/.test(id), `report id ${id}`);
    await sleep(1500); // let the window settle before the picture
    const png = await wd('GET', `/session/${session}/screenshot`);
    fs.writeFileSync(path.join(artifacts, 'desktop-answer.png'), Buffer.from(png, 'base64'));
  }],
]);

if (session) await wd('DELETE', `/session/${session}`).catch(() => undefined);
process.exit(ok ? 0 : 1);
