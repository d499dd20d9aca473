import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures';
import type { Report } from './backend';
import type { AnyReport } from './report';
import {
  adminCommand,
  alsoPossible,
  brokenNodeFor,
  cantCheckRows,
  checkInputFor,
  checkRows,
  compareReports,
  contents,
  helpdeskLines,
  hostPort,
  isCheck,
  listenerPort,
  ms,
  parsedRows,
  pathState,
  primaryFinding,
  redactionSummary,
  resolvedAddresses,
  ruledOutRows,
  statusOf,
  statusView,
} from './report';
import type { ReportFinding } from './types/generated/ReportFinding';

/** A report whose answer is `code`, with everything else from a recorded report. */
function withPrimary(base: Report, patch: Partial<ReportFinding>): Report {
  const r = structuredClone(base);
  const first = r.findings[0];
  if (!first) throw new Error('fixture without findings');
  r.findings[0] = { ...first, ...patch };
  return r;
}

function states(r: Report): Record<string, string> {
  return Object.fromEntries(pathState(r).nodes.map((n) => [n.id, n.state]));
}

describe('primary finding and status', () => {
  it('the answer is the first finding, as the Rust side orders them', () => {
    expect(primaryFinding(fixtures.noListener())?.code).toBe('no-listener');
    expect(primaryFinding(fixtures.explainRefused())?.code).toBe('message-refused');
  });

  it('status follows the primary verdict', () => {
    expect(statusOf(fixtures.noListener())).toBe('problem');
    expect(statusOf(fixtures.reachable())).toBe('ok');
    expect(statusOf(withPrimary(fixtures.noListener(), { verdict: 'cant_tell' }))).toBe('cant-tell');
    expect(statusOf({ ...fixtures.noListener(), findings: [] })).toBe('unclear');
  });

  it('status words come from the catalogue, Fixed and Not fixed after a check again', () => {
    expect(statusView(fixtures.noListener(), null)).toMatchObject({ key: 'status-problem', symbol: '✗' });
    expect(statusView(fixtures.reachable(), null)).toMatchObject({ key: 'status-ok', symbol: '✓' });
    expect(statusView(fixtures.reachable(), 'fixed')).toMatchObject({ key: 'ui-status-fixed', tone: 'ok' });
    expect(statusView(fixtures.noListener(), 'not-fixed')).toMatchObject({ key: 'ui-status-not-fixed', tone: 'problem' });
    expect(statusView(fixtures.timeout(), 'changed').key).toBe('ui-status-not-fixed');
    expect(statusView(fixtures.reachable(), 'test-listener').key).toBe('ui-status-not-fixed');
    expect(statusView({ ...fixtures.noListener(), findings: [] }, null).key).toBe('status-unclear');
  });

  it('compares a new check with the last one', () => {
    expect(compareReports(fixtures.noListener(), fixtures.reachable())).toBe('fixed');
    expect(compareReports(fixtures.noListener(), fixtures.noListener())).toBe('not-fixed');
    expect(compareReports(fixtures.noListener(), fixtures.timeout())).toBe('changed');
    expect(compareReports(fixtures.reachable(), fixtures.noListener())).toBe('broke');
    expect(compareReports(fixtures.reachable(), fixtures.reachable())).toBe('still-fine');
    expect(compareReports(withPrimary(fixtures.noListener(), { verdict: 'cant_tell' }), fixtures.reachable())).toBeNull();
  });

  it('tells a check from a read message', () => {
    expect(isCheck(fixtures.noListener())).toBe(true);
    expect(isCheck(fixtures.explainRefused())).toBe(false);
  });
});

