// Every sentence the UI shows comes from the same Fluent catalogues as the Rust core
// (crates/core/i18n/*.ftl), bundled at build time. The language is the one the user
// chose in the language menu (kept in this browser's localStorage), else the first of
// the system's languages (navigator.languages: the browser's, the desktop's in the
// app) that Port Doctor speaks, else English. The same tag goes with every request,
// so the answers from the Rust side are in the same language.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import de from '../../../crates/core/i18n/de.ftl?raw';
import en from '../../../crates/core/i18n/en.ftl?raw';
import es from '../../../crates/core/i18n/es.ftl?raw';
import fr from '../../../crates/core/i18n/fr.ftl?raw';
import ptBR from '../../../crates/core/i18n/pt-BR.ftl?raw';
import ru from '../../../crates/core/i18n/ru.ftl?raw';
import zhCN from '../../../crates/core/i18n/zh-CN.ftl?raw';
import { pickFrom } from './pick-language';

/** The catalogues, English first (crates/core/src/catalog.rs lists the same). */
const SOURCES: Record<string, string> = { en, de, es, fr, 'pt-BR': ptBR, ru, 'zh-CN': zhCN };

/** The languages Port Doctor speaks, as BCP 47 tags, English first. */
export const LANGUAGES: readonly string[] = Object.keys(SOURCES);

const STORAGE_KEY = 'portdoctor.lang';

/**
 * The catalogue language closest to `wanted`: the same tag (`pt-BR`, `pt_BR.UTF-8`),
 * else the same language elsewhere (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`), else null.
 */
export function pickLanguage(wanted: string): string | null {
  return pickFrom(LANGUAGES, wanted);
}

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language to start in: the user's choice, else the system's, else English. */
export function initialLanguage(choice: string | null = stored(), system: readonly string[] = systemLanguages()): string {
  const chosen = choice ? pickLanguage(choice) : null;
  if (chosen) return chosen;
  for (const l of system) {
    const found = pickLanguage(l);
    if (found) return found;
  }
  return 'en';
}

function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** Each language's bundle, made once (the language menu names every language). */
const bundles = new Map<string, FluentBundle>();

function bundleFor(lang: string): FluentBundle {
  const made = bundles.get(lang);
  if (made) return made;
  const bundle = new FluentBundle(lang, { useIsolating: false });
  // English first, the language over it: a message a catalogue lacked would read in
  // English, never as its id (the tests prove none lacks any).
  for (const source of lang === 'en' ? [en] : [en, SOURCES[lang] ?? '']) {
    const errors = bundle.addResource(new FluentResource(source), { allowOverrides: true });
    if (errors.length > 0) console.error('catalogue errors', lang, errors);
  }
  bundles.set(lang, bundle);
  return bundle;
}

let current = initialLanguage();
let bundle = bundleFor(current);
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** The language the UI speaks now. */
export function language(): string {
  return current;
}

/**
 * Switches the language, and keeps the choice for the next start. The caller shows
 * the screens again (the app reloads itself: every sentence is read anew).
 */
export function setLanguage(lang: string): void {
  current = pickLanguage(lang) ?? 'en';
  bundle = bundleFor(current);
  if (typeof document !== 'undefined') document.documentElement.lang = current;
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // A browser that keeps nothing: the choice lasts until the page is closed.
  }
}

/** A language's name in that language ("Deutsch", "简体中文"), for the language menu. */
export function languageName(lang: string): string {
  const b = bundleFor(lang);
  const m = b.getMessage('language-name');
  return m?.value ? b.formatPattern(m.value) : lang;
}

/**
 * The message `id` with its arguments; the id itself when it is missing. Numbers are
 * written without grouping (port 5432, never "5 432" or "5.432") but still choose
 * plural forms.
 */
export function t(id: string, args: Record<string, FluentVariable> = {}): string {
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  const plain: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) {
    plain[k] = typeof v === 'number' ? new FluentNumber(v, { useGrouping: false }) : v;
  }
  return typeset(bundle.formatPattern(message.value, plain));
}

const CJK = '\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff';
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');

/** Chinese puts no space between its own words (as catalog.rs's typeset does). */
function typeset(text: string): string {
  return current.startsWith('zh') ? text.replace(SPACE_IN_CJK, '') : text;
}

/** Whether the catalogue has the message `id`. */
export function has(id: string): boolean {
  return bundle.hasMessage(id);
}
