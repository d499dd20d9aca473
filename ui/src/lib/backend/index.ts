// The one way the UI reaches the Rust side. Two implementations: Tauri IPC (the
// desktop app) and the local HTTP API of `portdoctor serve` (a browser). They share
// the operations, written once in ./operations on top of each one's `call`. Nothing
// outside this folder knows which one runs.
import type { ApiError } from '../types/generated/ApiError';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { OperationName, Operations } from '../types/generated/Operations';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import type { Redaction } from '../types/generated/Redaction';
import type { RedactionNote } from '../types/generated/RedactionNote';
import type { Report } from '../types/generated/Report';
import type { TestListenerInfo } from '../types/generated/TestListenerInfo';
import type { Understood } from '../types/generated/Understood';
import { HttpBackend } from './http';
import { TauriBackend } from './tauri';

export type { ApiError, CheckRequest, OperationName, Operations, ProgressEvent, Redaction, RedactionNote, Report, TestListenerInfo, Understood };

export type ReportFormat = 'json' | 'markdown' | 'text';

export interface Backend {
  readonly kind: 'tauri' | 'http';
  /** Why nothing can work from this page, known at load (a page opened without its token); null when all is well. */
  readonly unusable?: string | null;
  /** What the text is: an address, a pasted error message, or neither (and why). */
  understand(text: string): Promise<Understood>;
  /** Runs a check, reporting progress; aborting the signal stops it. */
  check(request: CheckRequest, onProgress: (event: ProgressEvent) => void, signal: AbortSignal): Promise<Report>;
  /** Explains a pasted message without touching the network. */
  explain(text: string): Promise<Report>;
  /** The report as plain text or Markdown, in the catalogue's words. */
  render(report: Report, format: 'text' | 'markdown'): Promise<string>;
  /**
   * The report as it will be shared: the user names, host names and public addresses
   * `what` names replaced by stand-ins (user-1, host-1, public-1), and a note of what was
   * hidden. The ID and the finding codes stay.
   */
  redact(report: Report, what: Redaction): Promise<Report>;
  /** The same report in the UI's language now (after the language menu changed). */
  reword(report: Report): Promise<Report>;
  /** Reads a report someone sent. It is data only: nothing in it is run. */
  openReport(text: string): Promise<Report>;
  /** Opens a test listener on this computer for `seconds`. */
  openTestListener(port: number, seconds: number): Promise<TestListenerInfo>;
  /** Closes a test listener before its time; false when it had already closed. */
  closeTestListener(port: number): Promise<boolean>;
  /** Saves the report; returns where (a file name or path), or null when cancelled. */
  saveReport(report: Report, format: ReportFormat): Promise<string | null>;
}

/** An error from the Rust side: a stable code and a sentence from the catalogue. */
export class BackendError extends Error {
  readonly code: string;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

/** The sentence to show for a failure: a BackendError's own, or the error's text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Whether we run inside the desktop app. */
export function inTauri(w: object = globalThis): boolean {
  return '__TAURI_INTERNALS__' in w;
}

/** The backend for where we run: Tauri IPC in the app, else the HTTP API. */
export async function pickBackend(): Promise<Backend> {
  return inTauri() ? new TauriBackend() : HttpBackend.fromLocation(window.location, window.sessionStorage, window.history);
}