describe('the picture of the way', () => {
  it('places each family of codes', () => {
    expect(brokenNodeFor('dns-failure')).toBe('network');
    expect(brokenNodeFor('dns-no-answer')).toBe('network');
    expect(brokenNodeFor('firewall-reject')).toBe('firewall');
    expect(brokenNodeFor('firewall-drop')).toBe('firewall');
    for (const code of ['no-listener', 'service-not-running', 'wrong-port', 'bound-elsewhere', 'port-taken', 'backlog-overflow']) {
      expect(brokenNodeFor(code), code).toBe('program');
    }
    expect(brokenNodeFor('host-unreachable')).toBe('network');
    expect(brokenNodeFor('network-unreachable')).toBe('network');
    expect(brokenNodeFor('local-error')).toBe('computer');
    expect(brokenNodeFor('some-addresses-fail')).toBe('server');
    expect(brokenNodeFor('a-code-from-the-future')).toBeUndefined();
  });

  it('all fine when the port answers', () => {
    expect(pathState(fixtures.reachable())).toEqual({
      nodes: ['computer', 'network', 'firewall', 'server', 'program'].map((id) => ({ id, state: 'ok' })),
      broken: null,
      unplaced: false,
    });
  });

  it('nothing listening: the program, sure; the rest of the way works', () => {
    expect(states(fixtures.noListener())).toEqual({ computer: 'ok', network: 'ok', firewall: 'ok', server: 'ok', program: 'problem' });
    expect(pathState(fixtures.wrongPort()).broken).toBe('program');
    expect(pathState(fixtures.boundElsewhere()).broken).toBe('program');
  });

  it('a name that does not exist: the network (name), the rest not reached', () => {
    expect(states(fixtures.dnsFailure())).toEqual({
      computer: 'ok',
      network: 'problem',
      firewall: 'not-reached',
      server: 'not-reached',
      program: 'not-reached',
    });
  });

  it('no answer: probably the firewall, never sure', () => {
    const s = pathState(fixtures.timeout());
    expect(s.broken).toBe('firewall');
    expect(states(fixtures.timeout())).toEqual({
      computer: 'ok',
      network: 'unknown',
      firewall: 'probable',
      server: 'not-reached',
      program: 'not-reached',
    });
  });

  it('firewall and unreachable codes from a check', () => {
    const reject = withPrimary(fixtures.noListener(), { code: 'firewall-reject', confidence: 'certain' });
    expect(states(reject).firewall).toBe('problem');
    expect(states(reject).server).toBe('not-reached');
    const unreachable = withPrimary(fixtures.noListener(), { code: 'host-unreachable', confidence: 'likely' });
    expect(states(unreachable)).toMatchObject({ computer: 'ok', network: 'probable', program: 'not-reached' });
  });

  it('not sure: each part before the break is fine only on evidence', () => {
    // This computer, asked for a port nearby: it answered, and no local firewall rule blocks.
    expect(states(fixtures.wrongPort())).toEqual({ computer: 'ok', network: 'ok', firewall: 'ok', server: 'ok', program: 'probable' });
    // Another computer that turned us away: a firewall there could have done it.
    const remote = withPrimary(fixtures.noListener(), { confidence: 'likely' }) as Report & { listeners?: unknown };
    delete remote.listeners;
    expect(states(remote)).toEqual({ computer: 'ok', network: 'ok', firewall: 'unknown', server: 'unknown', program: 'probable' });
  });

  it('a read message is never sure, and nothing before the break was checked', () => {
    expect(states(fixtures.explainRefused())).toEqual({
      computer: 'unknown',
      network: 'unknown',
      firewall: 'unknown',
      server: 'unknown',
      program: 'probable',
    });
  });

  it('an unknown code marks no link and says the picture cannot place it', () => {
    const r = withPrimary(fixtures.noListener(), { code: 'quantum-entanglement', confidence: 'certain' });
    const s = pathState(r);
    expect(s.broken).toBeNull();
    expect(s.unplaced).toBe(true);
    expect(s.nodes.every((n) => n.state === 'unknown')).toBe(true);
  });

  it("can't tell marks nothing", () => {
    const s = pathState(withPrimary(fixtures.noListener(), { code: 'firewall-not-read', verdict: 'cant_tell' }));
    expect(s.broken).toBeNull();
    expect(s.unplaced).toBe(false);
  });
});

