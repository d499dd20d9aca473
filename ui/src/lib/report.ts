// Helpers over reports: which finding is the answer, what the status is, how a new
// check compares with the last one, the picture of the way, and the rows of "How we
// know". Pure: the words come from the catalogue through `t`, nothing else is read.
//
// The UI never needs a change for a new finding code: the report carries its own
// headline, why and steps, and an unknown code simply marks no place on the way.
import type { RedactionNote, Report } from './backend';
import { t } from './i18n';
import type { Command } from './types/generated/Command';
import type { Facts } from './types/generated/Facts';
import type { ReportFinding } from './types/generated/ReportFinding';

/** A check report carries the facts at the top level; an explained message has `parsed`. */
export type AnyReport = Report & Partial<Facts>;

/** The facts of a report, as far as it has them. */
export function facts(report: Report): Partial<Facts> {
  return report as AnyReport;
}

/** Whether the report comes from a check (it has facts), not only from a read message. */
export function isCheck(report: Report): boolean {
  const f = facts(report);
  return f.target != null && Array.isArray(f.addresses);
}

/** The answer: the first finding, as the Rust side orders them. */
export function primaryFinding(report: Report): ReportFinding | undefined {
  return report.findings[0];
}

export type Status = 'problem' | 'ok' | 'cant-tell' | 'unclear';

/** The status of a report, from its primary finding's verdict. */
export function statusOf(report: Report): Status {
  switch (primaryFinding(report)?.verdict) {
    case 'cause':
      return 'problem';
    case 'ok':
      return 'ok';
    case 'cant_tell':
      return 'cant-tell';
    default:
      return 'unclear';
  }
}

/** What a new check says compared with the last answer. */
export type Comparison = 'fixed' | 'not-fixed' | 'changed' | 'broke' | 'still-fine' | 'test-listener';

export function compareReports(previous: Report, next: Report): Comparison | null {
  const before = statusOf(previous);
  const after = statusOf(next);
  if (before === 'problem' && after === 'ok') return 'fixed';
  if (before === 'problem' && after === 'problem') {
    return primaryFinding(previous)?.code === primaryFinding(next)?.code ? 'not-fixed' : 'changed';
  }
  if (before === 'ok' && after === 'problem') return 'broke';
  if (before === 'ok' && after === 'ok') return 'still-fine';
  return null;
}

export type Tone = 'problem' | 'ok' | 'neutral';

export interface StatusView {
  /** The catalogue id of the status word. */
  key: string;
  tone: Tone;
  symbol: string;
}

/** The status line of the answer: Problem found, Fixed, Not fixed, Couldn't check, All clear. */
export function statusView(report: Report, comparison: Comparison | null): StatusView {
  if (comparison === 'fixed') return { key: 'ui-status-fixed', tone: 'ok', symbol: '✓' };
  if (comparison === 'not-fixed' || comparison === 'changed' || comparison === 'test-listener') {
    return { key: 'ui-status-not-fixed', tone: 'problem', symbol: '✗' };
  }
  switch (statusOf(report)) {
    case 'problem':
      return { key: 'status-problem', tone: 'problem', symbol: '✗' };
    case 'ok':
      return { key: 'status-ok', tone: 'ok', symbol: '✓' };
    case 'cant-tell':
      return { key: 'status-cant-tell', tone: 'neutral', symbol: '?' };
    default:
      return { key: 'status-unclear', tone: 'neutral', symbol: '?' };
  }
}

// ---------------------------------------------------------------------------------
// The picture of the way: this computer → network → firewall → server → program.

export const PATH_NODES = ['computer', 'network', 'firewall', 'server', 'program'] as const;
export type PathNode = (typeof PATH_NODES)[number];
export type NodeState = 'ok' | 'problem' | 'probable' | 'unknown' | 'not-reached';

export interface PathState {
  nodes: { id: PathNode; state: NodeState }[];
  /** Where the way breaks, when the answer says. */
  broken: PathNode | null;
  /** True when there is a problem the picture cannot place (a code it doesn't know). */
  unplaced: boolean;
}

