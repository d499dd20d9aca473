// Explains every message of a JSON list with the web edition's WebAssembly (the
// built ui/embed/pkg), as a page would, and prints the reports as one JSON list.
// Used by scripts/web-differential.py to compare the wasm with the native CLI.
// MODULE is portdoctor_web (everything, the default) or portdoctor_explain.
//   node crates/web/tests/explain-all.mjs PKG_DIR MESSAGES.json LANG [MODULE]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkgDir, messagesFile, lang, module = 'portdoctor_web'] = process.argv.slice(2);
if (!pkgDir || !messagesFile || !lang) {
  console.error('usage: explain-all.mjs PKG_DIR MESSAGES.json LANG [MODULE]');
  process.exit(2);
}
const wasm = await import(pathToFileURL(path.resolve(pkgDir, `${module}.js`)).href);
await wasm.default({ module_or_path: await readFile(path.resolve(pkgDir, `${module}_bg.wasm`)) });
// Only English is built in: the language's file is added as the embed adds it.
if (lang !== 'en') {
  const ftl = await readFile(new URL(`../../core/i18n/${lang}.ftl`, import.meta.url), 'utf8');
  const added = JSON.parse(wasm.addLanguage(lang, ftl));
  if (!added.ok) throw new Error(`${lang}: ${JSON.stringify(added)}`);
}
const messages = JSON.parse(await readFile(messagesFile, 'utf8'));
// The clock and the random bits fixed as the native example fixes them: the answers
// of the two modules must be the same to the byte.
const out = messages.map((text) => JSON.parse(wasm.explain(text, lang, 'linux', 0, 0, 1)));
process.stdout.write(JSON.stringify(out));
