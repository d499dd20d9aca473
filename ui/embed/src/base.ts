// What both elements share: the shadow root and its styles, the language (the
// element's `lang`, else the page's, else the browser's), starting the core, the
// events, and the pieces of an answer that both show in the same words and order as
// the app (ui/src/components/AnswerScreen.svelte, HowWeKnow.svelte, Helpdesk.svelte).
import { type ExplainCore, KNOWN_LANGUAGES, PortDoctorError, pickFrom, type Report, speak, unavailableMessage } from './core';
import { type Child, direction, h, heading, replace } from './dom';
import { adoptStyles } from './style';
import type { CommandView } from '../../src/lib/types/generated/CommandView';
import type { Mark } from '../../src/lib/types/generated/Mark';
import type { Row } from '../../src/lib/types/generated/Row';

/** The symbol of a row's mark; its word (for screen readers) comes from the catalogue. */
export const MARK_SYMBOL: Record<Mark, string> = { ok: '✓', problem: '✗', info: '·', cant: '–', 'ruled-out': '✓' };
const MARK_WORD: Record<Mark, string> = {
  ok: 'ui-mark-ok',
  problem: 'ui-mark-problem',
  info: 'ui-mark-info',
  cant: 'ui-mark-cant',
  'ruled-out': 'ui-mark-ruled-out',
};

export type Tone = 'problem' | 'ok' | 'neutral';

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

