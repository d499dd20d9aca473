// `portdoctor serve`: a JSON API on 127.0.0.1 behind a per-run token. The token comes
// in the URL the server prints (?token=…); we keep it for this tab and take it out of
// the address bar, and send it with every request.
import type { ApiError } from '../types/generated/ApiError';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import { type OperationName, OPERATION_PATHS } from '../types/generated/Operations';
import type { Report } from '../types/generated/Report';
import { t } from '../i18n';
import { BackendError, type ReportFormat } from './index';
import { OperationBackend, type OperationRequest, type OperationResponse } from './operations';

export const TOKEN_HEADER = 'X-Portdoctor-Token';
const TOKEN_KEY = 'portdoctor-token';

type Fetch = typeof fetch;

export class HttpBackend extends OperationBackend {
  override readonly kind = 'http' as const;

  /** A page opened without the token of this run can do nothing: say so at load. */
  get unusable(): string | null {
    return this.token ? null : t('ui-no-token');
  }

  constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly fetcher: Fetch = (...args) => fetch(...args),
  ) {
    super();
  }

  static fromLocation(location: Location, storage: Storage, history: History): HttpBackend {
    const url = new URL(location.href);
    const fromUrl = url.searchParams.get('token');
    if (fromUrl) {
      storage.setItem(TOKEN_KEY, fromUrl);
      url.searchParams.delete('token');
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
    return new HttpBackend(url.origin, fromUrl ?? storage.getItem(TOKEN_KEY) ?? '');
  }

  /** An operation is a POST of its request to its path under /api/. */
  override async call<K extends OperationName>(op: K, request: OperationRequest<K>): Promise<OperationResponse<K>> {
    const response = await this.fetcher(`${this.base}/api/${OPERATION_PATHS[op]}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: this.token },
      body: JSON.stringify(request),
    });
    const data: unknown = await response.json();
    if (!response.ok) throw new BackendError(data as ApiError);
    return data as OperationResponse<K>;
  }

  /** The answer streams as lines of JSON: progress events, then the report. */
  override async check(request: CheckRequest, onProgress: (e: ProgressEvent) => void, signal: AbortSignal): Promise<Report> {
    const response = await this.fetcher(`${this.base}/api/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: this.token },
      body: JSON.stringify(request),
      signal,
    });
    if (!response.ok || !response.body) {
      throw new BackendError((await response.json()) as ApiError);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffer += value;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        const message = JSON.parse(line) as { progress?: ProgressEvent; report?: Report; error?: ApiError };
        if (message.progress) onProgress(message.progress);
        if (message.report) return message.report;
        if (message.error) throw new BackendError(message.error);
      }
      if (done) break;
    }
    throw new BackendError({ code: 'interrupted', message: '' });
  }

  /** A browser saves by downloading: no path to choose, the browser asks or files it. */
  override async saveReport(report: Report, format: ReportFormat): Promise<string | null> {
    const text = format === 'json' ? JSON.stringify(report, null, 2) : await this.render(report, format);
    const ext = format === 'json' ? 'json' : format === 'markdown' ? 'md' : 'txt';
    const name = `portdoctor-${report.id}.${ext}`;
    const url = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
    return name;
  }
}
