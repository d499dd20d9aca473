// The embed (ui/embed): a library build of the two custom elements into one ES module,
// in two variants, both into ui/embed/dist:
//
//   vite build -c vite.embed.config.ts                portdoctor-embed.js, which fetches
//        portdoctor_explain_bg.wasm (a page with only the explainer) or
//        portdoctor_web_bg.wasm from beside itself (copied there), i18n/<lang>.ftl for
//        a language other than English when an element first speaks it, and demo/
//   vite build -c vite.embed.config.ts --mode inline  portdoctor-embed.inline.js, the
//        .wasm and every language inlined: no fetch at all
//
// The core's bindings come from ui/embed/pkg (scripts/build-web.sh runs wasm-bindgen
// there first). `npm run build:embed` runs both.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin, transformWithEsbuild } from 'vite';

const embed = path.resolve(import.meta.dirname, 'embed');
// PORTDOCTOR_WEB_PKG: wasm-bindgen's output elsewhere than ui/embed/pkg.
const pkg = path.resolve(process.env.PORTDOCTOR_WEB_PKG ?? path.join(embed, 'pkg'));
const bindings = path.join(pkg, 'portdoctor_web.js');
const wasmFile = path.join(pkg, 'portdoctor_web_bg.wasm');
// The module that only explains (no report files), for pages with only the explainer.
const explainBindings = path.join(pkg, 'portdoctor_explain.js');
const explainWasmFile = path.join(pkg, 'portdoctor_explain_bg.wasm');
const dist = path.join(embed, 'dist');
// The catalogue files: English is in the .wasm; the others are fetched from dist/i18n
// the first time an element speaks them, or inlined.
const i18n = path.resolve(import.meta.dirname, '../crates/core/i18n');
const otherLanguages = () =>
  fs
    .readdirSync(i18n)
    .filter((f) => f.endsWith('.ftl') && f !== 'en.ftl')
    .map((f) => f.slice(0, -'.ftl'.length))
    .sort();
/** A catalogue file without its comments (for the translators, not the program), as crates/core/build.rs builds English in. */
const catalogue = (lang: string): string =>
  fs
    .readFileSync(path.join(i18n, `${lang}.ftl`), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
const version = JSON.parse(fs.readFileSync(path.join(embed, 'package.json'), 'utf8')).version as string;

/** wasm-bindgen's own default, a `new URL('…wasm', import.meta.url)` that bundlers inline. */
const BINDGEN_DEFAULT_URL = /new\s+URL\(\s*(['"])portdoctor_(?:web|explain)_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g;

const banner = (inline: boolean) =>
  `/*! Port Doctor embed ${version}${inline ? ' (WebAssembly inlined)' : ''} · MIT OR Apache-2.0 · runs in this browser, uploads nothing */`;

function portdoctor(inline: boolean): Plugin {
  return {
    name: 'portdoctor-embed',
    enforce: 'pre',
    buildStart() {
      for (const f of [bindings, wasmFile, explainBindings, explainWasmFile]) {
        if (!fs.existsSync(f)) this.error(`${path.relative(process.cwd(), f)} is missing: run scripts/build-web.sh first (it builds the core as WebAssembly)`);
      }
    },
    resolveId(id) {
      if (id === 'portdoctor:web') return bindings;
      // Inlined, everything is in the one module: the explainer uses it too.
      if (id === 'portdoctor:explain') return inline ? bindings : explainBindings;
      if (id === 'portdoctor:wasm') return '\0portdoctor:wasm';
      if (id === 'portdoctor:i18n') return '\0portdoctor:i18n';
      return null;
    },
    load(id) {
      if (id === '\0portdoctor:i18n') {
        const langs = otherLanguages();
        if (inline) {
          const files = Object.fromEntries(langs.map((l) => [l, catalogue(l)]));
          return [
            `const FILES = ${JSON.stringify(files)};`,
            'export default function catalogSource(lang) { return Object.hasOwn(FILES, lang) ? FILES[lang] : null; }',
          ].join('\n');
        }
        return [
          `const LANGS = ${JSON.stringify(langs)};`,
          "export default function catalogSource(lang) { return LANGS.includes(lang) ? new URL('./i18n/' + lang + '.ftl', import.meta.url) : null; }",
        ].join('\n');
      }
      if (id !== '\0portdoctor:wasm') return null;
      if (inline) {
        const base64 = fs.readFileSync(wasmFile).toString('base64');
        return [
          `const WASM = ${JSON.stringify(base64)};`,
          'export const inlined = true;',
          'export function explainWasmSource() { return wasmSource(); }',
          'export default function wasmSource() {',
          '  const text = atob(WASM);',
          '  const bytes = new Uint8Array(text.length);',
          '  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);',
          '  return bytes;',
          '}',
        ].join('\n');
      }
      // The name is joined at run time, so no bundler takes it for an asset to inline.
      return [
        "const NAME = 'portdoctor_web_bg.wasm';",
        "const EXPLAIN_NAME = 'portdoctor_explain_bg.wasm';",
        'export const inlined = false;',
        "export default function wasmSource() { return new URL('./' + NAME, import.meta.url); }",
        "export function explainWasmSource() { return new URL('./' + EXPLAIN_NAME, import.meta.url); }",
      ].join('\n');
    },
    transform(code, id) {
      // The elements always say where the .wasm is; wasm-bindgen's default is left out,
      // or the bundle would carry the .wasm a second time.
      if (id === bindings || id === explainBindings) return { code: code.replace(BINDGEN_DEFAULT_URL, 'undefined'), map: null };
      return null;
    },
    renderChunk: {
      // Last, after Vite's own pass: library builds keep whitespace in ES modules, and
      // the embed is a script for pages.
      order: 'post',
      async handler(code) {
        const out = await transformWithEsbuild(code, 'portdoctor-embed.js', { minify: true, target: 'es2022', format: 'esm', legalComments: 'inline' });
        return { code: `${banner(inline)}\n${out.code}`, map: null };
      },
    },
    writeBundle() {
      if (inline) return;
      fs.copyFileSync(wasmFile, path.join(dist, 'portdoctor_web_bg.wasm'));
      fs.copyFileSync(explainWasmFile, path.join(dist, 'portdoctor_explain_bg.wasm'));
      fs.mkdirSync(path.join(dist, 'i18n'), { recursive: true });
      for (const l of otherLanguages()) fs.writeFileSync(path.join(dist, 'i18n', `${l}.ftl`), catalogue(l));
      const demo = path.join(dist, 'demo');
      fs.mkdirSync(demo, { recursive: true });
      for (const f of fs.readdirSync(path.join(embed, 'demo'))) fs.copyFileSync(path.join(embed, 'demo', f), path.join(demo, f));
    },
  };
}

export default defineConfig(({ mode }) => {
  const inline = mode === 'inline';
  return {
    publicDir: false,
    clearScreen: false,
    logLevel: 'warn',
    plugins: [portdoctor(inline)],
    build: {
      target: 'es2022',
      outDir: dist,
      // The first build (the default variant) starts from an empty folder; the second adds to it.
      emptyOutDir: !inline,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: path.join(embed, 'src/index.ts'),
        formats: ['es'],
        fileName: () => (inline ? 'portdoctor-embed.inline.js' : 'portdoctor-embed.js'),
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
});
