// The modules the build (ui/vite.embed.config.ts) provides.

/**
 * The module that only explains (`portdoctor_explain`, built without report files), in
 * ui/embed/pkg (scripts/build-web.sh). Inlined, it is portdoctor:web. Every function
 * takes and gives JSON text: `{"ok": …}` or `{"error": {code, message}}`.
 */
declare module 'portdoctor:explain' {
  export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
  export default function init(options: { module_or_path: InitInput | Promise<InitInput> }): Promise<unknown>;
  export function languages(): string;
  export function addLanguage(code: string, source: string): string;
  export function hasLanguage(code: string): string;
  export function languageName(tag: string): string;
  export function understand(text: string, lang: string): string;
  export function explain(text: string, lang: string, os: string, nowMs: number, randomHi: number, randomLo: number): string;
  export function say(id: string, args: string, lang: string): string;
}

/** The whole core (`portdoctor_web`): the same functions, and report files. */
declare module 'portdoctor:web' {
  export * from 'portdoctor:explain';
  export { default } from 'portdoctor:explain';
  export function openReport(text: string, lang: string): string;
  export function render(report: string, format: string, lang: string): string;
  export function redact(report: string, what: string, lang: string): string;
}

/**
 * Where the .wasm comes from: beside the script (portdoctor-embed.js), or its bytes,
 * inlined (portdoctor-embed.inline.js).
 */
declare module 'portdoctor:wasm' {
  /** The .wasm file's address beside this script, or its bytes when inlined. */
  export default function wasmSource(): URL | Uint8Array;
  /** The explaining module's .wasm: its address, or, inlined, the one module's bytes. */
  export function explainWasmSource(): URL | Uint8Array;
  /** True in the variant with the .wasm inlined. */
  export const inlined: boolean;
}

/**
 * The catalogue files of the languages other than English (English is in the .wasm):
 * fetched from the i18n folder beside the script, or inlined.
 */
declare module 'portdoctor:i18n' {
  /** The address of a language's file beside this script, or its text when inlined. */
  export default function catalogSource(lang: string): URL | string | null;
}
