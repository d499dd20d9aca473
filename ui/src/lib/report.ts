// Helpers over reports. The words and the judgements come from the Rust side, in the
// report's presentation model (`report.view`): the answer, the status, the picture of
// the way, the rows of "How we know", the lines for helpdesk, what the report contains.
// The screen, the copied summary and the saved files then say the same.
//
// What stays here is what only the app knows: how a new check compares with the last
// one (Fixed, Not fixed), and where a report's host and port are for headings and for
// checking again. A report without a view (none comes from the api) shows no rows, and
// "No clear answer": nothing here throws.
import type { Report } from './backend';
import { t } from './i18n';
import type { Also } from './types/generated/Also';
import type { Answer } from './types/generated/Answer';
import type { CommandView } from './types/generated/CommandView';
import type { Facts } from './types/generated/Facts';
import type { Mark } from './types/generated/Mark';
import type { NodeState } from './types/generated/NodeState';
import type { Place } from './types/generated/Place';
import type { Row } from './types/generated/Row';
import type { Status } from './types/generated/Status';

export type { Also, Answer, CommandView, Mark, NodeState, Row, Status };

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

/** The answer: the first finding, in words, with what its buttons need. */
export function answerOf(report: Report): Answer | undefined {
  return report.view?.answer;
}

/** The status of a report, as the Rust side says it. */
export function statusOf(report: Report): Status {
  return report.view?.status ?? 'unclear';
}

/** What a new check says compared with the last answer. */
export type Comparison = 'fixed' | 'not-fixed' | 'changed' | 'broke' | 'still-fine' | 'test-listener';

export function compareReports(previous: Report, next: Report): Comparison | null {
  const before = statusOf(previous);
  const after = statusOf(next);
  if (before === 'problem' && after === 'ok') return 'fixed';
  if (before === 'problem' && after === 'problem') {
    return answerOf(previous)?.code === answerOf(next)?.code ? 'not-fixed' : 'changed';
  }
  if (before === 'ok' && after === 'problem') return 'broke';
  if (before === 'ok' && after === 'ok') return 'still-fine';
  return null;
}

export type Tone = 'problem' | 'ok' | 'neutral';

export interface StatusView {
  /** Which status this is: the report's own, or Fixed / Not fixed after a check again. */
  kind: Status | 'fixed' | 'not-fixed' | 'way-works';
  /** The status in words. */
  word: string;
  tone: Tone;
  symbol: string;
}

/** The status line of the answer: Problem found, Fixed, Not fixed, Couldn't check, All clear. */
export function statusView(report: Report, comparison: Comparison | null): StatusView {
  if (comparison === 'fixed') return { kind: 'fixed', word: t('ui-status-fixed'), tone: 'ok', symbol: '✓' };
  // Our own test listener answered: the way works, and the program is still not there.
  if (comparison === 'test-listener') return { kind: 'way-works', word: t('ui-status-way-works'), tone: 'neutral', symbol: '!' };
  if (comparison === 'not-fixed' || comparison === 'changed') {
    return { kind: 'not-fixed', word: t('ui-status-not-fixed'), tone: 'problem', symbol: '✗' };
  }
  const view = report.view;
  if (!view) return { kind: 'unclear', word: t('status-unclear'), tone: 'neutral', symbol: '?' };
  const [tone, symbol]: [Tone, string] =
    view.status === 'problem' ? ['problem', '✗'] : view.status === 'ok' ? ['ok', '✓'] : ['neutral', '?'];
  return { kind: view.status, word: view.status_word, tone, symbol };
}

// ---------------------------------------------------------------------------------
// The picture of the way: this computer → network → firewall → server → program.

export const PATH_NODES: readonly Place[] = ['computer', 'network', 'firewall', 'server', 'program'];
export type PathNode = Place;

export interface PathState {
  nodes: { id: PathNode; state: NodeState }[];
  /** Where the way breaks, when the answer says. */
  broken: PathNode | null;
  /** True when the answer is a problem the picture cannot place. */
  unplaced: boolean;
}

function isPlace(place: string | null | undefined): place is Place {
  return place != null && (PATH_NODES as readonly string[]).includes(place);
}

/** The picture's state for a report, from its view. */
export function pathState(report: Report): PathState {
  const path = report.view?.path;
  const nodes = (path?.nodes ?? []).filter((n) => isPlace(n.place)).map((n) => ({ id: n.place, state: n.state }));
  const at = path?.broken;
  const broken = isPlace(at) ? at : null;
  return {
    nodes: nodes.length > 0 ? nodes : PATH_NODES.map((id) => ({ id, state: 'unknown' as NodeState })),
    broken,
    unplaced: answerOf(report)?.verdict === 'cause' && broken == null,
  };
}

// ---------------------------------------------------------------------------------
// Rows of "How we know".

export const MARK_SYMBOL: Record<Mark, string> = {
  ok: '✓',
  problem: '✗',
  info: '·',
  cant: '–',
  'ruled-out': '✓',
};

/** An address with its port, IPv6 in brackets. */
export function hostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** One row per check that ran, then good news seen on the way. */
export function checkRows(report: Report): Row[] {
  return report.view?.how_we_know ?? [];
}

/** What could not be checked, and why. */
export function cantCheckRows(report: Report): Row[] {
  return report.view?.could_not_check ?? [];
}

/** What the checks ruled out. */
export function ruledOutRows(report: Report): Row[] {
  return report.view?.ruled_out ?? [];
}

/** Other causes that may also play a part, after the answer. */
export function alsoPossible(report: Report): Also[] {
  return report.view?.also ?? [];
}

/** What we read in a pasted message. */
export function parsedRows(report: Report): string[] {
  return report.view?.understood ?? [];
}

// ---------------------------------------------------------------------------------
// Details for helpdesk, and what the answer's buttons need.

/** The precise lines: each finding's code, confidence and evidence, then the run. */
export function helpdeskLines(report: Report): string[] {
  return report.view?.helpdesk ?? [];
}

/** The same checks by hand, each with the system it is for in words. */
export function commandsOf(report: Report): CommandView[] {
  return report.view?.commands ?? [];
}

/**
 * The name of a system (`linux`, `windows`) in words, for the banner of an opened
 * report; the name itself when the catalogue has no words for it.
 */
export function osLabel(os: string): string {
  const key = `os-${os}`;
  const label = t(key);
  return label === key ? os : label;
}

/**
 * The commands behind "Copy the command for an admin", for the computer they must run
 * on: one, or one per system for a server whose system is not known.
 */
export function adminCommands(report: Report): CommandView[] {
  return answerOf(report)?.admin_commands ?? [];
}

/** The port a test listener opens for the answer. */
export function listenerPort(report: Report): number | null {
  return answerOf(report)?.listener_port ?? null;
}

/** For "Copy the address that works": that address, without its port. */
export function worksAddress(report: Report): string | null {
  return answerOf(report)?.works_address ?? null;
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

// ---------------------------------------------------------------------------------
// Sharing.

/** What a report contains, in sentences, for the share section. */
export function contents(report: Report): string[] {
  return report.view?.contents ?? [];
}

/** What was hidden from a report before it was shared, in words. */
export function redactionSummary(report: Report): string {
  return report.view?.redaction ?? '';
}