describe('how we know', () => {
  it('one row per check: lookup, address, ping, listener table, bind, firewall', () => {
    const rows = checkRows(fixtures.noListener());
    expect(rows.map((r) => r.mark)).toEqual(['ok', 'problem', 'ok', 'info', 'info', 'info']);
    expect(rows[0]?.text).toBe('127.0.0.1 is an address already; no lookup was needed.');
    expect(rows[1]?.text).toBe('127.0.0.1 port 1: turned away at once (0.1 ms).');
    expect(rows[2]?.text).toBe('127.0.0.1 answers ping (0.8 ms).');
    expect(rows[3]?.text).toBe('No program is listening on port 1 of this computer.');
    expect(rows[4]?.text).toBe('A program could open port 1 on this computer.');
    expect(rows[5]?.text).toBe('No rule of the firewall on this computer concerns port 1.');
  });

  it('names the program that listens, only on the port asked for', () => {
    const rows = checkRows(fixtures.reachable()).map((r) => r.text);
    expect(rows).toContain('portdoctor listens on port 18765 at ::.');
    expect(rows.some((r) => r.includes('18766'))).toBe(false);
  });

  it('a name lookup that failed, and a way traced into silence', () => {
    expect(checkRows(fixtures.dnsFailure())[0]).toEqual({ mark: 'problem', text: 'nosuchhost.invalid could not be looked up.' });
    const rows = checkRows(fixtures.timeout()).map((r) => r.text);
    expect(rows).toContain('192.0.2.99 port 80: no answer in 1000 ms.');
    expect(rows).toContain('192.0.2.99 does not answer ping.');
    expect(rows).toContain('The way to 192.0.2.99: * ….');
  });

  it('what was ruled out, and what could not be checked', () => {
    expect(ruledOutRows(fixtures.noListener()).map((r) => r.text)).toEqual([
      'No firewall rule on this computer blocks port 1.',
      '127.0.0.1 can be reached: it answered.',
    ]);
    const r = fixtures.noListener() as Report & { ping?: unknown; firewall?: unknown };
    r.ping = { address: '127.0.0.1', method: 'icmp-socket', outcome: 'not_possible' };
    r.firewall = { sources: ['nftables'], limitations: ['iptables: Permission denied'], managers: [], rules: [], policies: [] };
    r.findings.push({
      code: 'needs-admin',
      verdict: 'cant_tell',
      confidence: 'certain',
      args: {},
      evidence: [],
      actions: [],
      headline: 'Some details need admin rights.',
      why: 'An admin sees more.',
      steps: [],
    });
    expect(cantCheckRows(r).map((x) => x.text)).toEqual([
      'Some details need admin rights. An admin sees more.',
      'Part of the firewall could not be read: iptables: Permission denied.',
      'Ping could not be tried from this computer.',
    ]);
  });

  it('what we read in a pasted message', () => {
    expect(parsedRows(fixtures.explainRefused())).toEqual([
      'Program: node',
      'What happened: the connection was turned away',
      'Computer: ::1',
      'Port: 3000',
      'Code in the message: ECONNREFUSED',
    ]);
    expect(checkRows(fixtures.explainRefused())).toEqual([]);
  });

  it('other causes are "also possible"', () => {
    expect(alsoPossible(fixtures.explainRefused()).map((f) => f.code)).toEqual(['localhost-ipv6-first']);
    expect(alsoPossible(fixtures.noListener())).toEqual([]);
  });
});

