// Both backends do every operation the same way, on top of their own `call`: the HTTP
// API posts the request to /api/<path> with the token, the desktop app invokes the one
// `call` command with the operation's name and its request. Every request carries the
// language of the screens (`lang`), so the answer comes in the same words.
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import { OPERATION_PATHS } from '../types/generated/Operations';
import { type Backend, BackendError, type OperationName, type Redaction, type Report } from './index';
import { HttpBackend, TOKEN_HEADER } from './http';
import { TauriBackend } from './tauri';
import { setLanguage } from '../i18n';

const what: Redaction = { user_names: true, host_names: false, public_addresses: true, target: false };

type Invoker = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/** An HTTP backend whose fetch answers `answer` (with `status`) and keeps what it was sent. */
function http(answer: unknown, status = 200) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(answer), { status });
  }) as typeof fetch;
  return { backend: new HttpBackend('http://127.0.0.1:7000', 'secret', fetcher), seen };
}

/** A desktop backend whose invoke answers `answer` (or rejects with `error`) and keeps its calls. */
function tauri(answer: unknown, error?: unknown) {
  const calls: [string, Record<string, unknown> | undefined][] = [];
  const invoker = (async (command: string, args?: Record<string, unknown>) => {
    calls.push([command, args]);
    if (error !== undefined) throw error;
    return answer;
  }) as Invoker;
  return { backend: new TauriBackend(invoker), calls };
}

type Case = {
  op: OperationName;
  run: (b: Backend) => Promise<unknown>;
  request: unknown;
  /** What the Rust side answers. */
  answer: unknown;
  /** What the method gives back (the answer, unless said). */
  result?: unknown;
};

const report = fixtures.noListener();
const listener = { port: 8080, seconds: 60, greeting: 'hello' };

/** Every operation of crates/api/src/ops.rs, through the Backend method that does it. */
const cases: Case[] = [
  { op: 'understand', run: (b) => b.understand('db:5432'), request: { text: 'db:5432', lang: 'en' }, answer: { kind: 'empty' } },
  { op: 'explain', run: (b) => b.explain('ECONNREFUSED'), request: { text: 'ECONNREFUSED', lang: 'en' }, answer: report },
  {
    op: 'render',
    run: (b) => b.render(report, 'markdown'),
    request: { report, format: 'markdown', lang: 'en' },
    answer: { text: '# Report' },
    result: '# Report',
  },
  { op: 'redact', run: (b) => b.redact(report, what), request: { report, what, lang: 'en' }, answer: { ...report, redacted: {} } },
  { op: 'reword', run: (b) => b.reword(report), request: { report, lang: 'en' }, answer: report },
  { op: 'open_report', run: (b) => b.openReport('{}'), request: { text: '{}', lang: 'en' }, answer: report },
  { op: 'open_test_listener', run: (b) => b.openTestListener(8080, 60), request: { port: 8080, seconds: 60, lang: 'en' }, answer: listener },
  { op: 'close_test_listener', run: (b) => b.closeTestListener(8080), request: { port: 8080, lang: 'en' }, answer: false },
];

describe('every operation, through each backend', () => {
  it('covers every operation there is', () => {
    expect(cases.map((c) => c.op).sort()).toEqual(Object.keys(OPERATION_PATHS).sort());
  });

  describe.each(cases)('$op', ({ op, run, request, answer, result }) => {
    it('HTTP: posts the request to its path, with the token', async () => {
      const { backend, seen } = http(answer);
      expect(await run(backend)).toEqual(result ?? answer);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.url).toBe(`http://127.0.0.1:7000/api/${OPERATION_PATHS[op]}`);
      expect(seen[0]?.init.method).toBe('POST');
      expect((seen[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
      expect(JSON.parse(String(seen[0]?.init.body))).toEqual(request);
    });

    it('desktop: invokes `call` with the name and the request', async () => {
      const { backend, calls } = tauri(answer);
      expect(await run(backend)).toEqual(result ?? answer);
      expect(calls).toEqual([['call', { operation: op, request }]]);
    });
  });
});

describe('the language of the screens', () => {
  it('goes with every request, the check and saving too', async () => {
    setLanguage('zh-CN');
    try {
      const h = http(report);
      await h.backend.explain('ECONNREFUSED');
      expect(JSON.parse(String(h.seen[0]?.init.body)).lang).toBe('zh-CN');
      const bodies: string[] = [];
      const streamed = (async (_url: string, init: RequestInit) => {
        bodies.push(String(init.body));
        return new Response(`${JSON.stringify({ report })}\n`, { status: 200 });
      }) as typeof fetch;
      await new HttpBackend('http://127.0.0.1:7000', 'secret', streamed).check({ input: 'db:5432' }, () => undefined, new AbortController().signal);
      expect(JSON.parse(bodies[0] ?? '{}').lang).toBe('zh-CN');
      const d = tauri('/home/me/r.json');
      await d.backend.saveReport(report, 'json');
      expect(d.calls[0]?.[1]?.lang).toBe('zh-CN');
    } finally {
      setLanguage('en');
    }
  });
});

describe('the paths and names on the wire', () => {
  it('HTTP: redact posts the report and the choice to /api/redact', async () => {
    const { backend, seen } = http({ ...report, redacted: { user_names: 0, public_addresses: 0 } });
    await backend.redact(report, what);
    expect(seen[0]?.url).toBe('http://127.0.0.1:7000/api/redact');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ report, what, lang: 'en' });
  });

  it('HTTP: closing a test listener posts the port to its own path', async () => {
    const { backend, seen } = http(true);
    expect(await backend.closeTestListener(8080)).toBe(true);
    expect(seen.map((s) => [s.url, JSON.parse(String(s.init.body))])).toEqual([
      ['http://127.0.0.1:7000/api/test-listener/close', { port: 8080, lang: 'en' }],
    ]);
  });

  it('desktop: redact is the `call` command, not a command of its own', async () => {
    const { backend, calls } = tauri({ ...report, redacted: {} });
    expect((await backend.redact(report, what)).redacted).toEqual({});
    expect(calls).toEqual([['call', { operation: 'redact', request: { report, what, lang: 'en' } }]]);
  });

  it('desktop: saving is still its own command', async () => {
    const { backend, calls } = tauri('/home/me/portdoctor.md');
    expect(await backend.saveReport(report, 'markdown')).toBe('/home/me/portdoctor.md');
    expect(calls).toEqual([['save_report', { report, format: 'markdown', lang: 'en' }]]);
  });
});

