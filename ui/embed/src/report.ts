// <port-doctor-report lang heading-level>: pick or drop a report file someone saved
// with Port Doctor (the JSON file or the Markdown ticket), and read it as the
// helpdesk side of an opened report: whose computer, when (the reader's time and
// UTC), what they tried, the language they saw, the checks before; then the answer,
// how we know, what was ruled out and couldn't be checked, the details for helpdesk
// and the commands for that computer.
//
// Everything shown comes from the report the WebAssembly rebuilt from the file's
// codes and typed facts, in the reader's language: never the file's own sentences
// or commands. Nothing in the file is run, and nothing leaves the browser.
//
// Events (bubbling, composed): `portdoctor-opened` {report, fileName} and
// `portdoctor-error` {code, message}. Method: open(text, fileName?) → Promise<Report>.
import { PortDoctorElement } from './base';
import { type Core, PortDoctorError, ready, type Report, started, unavailableMessage } from './core';
import { h, localTime, replace } from './dom';

/** What `portdoctor-opened` carries. */
export interface OpenedDetail {
  /** The report as Port Doctor rebuilt it, with its presentation model (`report.view`). */
  report: Report;
  /** The file's name, when it came from a file. */
  fileName: string | null;
}

/** The largest report file (portdoctor_core::report::MAX_REPORT_BYTES). */
const MAX_BYTES = 4 * 1024 * 1024;

export class PortDoctorReport extends PortDoctorElement<Core> {
  protected startCore(lang: string): Promise<Core> {
    return ready(lang);
  }

  protected startedCore(): Core | null {
    return started();
  }

  private picker!: HTMLDivElement;
  private label!: HTMLLabelElement;
  private input!: HTMLInputElement;
  private hint!: HTMLParagraphElement;
  private dropHint!: HTMLParagraphElement;
  private alert!: HTMLParagraphElement;
  private announcer!: HTMLParagraphElement;
  private area!: HTMLDivElement;

  /** The file's text and name, kept to say it again when the language changes. */
  private source: { text: string; fileName: string | null } | null = null;
  /** An error this element found itself (too large, unreadable), to say again in a new language. */
  private ownError: string | null = null;
  private current: Report | null = null;

  /** The report opened last, or null. */
  get report(): Report | null {
    return this.current;
  }

