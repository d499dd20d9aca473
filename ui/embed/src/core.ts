// The core as WebAssembly, loaded once for every element on the page, with typed
// wrappers. The module answers JSON text, `{"ok": value}` or `{"error": {code,
// message}}` with the message already in the chosen language; here an error becomes a
// thrown PortDoctorError carrying both. Nothing here touches the network but the one
// fetch of the .wasm and of a language's catalogue file the first time an element
// speaks it (none at all in the inlined variant).
import init, * as web from 'portdoctor:web';
import wasmSource from 'portdoctor:wasm';
import catalogSource from 'portdoctor:i18n';
import type { ApiError } from '../../src/lib/types/generated/ApiError';
import type { Redaction } from '../../src/lib/types/generated/Redaction';
import type { Report } from '../../src/lib/types/generated/Report';
import type { Understood } from '../../src/lib/types/generated/Understood';
import { pickFrom } from '../../src/lib/pick-language';
import { UNAVAILABLE } from './unavailable.generated';

export { pickFrom };

export type { ApiError, Redaction, Report, Understood };

/** An answer of the core that is an error: a stable code and a sentence to show. */
export class PortDoctorError extends Error implements ApiError {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'PortDoctorError';
    this.code = code;
  }
  /** `{code, message}`, as the elements' `portdoctor-error` event carries it. */
  toJSON(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/** The systems a new report can name (`portdoctor_core::report::OS_NAMES`, the desktop ones). */
export type Os = 'windows' | 'macos' | 'linux' | 'unknown';

/** What a new report knows of the visitor's computer and clock. */
export interface Here {
  os: Os | string;
  /** Milliseconds since 1970. */
  nowMs: number;
  /** Two 32-bit random numbers, for the report's ID. */
  random: [number, number];
}

export type Format = 'text' | 'markdown' | 'json';

/** The core, ready: each call is synchronous and answers in `lang`. */
export interface Core {
  /** The languages of the catalogue, as BCP 47 tags, English first. */
  languages(): string[];
  /** A catalogue language's name in that language ("Deutsch"), for a menu of languages. */
  languageName(tag: string): string;
  /** The catalogue language closest to `wanted` (`pt-PT` → `pt-BR`), or null. */
  pickLanguage(wanted: string): string | null;
  /** What the text typed so far is (the as-you-type preview). */
  understand(text: string, lang: string): Understood;
  /** A pasted message explained, as `portdoctor explain --json` does, with its view. */
  explain(text: string, lang: string, here?: Partial<Here>): Report;
  /** A report file (the JSON or the Markdown ticket), checked and rebuilt in `lang`. */
  openReport(text: string, lang: string): Report;
  /** A report file as text, the Markdown ticket or the JSON file, in `lang`. */
  render(report: string | Report, format: Format, lang: string): string;
  /** A report with what `what` names hidden, for sharing. */
  redact(report: string | Report, what: Redaction, lang: string): Report;
  /** One sentence of the catalogue (`ui-…`, `embed-…`, `section-…`). */
  say(id: string, args?: Record<string, string | number>, lang?: string): string;
}

type Answer<T> = { ok: T } | { error: ApiError };

function unwrap<T>(text: string): T {
  let answer: Answer<T>;
  try {
    answer = JSON.parse(text) as Answer<T>;
  } catch {
    throw new PortDoctorError('internal', text);
  }
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer.ok;
  const e = (answer as { error?: Partial<ApiError> })?.error;
  throw new PortDoctorError(String(e?.code ?? 'internal'), String(e?.message ?? text));
}

/** A report as the file holds it: without its view, which is never read back. */
function fileText(report: string | Report): string {
  if (typeof report === 'string') return report;
  const { view: _view, ...data } = report;
  return JSON.stringify(data);
}

/** The languages there is a catalogue for, known before the WebAssembly starts. */
export const KNOWN_LANGUAGES: readonly string[] = Object.keys(UNAVAILABLE);

/** The sentence for "the WebAssembly can't start", in the language closest to `lang`. */
export function unavailableMessage(lang: string): string {
  const picked = pickFrom(KNOWN_LANGUAGES, lang) ?? 'en';
  return UNAVAILABLE[picked] ?? UNAVAILABLE.en ?? 'Port Doctor could not start in this browser.';
}

/** The visitor's system, as the page can read it. */
export function detectOs(): Os {
  if (typeof navigator === 'undefined') return 'unknown';
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  const said = `${nav.userAgentData?.platform ?? ''} ${nav.platform ?? ''} ${nav.userAgent ?? ''}`;
  if (/win/i.test(said)) return 'windows';
  if (/mac|iphone|ipad|ipod/i.test(said)) return 'macos';
  if (/linux|x11|cros/i.test(said)) return 'linux';
  return 'unknown';
}

function randomPair(): [number, number] {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return [r[0] ?? 0, r[1] ?? 0];
}

const core: Core = {
  languages: () => unwrap<string[]>(web.languages()),
  languageName(tag) {
    try {
      return unwrap<string>(web.languageName(tag));
    } catch {
      return tag;
    }
  },
  pickLanguage(wanted) {
    return pickFrom(this.languages(), wanted);
  },
  understand: (text, lang) => unwrap<Understood>(web.understand(text, lang)),
  explain(text, lang, here = {}) {
    const [hi, lo] = here.random ?? randomPair();
    return unwrap<Report>(web.explain(text, lang, here.os ?? detectOs(), here.nowMs ?? Date.now(), hi >>> 0, lo >>> 0));
  },
  openReport: (text, lang) => unwrap<Report>(web.openReport(text, lang)),
  render: (report, format, lang) => unwrap<string>(web.render(fileText(report), format, lang)),
  redact: (report, what, lang) => unwrap<Report>(web.redact(fileText(report), JSON.stringify(what), lang)),
  say(id, args = {}, lang = 'en') {
    try {
      return unwrap<string>(web.say(id, JSON.stringify(args), lang));
    } catch {
      // Only the screens' messages are said; an id elsewhere shows as itself, as a
      // missing message does.
      return id;
    }
  },
};

let wasmUrl: URL | string | null = null;
let i18nUrl: URL | string | null = null;
let loading: Promise<Core> | null = null;
let loaded = false;
const speaking = new Map<string, Promise<void>>();

/**
 * Where to fetch the .wasm and the languages' catalogue files (`<lang>.ftl`) from, when
 * not beside this script (a CDN, another folder). Call it before the first element is
 * on the page; the inlined variant ignores it.
 */
export function configure(options: { wasmUrl?: URL | string; i18nUrl?: URL | string }): void {
  if (options.wasmUrl != null) wasmUrl = options.wasmUrl;
  if (options.i18nUrl != null) i18nUrl = options.i18nUrl;
}

async function fetchCatalog(lang: string): Promise<string | null> {
  const source = catalogSource(lang);
  if (source == null || typeof source === 'string') return source;
  const url = i18nUrl != null ? new URL(`${lang}.ftl`, new URL(String(i18nUrl), location.href).href.replace(/\/?$/, '/')) : source;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Makes the core speak `lang` (a catalogue tag): English is built in; another language's
 * catalogue file is fetched (or, inlined, read) the first time, once for the page. Until
 * it is here, and if it cannot be had, the core answers in English.
 */
export function speak(lang: string): Promise<void> {
  if (!loaded || unwrap<boolean>(web.hasLanguage(lang))) return Promise.resolve();
  let pending = speaking.get(lang);
  if (!pending) {
    pending = fetchCatalog(lang)
      .then((text) => {
        if (text != null) unwrap<string>(web.addLanguage(lang, text));
      })
      .catch((cause: unknown) => {
        speaking.delete(lang);
        if (typeof console !== 'undefined') console.warn(`Port Doctor: the ${lang} catalogue did not load; answering in English`, cause);
      });
    speaking.set(lang, pending);
  }
  return pending;
}

/**
 * The core, started once for the whole page. A start that failed (a policy without
 * 'wasm-unsafe-eval', the .wasm missing) rejects with a PortDoctorError whose
 * message is in `lang`; the next call tries again.
 */
export function ready(lang = 'en'): Promise<Core> {
  loading ??= (async () => {
    const source = wasmSource();
    await init({ module_or_path: source instanceof Uint8Array ? source : (wasmUrl ?? source) });
    loaded = true;
    await speak(pickFrom(core.languages(), lang) ?? 'en');
    return core;
  })();
  return loading.catch((cause: unknown) => {
    loading = null;
    if (typeof console !== 'undefined') console.error('Port Doctor: the WebAssembly did not start', cause);
    throw new PortDoctorError('wasm-unavailable', unavailableMessage(lang));
  });
}

/** The core if it has started already (for code that must not wait). */
export function started(): Core | null {
  return loaded ? core : null;
}
