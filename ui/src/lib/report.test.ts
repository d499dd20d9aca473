// The helpers read the report's view (made by the Rust side, which tests its content);
// here: that they give the view's words and judgements, that the UI's own logic (Fixed,
// Not fixed) holds, and that a report without a view degrades without throwing.
import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures';
import type { Report } from './backend';
import {
  adminCommands,
  alsoPossible,
  type Answer,
  answerOf,
  cantCheckRows,
  checkInputFor,
  checkRows,
  commandsOf,
  compareReports,
  contents,
  helpdeskLines,
  hostOf,
  hostPort,
  isCheck,
  listenerPort,
  osLabel,
  parsedRows,
  pathState,
  portOf,
  redactionSummary,
  ruledOutRows,
  statusOf,
  statusView,
  worksAddress,
} from './report';
import type { View } from './types/generated/View';

function viewOf(r: Report): View {
  if (!r.view) throw new Error('fixture without a view');
  return r.view;
}

/** A recorded report with parts of its view replaced. */
function withView(base: Report, patch: Partial<View>): Report {
  const r = structuredClone(base);
  r.view = { ...viewOf(r), ...patch };
  return r;
}

/** A recorded report whose answer is patched. */
function withAnswer(base: Report, patch: Partial<Answer>): Report {
  const answer = viewOf(base).answer;
  if (!answer) throw new Error('fixture without an answer');
  return withView(base, { answer: { ...answer, ...patch } });
}

/** A recorded report as an older or foreign producer would send it: no view. */
function withoutView(base: Report): Report {
  const r = structuredClone(base);
  delete r.view;
  return r;
}

function states(r: Report): Record<string, string> {
  return Object.fromEntries(pathState(r).nodes.map((n) => [n.id, n.state]));
}

describe('the answer and its status', () => {
  it("the answer is the view's", () => {
    expect(answerOf(fixtures.noListener())?.code).toBe('no-listener');
    expect(answerOf(fixtures.explainRefused())?.code).toBe('message-refused');
    expect(answerOf(withoutView(fixtures.noListener()))).toBeUndefined();
  });

  it("the status is the view's; without a view it is unclear", () => {
    expect(statusOf(fixtures.noListener())).toBe('problem');
    expect(statusOf(fixtures.reachable())).toBe('ok');
    expect(statusOf(withView(fixtures.noListener(), { status: 'cant_tell' }))).toBe('cant_tell');
    expect(statusOf(withoutView(fixtures.noListener()))).toBe('unclear');
  });

  it("the status words are the view's; Fixed and Not fixed come after a check again", () => {
    expect(statusView(fixtures.noListener(), null)).toEqual({ kind: 'problem', word: 'Problem found', tone: 'problem', symbol: '✗' });
    expect(statusView(fixtures.reachable(), null)).toEqual({ kind: 'ok', word: 'All clear', tone: 'ok', symbol: '✓' });
    const cant = withView(fixtures.noListener(), { status: 'cant_tell', status_word: 'Could not tell' });
    expect(statusView(cant, null)).toEqual({ kind: 'cant_tell', word: 'Could not tell', tone: 'neutral', symbol: '?' });
    expect(statusView(fixtures.reachable(), 'fixed')).toEqual({ kind: 'fixed', word: 'Fixed', tone: 'ok', symbol: '✓' });
    expect(statusView(fixtures.noListener(), 'not-fixed')).toMatchObject({ kind: 'not-fixed', word: 'Not fixed', tone: 'problem' });
    expect(statusView(fixtures.timeout(), 'changed').kind).toBe('not-fixed');
    expect(statusView(fixtures.reachable(), 'test-listener')).toMatchObject({ kind: 'way-works', symbol: '!', tone: 'neutral' });
    expect(statusView(withoutView(fixtures.noListener()), null)).toEqual({
      kind: 'unclear',
      word: 'No clear answer',
      tone: 'neutral',
      symbol: '?',
    });
  });

  it('compares a new check with the last one', () => {
    expect(compareReports(fixtures.noListener(), fixtures.reachable())).toBe('fixed');
    expect(compareReports(fixtures.noListener(), fixtures.noListener())).toBe('not-fixed');
    expect(compareReports(fixtures.noListener(), fixtures.timeout())).toBe('changed');
    expect(compareReports(fixtures.reachable(), fixtures.noListener())).toBe('broke');
    expect(compareReports(fixtures.reachable(), fixtures.reachable())).toBe('still-fine');
    expect(compareReports(withView(fixtures.noListener(), { status: 'cant_tell' }), fixtures.reachable())).toBeNull();
    // The same status with another answer is another problem.
    expect(compareReports(fixtures.noListener(), withAnswer(fixtures.noListener(), { code: 'wrong-port' }))).toBe('changed');
    expect(compareReports(withoutView(fixtures.noListener()), fixtures.reachable())).toBeNull();
  });

  it('tells a check from a read message', () => {
    expect(isCheck(fixtures.noListener())).toBe(true);
    expect(isCheck(fixtures.explainRefused())).toBe(false);
  });
});