  protected build(): void {
    // The input itself takes the focus and the keys (Space or Enter opens the picker);
    // its label is what the eye sees, a button in the element's language.
    this.label = h('label', { for: 'pd-file', class: 'picker-label', part: 'label' });
    this.input = h('input', {
      id: 'pd-file',
      type: 'file',
      class: 'file-input',
      accept: '.json,.md,.markdown,.txt,application/json,text/markdown,text/plain',
      'aria-describedby': 'pd-file-hint pd-drop-hint',
      'data-testid': 'file',
      part: 'file',
    });
    this.hint = h('p', { id: 'pd-file-hint', class: 'hint' });
    this.dropHint = h('p', { id: 'pd-drop-hint', class: 'hint' });
    // The drop zone is the picker's own box: the keyboard reaches it through the input.
    this.picker = h('div', { class: 'picker', 'data-testid': 'drop-zone', part: 'drop-zone' }, h('div', { class: 'actions' }, this.input, this.label), this.hint, this.dropHint);
    this.alert = h('p', { class: 'alert', role: 'alert', 'data-testid': 'error', part: 'error' });
    this.announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'announce' });
    this.area = h('div', { class: 'report-area' });
    replace(this.frame, this.picker, this.alert, this.announcer, this.area);

    this.input.addEventListener('change', () => {
      const file = this.input.files?.[0];
      if (file) void this.openFile(file).catch(() => undefined);
      // The same file again is a change too.
      this.input.value = '';
    });
    this.picker.addEventListener('dragover', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      this.picker.classList.add('dragging');
    });
    this.picker.addEventListener('dragleave', () => this.picker.classList.remove('dragging'));
    this.picker.addEventListener('drop', (e) => {
      this.picker.classList.remove('dragging');
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void this.openFile(file).catch(() => undefined);
    });
  }

  protected relabel(): void {
    this.label.textContent = this.t('ui-open-report');
    this.hint.textContent = this.t('ui-open-report-hint');
    this.dropHint.textContent = this.t('embed-report-drop');
  }

  protected languageChanged(): void {
    if (this.ownError) this.alert.textContent = this.t(this.ownError);
    if (!this.source || !this.core) return;
    try {
      this.current = this.core.openReport(this.source.text, this.lang_);
      this.alert.textContent = '';
      this.render(this.current, this.source.fileName);
    } catch (e) {
      this.current = null;
      replace(this.area);
      this.alert.textContent = this.asError(e).message;
    }
  }

  /** Reads a file the visitor picked or dropped, in this browser, and opens it. */
  async openFile(file: File): Promise<Report> {
    await this.whenReady;
    if (file.size > MAX_BYTES) return this.failOwn('report-too-large', 'embed-report-too-large');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.failOwn('file-unreadable', 'embed-report-unreadable');
    }
    return this.open(text, file.name);
  }

  /** Opens a report from its text (the JSON file or the Markdown ticket). */
  async open(text: string, fileName: string | null = null): Promise<Report> {
    await this.whenReady;
    const core = this.core;
    if (!core) throw new PortDoctorError('wasm-unavailable', unavailableMessage(this.lang_));
    let report: Report;
    // Kept even when it can't be opened: the error is said again in a new language.
    this.source = { text, fileName };
    this.ownError = null;
    try {
      report = core.openReport(text, this.lang_);
    } catch (e) {
      return this.fail(this.asError(e));
    }
    this.current = report;
    this.alert.textContent = '';
    this.render(report, fileName);
    this.announcer.textContent = fileName ? this.t('embed-report-opened', { file: fileName }) : this.t('embed-report-opened-text');
    // The answer's heading, as the app's opened report: the reader starts there.
    this.area.querySelector<HTMLElement>('.headline')?.focus({ preventScroll: false });
    this.emit<OpenedDetail>('portdoctor-opened', { report, fileName });
    return report;
  }

  private failOwn(code: string, id: string): never {
    this.source = null;
    this.ownError = id;
    return this.fail(new PortDoctorError(code, this.t(id)));
  }

  private fail(error: PortDoctorError): never {
    this.current = null;
    replace(this.area);
    this.announcer.textContent = '';
    this.alert.textContent = error.message;
    this.emitError(error);
    throw error;
  }

  /** Whose computer, when, what they tried, their language, the checks before. */
  private banner(report: Report, fileName: string | null): HTMLElement {
    const p = report.view?.provenance;
    const lang = this.lang_;
    const banner = h('div', { class: 'banner', 'data-testid': 'opened-banner', part: 'banner' }, h('p', { class: 'banner-label' }, this.t('ui-opened-label')));
    const line = (testid: string, text: string, cls?: string) => h('p', { 'data-testid': testid, class: cls }, text);
    if (fileName) {
      banner.append(line('opened-note', this.t('ui-opened-note', { file: fileName, time: localTime(report.created, lang), os: p?.os_label ?? report.os })));
    }
    banner.append(line('opened-id', this.t('ui-helpdesk-id', { id: report.id })));
    if (p) {
      banner.append(line('opened-when', this.t('ui-opened-when', { local: localTime(p.created, lang), utc: p.created_utc })));
      // "Checked on a Linux computer on …, without admin rights." (or "A message read on …").
      if (p.lines[0]) banner.append(line('opened-computer', p.lines[0]));
      if (p.language) banner.append(line('opened-language', this.t('embed-their-language', { language: p.language_label })));
      if (p.unknown) banner.append(h('p', { class: 'note', 'data-testid': 'opened-unknown' }, h('span', { 'aria-hidden': 'true' }, '! '), p.unknown));
      if (p.tried) {
        banner.append(
          h('p', {}, this.t(p.pasted ? 'ui-opened-pasted' : 'ui-opened-typed')),
          h('pre', { class: 'evidence', 'data-testid': 'opened-tried', tabindex: '0' }, p.tried),
        );
      }
      if (p.earlier.length > 0) {
        banner.append(
          h('p', {}, this.t('ui-opened-earlier')),
          h(
            'ul',
            { 'data-testid': 'opened-earlier' },
            ...p.earlier.map((e) => h('li', {}, this.t('embed-earlier', { local: localTime(e.created, lang), utc: e.created_utc, status: e.status_word, code: e.code }))),
          ),
        );
      }
    }
    banner.append(line('opened-safe', this.t('ui-opened-safe')));
    return banner;
  }

  /** "How we know": the rows of the checks, what we read, ruled out, couldn't check. */
  private howWeKnow(report: Report): HTMLElement | null {
    const view = report.view;
    if (!view) return null;
    const checks = view.how_we_know;
    const ruled = view.ruled_out;
    const cant = view.could_not_check;
    const read = this.understood(report, true);
    if (checks.length === 0 && ruled.length === 0 && cant.length === 0 && !read) return null;
    const sub = (key: string, title: string, list: HTMLElement) => h('div', {}, this.sectionTitle(title, `${key}-heading`, 2), list);
    return this.section(
      'how',
      this.t('section-how'),
      read,
      checks.length > 0 ? this.rows(checks, 'how-checks') : null,
      ruled.length > 0 ? sub('ruled-out', this.t('section-ruled-out'), this.rows(ruled, 'how-ruled-out')) : null,
      cant.length > 0 ? sub('couldnt', this.t('section-couldnt'), this.rows(cant, 'how-cant')) : null,
    );
  }

  private render(report: Report, fileName: string | null): void {
    const parts = [
      this.banner(report, fileName),
      this.statusLine(report),
      this.headline(report, 'pd-headline'),
      this.confidence(report),
      this.why(report),
      this.steps(report),
      this.also(report),
      this.howWeKnow(report),
      this.helpdesk(report, true),
      this.commands(report, true),
    ].filter((x): x is HTMLElement => x != null);
    replace(this.area, h('article', { class: 'opened', 'aria-labelledby': 'pd-headline', 'data-testid': 'opened', part: 'opened' }, ...parts));
  }
}