const PROGRAM_CODES = new Set([
  'no-listener',
  'service-not-running',
  'wrong-port',
  'bound-elsewhere',
  'port-taken',
  'backlog-overflow',
  'privileged-port',
  'reserved-port-range',
  'ipv6-ipv4-mismatch',
  'localhost-ipv6-first',
  'unix-socket',
  'message-refused',
]);
const NETWORK_CODES = new Set(['host-unreachable', 'network-unreachable', 'message-unreachable', 'message-dns']);
const FIREWALL_CODES = new Set(['timeout', 'message-timeout']);
const SERVER_CODES = new Set(['some-addresses-fail']);
const COMPUTER_CODES = new Set(['local-error']);
/** Causes that are never sure from the outside: "probably here" at most. */
const NEVER_SURE = new Set(['timeout', 'message-timeout']);

/** Where a finding code breaks the way; undefined for a code this UI doesn't know. */
export function brokenNodeFor(code: string): PathNode | undefined {
  if (code.startsWith('dns-')) return 'network';
  if (code.startsWith('firewall-')) return 'firewall';
  if (PROGRAM_CODES.has(code)) return 'program';
  if (NETWORK_CODES.has(code)) return 'network';
  if (FIREWALL_CODES.has(code)) return 'firewall';
  if (SERVER_CODES.has(code)) return 'server';
  if (COMPUTER_CODES.has(code)) return 'computer';
  return undefined;
}

function allNodes(state: NodeState): PathState['nodes'] {
  return PATH_NODES.map((id) => ({ id, state }));
}

/** The picture's state for a report, from its primary finding. */
export function pathState(report: Report): PathState {
  const primary = primaryFinding(report);
  if (primary?.verdict === 'ok') return { nodes: allNodes('ok'), broken: null, unplaced: false };
  if (!primary || primary.verdict !== 'cause') {
    return { nodes: allNodes('unknown'), broken: null, unplaced: false };
  }
  const broken = brokenNodeFor(primary.code);
  if (!broken) return { nodes: allNodes('unknown'), broken: null, unplaced: true };
  const checked = isCheck(report);
  const sure = checked && primary.confidence === 'certain' && !NEVER_SURE.has(primary.code);
  // When the answer is not sure, each part before the break is fine only on evidence.
  const f = facts(report);
  const probes = f.addresses ?? [];
  const answered = probes.some((p) => p.outcome === 'open' || p.outcome === 'refused');
  const opened = probes.some((p) => p.outcome === 'open');
  // The listener table is read only when the target is this computer: then this
  // computer's firewall is the only one on the way.
  const local = f.listeners != null;
  const firewallClear = report.findings.some((x) => x.verdict === 'ruled_out' && x.code.startsWith('firewall-'));
  const evidence: Record<PathNode, boolean> = {
    computer: checked,
    network: answered,
    firewall: local && firewallClear,
    server: opened || (answered && local),
    program: false,
  };
  const at = PATH_NODES.indexOf(broken);
  const nodes = PATH_NODES.map((id, i) => {
    let state: NodeState;
    if (i === at) state = sure ? 'problem' : 'probable';
    else if (i > at) state = 'not-reached';
    else state = sure || evidence[id] ? 'ok' : 'unknown';
    return { id, state };
  });
  return { nodes, broken, unplaced: false };
}

// ---------------------------------------------------------------------------------
// Rows of "How we know".

export type Mark = 'ok' | 'problem' | 'info' | 'cant' | 'ruled-out';

export interface Row {
  mark: Mark;
  text: string;
}

export const MARK_SYMBOL: Record<Mark, string> = {
  ok: '✓',
  problem: '✗',
  info: '·',
  cant: '–',
  'ruled-out': '−',
};

/** Milliseconds as the Rust side writes them: one decimal below 10, whole above. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

/** An address with its port, IPv6 in brackets. */
export function hostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The addresses the name was found at. In a shared report a hidden one is written as a
 * stand-in address; its label (public-1) is shown instead.
 */
