// <port-doctor-explain lang compact heading-level>: a box to paste an error message,
// what it reads as you type, and the answer in the app's words and order: the
// status, the headline, why, what to do, other causes, what we read, the commands to
// run by hand, the details for helpdesk. `compact` shows the headline and the steps,
// the rest behind a toggle.
//
// Events (bubbling, composed): `portdoctor-explained` {parsed, report} and
// `portdoctor-error` {code, message}. Method: explain(text) → Promise<Report>.
import { PortDoctorElement } from './base';
import { detectOs, type ExplainCore, type Here, PortDoctorError, readyToExplain, type Report, startedToExplain, unavailableMessage } from './core';
import { h, replace } from './dom';
import type { ParsedError } from '../../src/lib/types/generated/ParsedError';

/** What `portdoctor-explained` carries. */
export interface ExplainedDetail {
  /** What was read in the message (the program, the computer, the port, the failure). */
  parsed: ParsedError | null;
  /** The whole report, with its presentation model (`report.view`). */
  report: Report;
}

/** How long after the last key the preview asks what the text is. */
const PREVIEW_MS = 150;

/** A message the core reads once while the page is idle (see [`warmUp`]): never shown. */
const WARM_UP = "curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server";
const warmed = new WeakSet<ExplainCore>();

/**
 * The browser compiles each of the core's functions the first time it runs, and most
 * of the first answer's time is that. Reading one message while the page is idle does
 * it before the visitor asks, so their first answer comes as fast as the next ones.
 * Nothing of it is shown, kept or sent; once for the page.
 */
