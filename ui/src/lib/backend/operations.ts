// The operations of crates/api/src/ops.rs, written once for both transports: each
// Backend method is one `call` of its operation. A transport only says how a call
// travels (Tauri's `call` command, or a POST to /api/<path>); the check, stopping it
// and saving stay its own.
//
// This module imports only types from ./index, so the transports can extend the class
// below while ./index imports them.
import type { OperationName, Operations } from '../types/generated/Operations';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import type { Redaction } from '../types/generated/Redaction';
import type { Report } from '../types/generated/Report';
import type { TestListenerInfo } from '../types/generated/TestListenerInfo';
import type { Understood } from '../types/generated/Understood';
import type { Backend, ReportFormat } from './index';
import { language } from '../i18n';

export type { OperationName, Operations };

/** A request with the screens' language, unless it names its own. */
export function inLanguage<T extends { lang?: string }>(request: T): T & { lang: string } {
  return { ...request, lang: request.lang ?? language() };
}

/** The request of operation `K`. */
export type OperationRequest<K extends OperationName> = Operations[K]['request'];
/** The answer of operation `K`. */
export type OperationResponse<K extends OperationName> = Operations[K]['response'];

export abstract class OperationBackend implements Backend {
  abstract readonly kind: Backend['kind'];

  /** Does one operation on the Rust side; a failure is a BackendError. */
  abstract call<K extends OperationName>(op: K, request: OperationRequest<K>): Promise<OperationResponse<K>>;

  abstract check(request: CheckRequest, onProgress: (event: ProgressEvent) => void, signal: AbortSignal): Promise<Report>;

  abstract saveReport(report: Report, format: ReportFormat): Promise<string | null>;

  understand(text: string): Promise<Understood> {
    return this.call('understand', { text });
  }

  explain(text: string): Promise<Report> {
    return this.call('explain', { text });
  }

  async render(report: Report, format: 'text' | 'markdown'): Promise<string> {
    const { text } = await this.call('render', { report, format });
    return text;
  }

  reword(report: Report): Promise<Report> {
    return this.call('reword', { report });
  }

  redact(report: Report, what: Redaction): Promise<Report> {
    return this.call('redact', { report, what });
  }

  openReport(text: string): Promise<Report> {
    return this.call('open_report', { text });
  }

  openTestListener(port: number, seconds: number): Promise<TestListenerInfo> {
    return this.call('open_test_listener', { port, seconds });
  }

  closeTestListener(port: number): Promise<boolean> {
    return this.call('close_test_listener', { port });
  }
}