export function resolvedAddresses(report: Report): string[] {
  const outcome = facts(report).resolution?.outcome;
  if (outcome?.status !== 'resolved') return [];
  const standIns = report.redacted?.stand_ins ?? {};
  return outcome.addresses.map((a) => standIns[a] ?? a);
}

/** What was hidden from a report before it was shared, in the catalogue's words. */
export function redactionSummary(note: RedactionNote | null | undefined): string {
  if (!note) return t('report-redacted');
  if (note.user_names === 0 && note.host_names === 0 && note.public_addresses === 0) return t('redacted-none-all');
  const kinds: [string, number | null | undefined][] = [
    ['user-names', note.user_names],
    ['host-names', note.host_names],
    ['public-addresses', note.public_addresses],
  ];
  const hidden = kinds.filter(([, n]) => n != null && n > 0).map(([kind, n]) => t(`redacted-count-${kind}`, { count: n ?? 0 }));
  const sentences = hidden.length > 0 ? [t('report-redacted-some', { hidden: hidden.join(', ') })] : [];
  for (const [kind, n] of kinds) {
    if (n === 0) sentences.push(t(`redacted-none-${kind}`));
    else if (n == null) sentences.push(t(`redacted-kept-${kind}`));
  }
  return sentences.join(' ');
}

/** One row per check that ran: the lookup, each address, ping, the way, and what this computer showed. */
export function checkRows(report: Report): Row[] {
  const f = facts(report);
  const rows: Row[] = [];
  const target = f.target;
  if (!target) return rows;
  const host = target.host;
  const port = String(target.port);
  if (f.resolution) {
    const r = f.resolution;
    if (r.source === 'literal') rows.push({ mark: 'ok', text: t('row-literal', { host }) });
    else if (r.outcome.status === 'resolved') {
      rows.push({
        mark: 'ok',
        text: t('row-resolved', { host, addresses: resolvedAddresses(report).join(', '), ms: ms(r.elapsed_ms) }),
      });
    } else rows.push({ mark: 'problem', text: t('row-not-resolved', { host }) });
  }
  for (const p of f.addresses ?? []) {
    const args = { address: p.address, port: String(p.port), ms: ms(p.elapsed_ms) };
    const [mark, key]: [Mark, string] =
      p.outcome === 'open'
        ? ['ok', 'row-open']
        : p.outcome === 'refused'
          ? ['problem', 'row-refused']
          : p.outcome === 'timeout'
            ? ['problem', 'row-timeout']
            : p.outcome === 'unreachable'
              ? ['problem', 'row-unreachable']
              : ['problem', 'row-local-error'];
    rows.push({ mark, text: t(key, args) });
  }
  if (f.ping) {
    const p = f.ping;
    if (p.outcome === 'reply') {
      rows.push({ mark: 'ok', text: t('row-ping-reply', { address: p.address, ms: ms(p.rtt_ms ?? 0) }) });
    } else if (p.outcome === 'no_reply') {
      rows.push({ mark: 'info', text: t('row-ping-none', { address: p.address }) });
    }
  }
  if (f.trace && f.trace.hops.length > 0) {
    const hops = f.trace.hops;
    let answered = 0;
    hops.forEach((h, i) => {
      if (h.address) answered = i + 1;
    });
    const list = hops.slice(0, answered).map((h) => h.address ?? '*');
    if (answered < hops.length) list.push('* …');
    rows.push({ mark: 'info', text: t('row-trace', { address: f.trace.address, hops: list.join(' → ') }) });
  }
  if (f.listeners) {
    const mine = f.listeners.listeners.filter((l) => l.port === target.port);
    if (mine.length === 0) rows.push({ mark: 'info', text: t('listeners-none-on-port', { port }) });
    for (const l of mine) {
      const args = { port, address: l.address };
      rows.push({
        mark: 'info',
        text: l.process ? t('ui-row-listener', { ...args, process: l.process }) : t('ui-row-listener-unknown', args),
      });
    }
  }
  if (f.service) {
    const s = f.service;
    if (s.running.length > 0) {
      const programs = s.running.map((p) => `${p.name} (PID ${p.pid})`).join(', ');
      rows.push({ mark: 'ok', text: t('ui-row-service-running', { service: s.name, programs }) });
    } else rows.push({ mark: 'info', text: t('ui-row-service-stopped', { service: s.name }) });
  }
  if (f.bind) {
    const key = {
      free: 'ui-row-bind-free',
      in_use: 'ui-row-bind-in-use',
      permission_denied: 'ui-row-bind-denied',
      reserved: 'ui-row-bind-reserved',
    }[f.bind.outcome as string];
    if (key) rows.push({ mark: 'info', text: t(key, { port: String(f.bind.port) }) });
  }
  if (f.queue) {
    const dropped = f.queue.after.listen_overflows - f.queue.before.listen_overflows;
    if (dropped > 0) rows.push({ mark: 'problem', text: t('ui-row-queue-dropped', { count: dropped }) });
  }
  if (f.firewall && f.firewall.sources.length > 0) {
    const rules = f.firewall.rules.length;
    rows.push({
      mark: 'info',
      text: rules === 0 ? t('ui-row-firewall-clear', { port }) : t('ui-row-firewall-rules', { port, count: rules }),
    });
  }
  return rows;
}

