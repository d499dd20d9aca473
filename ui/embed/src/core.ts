// The core as WebAssembly, loaded once for every element on the page, with typed
// wrappers. It comes as two modules: portdoctor_web (everything) and portdoctor_explain
// (no report files, a quarter smaller), which a page loads when all it does is explain
// (readyToExplain(), as <port-doctor-explain> does); once the whole one is here, it
// serves both. The module answers JSON text, `{"ok": value}` or `{"error": {code,
// message}}` with the message already in the chosen language; here an error becomes a
// thrown PortDoctorError carrying both. Nothing here touches the network but the one
// fetch of the .wasm and of a language's catalogue file the first time an element
// speaks it (none at all in the inlined variant).
import init, * as web from 'portdoctor:web';
import initExplain, * as explainWeb from 'portdoctor:explain';
import wasmSource, { explainWasmSource } from 'portdoctor:wasm';
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

/** What the explaining module does: all of [`Core`] but report files. */
export type ExplainCore = Pick<Core, 'languages' | 'languageName' | 'pickLanguage' | 'understand' | 'explain' | 'say'>;

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

/** The functions both modules have. */
type Bindings = typeof explainWeb;

function explaining(b: Bindings): ExplainCore {
  return {
    languages: () => unwrap<string[]>(b.languages()),
    languageName(tag) {
      try {
        return unwrap<string>(b.languageName(tag));
      } catch {
        return tag;
      }
    },
    pickLanguage(wanted) {
      return pickFrom(this.languages(), wanted);
    },
    understand: (text, lang) => unwrap<Understood>(b.understand(text, lang)),
    explain(text, lang, here = {}) {
      const [hi, lo] = here.random ?? randomPair();
      return unwrap<Report>(b.explain(text, lang, here.os ?? detectOs(), here.nowMs ?? Date.now(), hi >>> 0, lo >>> 0));
    },
    say(id, args = {}, lang = 'en') {
      try {
        return unwrap<string>(b.say(id, JSON.stringify(args), lang));
      } catch {
        // Only the screens' messages are said; an id elsewhere shows as itself, as a
        // missing message does.
        return id;
      }
    },
  };
}

const core: Core = {
  ...explaining(web),
  openReport: (text, lang) => unwrap<Report>(web.openReport(text, lang)),
  render: (report, format, lang) => unwrap<string>(web.render(fileText(report), format, lang)),
  redact: (report, what, lang) => unwrap<Report>(web.redact(fileText(report), JSON.stringify(what), lang)),
};

/** One of the two modules: its bindings, and whether and how it started. */
interface Module<C extends ExplainCore> {
  bindings: Bindings;
  core: C;
  start: () => Promise<unknown>;
  loading: Promise<C> | null;
  loaded: boolean;
  speaking: Map<string, Promise<void>>;
}

let wasmUrl: URL | string | null = null;
let explainWasmUrl: URL | string | null = null;
let i18nUrl: URL | string | null = null;

function source(bytesOrUrl: URL | Uint8Array, configured: URL | string | null): URL | string | Uint8Array {
  return bytesOrUrl instanceof Uint8Array ? bytesOrUrl : (configured ?? bytesOrUrl);
}

const whole: Module<Core> = {
  bindings: web,
  core,
  start: () => init({ module_or_path: source(wasmSource(), wasmUrl) }),
  loading: null,
  loaded: false,
  speaking: new Map(),
};

// Inlined, both names are the one module (the build resolves portdoctor:explain to it).
const onlyExplaining: Module<ExplainCore> =
  (explainWeb as unknown) === (web as unknown)
    ? (whole as unknown as Module<ExplainCore>)
    : {
        bindings: explainWeb,
        core: explaining(explainWeb),
        start: () => {
          // A page that moved the whole module elsewhere (configure) finds this one beside it.
          const url = explainWasmUrl ?? (wasmUrl != null ? new URL('portdoctor_explain_bg.wasm', new URL(String(wasmUrl), location.href)) : null);
          return initExplain({ module_or_path: source(explainWasmSource(), url) });
        },
        loading: null,
        loaded: false,
        speaking: new Map(),
      };