describe('the picture of the way', () => {
  it("shows the view's links, in the order of the way", () => {
    expect(pathState(fixtures.reachable())).toEqual({
      nodes: ['computer', 'network', 'firewall', 'server', 'program'].map((id) => ({ id, state: 'ok' })),
      broken: null,
      unplaced: false,
    });
    expect(states(fixtures.noListener())).toEqual({ computer: 'ok', network: 'ok', firewall: 'ok', server: 'ok', program: 'problem' });
    expect(pathState(fixtures.noListener()).broken).toBe('program');
    const timeout = pathState(fixtures.timeout());
    expect(timeout.broken).toBe('firewall');
    expect(timeout.nodes.map((n) => n.state)).toEqual(['ok', 'unknown', 'probable', 'not-reached', 'not-reached']);
  });

  it('follows the view, not the findings', () => {
    const r = withView(fixtures.noListener(), {
      path: {
        nodes: [
          { place: 'computer', state: 'ok' },
          { place: 'network', state: 'problem' },
          { place: 'firewall', state: 'not-reached' },
          { place: 'server', state: 'not-reached' },
          { place: 'program', state: 'not-reached' },
        ],
        broken: 'network',
      },
    });
    expect(r.findings[0]?.code).toBe('no-listener');
    expect(pathState(r).broken).toBe('network');
    expect(states(r)).toMatchObject({ network: 'problem', program: 'not-reached' });
  });

  it('a problem the view cannot place marks no link, and says the picture cannot place it', () => {
    const all = viewOf(fixtures.noListener()).path.nodes.map((n) => ({ ...n, state: 'unknown' as const }));
    const s = pathState(withView(fixtures.noListener(), { path: { nodes: all } }));
    expect(s.broken).toBeNull();
    expect(s.unplaced).toBe(true);
    expect(s.nodes.every((n) => n.state === 'unknown')).toBe(true);
  });

  it("can't tell marks nothing, and is not an unplaced problem", () => {
    const all = viewOf(fixtures.noListener()).path.nodes.map((n) => ({ ...n, state: 'unknown' as const }));
    const r = withAnswer(withView(fixtures.noListener(), { path: { nodes: all } }), { verdict: 'cant_tell' });
    expect(pathState(r)).toMatchObject({ broken: null, unplaced: false });
  });

  it('without a view: every link not known, nothing broken', () => {
    expect(pathState(withoutView(fixtures.noListener()))).toEqual({
      nodes: ['computer', 'network', 'firewall', 'server', 'program'].map((id) => ({ id, state: 'unknown' })),
      broken: null,
      unplaced: false,
    });
  });

  it('leaves out a place it has no picture for', () => {
    const view = viewOf(fixtures.noListener());
    const moon = { place: 'moon', state: 'problem' } as unknown as View['path']['nodes'][number];
    const s = pathState(withView(fixtures.noListener(), { path: { nodes: [...view.path.nodes, moon], broken: 'moon' as never } }));
    expect(s.nodes.map((n) => n.id)).toEqual(['computer', 'network', 'firewall', 'server', 'program']);
    expect(s.broken).toBeNull();
  });
});

