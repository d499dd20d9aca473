// The wizard in headless Chromium (Debian's), against a real `portdoctor serve`.
// Screenshots go to tests/artifacts/ (not committed).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { assert, freePort, listener, run, serve } from './lib.mjs';

const require = createRequire(import.meta.url);
const artifacts = path.resolve(import.meta.dirname, '../../../tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const { url } = await serve();
const open = await listener();

async function page({ bypassCSP = false } = {}) {
  // bypassCSP only for the accessibility audit, whose script our own CSP (rightly) blocks.
  const context = await browser.newContext({ bypassCSP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const p = await context.newPage();
  p.setDefaultTimeout(20000);
  await p.goto(url);
  return p;
}

const tid = (id) => `[data-testid="${id}"]`;

async function ask(p, text) {
  await p.fill(tid('input'), text);
  await p.click(tid('check'));
  await p.waitForSelector(tid('headline'));
  return (await p.textContent(tid('headline'))) ?? '';
}

async function axe(p, label) {
  await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await p.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `${label}: ${bad.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
}

const ok = await run([
  ['a pasted error for a closed local port names no listener', async () => {
    const port = await freePort();
    const p = await page();
    const headline = await ask(p, `curl: (7) Failed to connect to 127.0.0.1 port ${port} after 0 ms: Connection refused`);
    assert(/No program is answering on port/.test(headline), headline);
    assert(headline.includes(String(port)), headline);
    // 127.0.0.1 is this computer: said so, not "of 127.0.0.1".
    assert(headline.includes('of this computer'), headline);
    await p.screenshot({ path: path.join(artifacts, 'browser-refused.png'), fullPage: true });
  }],
  ['an open port is reachable', async () => {
    const p = await page();
    const headline = await ask(p, `127.0.0.1:${open.port}`);
    assert(/is answering/.test(headline), headline);
    await p.screenshot({ path: path.join(artifacts, 'browser-reachable.png'), fullPage: true });
  }],
  ['bad input gets a clear message, not a check', async () => {
    const p = await page();
    await p.fill(tid('input'), '172.16.23.277:80');
    await p.waitForFunction(() => document.body.innerText.includes('is not a valid address'));
    await p.screenshot({ path: path.join(artifacts, 'browser-bad-input.png'), fullPage: true });
  }],
  ['keyboard only: from the box to a copied report', async () => {
    const port = await freePort();
    const p = await page();
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    assert(focused === 'input', `first Tab lands on ${focused}`);
    await p.keyboard.type(`127.0.0.1:${port}`);
    await p.keyboard.press('Enter');
    await p.waitForSelector(tid('headline'));
    // Focus moves to the answer when the checks end.
    await p.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'headline');
    for (let i = 0; i < 40; i++) {
      const id = await p.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (id === 'copy') break;
      await p.keyboard.press('Tab');
    }
    assert(await p.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'copy'), 'Tab never reached copy');
    await p.keyboard.press('Enter');
    const id = ((await p.textContent(tid('report-id'))) ?? '').trim();
    await p.waitForFunction((want) => navigator.clipboard.readText().then((t) => t.includes(want)), id);
  }],
  ['no serious accessibility violations on the first screen and the answer', async () => {
    const p = await page({ bypassCSP: true });
    await axe(p, 'first screen');
    await ask(p, `127.0.0.1:${await freePort()}`);
    await axe(p, 'answer');
  }],
]);

await browser.close();
process.exit(ok ? 0 : 1);
