// The elements' look: one constructable stylesheet shared by every element on the
// page (adoptedStyleSheets), so a strict Content-Security-Policy needs no
// 'unsafe-inline' for styles. Themed with CSS custom properties (--pd-…, listed in
// ui/embed/README.md); light and dark follow prefers-color-scheme unless the element
// says theme="light" or theme="dark".

const LIGHT = `
  --_bg: var(--pd-bg, #ffffff);
  --_fg: var(--pd-fg, #1b1d21);
  --_muted: var(--pd-muted, #4a505c);
  --_surface: var(--pd-surface, #f2f4f7);
  --_border: var(--pd-border, #c3c8d1);
  --_accent: var(--pd-accent, #0b57d0);
  --_accent-fg: var(--pd-accent-fg, #ffffff);
  --_problem: var(--pd-problem, #b3261e);
  --_ok: var(--pd-ok, #1b6e33);
  --_note: var(--pd-note, #7a4a00);
  --_focus: var(--pd-focus, var(--pd-accent, #0b57d0));
  color-scheme: light;
`;

const DARK = `
  --_bg: var(--pd-bg, #1c1e22);
  --_fg: var(--pd-fg, #e8eaef);
  --_muted: var(--pd-muted, #b5bac4);
  --_surface: var(--pd-surface, #272a30);
  --_border: var(--pd-border, #4b505a);
  --_accent: var(--pd-accent, #a8c7fa);
  --_accent-fg: var(--pd-accent-fg, #062e6f);
  --_problem: var(--pd-problem, #ffb4ab);
  --_ok: var(--pd-ok, #8fd9a0);
  --_note: var(--pd-note, #f5c77e);
  --_focus: var(--pd-focus, var(--pd-accent, #a8c7fa));
  color-scheme: dark;
`;

