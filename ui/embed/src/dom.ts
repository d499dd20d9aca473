// Building the elements' shadow DOM. Every text goes in as a text node or through
// textContent, never as markup: what a report or a pasted message holds is shown,
// never parsed. Attributes are only the ones the elements name themselves.

export type Child = Node | string | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, ...children);
  return e;
}

export function setAttrs(e: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) e.removeAttribute(name);
    else e.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(e: Element | DocumentFragment, ...children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** A heading of `level` (1–6; beyond, 6), for headings that fit the host page's outline. */
export function heading(level: number, attrs: Attrs, ...children: Child[]): HTMLHeadingElement {
  const n = Math.min(6, Math.max(1, Math.round(level) || 2));
  const e = document.createElement(`h${n}`) as HTMLHeadingElement;
  setAttrs(e, attrs);
  append(e, ...children);
  return e;
}

/** Replaces an element's children. */
export function replace(e: Element, ...children: Child[]): void {
  e.replaceChildren();
  append(e, ...children);
}

/** A report time in the reader's own time zone and format; the text itself when it is no time. */
export function localTime(time: string, lang: string): string {
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return time;
  try {
    return d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return d.toLocaleString();
  }
}

/** Languages written right to left (none of the catalogue's yet; a page may ask for one). */
const RTL = new Set(['ar', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb']);

export function direction(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl') return 'rtl';
    if (info?.direction === 'ltr') return 'ltr';
  } catch {
    // Not a tag Intl knows: by the language alone.
  }
  return RTL.has((lang.split(/[-_]/)[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}
