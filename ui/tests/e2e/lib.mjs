// Shared helpers for the end-to-end tests: real Port Doctor processes, free ports,
// a tiny test runner that prints "N passed, M failed".
import { spawn } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';

/** The portdoctor binary, for tests that start it. */
function bin() {
  const b = process.env.PORTDOCTOR_BIN;
  if (!b) {
    console.error('set PORTDOCTOR_BIN to the portdoctor binary');
    process.exit(2);
  }
  return b;
}

const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));

/** Starts `portdoctor serve` and returns its URL (with the token). */
export async function serve() {
  const child = spawn(bin(), ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines = readline.createInterface({ input: child.stdout });
  for await (const line of lines) {
    const url = line.split(/\s+/).find((w) => w.startsWith('http://'));
    if (url) return { url, child };
  }
  throw new Error('serve printed no URL');
}

/** A port on 127.0.0.1 with nothing listening on it right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Connects to 127.0.0.1:port and reads until the other side closes (5 s at most):
 * { text } when it connected, { error: 'ECONNREFUSED' | ... } when it did not. */
export function readFrom(port) {
  return new Promise((resolve) => {
    let text = '';
    const c = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => { c.destroy(); resolve({ text, error: 'timeout' }); }, 5000);
    c.on('data', (d) => { text += d; });
    c.on('end', () => { clearTimeout(timer); resolve({ text }); });
    c.on('error', (e) => { clearTimeout(timer); resolve({ error: e.code ?? String(e) }); });
  });
}

/** Starts a real listener (`portdoctor listen`) and waits until it answers. */
export async function listener() {
  const port = await freePort();
  const child = spawn(bin(), ['listen', String(port), '--address', '127.0.0.1', '--for', '120s'], { stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => { c.destroy(); resolve(true); });
      c.on('error', () => resolve(false));
    });
    if (ok) return { port, child };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('listener never came up');
}

/** Runs named async tests in order; prints the count line CI reads. */
export async function run(tests) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e?.stack ?? e}`);
    }
  }
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