export const CSS = `
:host {
  ${LIGHT}
  --_font: var(--pd-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
  --_mono: var(--pd-mono, ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace);
  --_radius: var(--pd-radius, 8px);
  --_gap: var(--pd-gap, 1rem);
  display: block;
  box-sizing: border-box;
  max-width: 100%;
  container-type: inline-size;
  font-family: var(--_font);
  font-size: var(--pd-font-size, 1rem);
  line-height: 1.5;
  color: var(--_fg);
  background: var(--_bg);
  border: var(--pd-border-width, 1px) solid var(--_border);
  border-radius: var(--_radius);
  padding: var(--_gap);
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) { ${DARK} }
}
:host([theme="dark"]) { ${DARK} }
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }

.pd { display: flex; flex-direction: column; gap: calc(var(--_gap) * 0.75); min-width: 0; }
.pd[aria-busy="true"] { min-height: 6rem; }
p, ul, ol, pre, h1, h2, h3, h4, h5, h6 { margin: 0; }
ul, ol { padding-inline-start: 1.4em; display: flex; flex-direction: column; gap: 0.25em; }
section { display: flex; flex-direction: column; gap: 0.4em; }
.headline { font-size: 1.3em; line-height: 1.3; font-weight: 650; }
.section-title { font-size: 1.02em; font-weight: 650; }
.sub-title { font-size: 0.95em; font-weight: 650; }
.headline:focus { outline: none; }
.headline:focus-visible { outline: 3px solid var(--_focus); outline-offset: 3px; border-radius: 2px; }

label, .label { font-weight: 600; }
.hint, .keys, .confidence, .banner-label { color: var(--_muted); font-size: 0.92em; }
.keys { font-size: 0.85em; }
.understood { min-height: 1.5em; color: var(--_fg); }
.field { display: flex; flex-direction: column; gap: 0.35em; }

textarea {
  width: 100%;
  min-height: 5.5em;
  resize: vertical;
  font: inherit;
  font-family: var(--_mono);
  font-size: 0.9em;
  color: var(--_fg);
  background: var(--_bg);
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.75);
  padding: 0.55em 0.7em;
}
textarea:focus-visible { outline: 3px solid var(--_focus); outline-offset: 1px; }

.actions { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
button {
  font: inherit;
  font-weight: 600;
  min-height: 2.5rem;
  padding: 0.45em 1.1em;
  border-radius: calc(var(--_radius) * 0.75);
  border: 1px solid var(--_accent);
  cursor: pointer;
}
button.primary { background: var(--_accent); color: var(--_accent-fg); }
button.secondary, button.small { background: transparent; color: var(--_accent); }
button.small { min-height: 2rem; padding: 0.2em 0.8em; font-size: 0.88em; }
button:focus-visible, summary:focus-visible, pre:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
button:hover { filter: brightness(1.08); }

.status { font-weight: 650; display: flex; gap: 0.4em; align-items: baseline; }
.tone-problem { color: var(--_problem); }
.tone-ok { color: var(--_ok); }
.tone-neutral { color: var(--_muted); }

.answer, .opened { display: flex; flex-direction: column; gap: calc(var(--_gap) * 0.9); border-top: 1px solid var(--_border); padding-top: var(--_gap); }
.banner {
  background: var(--_surface);
  border-radius: calc(var(--_radius) * 0.75);
  padding: 0.75em 0.9em;
  display: flex; flex-direction: column; gap: 0.35em;
}
.banner-label { font-weight: 650; text-transform: none; }
.note { color: var(--_note); }
.explained-note { color: var(--_muted); font-size: 0.92em; }

pre, code { font-family: var(--_mono); font-size: 0.88em; }
pre {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  background: var(--_surface);
  border-radius: calc(var(--_radius) * 0.5);
  padding: 0.6em 0.75em;
  max-height: 24em;
  overflow: auto;
}
.commands { list-style: none; padding: 0; gap: 0.6em; }
.commands li { display: grid; grid-template-columns: minmax(5em, 8.5em) minmax(0, 1fr) auto; gap: 0.25em 0.6em; align-items: center; }
.command-os { color: var(--_muted); font-size: 0.88em; }
.command {
  min-width: 0;
  background: var(--_surface);
  border-radius: calc(var(--_radius) * 0.5);
  padding: 0.3em 0.5em;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.rows { list-style: none; padding: 0; }
.row { display: flex; gap: 0.5em; align-items: baseline; }
.row-mark { font-weight: 700; min-width: 1em; text-align: center; }
.mark-problem .row-mark { color: var(--_problem); }
.mark-ok .row-mark, .mark-ruled-out .row-mark { color: var(--_ok); }
.mark-cant .row-mark, .mark-info .row-mark { color: var(--_muted); }

details { border: 1px solid var(--_border); border-radius: calc(var(--_radius) * 0.75); }
summary { cursor: pointer; padding: 0.5em 0.8em; font-weight: 650; }
.fold-body { padding: 0 0.8em 0.8em; display: flex; flex-direction: column; gap: 0.5em; }
.more { display: flex; flex-direction: column; gap: calc(var(--_gap) * 0.9); }
.more[hidden] { display: none; }

.alert {
  color: var(--_problem);
  border-inline-start: 4px solid var(--_problem);
  padding: 0.3em 0.7em;
  background: var(--_surface);
  border-radius: 4px;
}
.alert:empty { display: none; }

.picker {
  position: relative;
  border: 2px dashed var(--_border);
  border-radius: var(--_radius);
  padding: 0.9em;
  display: flex; flex-direction: column; gap: 0.45em;
}
.picker.dragging { border-color: var(--_accent); background: var(--_surface); }
/* The file input is there for the focus and the keys; its label is the button. */
.file-input {
  position: absolute;
  width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; opacity: 0;
}
.picker-label {
  display: inline-flex; align-items: center; min-height: 2.5rem;
  font-weight: 600; padding: 0.45em 1.1em; border-radius: calc(var(--_radius) * 0.75);
  border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-fg); cursor: pointer;
}
.picker-label:hover { filter: brightness(1.08); }
.file-input:focus-visible + .picker-label { outline: 3px solid var(--_focus); outline-offset: 2px; }

.visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%);
  white-space: nowrap; border: 0;
}

@container (max-width: 380px) {
  .headline { font-size: 1.15em; }
  .commands li { grid-template-columns: minmax(0, 1fr) auto; grid-template-areas: "os copy" "code code"; }
  .command-os { grid-area: os; }
  .command { grid-area: code; }
  .commands button { grid-area: copy; }
  .fold-body { padding: 0 0.6em 0.6em; }
  summary { padding: 0.5em 0.6em; }
  button.primary { width: 100%; }
}
@media (max-width: 420px) {
  :host { padding: calc(var(--_gap) * 0.7); }
}
@media (prefers-reduced-motion: no-preference) {
  .picker { transition: border-color 0.15s, background-color 0.15s; }
}
@media (forced-colors: active) {
  button.primary { border: 2px solid ButtonText; }
  .status, .row-mark { forced-color-adjust: auto; }
}
`;

let shared: CSSStyleSheet | null = null;

/**
 * Styles a shadow root: the one shared sheet where constructable stylesheets exist
 * (every browser of the last years), else a <style> element.
 */
export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
