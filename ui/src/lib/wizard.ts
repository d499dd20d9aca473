// The wizard as a state machine: input → running → answer, and back. Pure: `next`
// takes a state and an event and returns the new state; App.svelte does the I/O (the
// backend calls, timers, focus) and feeds the results in as events.
//
// Every run of a check has a number. Events of a run that is no longer the current one
// (it was cancelled, or another started) are ignored, so a late answer can never
// overwrite a newer screen.
import type { CheckRequest, ProgressEvent, Report } from './backend';
import { t } from './i18n';
import { type Comparison, compareReports, statusOf } from './report';

/** One line of the live list of checks. */
export interface Step {
  step: string;
  state: 'running' | 'done';
  /** For a finished step: `ok`, `problem` or `info` (or a status this UI doesn't know). */
  status?: string;
  text: string;
}

/** A sentence about what just happened, shown above the screen's content. */
export type Note =
  /** Stopped; `steps` are those that had finished, kept and shown as found so far. */
  | { kind: 'cancelled'; steps?: Step[] }
  | { kind: 'error'; code: string; message: string }
  /** The input box holds something that is neither an address nor an error message. */
  | { kind: 'invalid'; code: string; message: string };

/** Where an answer came from. */
export type Source = 'check' | 'explain' | 'opened';

export interface Answer {
  report: Report;
  source: Source;
  /** The request that produced it, to check again; null for a read message or an opened report. */
  request: CheckRequest | null;
  /** What was in the input box. */
  input: string;
  /** The name of the opened file. */
  fileName?: string;
  /** How this answer compares with the one before it (after "Check again"). */
  comparison: Comparison | null;
  /** What happened to a later attempt (a new check stopped, or failed). */
  note: Note | null;
}

export type State =
  | { phase: 'input'; note: Note | null }
  | {
      phase: 'running';
      run: number;
      request: CheckRequest;
      input: string;
      steps: Step[];
      /** True once the check has taken longer than it should (10 s): say it is still going. */
      slow: boolean;
      /** The answer on screen before: a cancelled or failed run goes back to it. */
      previous: Answer | null;
      /** Whether to say Fixed / Not fixed compared with `previous` at the end. */
      compare: boolean;
      /** A test listener of ours is open on the port checked: if it answers, that's not a fix. */
      testListener: boolean;
    }
  | { phase: 'answer'; answer: Answer };

export type Event =
  | {
      type: 'start';
      run: number;
      request: CheckRequest;
      input: string;
      previous?: Answer | null;
      compare?: boolean;
      testListener?: boolean;
    }
  | { type: 'progress'; run: number; event: ProgressEvent }
  | { type: 'slow'; run: number }
  | { type: 'finished'; run: number; report: Report }
  | { type: 'failed'; run: number; code: string; message: string }
  | { type: 'cancel' }
  | { type: 'explained'; report: Report; input: string }
  | { type: 'opened'; report: Report; fileName: string }
  /** Something on the input screen did not work: reading the text, explaining, opening a file. */
  | { type: 'input-note'; note: Note | null }
  | { type: 'restart' };

export const initialState: State = { phase: 'input', note: null };

/** The list of steps with one progress event applied: a step is updated in place, by its key. */
export function applyProgress(steps: Step[], event: ProgressEvent): Step[] {
  const step: Step = {
    step: event.step,
    state: event.state === 'done' ? 'done' : 'running',
    status: event.status,
    text: event.text,
  };
  const at = steps.findIndex((s) => s.step === event.step);
  if (at < 0) return [...steps, step];
  return steps.map((s, i) => (i === at ? step : s));
}

/** A step's symbol, word and tone (never colour alone): running, or how it ended. */
export function stepMark(step: Step): { symbol: string; word: string; tone: string } {
  if (step.state === 'running') return { symbol: '…', word: t('ui-step-running'), tone: 'running' };
  switch (step.status) {
    case 'ok':
      return { symbol: '✓', word: t('ui-step-ok'), tone: 'ok' };
    case 'problem':
      return { symbol: '✗', word: t('ui-step-problem'), tone: 'problem' };
    default:
      return { symbol: '·', word: t('ui-step-info'), tone: 'neutral' };
  }
}

