// Desktop benchmark: cold start to the first screen, memory after one full check,
// installer sizes. Needs a release build (bench/desktop.sh makes it) and Xvfb.
// Start time is measured through WebDriver (session request → first screen shown),
// so it includes tauri-driver's own start: an upper bound.
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../ui/tests/e2e/lib.mjs';
import { startDriver } from '../ui/tests/e2e/webdriver.mjs';

const app = process.env.PORTDOCTOR_DESKTOP;
const bundles = process.env.BUNDLE_DIR;
const runs = Number(process.env.RUNS ?? 5);

/** Memory in MiB of the app and every process below it (WebKit's web and network
 * processes): RSS (shared libraries counted once per process) and PSS (each shared
 * page split among the processes that use it: the fair sum across processes). */
function treeMemory(name) {
  const procs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number((fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/) ?? [0, 0])[1]);
      let pss = 0;
      try {
        pss = Number((fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/Pss:\s+(\d+)/) ?? [0, 0])[1]);
      } catch {}
      const comm = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      return { pid: Number(pid), ppid, rss, pss, comm };
    } catch {
      return null;
    }
  }).filter(Boolean);
  const root = procs.find((p) => p.comm.startsWith(name.slice(0, 15)));
  if (!root) return null;
  const tree = new Set([root.pid]);
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
    app: root.rss / 1024,
    processes: mine.length,
  };
}

const driver = await startDriver();
const starts = [];
let memory = null;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const session = await driver.open(app);
  await session.find('input');
  starts.push(performance.now() - t0);
  if (i === runs - 1) {
    await session.type(await session.find('input'), `127.0.0.1:${await freePort()}`);
    await session.click(await session.find('check'));
    await session.find('headline');
    await new Promise((r) => setTimeout(r, 1000));
    memory = treeMemory(path.basename(app));
  }
  await session.close();
}
driver.stop();

starts.sort((a, b) => a - b);
const median = starts[Math.floor(starts.length / 2)];
console.log('| measure | value | goal |');
console.log('|---|---:|---:|');
console.log(`| start to first screen (median of ${runs}, via WebDriver) | ${(median / 1000).toFixed(2)} s | < 1 s |`);
console.log(`| memory after one check, PSS (app + ${memory?.processes ?? '?'} WebKit processes) | ${memory?.pss.toFixed(0) ?? '?'} MiB | < 150 MB |`);
console.log(`| memory after one check, RSS summed (shared libraries counted per process) | ${memory?.rss.toFixed(0) ?? '?'} MiB | |`);
console.log(`| memory after one check, RSS of the app process alone | ${memory?.app.toFixed(0) ?? '?'} MiB | |`);
if (bundles) {
  for (const f of fs.readdirSync(bundles, { recursive: true })) {
    if (/\.(deb|rpm)$/.test(f)) {
      const size = fs.statSync(path.join(bundles, f)).size / (1024 * 1024);
      console.log(`| installer ${path.basename(f)} | ${size.toFixed(1)} MiB | ${f.endsWith('.deb') ? '< 6 MB' : ''} |`);
    }
  }
}
process.exit(0);
