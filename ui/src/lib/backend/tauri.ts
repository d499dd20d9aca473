// The desktop app: Tauri IPC. Every operation goes through the one `call` command;
// the check, stopping it and saving are commands of their own. Progress arrives on a
// channel; cancelling aborts the check on the Rust side by its id.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { ApiError } from '../types/generated/ApiError';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { OperationName } from '../types/generated/Operations';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import type { Report } from '../types/generated/Report';
import { language } from '../i18n';
import { BackendError, type ReportFormat } from './index';
import { inLanguage, OperationBackend, type OperationRequest, type OperationResponse } from './operations';

type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

let nextCheck = 1;

export class TauriBackend extends OperationBackend {
  override readonly kind = 'tauri' as const;

  constructor(private readonly invoker: Invoke = invoke) {
    super();
  }

  /** Invokes a command; its error (an ApiError) becomes a BackendError. */
  private async command<T>(command: string, args: Record<string, unknown>): Promise<T> {
    try {
      return await this.invoker<T>(command, args);
    } catch (e) {
      throw new BackendError(e as ApiError);
    }
  }

  /** An operation is the `call` command with its name and its request. */
  override call<K extends OperationName>(op: K, request: OperationRequest<K>): Promise<OperationResponse<K>> {
    return this.command('call', { operation: op, request: inLanguage(request) });
  }

  override saveReport(report: Report, format: ReportFormat): Promise<string | null> {
    return this.command('save_report', { report, format, lang: language() });
  }

  override async check(request: CheckRequest, onProgress: (e: ProgressEvent) => void, signal: AbortSignal): Promise<Report> {
    const id = nextCheck++;
    const channel = new Channel<ProgressEvent>();
    channel.onmessage = onProgress;
    const cancel = () => void this.invoker('cancel_check', { id }).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await this.command<Report>('check', { id, request: inLanguage(request), onProgress: channel });
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }
}
