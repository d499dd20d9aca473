// Explains every message of a JSON list with the web edition's WebAssembly (the
// built ui/embed/pkg), as a page would, and prints the reports as one JSON list.
// Used by scripts/web-differential.py to compare the wasm with the native CLI.
//   node crates/web/tests/explain-all.mjs PKG_DIR MESSAGES.json LANG
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkgDir, messagesFile, lang] = process.argv.slice(2);
if (!pkgDir || !messagesFile || !lang) {
  console.error('usage: explain-all.mjs PKG_DIR MESSAGES.json LANG');
  process.exit(2);
}
const wasm = await import(pathToFileURL(path.resolve(pkgDir, 'portdoctor_web.js')).href);
await wasm.default({ module_or_path: await readFile(path.resolve(pkgDir, 'portdoctor_web_bg.wasm')) });
// Only English is built in: the language's file is added as the embed adds it.
if (lang !== 'en') {
  const ftl = await readFile(new URL(`../../core/i18n/${lang}.ftl`, import.meta.url), 'utf8');
  const added = JSON.parse(wasm.addLanguage(lang, ftl));
  if (!added.ok) throw new Error(`${lang}: ${JSON.stringify(added)}`);
}
const messages = JSON.parse(await readFile(messagesFile, 'utf8'));
const out = messages.map((text) => JSON.parse(wasm.explain(text, lang, 'linux', Date.now(), 1, 2)));
process.stdout.write(JSON.stringify(out));
