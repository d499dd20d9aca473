import { describe, expect, it } from 'vitest';
import { fixtures, progressFor } from '../fixtures';
import { type Answer, applyProgress, canAct, type Event, initialState, next, recheckRequest, runningStep, type State } from './wizard';

function run(events: Event[], from: State = initialState): State {
  return events.reduce(next, from);
}

const start = (run: number, extra: Partial<Extract<Event, { type: 'start' }>> = {}): Event => ({
  type: 'start',
  run,
  request: { input: '127.0.0.1:1' },
  input: '127.0.0.1:1',
  ...extra,
});

function answerOf(state: State): Answer {
  if (state.phase !== 'answer') throw new Error(`expected an answer, got ${state.phase}`);
  return state.answer;
}

describe('wizard state machine', () => {
  it('starts on the input screen with no note', () => {
    expect(initialState).toEqual({ phase: 'input', note: null });
  });

  it('goes input → running → answer, keeping each step by its key', () => {
    const report = fixtures.noListener();
    const progress = progressFor(report).map((event): Event => ({ type: 'progress', run: 1, event }));
    const running = run([start(1), ...progress]);
    expect(running.phase).toBe('running');
    if (running.phase !== 'running') return;
    // resolve and probe: each announced running, then done: two steps, both done.
    expect(running.steps.map((s) => [s.step, s.state, s.status])).toEqual([
      ['resolve', 'done', 'ok'],
      ['probe:127.0.0.1', 'done', 'problem'],
    ]);
    const done = next(running, { type: 'finished', run: 1, report });
    const answer = answerOf(done);
    expect(answer.source).toBe('check');
    expect(answer.request).toEqual({ input: '127.0.0.1:1' });
    expect(answer.comparison).toBeNull();
    expect(answer.report.id).toBe(report.id);
  });

  it('updates a running step in place when it finishes', () => {
    const steps = applyProgress([], { step: 'resolve', state: 'running', text: 'Looking up db1…' });
    const more = applyProgress(steps, { step: 'probe:10.0.0.5', state: 'running', text: 'Trying…' });
    expect(runningStep(more)?.step).toBe('probe:10.0.0.5');
    const done = applyProgress(more, { step: 'probe:10.0.0.5', state: 'done', status: 'problem', text: 'turned away' });
    expect(done).toHaveLength(2);
    expect(done[1]).toEqual({ step: 'probe:10.0.0.5', state: 'done', status: 'problem', text: 'turned away' });
    expect(runningStep(done)?.step).toBe('resolve');
  });

  it('marks a slow check, but only for the current run', () => {
    const s = run([start(1), { type: 'slow', run: 1 }]);
    expect(s.phase === 'running' && s.slow).toBe(true);
    const other = run([start(2), { type: 'slow', run: 1 }]);
    expect(other.phase === 'running' && other.slow).toBe(false);
  });

  it('cancel goes back to the input with a note; the late answer is ignored', () => {
    const s = run([start(1), { type: 'cancel' }]);
    expect(s).toEqual({ phase: 'input', note: { kind: 'cancelled' } });
    expect(next(s, { type: 'finished', run: 1, report: fixtures.noListener() })).toBe(s);
    expect(next(s, { type: 'progress', run: 1, event: { step: 'resolve', state: 'running', text: '' } })).toBe(s);
  });

  it('ignores events of an older run once a newer one started', () => {
    const s = run([start(1), start(2), { type: 'finished', run: 1, report: fixtures.noListener() }]);
    expect(s.phase).toBe('running');
    expect(s.phase === 'running' && s.run).toBe(2);
  });

  it('a failed check goes back to the input with the message', () => {
    const s = run([start(1), { type: 'failed', run: 1, code: 'unknown-service', message: 'We don\'t know a service called "x".' }]);
    expect(s).toEqual({ phase: 'input', note: { kind: 'error', code: 'unknown-service', message: 'We don\'t know a service called "x".' } });
  });

  it('a failure that says "cancelled" is a cancel', () => {
    const s = run([start(1), { type: 'failed', run: 1, code: 'cancelled', message: 'Stopped' }]);
    expect(s).toEqual({ phase: 'input', note: { kind: 'cancelled' } });
  });

  it('check again → Not fixed when the same problem comes back', () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    const s = run([start(2, { previous: first, compare: true }), { type: 'finished', run: 2, report: fixtures.noListener() }]);
    expect(answerOf(s).comparison).toBe('not-fixed');
  });

  it('check again → Fixed when the problem is gone', () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    const s = run([start(2, { previous: first, compare: true }), { type: 'finished', run: 2, report: fixtures.reachable() }]);
    expect(answerOf(s).comparison).toBe('fixed');
  });

  it("check again while our test listener is open on that port: it answering is not a fix", () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    const s = run([start(2, { previous: first, compare: true, testListener: true }), { type: 'finished', run: 2, report: fixtures.reachable() }]);
    expect(answerOf(s).comparison).toBe('test-listener');
    // Still the same problem: the test listener changes nothing.
    const same = run([start(3, { previous: first, compare: true, testListener: true }), { type: 'finished', run: 3, report: fixtures.noListener() }]);
    expect(answerOf(same).comparison).toBe('not-fixed');
  });

  it("check again compares the views' status and answer, not the findings", () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    // The findings still say what they said; the view says it works now.
    const fine = fixtures.noListener();
    if (!fine.view) throw new Error('fixture without a view');
    fine.view = { ...fine.view, status: 'ok' };
    const s = run([start(2, { previous: first, compare: true }), { type: 'finished', run: 2, report: fine }]);
    expect(answerOf(s).comparison).toBe('fixed');
    // A report without a view has no clear answer: nothing to compare.
    const bare = fixtures.reachable();
    delete bare.view;
    const none = run([start(3, { previous: first, compare: true }), { type: 'finished', run: 3, report: bare }]);
    expect(answerOf(none).comparison).toBeNull();
  });

  it('check again → changed when another problem replaces the first', () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    const s = run([start(2, { previous: first, compare: true }), { type: 'finished', run: 2, report: fixtures.timeout() }]);
    expect(answerOf(s).comparison).toBe('changed');
  });

  it('a stopped or failed check again returns to the last answer with a note', () => {
    const first = answerOf(run([start(1), { type: 'finished', run: 1, report: fixtures.noListener() }]));
    const stopped = run([start(2, { previous: first, compare: true }), { type: 'cancel' }]);
    expect(answerOf(stopped).report.id).toBe(first.report.id);
    expect(answerOf(stopped).note).toEqual({ kind: 'cancelled' });
    const failed = run([start(3, { previous: first, compare: true }), { type: 'failed', run: 3, code: 'internal', message: 'boom' }]);
    expect(answerOf(failed).note).toEqual({ kind: 'error', code: 'internal', message: 'boom' });
  });

  it('a full check after an explained message does not compare', () => {
    const explained = answerOf(next(initialState, { type: 'explained', report: fixtures.explainRefused(), input: 'ECONNREFUSED ::1:3000' }));
    expect(explained.source).toBe('explain');
    expect(recheckRequest(explained)).toBeNull();
    const s = run([start(1, { previous: explained, compare: false }), { type: 'finished', run: 1, report: fixtures.noListener() }]);
    expect(answerOf(s).comparison).toBeNull();
    expect(answerOf(s).source).toBe('check');
  });

  it('an opened report is shown as such and offers nothing that runs', () => {
    const s = next(initialState, { type: 'opened', report: fixtures.noListener(), fileName: 'portdoctor-DJT6-VD3T.json' });
    const answer = answerOf(s);
    expect(answer.source).toBe('opened');
    expect(answer.fileName).toBe('portdoctor-DJT6-VD3T.json');
    expect(recheckRequest(answer)).toBeNull();
    expect(canAct(answer)).toBe(false);
  });

  it('notes on the input screen are set and cleared; restart clears everything', () => {
    const s = next(initialState, { type: 'input-note', note: { kind: 'invalid', code: 'unrecognized', message: 'x' } });
    expect(s).toEqual({ phase: 'input', note: { kind: 'invalid', code: 'unrecognized', message: 'x' } });
    expect(next(s, { type: 'input-note', note: null })).toEqual(initialState);
    const answer = next(initialState, { type: 'explained', report: fixtures.explainRefused(), input: 'x' });
    // A note for the input screen does not replace an answer on screen.
    expect(next(answer, { type: 'input-note', note: null })).toBe(answer);
    expect(next(answer, { type: 'restart' })).toEqual(initialState);
  });

  it('cancel does nothing when no check runs', () => {
    expect(next(initialState, { type: 'cancel' })).toBe(initialState);
  });
});
