// `portdoctor serve`: a JSON API on 127.0.0.1 behind a per-run token. The token comes
// in the URL the server prints (?token=…), or — when `serve --open` started this
// browser — is traded once for the one-time code in the URL's fragment (#code=…), so
// that it never stands on a command line. We keep it for this tab, take it out of the
// address bar, and send it with every request.
import type { ApiError } from '../types/generated/ApiError';
import type { CheckRequest } from '../types/generated/CheckRequest';
import type { ProgressEvent } from '../types/generated/ProgressEvent';
import { type OperationName, OPERATION_PATHS } from '../types/generated/Operations';
import type { Report } from '../types/generated/Report';
import { t } from '../i18n';
import { BackendError, type ReportFormat } from './index';
import { inLanguage, OperationBackend, type OperationRequest, type OperationResponse } from './operations';

export const TOKEN_HEADER = 'X-Portdoctor-Token';
const TOKEN_KEY = 'portdoctor-token';

type Fetch = typeof fetch;

export class HttpBackend extends OperationBackend {
  override readonly kind = 'http' as const;

  /** A page opened without the token of this run can do nothing: say so at load. */
  get unusable(): string | null {
    if (this.token) return null;
    return this.problem ?? t('ui-no-token');
  }

  constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly fetcher: Fetch = (...args) => fetch(...args),
    /** Why there is no token, when the server said (a one-time link used already). */
    private readonly problem: string | null = null,
  ) {
    super();
  }

  static async fromLocation(
    location: Location,
    storage: Storage,
    history: History,
    fetcher: Fetch = (...args) => fetch(...args),
  ): Promise<HttpBackend> {
    const url = new URL(location.href);
    const fromUrl = url.searchParams.get('token');
    const code = new URLSearchParams(url.hash.replace(/^#/, '')).get('code');
    let token = fromUrl;
    let problem: string | null = null;
    if (!token && code) {
      try {
        const response = await fetcher(`${url.origin}/api/session`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code }),
        });
        const data = (await response.json()) as { token?: string } & Partial<ApiError>;
        if (response.ok && typeof data.token === 'string') token = data.token;
        else problem = typeof data.message === 'string' ? data.message : t('ui-server-error', { status: response.status });
      } catch {
        problem = t('ui-server-error', { status: 0 });
      }
    }
    if (token) storage.setItem(TOKEN_KEY, token);
    if (fromUrl || code) {
      url.searchParams.delete('token');
      history.replaceState(null, '', url.pathname + url.search);
    }
    return new HttpBackend(url.origin, token ?? storage.getItem(TOKEN_KEY) ?? '', fetcher, problem);
  }

  /** The answer's JSON; a page that is not JSON (a proxy's, a crash's) says its status. */
  private static async json(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      throw new BackendError({ code: `http-${response.status}`, message: t('ui-server-error', { status: response.status }) });
    }
  }

  /** An operation is a POST of its request to its path under /api/. */
  override async call<K extends OperationName>(op: K, request: OperationRequest<K>): Promise<OperationResponse<K>> {
    const response = await this.fetcher(`${this.base}/api/${OPERATION_PATHS[op]}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: this.token },
      body: JSON.stringify(inLanguage(request)),
    });
    const data = await HttpBackend.json(response);
    if (!response.ok) throw new BackendError(data as ApiError);
    return data as OperationResponse<K>;
  }

  /** The answer streams as lines of JSON: progress events, then the report. */
  override async check(request: CheckRequest, onProgress: (e: ProgressEvent) => void, signal: AbortSignal): Promise<Report> {
    const response = await this.fetcher(`${this.base}/api/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: this.token },
      body: JSON.stringify(inLanguage(request)),
      signal,
    });
    if (!response.ok || !response.body) {
      throw new BackendError((await HttpBackend.json(response)) as ApiError);
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