function warmUp(core: ExplainCore, lang: () => string): void {
  if (warmed.has(core)) return;
  warmed.add(core);
  const run = (): void => {
    try {
      core.understand(WARM_UP, lang());
      core.explain(WARM_UP, lang());
    } catch {
      // Only a head start: the visitor's own explain says what went wrong.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

function randomPair(): [number, number] {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return [r[0] ?? 0, r[1] ?? 0];
}

export class PortDoctorExplain extends PortDoctorElement<ExplainCore> {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'compact'];
  }

  // The smaller module, without report files, unless the page has the whole one.
  protected startCore(lang: string): Promise<ExplainCore> {
    return readyToExplain(lang);
  }

  protected startedCore(): ExplainCore | null {
    return startedToExplain();
  }

  private form!: HTMLFormElement;
  private label!: HTMLLabelElement;
  private hint!: HTMLParagraphElement;
  private box!: HTMLTextAreaElement;
  private preview!: HTMLParagraphElement;
  private button!: HTMLButtonElement;
  private keys!: HTMLParagraphElement;
  private alert!: HTMLParagraphElement;
  private announcer!: HTMLParagraphElement;
  private area!: HTMLDivElement;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;
  /** The last explain asked for: its text and its report's ID and time, kept when the language changes. */
  private attempt: { text: string; here: Here } | null = null;
  private current: Report | null = null;
  private expanded = false;

  /** The last report explained, or null. */
  get report(): Report | null {
    return this.current;
  }

  /** The text in the box. */
  get value(): string {
    return this.box?.value ?? '';
  }
  set value(text: string) {
    if (!this.box) {
      void this.whenReady.then(() => (this.value = text), () => undefined);
      return;
    }
    this.box.value = text;
    this.schedulePreview(0);
  }

  protected build(): void {
    this.label = h('label', { for: 'pd-box', part: 'label' });
    this.hint = h('p', { id: 'pd-hint', class: 'hint' });
    this.box = h('textarea', {
      id: 'pd-box',
      rows: 4,
      autocomplete: 'off',
      autocapitalize: 'off',
      autocorrect: 'off',
      spellcheck: 'false',
      'aria-describedby': 'pd-hint pd-preview pd-keys',
      'data-testid': 'input',
      part: 'textarea',
    });
    this.preview = h('p', { id: 'pd-preview', class: 'understood', 'aria-live': 'polite', 'data-testid': 'understood', part: 'understood' });
    // Never disabled: a disabled button loses the focus.
    this.button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'explain', part: 'button' });
    this.keys = h('p', { id: 'pd-keys', class: 'keys' });
    this.form = h(
      'form',
      { class: 'ask field', part: 'form', novalidate: true },
      this.label,
      this.hint,
      this.box,
      this.preview,
      h('div', { class: 'actions' }, this.button),
      this.keys,
    );
    this.alert = h('p', { class: 'alert', role: 'alert', 'data-testid': 'error', part: 'error' });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'announce' });
    this.area = h('div', { class: 'answer-area' });
    replace(this.frame, this.form, this.alert, this.announcer, this.area);

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.explain().catch(() => undefined);
    });
    this.box.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
      // One line: Enter explains. Several lines (a pasted message): Ctrl+Enter.
      if (e.ctrlKey || e.metaKey || !this.box.value.includes('\n')) {
        e.preventDefault();
        void this.explain().catch(() => undefined);
      }
    });
    this.box.addEventListener('input', () => {
      // The text changed: an old error no longer applies.
      this.alert.textContent = '';
      this.box.removeAttribute('aria-invalid');
      this.schedulePreview(PREVIEW_MS);
    });
    if (this.core) warmUp(this.core, () => this.lang_);
  }

  protected relabel(): void {
    this.label.textContent = this.t('embed-explain-label');
    this.hint.textContent = this.t('embed-explain-hint');
    this.button.textContent = this.t('ui-explain');
    this.keys.textContent = this.t('embed-explain-keys');
    if (this.current) this.render(this.current);
  }

  protected languageChanged(): void {
    this.schedulePreview(0);
    const attempt = this.attempt;
    if (!attempt || !this.core) return;
    // The same text, the same report ID and time, in the new language.
    try {
      this.current = this.core.explain(attempt.text, this.lang_, attempt.here);
      this.alert.textContent = '';
      this.render(this.current);
    } catch (e) {
      this.alert.textContent = this.asError(e).message;
    }
  }

  /** Explains `text` (or what is in the box) and shows the answer. */
  async explain(text?: string): Promise<Report> {
    await this.whenReady;
    const core = this.core;
    if (!core) throw new PortDoctorError('wasm-unavailable', unavailableMessage(this.lang_));
    if (text !== undefined) {
      this.box.value = text;
      this.schedulePreview(0);
    }
    const here: Here = { os: detectOs(), nowMs: Date.now(), random: randomPair() };
    this.attempt = { text: this.box.value, here };
    let report: Report;
    try {
      report = core.explain(this.box.value, this.lang_, here);
    } catch (e) {
      const error: PortDoctorError = this.asError(e);
      this.current = null;
      replace(this.area);
      this.alert.textContent = error.message;
      this.box.setAttribute('aria-invalid', 'true');
      this.emitError(error);
      throw error;
    }
    this.current = report;
    this.alert.textContent = '';
    this.box.removeAttribute('aria-invalid');
    this.expanded = false;
    this.render(report);
    this.announce(report.view?.answer?.headline || this.t('ui-no-answer'));
    this.emit<ExplainedDetail>('portdoctor-explained', { parsed: report.parsed ?? null, report });
    return report;
  }

  /** Says the answer's headline to screen readers, without moving the focus. */
  private announce(text: string): void {
    this.announcer.textContent = '';
    // A new text in the live region, even when it is the same headline as before.
    setTimeout(() => (this.announcer.textContent = text), 50);
  }

  private schedulePreview(ms: number): void {
    clearTimeout(this.timer);
    const mine = ++this.asked;
    const run = () => {
      if (mine !== this.asked || !this.core) return;
      const text = this.box.value;
      if (!text.trim()) {
        replace(this.preview);
        return;
      }
      try {
        const u = this.core.understand(text, this.lang_);
        if (u.kind === 'target' || u.kind === 'message') replace(this.preview, h('span', { 'aria-hidden': 'true' }, '→ '), u.summary);
        else if (u.kind === 'invalid') replace(this.preview, u.message);
        else replace(this.preview);
      } catch {
        replace(this.preview);
      }
    };
    if (ms <= 0) run();
    else this.timer = setTimeout(run, ms);
  }

  private get compact(): boolean {
    return this.hasAttribute('compact');
  }

  private render(report: Report): void {
    const compact = this.compact;
    const note = h('p', { class: 'explained-note', 'data-testid': 'explained-note' }, this.t('ui-explained-note'));
    const confidence = this.confidence(report);
    const answer = h('section', { class: 'answer', 'aria-labelledby': 'pd-headline', 'data-testid': 'answer', part: 'answer' });
    const present = (...parts: (HTMLElement | null)[]) => parts.filter((x): x is HTMLElement => x != null);
    if (!compact) {
      answer.append(
        ...present(
          note,
          this.statusLine(report),
          this.headline(report, 'pd-headline'),
          confidence,
          this.why(report),
          this.steps(report),
          this.also(report),
          this.understood(report),
          this.commands(report),
          this.helpdesk(report),
        ),
      );
    } else {
      const more = h('div', { class: 'more', id: 'pd-more', 'data-testid': 'more', hidden: !this.expanded });
      more.append(
        ...present(note, this.statusLine(report), confidence, this.why(report), this.also(report), this.understood(report), this.commands(report), this.helpdesk(report)),
      );
      const toggle = h('button', {
        type: 'button',
        class: 'secondary',
        'aria-expanded': String(this.expanded),
        'aria-controls': 'pd-more',
        'data-testid': 'details-toggle',
        part: 'toggle',
      }, this.t(this.expanded ? 'embed-details-hide' : 'embed-details-show'));
      toggle.addEventListener('click', () => {
        this.expanded = !this.expanded;
        more.hidden = !this.expanded;
        toggle.setAttribute('aria-expanded', String(this.expanded));
        toggle.textContent = this.t(this.expanded ? 'embed-details-hide' : 'embed-details-show');
      });
      answer.append(...present(this.headline(report, 'pd-headline'), this.steps(report), h('div', { class: 'actions' }, toggle), more));
    }
    replace(this.area, answer);
  }
}
