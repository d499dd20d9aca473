// Both backends ask the Rust side to hide names the same way: the HTTP API at
// /api/redact with the token, the desktop app through the `redact` command.
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import type { Redaction, Report } from './index';
import { HttpBackend, TOKEN_HEADER } from './http';
import { TauriBackend } from './tauri';

const what: Redaction = { user_names: true, host_names: false, public_addresses: true };

describe('redact, through each backend', () => {
  it('HTTP: posts the report and the choice, with the token', async () => {
    const report = fixtures.dnsFailure();
    const answer: Report = { ...report, redacted: { user_names: 0, public_addresses: 0 } };
    const seen: { url: string; init: RequestInit }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify(answer), { status: 200 });
    }) as typeof fetch;
    const backend = new HttpBackend('http://127.0.0.1:7000', 'secret', fetcher);
    expect(await backend.redact(report, what)).toEqual(answer);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('http://127.0.0.1:7000/api/redact');
    expect(seen[0]?.init.method).toBe('POST');
    expect((seen[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ report, what });
  });

  it('HTTP: an error answer is an error with its sentence', async () => {
    const fetcher = (async () =>
      new Response(JSON.stringify({ code: 'bad-request', message: 'The request could not be read.' }), { status: 400 })) as typeof fetch;
    const backend = new HttpBackend('http://127.0.0.1:7000', 'secret', fetcher);
    await expect(backend.redact(fixtures.noListener(), what)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('desktop: invokes the redact command', async () => {
    const report = fixtures.noListener();
    const calls: [string, Record<string, unknown> | undefined][] = [];
    const invoker = (async (command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return { ...report, redacted: {} };
    }) as <T>(command: string, args?: Record<string, unknown>) => Promise<T>;
    const backend = new TauriBackend(invoker);
    const out = await backend.redact(report, what);
    expect(out.redacted).toEqual({});
    expect(calls).toEqual([['redact', { report, what }]]);
  });
});

describe('test listeners, through each backend', () => {
  it('HTTP: closing posts the port to its own path', async () => {
    const seen: { url: string; body: unknown }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      seen.push({ url, body: JSON.parse(String(init.body)) });
      return new Response('true', { status: 200 });
    }) as typeof fetch;
    const backend = new HttpBackend('http://127.0.0.1:7000', 'secret', fetcher);
    expect(await backend.closeTestListener(8080)).toBe(true);
    expect(seen).toEqual([{ url: 'http://127.0.0.1:7000/api/test-listener/close', body: { port: 8080 } }]);
  });

  it('desktop: closing invokes close_test_listener', async () => {
    const calls: [string, Record<string, unknown> | undefined][] = [];
    const invoker = (async (command: string, args?: Record<string, unknown>) => {
      calls.push([command, args]);
      return false;
    }) as <T>(command: string, args?: Record<string, unknown>) => Promise<T>;
    expect(await new TauriBackend(invoker).closeTestListener(8080)).toBe(false);
    expect(calls).toEqual([['close_test_listener', { port: 8080 }]]);
  });
});