describe('helpdesk and actions', () => {
  it('helpdesk lines: code, how sure, evidence; then target and run', () => {
    const lines = helpdeskLines(fixtures.noListener());
    expect(lines[0]).toBe(
      'no-listener (sure): no listener on port 1 of this computer (listener table); 127.0.0.1:1 refused in 0.1 ms (ECONNREFUSED)',
    );
    expect(lines).toContain('Target: 127.0.0.1:1 → 127.0.0.1 port 1');
    expect(lines).toContain('Checked on linux as admin, 5000 ms for each step.');
    expect(lines.some((l) => l.startsWith('firewall-drop'))).toBe(false);
  });

  it('the admin command: the firewall one for firewall causes, else one for this system', () => {
    const base = fixtures.noListener() as Report & { firewall?: { admin_command?: string } };
    const finding = primaryFinding(base);
    if (!finding) throw new Error('no finding');
    expect(adminCommand(base, finding)).toBe("ss -tlnp 'sport = :1'");
    const fw = { ...finding, code: 'firewall-reject' };
    expect(adminCommand(base, fw)).toBe('nc -vz -w 5 127.0.0.1 1');
    if (base.firewall) base.firewall.admin_command = 'sudo nft list ruleset';
    expect(adminCommand(base, fw)).toBe('sudo nft list ruleset');
    expect(adminCommand(base, { ...finding, args: { command: 'sudo iptables-save' } })).toBe('sudo iptables-save');
    const win = { ...fixtures.noListener(), os: 'windows' } as Report & { environment?: { os: string } };
    if (win.environment) win.environment.os = 'windows';
    expect(adminCommand(win, finding)).toBe('Get-NetTCPConnection -State Listen -LocalPort 1');
  });

  it('the port for a test listener, and what to check for a report', () => {
    const r = fixtures.wrongPort();
    const f = primaryFinding(r);
    if (!f) throw new Error('no finding');
    expect(listenerPort(r, f)).toBe(18767);
    expect(checkInputFor(r)).toBe('18767');
    expect(checkInputFor(fixtures.explainRefused())).toBe('[::1]:3000');
    expect(hostPort('db1', 5432)).toBe('db1:5432');
    expect(ms(0.112)).toBe('0.1');
    expect(ms(1000.338)).toBe('1000');
  });

  it('says what the report contains', () => {
    expect(contents(fixtures.reachable())).toEqual([
      'ui-contains-target',
      'ui-contains-checks',
      'ui-contains-listeners',
      'ui-contains-answer',
      'ui-contains-system',
      'ui-contains-rights',
    ]);
    expect(contents(fixtures.explainRefused())).toEqual(['ui-contains-message', 'ui-contains-answer', 'ui-contains-system']);
    const hidden = { ...fixtures.reachable(), redacted: { user_names: 1 } };
    expect(contents(hidden)).toContain('ui-contains-listeners-hidden');
    expect(contents(hidden)).not.toContain('ui-contains-listeners');
  });
});

describe('a shared report says what was hidden', () => {
  it('says nothing was hidden when the report has no note', () => {
    expect(redactionSummary(undefined)).toBe('Nothing was hidden from this report.');
    expect(redactionSummary(fixtures.noListener().redacted)).toBe('Nothing was hidden from this report.');
  });

  it('counts what was hidden, and names what was not looked for or not found', () => {
    expect(redactionSummary({ user_names: 2, host_names: 1, public_addresses: 0 })).toBe(
      'Hidden before sharing: 2 user names, one host name. Each is replaced by a stand-in, like host-1, the same one everywhere. ' +
        'There were no public addresses to hide.',
    );
    expect(redactionSummary({ host_names: 0 })).toBe(
      'User names were not hidden. There were no host names to hide. Public addresses were not hidden.',
    );
    expect(redactionSummary({ user_names: 0, host_names: 0, public_addresses: 0 })).toBe(
      'There were no user names, host names or public addresses to hide.',
    );
    expect(redactionSummary({ user_names: 1, host_names: 3, public_addresses: 4 })).toContain(
      'one user name, 3 host names, 4 public addresses.',
    );
  });

  it('shows a hidden resolved address by its label, not by its stand-in', () => {
    const r = fixtures.dnsFailure() as AnyReport;
    r.target = { ...r.target!, host: 'host-1' };
    r.resolution = { source: 'system', outcome: { status: 'resolved', addresses: ['192.0.2.1', '2001:db8::1', '10.0.0.5'] }, elapsed_ms: 3 };
    r.redacted = { host_names: 1, public_addresses: 2, stand_ins: { '192.0.2.1': 'public-1', '2001:db8::1': 'public-2' } };
    expect(resolvedAddresses(r)).toEqual(['public-1', 'public-2', '10.0.0.5']);
    expect(checkRows(r)[0]?.text).toBe('host-1 was found: public-1, public-2, 10.0.0.5 (3.0 ms).');
    // Without a note, the addresses are what they are.
    r.redacted = null;
    expect(resolvedAddresses(r)).toEqual(['192.0.2.1', '2001:db8::1', '10.0.0.5']);
  });
});