/** The step still running, latest first: what "still checking" names. */
export function runningStep(steps: Step[]): Step | undefined {
  return [...steps].reverse().find((s) => s.state === 'running');
}

/** What Stop keeps: the steps that had finished (none: just that it stopped). */
function stoppedNote(state: Extract<State, { phase: 'running' }>): Note {
  const steps = state.steps.filter((s) => s.state === 'done');
  return steps.length > 0 ? { kind: 'cancelled', steps } : { kind: 'cancelled' };
}

function back(state: Extract<State, { phase: 'running' }>, note: Note): State {
  if (state.previous) return { phase: 'answer', answer: { ...state.previous, note } };
  return { phase: 'input', note };
}

export function next(state: State, event: Event): State {
  switch (event.type) {
    case 'start':
      return {
        phase: 'running',
        run: event.run,
        request: event.request,
        input: event.input,
        steps: [],
        slow: false,
        previous: event.previous ?? null,
        compare: event.compare ?? false,
        testListener: event.testListener ?? false,
      };
    case 'progress':
      if (state.phase !== 'running' || state.run !== event.run) return state;
      return { ...state, steps: applyProgress(state.steps, event.event) };
    case 'slow':
      if (state.phase !== 'running' || state.run !== event.run) return state;
      return { ...state, slow: true };
    case 'finished': {
      if (state.phase !== 'running' || state.run !== event.run) return state;
      let comparison = state.compare && state.previous ? compareReports(state.previous.report, event.report) : null;
      // Our own test listener answering proves the way works, not that the program is back.
      if (comparison && state.testListener && statusOf(event.report) === 'ok' && statusOf(state.previous?.report ?? event.report) === 'problem') {
        comparison = 'test-listener';
      }
      return {
        phase: 'answer',
        answer: {
          report: event.report,
          source: 'check',
          request: state.request,
          input: state.input,
          comparison,
          note: null,
        },
      };
    }
    case 'failed':
      if (state.phase !== 'running' || state.run !== event.run) return state;
      if (event.code === 'cancelled') return back(state, stoppedNote(state));
      return back(state, { kind: 'error', code: event.code, message: event.message });
    case 'cancel':
      if (state.phase !== 'running') return state;
      return back(state, stoppedNote(state));
    case 'explained':
      return {
        phase: 'answer',
        answer: { report: event.report, source: 'explain', request: null, input: event.input, comparison: null, note: null },
      };
    case 'opened':
      return {
        phase: 'answer',
        answer: {
          report: event.report,
          source: 'opened',
          request: null,
          input: '',
          fileName: event.fileName,
          comparison: null,
          note: null,
        },
      };
    case 'input-note':
      if (state.phase !== 'input') return state;
      return { phase: 'input', note: event.note };
    case 'restart':
      return { phase: 'input', note: null };
  }
}

/** What "Check again" runs for an answer: the same request; null when there is none. */
export function recheckRequest(answer: Answer): CheckRequest | null {
  return answer.source === 'check' ? answer.request : null;
}

/**
 * The request of "Check again": the same check, carrying what the checks before it
 * found (oldest first), so the new report tells whoever opens it each attempt.
 */
export function recheckWithHistory(answer: Answer): CheckRequest | null {
  const request = recheckRequest(answer);
  if (!request) return null;
  const r = answer.report;
  const code = r.view?.answer?.code;
  const status = r.view?.status;
  const earlier = [...(r.earlier ?? [])];
  if (code && status) earlier.push({ created: r.created, code, status });
  // The report keeps the latest of them (the Rust side's one limit, MAX_EARLIER).
  return { ...request, earlier };
}

/** Whether the answer's buttons may act (check, open a listener): never for an opened report. */
export function canAct(answer: Answer): boolean {
  return answer.source !== 'opened';
}
