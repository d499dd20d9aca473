// The desktop app: Tauri IPC. Progress arrives on a channel; cancelling aborts the
// check on the Rust side by its id.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { ApiError } from '../types/generated/ApiError';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import type { Redaction } from '../types/generated/Redaction';
import type { Report } from '../types/generated/Report';
import type { TestListenerInfo } from '../types/generated/TestListenerInfo';
import type { Understood } from '../types/generated/Understood';
import { type Backend, BackendError, type ReportFormat } from './index';

type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

let nextCheck = 1;

export class TauriBackend implements Backend {
  readonly kind = 'tauri' as const;

  constructor(private readonly invoker: Invoke = invoke) {}

  private async call<T>(command: string, args: Record<string, unknown>): Promise<T> {
    try {
      return await this.invoker<T>(command, args);
    } catch (e) {
      throw new BackendError(e as ApiError);
    }
  }

  understand(text: string): Promise<Understood> {
    return this.call('understand', { text });
  }

  explain(text: string): Promise<Report> {
    return this.call('explain', { text });
  }

  render(report: Report, format: 'text' | 'markdown'): Promise<string> {
    return this.call('render', { report, format });
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

  saveReport(report: Report, format: ReportFormat): Promise<string | null> {
    return this.call('save_report', { report, format });
  }

  async check(request: CheckRequest, onProgress: (e: ProgressEvent) => void, signal: AbortSignal): Promise<Report> {
    const id = nextCheck++;
    const channel = new Channel<ProgressEvent>();
    channel.onmessage = onProgress;
    const cancel = () => void this.invoker('cancel_check', { id }).catch(() => undefined);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await this.call<Report>('check', { id, request, onProgress: channel });
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }
}