describe('how we know', () => {
  it("the rows are the view's, marks and words", () => {
    const r = fixtures.noListener();
    expect(checkRows(r)).toEqual(viewOf(r).how_we_know);
    expect(checkRows(r).map((x) => x.mark)).toEqual(['ok', 'problem', 'ok', 'info', 'info', 'info']);
    expect(checkRows(r)[1]).toEqual({ mark: 'problem', text: '127.0.0.1 port 1: turned away at once (0.1 ms).' });
    // "It answered" and "no rule concerns port 1" are rows of the check already: not
    // said twice.
    expect(ruledOutRows(r)).toEqual([]);
    const cant = [{ mark: 'cant' as const, text: 'Ping could not be tried from this computer.' }];
    expect(cantCheckRows(withView(r, { could_not_check: cant }))).toEqual(cant);
  });

  it('what we read in a pasted message, and the other causes', () => {
    const r = fixtures.explainRefused();
    expect(parsedRows(r)).toEqual(viewOf(r).understood);
    expect(parsedRows(r)).toContain('Program: node');
    expect(checkRows(r)).toEqual([]);
    expect(alsoPossible(r).map((a) => a.code)).toEqual(['localhost-ipv6-first']);
    expect(alsoPossible(fixtures.noListener())).toEqual([]);
  });

  it('without a view there are no rows', () => {
    const r = withoutView(fixtures.noListener());
    for (const rows of [checkRows(r), ruledOutRows(r), cantCheckRows(r), alsoPossible(r), parsedRows(r), helpdeskLines(r), commandsOf(r)]) {
      expect(rows).toEqual([]);
    }
  });
});

describe('helpdesk and actions', () => {
  it("helpdesk lines and commands are the view's, each command with its system in words", () => {
    const r = fixtures.noListener();
    expect(helpdeskLines(r)).toEqual(viewOf(r).helpdesk);
    expect(helpdeskLines(r)).toContain('Checked on Linux as admin; each step could take at most 5 s.');
    const commands = commandsOf(r);
    // The same commands as the report's, the report's own system first.
    expect(commands.map((c) => c.command).sort()).toEqual(r.commands.map((c) => c.command).sort());
    expect(commands.map((c) => c.os).indexOf('windows')).toBeGreaterThan(commands.map((c) => c.os).lastIndexOf('linux'));
    expect(commands[0]).toMatchObject({ os: 'unix', os_label: 'Linux and macOS', command: 'nc -vz -w 5 -- 127.0.0.1 1' });
  });

  it('the admin command, the test listener port and the address that works come from the answer', () => {
    const r = fixtures.noListener();
    expect(adminCommands(r).map((c) => c.command)).toEqual(["ss -tlnp 'sport = :1'"]);
    expect(listenerPort(r)).toBe(1);
    expect(worksAddress(r)).toBeNull();
    expect(listenerPort(fixtures.wrongPort())).toBe(18767);
    const mismatch = withAnswer(r, { code: 'ipv6-ipv4-mismatch', works_address: '::1', listener_port: 3000 });
    expect(worksAddress(mismatch)).toBe('::1');
    expect(listenerPort(mismatch)).toBe(3000);
    const none = withoutView(r);
    expect([adminCommands(none), listenerPort(none), worksAddress(none)]).toEqual([[], null, null]);
  });

  it('what to check for a report, and its host and port', () => {
    expect(checkInputFor(fixtures.wrongPort())).toBe('18767');
    expect(checkInputFor(fixtures.explainRefused())).toBe('[::1]:3000');
    expect(hostOf(fixtures.noListener())).toBe('127.0.0.1');
    expect(portOf(fixtures.explainRefused())).toBe(3000);
    expect(hostPort('db1', 5432)).toBe('db1:5432');
    expect(hostPort('::1', 3000)).toBe('[::1]:3000');
  });

  it('names the system of an opened report in words, else as it is', () => {
    expect(osLabel('linux')).toBe('Linux');
    expect(osLabel('windows')).toBe('Windows');
    expect(osLabel('plan9')).toBe('plan9');
  });
});

describe('sharing', () => {
  it("what the report contains and what was hidden are the view's sentences", () => {
    const r = fixtures.reachable();
    expect(contents(r)).toEqual(viewOf(r).contents);
    expect(contents(r)).toContain('What you typed, and the addresses it led to.');
    expect(redactionSummary(r)).toBe('Nothing was hidden from this report.');
    const hidden = withView(r, { redaction: 'Hidden before sharing: one host name.' });
    expect(redactionSummary(hidden)).toBe('Hidden before sharing: one host name.');
  });

  it('without a view, nothing to say', () => {
    expect(contents(withoutView(fixtures.reachable()))).toEqual([]);
    expect(redactionSummary(withoutView(fixtures.reachable()))).toBe('');
  });
});