describe('errors, through each backend', () => {
  const refused = { code: 'bad-request', message: 'The request could not be read.' };

  it('HTTP: an error answer is an error with its code and sentence', async () => {
    const { backend } = http(refused, 400);
    const e = await backend.redact(fixtures.noListener(), what).catch((e: unknown) => e);
    expect(e).toBeInstanceOf(BackendError);
    expect(e).toMatchObject(refused);
  });

  it('desktop: a failed call is an error with its code and sentence', async () => {
    const { backend } = tauri(undefined, refused);
    const e = await backend.render(fixtures.noListener(), 'text').catch((e: unknown) => e);
    expect(e).toBeInstanceOf(BackendError);
    expect(e).toMatchObject(refused);
  });
});

describe('a page opened without its token', () => {
  it('says so at load, not at the first check', () => {
    expect(new HttpBackend('http://127.0.0.1:7000', '').unusable).toContain('opened without its key');
    expect(new HttpBackend('http://127.0.0.1:7000', 'secret').unusable).toBeNull();
  });
});

describe('a page opened by serve --open', () => {
  const place = (href: string) => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as unknown as Storage;
    const replaced: string[] = [];
    const history = { replaceState: (_: unknown, __: string, u: string) => void replaced.push(u) } as unknown as History;
    return { location: { href } as Location, storage, history, store, replaced };
  };

  it('trades the one-time code for the token once, and takes the code out of the address', async () => {
    const sent: { url: string; body: string; headers: Record<string, string> }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      sent.push({ url, body: String(init.body), headers: init.headers as Record<string, string> });
      return new Response(JSON.stringify({ token: 'tok' }), { status: 200 });
    }) as unknown as typeof fetch;
    const p = place('http://127.0.0.1:7000/#code=abc');
    const backend = await HttpBackend.fromLocation(p.location, p.storage, p.history, fetcher);
    expect(backend.unusable).toBeNull();
    expect(sent).toHaveLength(1);
    const [exchange] = sent;
    expect(exchange?.url).toBe('http://127.0.0.1:7000/api/session');
    expect(JSON.parse(exchange?.body ?? '')).toEqual({ code: 'abc' });
    expect(TOKEN_HEADER in (exchange?.headers ?? {})).toBe(false);
    expect(p.store.get('portdoctor-token')).toBe('tok');
    expect(p.replaced).toEqual(['/']);
  });

  it('says what the server said when the link was used already', async () => {
    const fetcher = (async () =>
      new Response(JSON.stringify({ code: 'code-used', message: 'This link was opened already.' }), { status: 403 })) as unknown as typeof fetch;
    const p = place('http://127.0.0.1:7000/#code=abc');
    const backend = await HttpBackend.fromLocation(p.location, p.storage, p.history, fetcher);
    expect(backend.unusable).toBe('This link was opened already.');
  });

  it('reads a server answer that is not JSON as a sentence, not a parse error', async () => {
    const fetcher = (async () => new Response('<html>bad gateway</html>', { status: 502 })) as unknown as typeof fetch;
    const backend = new HttpBackend('http://127.0.0.1:7000', 'secret', fetcher);
    const e = await backend.understand('db1:5432').catch((e: unknown) => e);
    expect(e).toBeInstanceOf(BackendError);
    expect((e as Error).message).toContain('status 502');
  });
});