/** What could not be checked: findings that can't tell, and parts the system didn't show. */
export function cantCheckRows(report: Report): Row[] {
  const f = facts(report);
  const rows: Row[] = report.findings
    .filter((x) => x.verdict === 'cant_tell')
    .map((x) => ({ mark: 'cant' as Mark, text: [x.headline || x.code, x.why].filter(Boolean).join(' ') }));
  if (f.listeners?.limitation) {
    rows.push({ mark: 'cant', text: t('listeners-limited', { detail: f.listeners.limitation }) });
  }
  const fwLimits = f.firewall?.limitations ?? [];
  // When nothing of the firewall could be read, a finding says so already.
  if (fwLimits.length > 0 && (f.firewall?.sources.length ?? 0) > 0) {
    rows.push({ mark: 'cant', text: t('ui-row-firewall-limited', { detail: fwLimits.join('; ') }) });
  }
  if (f.ping?.outcome === 'not_possible') rows.push({ mark: 'cant', text: t('ui-row-ping-not-possible') });
  if (f.trace?.limitation) rows.push({ mark: 'cant', text: t('ui-row-trace-limited', { detail: f.trace.limitation }) });
  return rows;
}

/** What the checks ruled out. */
export function ruledOutRows(report: Report): Row[] {
  return report.findings
    .filter((x) => x.verdict === 'ruled_out')
    .map((x) => ({ mark: 'ruled-out' as Mark, text: x.headline || x.code }));
}

/** Other causes that may also play a part, after the answer. */
export function alsoPossible(report: Report): ReportFinding[] {
  return report.findings.slice(1).filter((x) => x.verdict === 'cause');
}

/** Good news seen on the way (e.g. "ignores ping, but its port answers"), after the answer. */
export function alsoSeen(report: Report): Row[] {
  return report.findings
    .slice(1)
    .filter((x) => x.verdict === 'ok')
    .map((x) => ({ mark: 'ok' as Mark, text: [x.headline || x.code, x.why].filter(Boolean).join(' ') }));
}

/** What we read in a pasted message. */
export function parsedRows(report: Report): string[] {
  const p = report.parsed;
  if (!p) return [];
  const rows: string[] = [];
  if (p.client) rows.push(t('ui-parsed-client', { client: p.client }));
  rows.push(t('ui-parsed-failure', { failure: t(`failure-${p.failure}`) }));
  const host = p.host_name && p.host && p.host_name !== p.host ? `${p.host_name} (${p.host})` : p.host;
  if (host) rows.push(t('ui-parsed-host', { host }));
  if (p.port != null) {
    rows.push(t(p.port_implied ? 'ui-parsed-port-implied' : 'ui-parsed-port', { port: String(p.port) }));
  }
  if (p.error_code) rows.push(t('ui-parsed-code', { code: p.error_code }));
  if (p.socket_path) rows.push(t('ui-parsed-socket', { path: p.socket_path }));
  return rows;
}

// ---------------------------------------------------------------------------------
// Details for helpdesk.