export abstract class PortDoctorElement<C extends ExplainCore = ExplainCore> extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['lang', 'heading-level'];
  }

  protected readonly root: ShadowRoot;
  /** The element's one child in the shadow root; carries `lang` and `dir`. */
  protected readonly frame: HTMLDivElement;
  protected core: C | null = null;
  /** The language the element speaks now (a catalogue tag). */
  protected lang_ = 'en';
  private pageLangObserver: MutationObserver | null = null;
  private built = false;
  private started_: { resolve: () => void; reject: (e: PortDoctorError) => void } | null = null;
  /** Settles when the element is built (the core started), or could not start. */
  protected readonly whenReady: Promise<void>;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root);
    this.frame = h('div', { class: 'pd', 'aria-busy': 'true' });
    this.root.append(this.frame);
    this.whenReady = new Promise<void>((resolve, reject) => {
      this.started_ = { resolve, reject };
    });
    // A caller that never waits for it must not see an unhandled rejection.
    this.whenReady.catch(() => undefined);
  }

  connectedCallback(): void {
    // Follow the page's language while the element has none of its own.
    this.pageLangObserver ??= new MutationObserver(() => {
      if (!this.hasAttribute('lang')) this.languageMaybeChanged();
    });
    this.pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.lang_ = this.wantedLanguage();
    this.applyLanguage();
    if (this.built) return;
    this.core = this.startedCore();
    if (this.core) {
      void speak(this.lang_).then(() => this.buildOnce());
      return;
    }
    this.startCore(this.lang_).then(
      async (core) => {
        this.core = core;
        this.lang_ = this.wantedLanguage();
        this.applyLanguage();
        await speak(this.lang_);
        this.buildOnce();
      },
      (e: unknown) => this.unavailable(e),
    );
  }

  disconnectedCallback(): void {
    this.pageLangObserver?.disconnect();
    this.pageLangObserver = null;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.built) return;
    if (name === 'lang') this.languageMaybeChanged();
    else this.relabel();
  }

  private buildOnce(): void {
    if (this.built) return;
    this.built = true;
    this.frame.removeAttribute('aria-busy');
    this.build();
    this.relabel();
    this.started_?.resolve();
  }

  private unavailable(e: unknown): void {
    const message = e instanceof PortDoctorError ? e.message : unavailableMessage(this.lang_);
    this.frame.removeAttribute('aria-busy');
    replace(this.frame, h('p', { class: 'alert', role: 'alert', part: 'error', 'data-testid': 'unavailable' }, message));
    const error = new PortDoctorError('wasm-unavailable', message);
    this.started_?.reject(error);
    this.emitError(error);
  }

  /** The language asked for: the element's `lang`, else the page's, else the browser's. */
  protected wantedLanguage(): string {
    const known = this.core?.languages() ?? KNOWN_LANGUAGES;
    const own = this.getAttribute('lang')?.trim();
    const page = (this.parentElement?.closest('[lang]') ?? document.documentElement).getAttribute('lang')?.trim();
    for (const wanted of [own, page, ...browserLanguages()]) {
      if (!wanted) continue;
      const found = pickFrom(known, wanted);
      if (found) return found;
      // A language asked for by the element or the page that we don't speak: English,
      // rather than the browser's other languages, which the page did not ask for.
      if (wanted === own || wanted === page) return 'en';
    }
    return 'en';
  }

  private applyLanguage(): void {
    this.frame.setAttribute('lang', this.lang_);
    this.frame.setAttribute('dir', direction(this.lang_));
  }

  private languageMaybeChanged(): void {
    const next = this.wantedLanguage();
    if (next === this.lang_) return;
    this.lang_ = next;
    this.applyLanguage();
    if (!this.built) return;
    // Said again once the language's words are here (fetched the first time).
    void speak(next).then(() => {
      if (this.lang_ !== next) return;
      this.relabel();
      this.languageChanged();
    });
  }

  /** The language the element speaks now (a catalogue tag such as `pt-BR`). */
  get language(): string {
    return this.lang_;
  }

  /** The level of the element's main heading (`heading-level`, 1–6; 2 by default). */
  protected get headingLevel(): number {
    const n = Number(this.getAttribute('heading-level'));
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
  }

  /** One sentence of the catalogue in the element's language. */
  protected t(id: string, args: Record<string, string | number> = {}): string {
    return this.core ? this.core.say(id, args, this.lang_) : id;
  }

  /** Starts the core this element needs (the explaining one, or the whole one). */
  protected abstract startCore(lang: string): Promise<C>;
  /** That core, if it has started already. */
  protected abstract startedCore(): C | null;
  /** Builds the element's parts once the core has started. */
  protected abstract build(): void;
  /** Sets every label in the current language (and again when it changes). */
  protected abstract relabel(): void;
  /** The language changed: say what is shown again in it. */
  protected abstract languageChanged(): void;

  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  protected emitError(e: PortDoctorError): void {
    this.emit('portdoctor-error', { code: e.code, message: e.message });
  }

  /** Any error as a PortDoctorError with a sentence to show. */
  protected asError(e: unknown): PortDoctorError {
    if (e instanceof PortDoctorError) return e;
    return new PortDoctorError('internal', e instanceof Error ? e.message : String(e));
  }

  // -------------------------------------------------------------------------------
  // The parts of an answer, as the app shows them.

  /** The status line: symbol and word, never colour alone. */
  protected statusLine(report: Report): HTMLElement {
    const view = report.view;
    const status = view?.status ?? 'unclear';
    const [tone, symbol]: [Tone, string] = status === 'problem' ? ['problem', '✗'] : status === 'ok' ? ['ok', '✓'] : ['neutral', '?'];
    return h(
      'p',
      { class: `status tone-${tone}`, 'data-testid': 'status', 'data-status': status, part: 'status' },
      h('span', { 'aria-hidden': 'true' }, symbol),
      h('span', {}, view?.status_word ?? ''),
    );
  }

  /** The answer's headline, the heading of the answer (tabindex -1: focus can land there). */
  protected headline(report: Report, id: string): HTMLHeadingElement {
    const text = report.view?.answer?.headline || this.t('ui-no-answer');
    return heading(this.headingLevel, { id, class: 'headline', tabindex: '-1', 'data-testid': 'headline', part: 'headline' }, text);
  }

  /** How sure the answer is, under its headline. */
  protected confidence(report: Report): HTMLElement | null {
    const answer = report.view?.answer;
    return answer ? h('p', { class: 'confidence', 'data-testid': 'confidence' }, answer.how_sure) : null;
  }

  protected sectionTitle(text: string, id: string, deeper = 1): HTMLHeadingElement {
    return heading(this.headingLevel + deeper, { id, class: deeper > 1 ? 'sub-title' : 'section-title' }, text);
  }

  /** A section with its heading, or nothing when it has nothing to say. */
  protected section(key: string, title: string, ...body: Child[]): HTMLElement {
    const id = `${key}-heading`;
    return h('section', { 'aria-labelledby': id, 'data-testid': `section-${key}` }, this.sectionTitle(title, id), ...body);
  }

  /** "Why this happens", when there is a problem to explain. */
  protected why(report: Report): HTMLElement | null {
    const answer = report.view?.answer;
    if (!answer?.why || report.view?.status === 'ok') return null;
    return this.section('why', this.t('section-why'), h('p', { 'data-testid': 'why' }, answer.why));
  }

  /** "What to do": the numbered steps. */
  protected steps(report: Report): HTMLElement | null {
    const steps = report.view?.answer?.steps ?? [];
    if (steps.length === 0) return null;
    return this.section('steps', this.t('section-steps'), h('ol', { class: 'todo', 'data-testid': 'steps', part: 'steps' }, ...steps.map((s) => h('li', {}, s))));
  }

  /** "Also possible": other causes seen at the same time. */
  protected also(report: Report): HTMLElement | null {
    const also = report.view?.also ?? [];
    if (also.length === 0) return null;
    return this.section(
      'also',
      this.t('section-also'),
      h(
        'ul',
        { class: 'also', 'data-testid': 'also-possible' },
        ...also.map((a) => h('li', {}, h('strong', {}, a.headline || a.code), a.first_step ? h('span', { class: 'also-step' }, ` → ${a.first_step}`) : null)),
      ),
    );
  }

  /** "What we read in the message". */
  protected understood(report: Report, asSubsection = false): HTMLElement | null {
    const lines = report.view?.understood ?? [];
    if (lines.length === 0) return null;
    const list = h(
      'ul',
      { class: 'rows', 'data-testid': 'understood-rows' },
      ...lines.map((line) => h('li', { class: 'row mark-info' }, h('span', { class: 'row-mark', 'aria-hidden': 'true' }, '·'), h('span', { class: 'row-text' }, line))),
    );
    if (!asSubsection) return this.section('understood', this.t('section-understood'), list);
    return h('div', {}, this.sectionTitle(this.t('section-understood'), 'understood-heading', 2), list);
  }

  /** Rows with their marks: the symbol for the eye, the word for screen readers. */
  protected rows(items: Row[], testid: string): HTMLUListElement {
    return h(
      'ul',
      { class: 'rows', 'data-testid': testid },
      ...items.map((row) =>
        h(
          'li',
          { class: `row mark-${row.mark}` },
          h('span', { class: 'row-mark', 'aria-hidden': 'true' }, MARK_SYMBOL[row.mark] ?? '·'),
          h('span', { class: 'visually-hidden' }, `${this.t(MARK_WORD[row.mark] ?? 'ui-mark-info')}:`),
          h('span', { class: 'row-text' }, row.text),
        ),
      ),
    );
  }

  /**
   * "The same checks by hand": each command with its system and a copy button, the
   * feedback in a live region. Folded (a <details>) unless `open`.
   */
  protected commands(report: Report, open = false): HTMLElement | null {
    const commands: CommandView[] = report.view?.commands ?? [];
    if (commands.length === 0) return null;
    const feedback = h('p', { class: 'feedback hint', role: 'status', 'data-testid': 'copy-feedback' });
    const list = h(
      'ul',
      { class: 'commands', 'data-testid': 'commands-list' },
      ...commands.map((c) => {
        const button = h('button', { type: 'button', class: 'small', 'aria-label': this.t('ui-copy-command', { command: c.command }), 'data-testid': 'copy-command' }, this.t('ui-copy'));
        button.addEventListener('click', () => void this.copy(c.command, feedback));
        return h('li', {}, h('span', { class: 'command-os' }, c.os_label), h('code', { class: 'command', 'data-testid': 'command' }, c.command), button);
      }),
    );
    return h(
      'details',
      { class: 'fold', 'data-testid': 'commands', part: 'commands', open },
      h('summary', {}, this.t('section-commands')),
      h('div', { class: 'fold-body' }, h('p', { class: 'hint' }, this.t('embed-commands-hint')), list, feedback),
    );
  }

  private async copy(command: string, feedback: HTMLElement): Promise<void> {
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(command);
        copied = true;
      }
    } catch {
      copied = false;
    }
    feedback.textContent = copied ? this.t('ui-copied-command', { command }) : this.t('ui-copy-failed');
  }

  /** "Details for helpdesk": the report ID and the precise lines. */
  protected helpdesk(report: Report, open = false): HTMLElement | null {
    const lines = report.view?.helpdesk ?? [];
    const details = h('details', { class: 'fold', 'data-testid': 'helpdesk', part: 'helpdesk', open });
    details.append(
      h('summary', {}, this.t('section-helpdesk')),
      h(
        'div',
        { class: 'fold-body' },
        h('p', { 'data-testid': 'helpdesk-id' }, this.t('ui-helpdesk-id', { id: report.id })),
        lines.length > 0 ? this.sectionTitle(this.t('ui-helpdesk-evidence'), 'evidence-heading', 2) : null,
        lines.length > 0 ? h('pre', { class: 'evidence', 'data-testid': 'helpdesk-evidence', tabindex: '0', 'aria-labelledby': 'evidence-heading' }, lines.join('\n')) : null,
      ),
    );
    return details;
  }
}
