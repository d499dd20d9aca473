// The real desktop app under Xvfb, driven over WebDriver: one full wizard run, with
// a screenshot saved as an artifact (tests/artifacts/, not committed).
import fs from 'node:fs';
import path from 'node:path';
import { assert, freePort, readFrom, run } from './lib.mjs';
import { startDriver } from './webdriver.mjs';

const app = process.env.PORTDOCTOR_DESKTOP;
if (!app) {
  console.error('set PORTDOCTOR_DESKTOP to the desktop app binary');
  process.exit(2);
}
const artifacts = path.resolve(import.meta.dirname, '../../../tests/artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const driver = await startDriver();
let session;

const ok = await run([
  ['the app opens on the first screen', async () => {
    session = await driver.open(app);
    await session.find('input');
  }],
  ['one full wizard run: a closed port is explained, with a report ID', async () => {
    const port = await freePort();
    await session.type(await session.find('input'), `127.0.0.1:${port}`);
    await session.click(await session.find('check'));
    const headline = await session.text(await session.find('headline'));
    assert(/No program is answering on port/.test(headline) && headline.includes(String(port)), headline);
    const id = (await session.text(await session.find('report-id'))).trim();
    assert(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/.test(id), `report id ${id}`);
    await new Promise((r) => setTimeout(r, 1500)); // let the window settle before the picture
    fs.writeFileSync(path.join(artifacts, 'desktop-answer.png'), await session.screenshot());
  }],
  ['a test listener opened from the app answers, and its Stop button closes it', async () => {
    await session.click(await session.find('action-open-test-listener'));
    const greeting = (await session.text(await session.find('listener-greeting'))).trim();
    const headline = await session.text(await session.find('headline'));
    const port = Number(headline.match(/port (\d+)/)?.[1]);
    const got = await readFrom(port);
    assert(got.text?.trim() === greeting, `read ${JSON.stringify(got)}, shown ${greeting}`);
    await session.click(await session.find('listener-stop'));
    for (let i = 0; i < 50; i++) {
      if ((await session.text(await session.find('action-result'))).includes('is closed')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = await readFrom(port);
    assert(after.error === 'ECONNREFUSED', `after Stop: ${JSON.stringify(after)}`);
  }],
]);

if (session) await session.close();
driver.stop();
process.exit(ok ? 0 : 1);