/** The precise lines: each finding's code, confidence and evidence, then the run. */
export function helpdeskLines(report: Report): string[] {
  const lines = report.findings
    .filter((x) => x.verdict !== 'ruled_out')
    .map((x) => `${x.code} (${t(`confidence-${x.confidence}`)}): ${x.evidence.length ? x.evidence.join('; ') : '-'}`);
  const f = facts(report);
  if (f.target) {
    lines.push(t('report-target', { input: f.target.input, host: f.target.host, port: String(f.target.port) }));
  }
  if (f.environment && f.timeout_ms != null) {
    lines.push(
      t('ui-helpdesk-run', {
        os: f.environment.os,
        admin: f.environment.privileged ? 'yes' : 'no',
        ms: String(f.timeout_ms),
      }),
    );
  }
  return lines;
}

/** The systems a command is for, in words. */
export function osLabel(os: string): string {
  const key = `ui-os-${os}`;
  const label = t(key);
  return label === key ? os : label;
}

/** Which command systems fit a machine: its own, `unix` for Linux and macOS, and `any`. */
function fits(commandOs: string, machineOs: string): boolean {
  if (commandOs === 'any' || commandOs === machineOs) return true;
  return commandOs === 'unix' && (machineOs === 'linux' || machineOs === 'macos');
}

/**
 * The command to copy for an admin, for a finding: one the finding names itself, the
 * firewall's own, else the first in the report's commands that fits this system, by
 * what the finding is about.
 */
export function adminCommand(report: Report, finding: ReportFinding): string | null {
  if (finding.args.command) return finding.args.command;
  const f = facts(report);
  const isFirewall = finding.code.startsWith('firewall-');
  if (isFirewall && f.firewall?.admin_command) return f.firewall.admin_command;
  const os = f.environment?.os ?? report.os;
  const purposes = isFirewall
    ? ['firewall', 'connect']
    : finding.code === 'reserved-port-range'
      ? ['reserved-ports', 'listeners']
      : finding.code.startsWith('dns-')
        ? ['resolve', 'connect']
        : ['listeners', 'connect'];
  const usable = report.commands.filter((c: Command) => fits(c.os, os));
  for (const purpose of purposes) {
    const found = usable.find((c) => c.purpose === purpose);
    if (found) return found.command;
  }
  return usable[0]?.command ?? null;
}

/** The port a test listener should open for this finding. */
export function listenerPort(report: Report, finding: ReportFinding): number | null {
  const fromArgs = Number(finding.args.port);
  if (Number.isInteger(fromArgs) && fromArgs > 0 && fromArgs < 65536) return fromArgs;
  return facts(report).target?.port ?? report.parsed?.port ?? null;
}

/** What to check for a report: what was typed, or the host and port a message names. */
export function checkInputFor(report: Report): string | null {
  const target = facts(report).target;
  if (target) return target.input;
  const p = report.parsed;
  if (p?.host && p.port != null) return hostPort(p.host, p.port);
  return null;
}

/** The host a report is about, for headings. */
export function hostOf(report: Report): string | null {
  return facts(report).target?.host ?? report.parsed?.host_name ?? report.parsed?.host ?? null;
}

/** The port a report is about. */
export function portOf(report: Report): number | null {
  return facts(report).target?.port ?? report.parsed?.port ?? null;
}

/** What a report contains, as catalogue ids, for the share section. */
export function contents(report: Report): string[] {
  const f = facts(report);
  const ids: string[] = [];
  if (f.target) ids.push('ui-contains-target');
  if (report.parsed) ids.push('ui-contains-message');
  if (f.addresses) ids.push('ui-contains-checks');
  if (f.listeners && f.listeners.listeners.length > 0) {
    ids.push(report.redacted?.user_names != null ? 'ui-contains-listeners-hidden' : 'ui-contains-listeners');
  }
  if (f.firewall && f.firewall.rules.length > 0) ids.push('ui-contains-firewall');
  ids.push('ui-contains-answer', 'ui-contains-system');
  if (f.environment) ids.push('ui-contains-rights');
  return ids;
}