/** Each module once (inlined, the two names are one). */
const modules: Module<ExplainCore>[] = [...new Set<Module<ExplainCore>>([whole, onlyExplaining])];

/**
 * Where to fetch the .wasm files and the languages' catalogue files (`<lang>.ftl`) from,
 * when not beside this script (a CDN, another folder): `wasmUrl` is
 * portdoctor_web_bg.wasm's address, `explainWasmUrl` portdoctor_explain_bg.wasm's
 * (beside the first when not given). Call it before the first element is on the page;
 * the inlined variant ignores it.
 */
export function configure(options: { wasmUrl?: URL | string; explainWasmUrl?: URL | string; i18nUrl?: URL | string }): void {
  if (options.wasmUrl != null) wasmUrl = options.wasmUrl;
  if (options.explainWasmUrl != null) explainWasmUrl = options.explainWasmUrl;
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

/** The catalogue files fetched, once for the page, whichever module asked first. */
const catalogs = new Map<string, Promise<string | null>>();

function speakIn<C extends ExplainCore>(m: Module<C>, lang: string): Promise<void> {
  if (!m.loaded || unwrap<boolean>(m.bindings.hasLanguage(lang))) return Promise.resolve();
  let pending = m.speaking.get(lang);
  if (!pending) {
    let text = catalogs.get(lang);
    if (!text) {
      text = fetchCatalog(lang);
      catalogs.set(lang, text);
    }
    pending = text
      .then((t) => {
        if (t != null) unwrap<string>(m.bindings.addLanguage(lang, t));
      })
      .catch((cause: unknown) => {
        m.speaking.delete(lang);
        catalogs.delete(lang);
        if (typeof console !== 'undefined') console.warn(`Port Doctor: the ${lang} catalogue did not load; answering in English`, cause);
      });
    m.speaking.set(lang, pending);
  }
  return pending;
}

/**
 * Makes the core speak `lang` (a catalogue tag): English is built in; another language's
 * catalogue file is fetched (or, inlined, read) the first time, once for the page. Until
 * it is here, and if it cannot be had, the core answers in English.
 */
export function speak(lang: string): Promise<void> {
  return Promise.all(modules.map((m) => speakIn(m, lang))).then(() => undefined);
}

function load<C extends ExplainCore>(m: Module<C>, lang: string): Promise<C> {
  m.loading ??= (async () => {
    await m.start();
    m.loaded = true;
    await speakIn(m, pickFrom(m.core.languages(), lang) ?? 'en');
    return m.core;
  })();
  return m.loading.catch((cause: unknown) => {
    m.loading = null;
    if (typeof console !== 'undefined') console.error('Port Doctor: the WebAssembly did not start', cause);
    throw new PortDoctorError('wasm-unavailable', unavailableMessage(lang));
  });
}

/**
 * The core, started once for the whole page (portdoctor_web_bg.wasm). A start that
 * failed (a policy without 'wasm-unsafe-eval', the .wasm missing) rejects with a
 * PortDoctorError whose message is in `lang`; the next call tries again.
 */
export function ready(lang = 'en'): Promise<Core> {
  return load(whole, lang);
}

/**
 * The core for explaining only: the smaller module (portdoctor_explain_bg.wasm), or the
 * whole one when the page has started that already or has a <port-doctor-report>,
 * which will (one download, not two). Fails as [`ready`] does.
 */
export function readyToExplain(lang = 'en'): Promise<ExplainCore> {
  const wholeWanted = whole.loading != null || (typeof document !== 'undefined' && document.querySelector('port-doctor-report') != null);
  return wholeWanted ? load(whole, lang) : load(onlyExplaining, lang);
}

/** The core if it has started already (for code that must not wait). */
export function started(): Core | null {
  return whole.loaded ? core : null;
}

/** The core for explaining if either module has started already. */
export function startedToExplain(): ExplainCore | null {
  return whole.loaded ? core : onlyExplaining.loaded ? onlyExplaining.core : null;
}
