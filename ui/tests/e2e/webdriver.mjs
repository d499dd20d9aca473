// The desktop app under Xvfb, driven through tauri-driver (in front of
// WebKitWebDriver) with plain WebDriver HTTP calls. Used by the desktop end-to-end
// test and by bench/desktop.mjs.
import { spawn } from 'node:child_process';
import { freePort } from './lib.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Starts Xvfb and tauri-driver; returns a driver to open app sessions with. */
export async function startDriver() {
  const procs = [];
  process.on('exit', () => procs.forEach((p) => p.kill()));
  const display = `:${90 + (process.pid % 9)}`;
  procs.push(spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  await sleep(500);
  const port = await freePort();
  procs.push(spawn(process.env.TAURI_DRIVER ?? 'tauri-driver', ['--port', String(port)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DISPLAY: display },
  }));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch {
      await sleep(100);
    }
  }
  return new Driver(base, display, () => procs.forEach((p) => p.kill()));
}

class Driver {
  constructor(base, display, stop) {
    this.base = base;
    /** The Xvfb display the app shows on. */
    this.display = display;
    this.stop = stop;
  }

  async call(method, url, body) {
    const r = await fetch(this.base + url, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await r.json();
    if (!r.ok) throw new Error(`${method} ${url}: ${JSON.stringify(data.value ?? data)}`);
    return data.value;
  }

  /** Starts the app; returns a session. */
  async open(application) {
    const s = await this.call('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application } } },
    });
    return new Session(this, s.sessionId);
  }
}

class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }

  call(method, path, body) {
    return this.driver.call(method, `/session/${this.id}${path}`, body);
  }

  /** The element with this data-testid, waiting up to `timeout` ms for it. */
  async find(testid, timeout = 20000) {
    const until = Date.now() + timeout;
    for (;;) {
      try {
        const el = await this.call('POST', '/element', { using: 'css selector', value: `[data-testid="${testid}"]` });
        return el[ELEMENT];
      } catch (e) {
        if (Date.now() > until) throw e;
        await sleep(100);
      }
    }
  }

  text(el) {
    return this.call('GET', `/element/${el}/text`);
  }

  /** Empties a text box (the wizard keeps what was typed when it comes back). */
  clear(el) {
    return this.call('POST', `/element/${el}/clear`, {});
  }

  type(el, text) {
    return this.call('POST', `/element/${el}/value`, { text });
  }

  click(el) {
    return this.call('POST', `/element/${el}/click`, {});
  }

  /** Picks `value` in the <select> with this data-testid, as a click on its option. */
  async choose(testid, value) {
    const el = await this.call('POST', '/element', { using: 'css selector', value: `[data-testid="${testid}"] option[value="${value}"]` });
    return this.click(el[ELEMENT]);
  }

  async screenshot() {
    return Buffer.from(await this.call('GET', '/screenshot'), 'base64');
  }

  close() {
    return this.call('DELETE', '').catch(() => undefined);
  }
}
