// Desktop benchmark: cold start to the first screen, memory after one full check,
// installer sizes. Needs a release build (bench/desktop.sh makes it) and Xvfb.
// Start time is measured through WebDriver (session request → first screen shown),
// so it includes tauri-driver's own start: an upper bound.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../ui/tests/e2e/lib.mjs';
import { startDriver } from '../ui/tests/e2e/webdriver.mjs';

const app = process.env.PORTDOCTOR_DESKTOP;
const bundles = process.env.BUNDLE_DIR;
const runs = Number(process.env.RUNS ?? 5);
/** An empty WebKitGTK window (bench/webkit-blank.c): the memory floor. */
const blank = process.env.WEBKIT_BLANK;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Memory in MiB of the app and every process below it (WebKit's web and network
 * processes): RSS (shared libraries counted once per process) and PSS (each shared
 * page split among the processes that use it: the fair sum across processes). */
function treeMemory(root) {
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number((fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/) ?? [0, 0])[1]);
      let pss = 0;
      let uss = 0;
      try {
        const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
        const field = (name) => Number((rollup.match(new RegExp(`^${name}:\\s+(\\d+)`, 'm')) ?? [0, 0])[1]);
        pss = field('Pss');
        uss = field('Private_Clean') + field('Private_Dirty');
      } catch {}
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      return { pid: Number(pid), ppid, rss, pss, uss, comm };
    } catch {
      return null;
    }
  }).filter(Boolean);
  const top = procs.find((p) => p.pid === root);
  if (!top) return null;
  const tree = new Set([top.pid]);
  for (let changed = true; changed;) {
    changed = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        changed = true;
      }
    }
  }
  const mine = procs.filter((p) => tree.has(p.pid));
  return {
    rss: mine.reduce((sum, p) => sum + p.rss, 0) / 1024,
    pss: mine.reduce((sum, p) => sum + p.pss, 0) / 1024,
    uss: mine.reduce((sum, p) => sum + p.uss, 0) / 1024,
    each: mine.map((p) => `${p.comm} ${(p.pss / 1024).toFixed(0)}`).join(', '),
    app: top.rss / 1024,
    processes: mine.length,
  };
}

/** The newest process running the app binary (WebKitWebDriver starts it). */
function appPid() {
  const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return fs.readlinkSync(`/proc/${pid}/exe`) === fs.realpathSync(app);
    } catch {
      return false;
    }
  });
  return pids.length ? Math.max(...pids) : -1;
}

const driver = await startDriver();
const starts = [];
let memory = null;
let answerMs = null;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const session = await driver.open(app);
  await session.find('input');
  starts.push(performance.now() - t0);
  if (i === runs - 1) {
    await session.type(await session.find('input'), `127.0.0.1:${await freePort()}`);
    const clicked = performance.now();
    await session.click(await session.find('check'));
    await session.find('headline');
    answerMs = performance.now() - clicked;
    await sleep(1000);
    memory = treeMemory(appPid());
  }
  await session.close();
}

// The floor: an empty WebKitGTK window with the settings the app gives itself
// (src-tauri/src/main.rs), measured the same way once it has drawn.
let floor = null;
if (blank) {
  const child = spawn(blank, [], {
    stdio: 'ignore',
    env: { WEBKIT_DISABLE_COMPOSITING_MODE: '1', JSC_useJIT: 'false', ...process.env, DISPLAY: driver.display },
  });
  await sleep(3000);
  floor = treeMemory(child.pid);
  child.kill();
}
driver.stop();

starts.sort((a, b) => a - b);
const median = starts[Math.floor(starts.length / 2)];
console.log('| measure | value | goal |');
console.log('|---|---:|---:|');
console.log(`| start to first screen (median of ${runs}, via WebDriver) | ${(median / 1000).toFixed(2)} s | < 1 s |`);
console.log(`| click "Check" to the answer shown (via WebDriver, which polls every 100 ms) | ${answerMs?.toFixed(0) ?? '?'} ms | |`);
console.log(`| memory after one check, PSS (app + ${memory?.processes ?? '?'} WebKit processes) | ${memory?.pss.toFixed(0) ?? '?'} MiB | |`);
console.log(`| memory after one check, USS (pages no other process shares: freed when the app quits) | ${memory?.uss.toFixed(0) ?? '?'} MiB | < 150 MB |`);
console.log(`| PSS per process | ${memory?.each ?? '?'} | |`);
console.log(`| memory after one check, RSS summed (shared libraries counted per process) | ${memory?.rss.toFixed(0) ?? '?'} MiB | |`);
console.log(`| memory after one check, RSS of the app process alone | ${memory?.app.toFixed(0) ?? '?'} MiB | |`);
if (floor) {
  console.log(`| an empty WebKitGTK window, same settings: PSS / USS | ${floor.pss.toFixed(0)} / ${floor.uss.toFixed(0)} MiB | |`);
  console.log(`| Port Doctor above that empty window: PSS / USS | +${(memory.pss - floor.pss).toFixed(0)} / +${(memory.uss - floor.uss).toFixed(0)} MiB | |`);
}
if (bundles) {
  for (const f of fs.readdirSync(bundles, { recursive: true })) {
    if (/\.(deb|rpm)$/.test(f)) {
      const size = fs.statSync(path.join(bundles, f)).size / (1024 * 1024);
      console.log(`| installer ${path.basename(f)} | ${size.toFixed(1)} MiB | ${f.endsWith('.deb') ? '< 6 MB' : ''} |`);
    }
  }
}
process.exit(0);
