// The whole wizard against a fake Backend that plays back reports recorded from real
// CLI runs (src/fixtures), driven the way a keyboard user drives it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { FakeBackend, fixtures } from './fixtures';
import { BackendError, type Redaction, type Report } from './lib/backend';
import type { Answer, AnyReport } from './lib/report';
import type { View } from './lib/types/generated/View';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** A recorded report with parts of its view (what the Rust side says) replaced. */
function withView(report: Report, patch: Partial<View>): Report {
  if (!report.view) throw new Error('fixture without a view');
  return { ...report, view: { ...report.view, ...patch } };
}

/** A recorded report whose answer is patched. */
function withAnswer(report: Report, patch: Partial<Answer>): Report {
  const answer = report.view?.answer;
  if (!answer) throw new Error('fixture without an answer');
  return withView(report, { answer: { ...answer, ...patch } });
}

/** Every link of the way in one state, nothing broken. */
function wayAll(state: View['path']['nodes'][number]['state']): View['path'] {
  return { nodes: (['computer', 'network', 'firewall', 'server', 'program'] as const).map((place) => ({ place, state })) };
}

/** A refusal at an address of this computer that others use: the test listener is offered. */
function offersListener(): Report {
  return withAnswer(fixtures.noListener(), { actions: ['check-again', 'open-test-listener', 'send-report'] });
}

function setup(reports: Report[] = [fixtures.noListener()], options: { slowAfterMs?: number } = {}) {
  const backend = new FakeBackend();
  backend.checkReports = reports;
  const copied: string[] = [];
  const copy = async (text: string) => {
    copied.push(text);
    return true;
  };
  const result = render(App, { props: { backend, copy, debounceMs: 0, slowAfterMs: options.slowAfterMs ?? 60_000 } });
  return { backend, copied, ...result };
}

async function type(text: string) {
  const input = screen.getByTestId('input') as HTMLTextAreaElement;
  await fireEvent.input(input, { target: { value: text } });
  return input;
}

async function typeAndEnter(text: string) {
  const input = await type(text);
  await fireEvent.keyDown(input, { key: 'Enter' });
  return input;
}

async function answer() {
  return waitFor(() => screen.getByTestId('headline'));
}

describe('screen 1: what were you trying to reach?', () => {
  it('opens on the question; the box is the first stop, and says what it understood', async () => {
    setup();
    // No focus is taken when the page opens: the first Tab lands in the box.
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What were you trying to reach?');
    expect(screen.getByRole('textbox', { name: 'What were you trying to reach?' })).toBe(screen.getByTestId('input'));
    await type('db1.example.com:5432');
    await waitFor(() => expect(screen.getByTestId('understood').textContent).toContain('Check db1.example.com, port 5432.'));
    expect(screen.getByTestId('check').textContent?.trim()).toBe('Check');
  });

  it('shows a calm hint for text it cannot use, and checks nothing', async () => {
    const { backend } = setup();
    await type('db1');
    await waitFor(() => expect(screen.getByTestId('understood').textContent).toContain('Add the port number, like db1:443.'));
    await fireEvent.click(screen.getByTestId('check'));
    await waitFor(() => expect(screen.getByTestId('input').getAttribute('aria-invalid')).toBe('true'));
    expect(backend.callsOf('check')).toEqual([]);
    // Typing again clears the note.
    await type('db1:443');
    expect(screen.getByTestId('input').getAttribute('aria-invalid')).toBeNull();
  });

  it('an empty box says what to type', async () => {
    const { backend } = setup();
    await fireEvent.click(screen.getByTestId('check'));
    await waitFor(() => expect(screen.getByTestId('understood').textContent).toContain('Type the address you were trying to reach'));
    expect(backend.callsOf('check')).toEqual([]);
  });

  it('Enter inserts a new line in a message of several lines; Ctrl+Enter starts', async () => {
    const { backend } = setup();
    const message = 'Error: connect ECONNREFUSED 127.0.0.1:1\n    at TCPConnectWrap';
    const input = await type(message);
    const plain = await fireEvent.keyDown(input, { key: 'Enter' });
    expect(plain).toBe(true); // not prevented: the box takes the new line
    await new Promise((r) => setTimeout(r, 10));
    expect(backend.callsOf('check')).toEqual([]);
    await fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    await answer();
    expect(backend.callsOf('check')).toEqual([[{ input: message }]]);
  });
});

describe('screen 2 and 3: a check and its answer', () => {
  it('runs the check, then shows the answer with focus on the headline', async () => {
    const { backend } = setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    const headline = await answer();
    expect(backend.callsOf('check')).toEqual([[{ input: '127.0.0.1:1' }]]);
    expect(headline.textContent?.trim()).toBe('No program is answering on port 1 of this computer.');
    await waitFor(() => expect(document.activeElement).toBe(headline));
    expect(screen.getByTestId('status').textContent).toContain('Problem found');
    expect(screen.getByTestId('status').textContent).toContain('✗');
    expect(screen.getByTestId('confidence').textContent).toBe('Sure: we saw it directly.');
    expect(screen.getByTestId('why').textContent).toContain('answered at once');
    const steps = within(screen.getByTestId('steps')).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Start or restart the program that should answer on port 1.',
      'Check which port the program is set to use.',
      'If it still fails, send this report to whoever looks after this computer.',
    ]);
    // Buttons from the finding's actions, the first one first.
    const buttons = within(screen.getByTestId('actions')).getAllByRole('button');
    // 127.0.0.1: no other computer can reach a test listener there, so none is offered.
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Check again', 'Send this report']);
    expect(buttons[0]?.className).toContain('primary');
  });

  it('shows the checks as they run, announced in a status region', async () => {
    const { backend } = setup([fixtures.noListener()]);
    backend.hang = true;
    await typeAndEnter('127.0.0.1:1');
    const heading = await waitFor(() => screen.getByRole('heading', { name: 'Checking 127.0.0.1:1' }));
    expect(document.activeElement).toBe(heading);
    const step = await waitFor(() => screen.getByTestId('progress-steps').querySelector('[data-step="resolve"]'));
    expect(step?.getAttribute('data-state')).toBe('running');
    expect(step?.textContent).toContain('checking');
    const status = screen.getByTestId('progress');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('Looking up 127.0.0.1');
  });

  it('says it is still checking after a while', async () => {
    const { backend } = setup([fixtures.timeout()], { slowAfterMs: 20 });
    backend.hang = true;
    await typeAndEnter('192.0.2.99:80');
    await waitFor(() => expect(screen.getByTestId('still-checking').textContent).toContain('Still checking the name.'));
    expect(screen.getByTestId('progress').textContent).toContain('Still checking');
  });

  it('Stop cancels: the check is aborted and the box says so', async () => {
    const { backend } = setup();
    backend.hang = true;
    await typeAndEnter('127.0.0.1:1');
    await fireEvent.click(await waitFor(() => screen.getByTestId('cancel')));
    await waitFor(() => expect(screen.getByTestId('input-note').textContent).toBe('Stopped. Nothing more was checked.'));
    expect(backend.signals[0]?.aborted).toBe(true);
    expect((screen.getByTestId('input') as HTMLTextAreaElement).value).toBe('127.0.0.1:1');
    expect(document.activeElement).toBe(screen.getByTestId('input'));
  });

  it('Escape cancels a running check', async () => {
    const { backend } = setup();
    backend.hang = true;
    await typeAndEnter('127.0.0.1:1');
    await waitFor(() => screen.getByTestId('cancel'));
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => screen.getByTestId('input-note'));
    expect(backend.signals[0]?.aborted).toBe(true);
  });

  it("a check that can't run says why", async () => {
    const { backend } = setup();
    backend.checkError = new BackendError({ code: 'internal', message: 'Port Doctor could not finish: no network.' });
    await typeAndEnter('127.0.0.1:1');
    const note = await waitFor(() => screen.getByTestId('input-note'));
    expect(note.getAttribute('role')).toBe('alert');
    expect(note.textContent).toContain("Couldn't check");
    expect(note.textContent).toContain('Port Doctor could not finish: no network.');
  });

  it('check again → Fixed', async () => {
    setup([fixtures.noListener(), fixtures.reachable()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-check-again'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('Fixed'));
    expect(screen.getByTestId('comparison').textContent).toBe('The problem from the last check is gone.');
    expect(screen.getByTestId('headline').textContent?.trim()).toBe('Port 18765 of this computer is answering.');
  });

  it('check again → Not fixed', async () => {
    const { backend } = setup([fixtures.noListener(), fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-check-again'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('Not fixed'));
    expect(screen.getByTestId('comparison').textContent).toBe('The new check found the same problem.');
    expect(backend.callsOf('check')).toHaveLength(2);
  });

  it('a stopped check again keeps the last answer', async () => {
    const { backend } = setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    backend.hang = true;
    await fireEvent.click(screen.getByTestId('action-check-again'));
    await fireEvent.click(await waitFor(() => screen.getByTestId('cancel')));
    await waitFor(() => expect(screen.getByTestId('answer-note').textContent).toContain('The new check was stopped'));
    expect(screen.getByTestId('headline').textContent?.trim()).toBe('No program is answering on port 1 of this computer.');
  });

  it('opens a test listener and shows its greeting', async () => {
    const { backend } = setup([offersListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-open-test-listener'));
    await waitFor(() => screen.getByTestId('listener-greeting'));
    expect(backend.callsOf('openTestListener')).toEqual([[1, 300]]);
    expect(screen.getByTestId('action-result').textContent).toContain('A test listener is open on port 1 for 5 minutes.');
    expect(screen.getByTestId('listener-greeting').textContent).toContain('you reached this computer');
  });

  it('stops a test listener before its time', async () => {
    const { backend } = setup([offersListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-open-test-listener'));
    const stop = await waitFor(() => screen.getByTestId('listener-stop'));
    expect(stop.textContent?.trim()).toBe('Stop the test listener on port 1');
    await fireEvent.click(stop);
    await waitFor(() => expect(screen.getByTestId('action-result').textContent).toContain('The test listener on port 1 is closed.'));
    expect(backend.callsOf('closeTestListener')).toEqual([[1]]);
    expect(screen.queryByTestId('listener-greeting')).toBeNull();
  });

  it('check again after opening a test listener: its answer is not called a fix, and its Stop stays', async () => {
    setup([offersListener(), fixtures.reachable()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-open-test-listener'));
    await waitFor(() => screen.getByTestId('listener-greeting'));
    await fireEvent.click(screen.getByTestId('action-check-again'));
    // One status that agrees with the headline and the way: the way works, the program does not run.
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('The way to this port works; your program is not running'));
    expect(screen.getByTestId('status').getAttribute('data-status')).toBe('way-works');
    expect(screen.getByTestId('comparison').textContent).toBe("Port Doctor's test listener answered, not your own program. The way to this port works.");
    expect(screen.getByTestId('listener-stop')).toBeTruthy();
  });

  it('says why a test listener could not open', async () => {
    const { backend } = setup([offersListener()]);
    backend.listenerError = new BackendError({ code: 'in-use', message: 'Port 1 is already in use by another program.' });
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-open-test-listener'));
    await waitFor(() => expect(screen.getByTestId('action-result').textContent).toContain('already in use'));
  });

  it('copies the admin command for a firewall cause', async () => {
    const base = withAnswer(fixtures.noListener(), {
      code: 'firewall-reject',
      actions: ['copy-admin-command', 'check-again', 'send-report'],
      admin_commands: [{ os: 'linux', os_label: 'Linux', purpose: 'firewall', command: 'sudo nft list ruleset' }],
    });
    const report = withView(base, {
      path: {
        nodes: [
          { place: 'computer', state: 'ok' },
          { place: 'network', state: 'ok' },
          { place: 'firewall', state: 'problem' },
          { place: 'server', state: 'not-reached' },
          { place: 'program', state: 'not-reached' },
        ],
        broken: 'firewall',
      },
    });
    const { copied } = setup([report]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-copy-admin-command'));
    await waitFor(() => expect(copied).toEqual(['sudo nft list ruleset']));
    expect(screen.getByTestId('action-result').textContent).toContain('Copied: sudo nft list ruleset');
    expect(screen.getByTestId('path-firewall').getAttribute('data-state')).toBe('problem');
  });

  it('a firewall on a server of unknown system: one admin command per system, labelled', async () => {
    const report = withAnswer(fixtures.noListener(), {
      code: 'firewall-reject',
      actions: ['copy-admin-command', 'check-again', 'send-report'],
      admin_commands: [
        { os: 'linux', os_label: 'Linux', purpose: 'firewall', command: 'sudo nft list ruleset' },
        { os: 'windows', os_label: 'Windows', purpose: 'firewall', command: 'Get-NetFirewallRule' },
      ],
    });
    const { copied } = setup([report]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    const windows = screen.getByTestId('action-copy-admin-command-windows');
    expect(windows.textContent?.trim()).toBe('Copy the command for an admin (Windows)');
    await fireEvent.click(windows);
    await waitFor(() => expect(copied).toEqual(['Get-NetFirewallRule']));
    expect(screen.getByTestId('action-copy-admin-command-linux')).toBeTruthy();
  });

  it('one kind of address answers: copy the address that works', async () => {
    const report = withAnswer(fixtures.noListener(), {
      code: 'ipv6-ipv4-mismatch',
      works_address: '::1',
      listener_port: 3000,
      actions: ['check-other-family', 'check-again', 'send-report'],
    });
    const { copied } = setup([report]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-check-other-family'));
    await waitFor(() => expect(copied).toEqual(['[::1]:3000']));
    expect(screen.getByTestId('action-check-other-family').textContent?.trim()).toBe('Copy [::1]:3000');
  });

  it('"Send this report" takes focus to the share section', async () => {
    setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-send-report'));
    expect(document.activeElement?.id).toBe('share-heading');
  });

  it('how we know, ruled out, details for helpdesk', async () => {
    setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    const how = screen.getByTestId('how-we-know') as HTMLDetailsElement;
    expect(how.tagName).toBe('DETAILS');
    expect(how.open).toBe(false);
    expect(within(how).getByTestId('how-checks').textContent).toContain('127.0.0.1 port 1: turned away at once (0.1 ms).');
    // The firewall's row says it once; "ruled out" does not repeat the checks.
    expect(within(how).getByTestId('how-checks').textContent).toContain('No rule of the firewall on this computer concerns port 1.');
    expect(within(how).queryByTestId('how-ruled-out')).toBeNull();
    const help = screen.getByTestId('helpdesk') as HTMLDetailsElement;
    expect(help.open).toBe(false);
    expect(within(help).getByTestId('helpdesk-evidence').textContent).toContain('127.0.0.1:1 refused in 0.1 ms (ECONNREFUSED)');
    expect(within(help).getByTestId('helpdesk-id').textContent).toBe('Report ID: DJT6-VD3T');
    const commands = within(help).getByTestId('commands').textContent ?? '';
    expect(commands).toContain('nc -vz -w 5 -- 127.0.0.1 1');
    expect(commands).toContain('Test-NetConnection -ComputerName 127.0.0.1 -Port 1');
    expect(commands).toContain("ss -tlnp 'sport = :1'");
    expect(commands).toContain('Linux and macOS');
  });

  it("how we know shows the view's rows, each mark with a symbol and a word", async () => {
    const report = withView(fixtures.noListener(), {
      how_we_know: [
        { mark: 'ok', text: 'The name was found.' },
        { mark: 'problem', text: 'The port turned us away.' },
      ],
      ruled_out: [{ mark: 'ruled-out', text: 'No firewall here.' }],
      could_not_check: [{ mark: 'cant', text: 'Ping could not be tried.' }],
    });
    setup([report]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    const how = screen.getByTestId('how-we-know');
    const rows = within(within(how).getByTestId('how-checks')).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['✓ fine: The name was found.', '✗ problem: The port turned us away.']);
    expect(within(how).getByTestId('how-ruled-out').textContent).toContain('ruled out:');
    expect(within(how).getByTestId('how-ruled-out').textContent).toContain('No firewall here.');
    expect(within(how).getByTestId('how-cant').textContent).toContain('not checked:');
    expect(within(how).getByTestId('how-cant').textContent).toContain('Ping could not be tried.');
    expect(within(how).getByRole('heading', { name: "What we couldn't check" })).toBeTruthy();
    expect(within(how).queryByTestId('how-parsed')).toBeNull();
  });

  it("helpdesk and share say what the view says", async () => {
    const report = withView(fixtures.noListener(), {
      helpdesk: ['no-listener (sure): nothing on port 1', 'Checked on linux as admin.'],
      commands: [{ os: 'windows', os_label: 'Windows', purpose: 'connect', command: 'Test-NetConnection -Port 1' }],
      contents: ['What you typed.', 'The answer.'],
    });
    setup([report]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    expect(screen.getByTestId('helpdesk-evidence').textContent).toBe('no-listener (sure): nothing on port 1\nChecked on linux as admin.');
    const commands = within(screen.getByTestId('commands')).getAllByRole('listitem');
    expect(commands).toHaveLength(1);
    expect(commands[0]?.textContent).toContain('Windows');
    expect(commands[0]?.textContent).toContain('Test-NetConnection -Port 1');
    const contains = within(screen.getByTestId('contains')).getAllByRole('listitem');
    expect(contains.map((c) => c.textContent)).toEqual(['What you typed.', 'The answer.']);
  });

  it('the way: the program is marked, with a symbol and a word', async () => {
    setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    const path = screen.getByTestId('path');
    expect(path.getAttribute('data-broken')).toBe('program');
    const program = screen.getByTestId('path-program');
    expect(program.getAttribute('data-state')).toBe('problem');
    expect(program.textContent).toContain('✗');
    expect(program.textContent).toContain('problem here');
    expect(screen.getByTestId('path-computer').textContent).toContain('works');
  });

  it('share: the ID, copy the summary, save JSON and Markdown, what it contains', async () => {
    const { backend, copied } = setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    expect(screen.getByTestId('report-id').textContent).toBe('DJT6-VD3T');
    await fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(backend.callsOf('render')[0]?.[1]).toBe('text');
    expect(copied[0]).toContain('DJT6-VD3T');
    await waitFor(() => expect(screen.getByTestId('share-feedback').textContent).toContain('The summary is copied.'));
    await fireEvent.click(screen.getByTestId('save-json'));
    await waitFor(() => expect(screen.getByTestId('share-feedback').textContent).toBe('Saved as portdoctor-DJT6-VD3T.json.'));
    await fireEvent.click(screen.getByTestId('save-markdown'));
    await waitFor(() => expect(screen.getByTestId('share-feedback').textContent).toBe('Saved as portdoctor-DJT6-VD3T.md.'));
    expect(backend.callsOf('saveReport').map((c) => c[1])).toEqual(['json', 'markdown']);
    expect(screen.getByTestId('contains').textContent).toContain('What you typed, and the addresses it led to.');
  });

  it('check something else goes back to the box', async () => {
    setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('new-check'));
    expect(document.activeElement).toBe(screen.getByTestId('input'));
  });

  it('an answer code the UI has never seen still reads from the view', async () => {
    const unknown = withAnswer(fixtures.noListener(), {
      code: 'cosmic-rays',
      actions: ['check-again', 'reboot-the-moon' as never],
      headline: 'Cosmic rays flipped a bit on the way.',
      why: 'It happens rarely.',
      steps: ['Check again.'],
    });
    const report = withView(unknown, { path: wayAll('unknown') });
    setup([report]);
    await typeAndEnter('127.0.0.1:1');
    expect((await answer()).textContent?.trim()).toBe('Cosmic rays flipped a bit on the way.');
    expect(screen.getByTestId('why').textContent).toBe('It happens rarely.');
    expect(within(screen.getByTestId('actions')).getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Check again']);
    expect(screen.getByTestId('path').getAttribute('data-broken')).toBe('');
    expect(screen.getByTestId('path-unplaced')).toBeTruthy();
  });
});

describe('share: what is hidden before sharing', () => {
  type Call = [Report, Redaction];

  async function shareReady() {
    await waitFor(() => expect(screen.getByTestId('redaction').textContent).not.toContain('Getting the report ready'));
  }

  it('keeps the server that was checked by default and hides the rest; copy sends that report', async () => {
    const { backend, copied } = setup([fixtures.dnsFailure()]);
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    for (const id of ['hide-user-names', 'hide-host-names', 'hide-public-addresses']) {
      expect((screen.getByTestId(id) as HTMLInputElement).checked, id).toBe(true);
    }
    expect((screen.getByTestId('hide-target') as HTMLInputElement).checked).toBe(false);
    await shareReady();
    const [asked, what] = backend.callsOf('redact')[0] as Call;
    expect(what).toEqual({ user_names: true, host_names: true, public_addresses: true, target: false });
    expect(asked.id).toBe(fixtures.dnsFailure().id);
    const said = screen.getByTestId('redaction').textContent ?? '';
    expect(said).toContain('Kept: the server you checked, nosuchhost.invalid, and its addresses');
    expect(said).toContain('There were no other user names, host names or public addresses to hide.');
    await fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(copied).toHaveLength(1));
    const kept = backend.callsOf('render').at(-1)?.[0] as AnyReport;
    expect(kept.target?.host).toBe('nosuchhost.invalid');
  });

  it('hides the server too when asked; copy and save send the hidden report', async () => {
    const { backend, copied } = setup([fixtures.dnsFailure()]);
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    await fireEvent.click(screen.getByTestId('hide-target'));
    await shareReady();
    await waitFor(() => expect(screen.getByTestId('redaction').textContent).toContain('Hidden before sharing: one host name.'));
    expect(screen.getByTestId('redaction').textContent).not.toContain('Kept:');
    await fireEvent.click(screen.getByTestId('copy'));
    await waitFor(() => expect(copied).toHaveLength(1));
    const rendered = backend.callsOf('render').at(-1)?.[0] as AnyReport;
    expect(rendered.target?.host).toBe('host-1');
    expect(rendered.redacted?.host_names).toBe(1);
    await fireEvent.click(screen.getByTestId('save-json'));
    await waitFor(() => expect(backend.callsOf('saveReport')).toHaveLength(1));
    const saved = backend.callsOf('saveReport')[0]?.[0] as AnyReport;
    expect(saved.target?.host).toBe('host-1');
    expect(saved.id).toBe(fixtures.dnsFailure().id);
    // The answer itself still names the computer the user asked for.
    expect(screen.getByTestId('headline').textContent).toContain('nosuchhost.invalid');
    expect(screen.getByTestId('headline').textContent).not.toContain('host-1');
  });

  it('a box left unticked keeps that kind, and the report says so', async () => {
    const { backend } = setup([fixtures.dnsFailure()]);
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    await shareReady();
    await fireEvent.click(screen.getByTestId('hide-host-names'));
    await waitFor(() =>
      expect(backend.callsOf('redact').at(-1)?.[1]).toEqual({ user_names: true, host_names: false, public_addresses: true, target: false }),
    );
    await waitFor(() => expect(screen.getByTestId('redaction').textContent).toContain('Host names were not hidden.'));
    await shareReady();
    await fireEvent.click(screen.getByTestId('save-markdown'));
    await waitFor(() => expect(backend.callsOf('saveReport')).toHaveLength(1));
    const saved = backend.callsOf('saveReport')[0]?.[0] as AnyReport;
    expect(saved.target?.host).toBe('nosuchhost.invalid');
    expect(saved.redacted).toEqual({ user_names: 0, public_addresses: 0, kept_target: 'nosuchhost.invalid' });
  });

  it('shows the summary as it will be sent', async () => {
    const { backend } = setup([fixtures.dnsFailure()]);
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    await shareReady();
    expect(backend.callsOf('render')).toEqual([]);
    const preview = screen.getByTestId('share-preview') as HTMLDetailsElement;
    preview.open = true;
    await fireEvent(preview, new Event('toggle'));
    await waitFor(() => expect(screen.getByTestId('share-preview-text').textContent).toContain(`Report ${fixtures.dnsFailure().id}`));
    const shown = backend.callsOf('render')[0]?.[0] as AnyReport;
    expect(shown.redacted?.kept_target).toBe('nosuchhost.invalid');
  });

  it('copy right away waits for the report to be made ready, and copies the hidden one', async () => {
    const { backend, copied } = setup([fixtures.dnsFailure()]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const redact = backend.redact.bind(backend);
    backend.redact = async (report, what) => {
      await gate;
      return redact(report, what);
    };
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    expect(screen.getByTestId('redaction').textContent).toContain('Getting the report ready to share');
    expect((screen.getByTestId('copy') as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(screen.getByTestId('copy'));
    expect(copied).toEqual([]);
    release();
    await waitFor(() => expect(copied).toHaveLength(1));
    expect((backend.callsOf('render')[0]?.[0] as AnyReport).redacted?.kept_target).toBe('nosuchhost.invalid');
  });

  it('when the report cannot be made ready, nothing can be copied or saved, and it says why', async () => {
    const { backend } = setup([fixtures.dnsFailure()]);
    backend.redactError = new BackendError({ code: 'internal', message: 'The report was too strange.' });
    await typeAndEnter('nosuchhost.invalid:443');
    await answer();
    await waitFor(() =>
      expect(screen.getByTestId('redaction').textContent).toContain(
        'The report could not be made ready to share. The report was too strange.',
      ),
    );
    for (const id of ['copy', 'save-json', 'save-markdown']) {
      // Not disabled (that would drop the focus): marked, and a press does nothing.
      expect(screen.getByTestId(id).getAttribute('aria-disabled'), id).toBe('true');
    }
    expect(backend.callsOf('saveReport')).toEqual([]);
  });
});

describe('a pasted message', () => {
  it('that names where it failed is checked there', async () => {
    const explained = fixtures.explainRefused();
    const report = withView(fixtures.noListener(), { understood: explained.view?.understood ?? [] });
    report.parsed = explained.parsed;
    const { backend } = setup([report]);
    const message = 'Error: connect ECONNREFUSED 127.0.0.1:1';
    await type(message);
    await waitFor(() => expect(screen.getByTestId('understood').textContent).toContain('An error message: the connection was turned away'));
    expect(screen.getByTestId('check').textContent?.trim()).toBe('Check');
    await fireEvent.click(screen.getByTestId('check'));
    expect((await answer()).textContent?.trim()).toBe('No program is answering on port 1 of this computer.');
    expect(backend.callsOf('check')).toEqual([[{ input: message }]]);
    expect(backend.callsOf('explain')).toEqual([]);
    // How we know also says what we read in the message.
    expect(within(screen.getByTestId('how-we-know')).getByTestId('how-parsed').textContent).toContain('Program: node');
  });

  it('that names no computer is explained without the network', async () => {
    const { backend } = setup();
    const explained = withAnswer(fixtures.explainRefused(), {
      code: 'unix-socket',
      actions: [],
      headline: 'The Docker service is not running or cannot be reached.',
      why: 'Your program talks to a service on this same computer through a special file.',
      steps: ['Start Docker (Docker Desktop, or the docker service).'],
    });
    explained.parsed = { host: null, port: null, port_implied: false, failure: 'unix_socket', client: 'docker', socket_path: '/var/run/docker.sock' };
    backend.explainReport = explained;
    await type('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
    await waitFor(() => expect(screen.getByTestId('check').textContent?.trim()).toBe('Explain the message'));
    await fireEvent.click(screen.getByTestId('check'));
    expect((await answer()).textContent?.trim()).toBe('The Docker service is not running or cannot be reached.');
    expect(backend.callsOf('check')).toEqual([]);
    expect(screen.getByTestId('explained-banner').textContent).toContain('Nothing was checked on the network yet.');
    expect(screen.queryByTestId('action-run-check')).toBeNull();
    expect(screen.queryByTestId('action-check-again')).toBeNull();
    expect(screen.getByTestId('path-program').getAttribute('data-state')).toBe('probable');
  });

  it('an explained message that names a computer offers a full check', async () => {
    const { backend } = setup([fixtures.noListener()]);
    // As if the Rust side could read the message but not make a target of it.
    backend.understandWith = (text) => ({
      kind: 'message',
      parsed: { host: '::1', port: 3000, port_implied: false, failure: 'refused', client: 'node' },
      target: null,
      summary: text,
    });
    const message = 'Error: connect ECONNREFUSED ::1:3000';
    await typeAndEnter(message);
    const headline = await answer();
    expect(headline.textContent?.trim()).toBe('::1 turned the connection away on port 3000.');
    expect(screen.getByTestId('also-possible').textContent).toContain('The server may listen on only one kind of local address.');
    expect(screen.getByTestId('also-possible').textContent).toContain('→ Connect to 127.0.0.1 instead of localhost.');
    expect(within(screen.getByTestId('how-we-know')).getByTestId('how-parsed').textContent).toContain('Program: node');
    await fireEvent.click(screen.getByTestId('action-run-check'));
    await waitFor(() => expect(screen.getByTestId('headline').textContent?.trim()).toBe('No program is answering on port 1 of this computer.'));
    expect(backend.callsOf('check')).toEqual([[{ input: message }]]);
  });
});

describe('an opened report', () => {
  it('is shown as opened, and runs nothing', async () => {
    const { backend } = setup();
    const report = fixtures.wrongPort();
    const file = new File([JSON.stringify(report)], 'portdoctor-YAEC-X8UU.json', { type: 'application/json' });
    await fireEvent.change(screen.getByTestId('open-report-file'), { target: { files: [file] } });
    const headline = await answer();
    expect(headline.textContent?.trim()).toBe('Nothing answers on port 18767, but a program answers on port 18766.');
    expect(screen.getByTestId('steps').textContent).toContain('Use port 18766 in your program');
    expect(backend.callsOf('openReport')).toHaveLength(1);
    const banner = screen.getByTestId('opened-banner');
    expect(banner.textContent).toContain('Opened report');
    expect(banner.textContent).toContain('portdoctor-YAEC-X8UU.json');
    expect(banner.textContent).toContain('Nothing in it was run here.');
    expect(banner.textContent).toContain('on Linux.');
    expect(screen.queryByTestId('action-check-again')).toBeNull();
    expect(screen.queryByTestId('action-open-test-listener')).toBeNull();
    // The reader is the helper: nothing to send, no sharing block, their computer.
    expect(screen.queryByTestId('action-send-report')).toBeNull();
    expect(screen.queryByTestId('share')).toBeNull();
    expect(screen.getByTestId('path-computer').textContent).toContain('Their computer');
    expect(screen.getByTestId('opened-when').textContent).toMatch(/your time \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    expect(screen.getByTestId('opened-computer').textContent).toMatch(/^Checked on a Linux computer on .* UTC, (as admin|without admin rights)\.$/);
    expect(screen.getByTestId('opened-tried').textContent).toBe(report.view?.provenance.tried);
    expect(backend.callsOf('check')).toEqual([]);
    expect(screen.getByTestId('opened-id').textContent).toBe('Report ID: YAEC-X8UU');
  });

  it('without a view (not from the api) it still opens, with no clear answer and no rows', async () => {
    setup();
    const report = fixtures.noListener();
    delete report.view;
    const file = new File([JSON.stringify(report)], 'old.json', { type: 'application/json' });
    await fireEvent.change(screen.getByTestId('open-report-file'), { target: { files: [file] } });
    expect((await answer()).textContent?.trim()).toBe('The checks found nothing to report.');
    expect(screen.getByTestId('status').textContent).toContain('No clear answer');
    expect(screen.queryByTestId('how-checks')).toBeNull();
    expect(screen.queryByTestId('commands')).toBeNull();
    expect(screen.getByTestId('path-program').getAttribute('data-state')).toBe('unknown');
    expect(screen.getByTestId('opened-id').textContent).toBe('Report ID: DJT6-VD3T');
  });

  it('says what a newer report holds that this version can not show', async () => {
    setup();
    const report = fixtures.wrongPort();
    const said = 'A newer Port Doctor made this report (9.1.0, report format 999). This one (0.1.0) can\'t show all of it: containers.';
    if (report.view) report.view.provenance.unknown = said;
    const file = new File([JSON.stringify(report)], 'newer.json', { type: 'application/json' });
    await fireEvent.change(screen.getByTestId('open-report-file'), { target: { files: [file] } });
    await answer();
    expect(screen.getByTestId('opened-unknown').textContent).toContain(said);
  });

  it('says why a file could not be opened', async () => {
    const { backend } = setup();
    backend.openError = new BackendError({ code: 'report-unreadable', message: 'This file is not a Port Doctor report we can read: x.' });
    const file = new File(['{}'], 'notes.json');
    await fireEvent.change(screen.getByTestId('open-report-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('input-note').textContent).toContain('not a Port Doctor report'));
  });

  it('a file too large to be a report is not read or sent', async () => {
    const { backend } = setup();
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 5 * 1024 * 1024 });
    await fireEvent.change(screen.getByTestId('open-report-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('input-note').textContent).toContain('too large to be a Port Doctor report'));
    expect(backend.callsOf('openReport')).toEqual([]);
  });

  it('the Open a report button opens the file chooser', async () => {
    setup();
    const file = screen.getByTestId('open-report-file') as HTMLInputElement;
    let clicked = 0;
    file.addEventListener('click', (e) => {
      clicked++;
      e.preventDefault();
    });
    await fireEvent.click(screen.getByTestId('open-report'));
    expect(clicked).toBe(1);
  });
});

describe('accessibility (axe-core, in jsdom: no colour checks here)', () => {
  async function serious(): Promise<string[]> {
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    });
    const result = await axe.run(document.body, {
      // Colour needs a real browser (checked in the e2e run); this rule needs a canvas.
      rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } },
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }

  it('has no serious or critical problems on any screen', async () => {
    const { backend } = setup([fixtures.wrongPort()]);
    await type('localhost:18767');
    expect(await serious()).toEqual([]);
    backend.hang = true;
    await fireEvent.keyDown(screen.getByTestId('input'), { key: 'Enter' });
    await waitFor(() => screen.getByTestId('cancel'));
    expect(await serious()).toEqual([]);
    await fireEvent.click(screen.getByTestId('cancel'));
    backend.hang = false;
    await fireEvent.keyDown(await waitFor(() => screen.getByTestId('input')), { key: 'Enter' });
    await answer();
    expect(await serious()).toEqual([]);
    await fireEvent.click(screen.getByTestId('new-check'));
    await typeAndEnter('Cannot connect to the Docker daemon at unix:///var/run/docker.sock.');
    await answer();
    expect(await serious()).toEqual([]);
  });
});

describe('issue 10: the words and the focus on real cases', () => {
  it('a browser error without a port asks for the port, then checks that port', async () => {
    const { backend } = setup([fixtures.noListener()]);
    const pasted = "This site can't be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED";
    backend.understandWith = () => ({
      kind: 'message',
      parsed: { host: 'localhost', port: null, port_implied: false, failure: 'refused', client: 'browser', error_code: 'ERR_CONNECTION_REFUSED' },
      target: null,
      summary: 'An error message: the connection was turned away.',
    });
    const explained = fixtures.explainRefused();
    explained.parsed = { host: 'localhost', port: null, port_implied: false, failure: 'refused', client: 'browser', error_code: 'ERR_CONNECTION_REFUSED', text: pasted };
    backend.explainReport = explained;
    await type(pasted);
    await fireEvent.click(screen.getByTestId('check'));
    await answer();
    const ask = screen.getByTestId('ask-port');
    expect(ask.textContent).toContain('Which port did you try on localhost?');
    expect(ask.textContent).toContain('the number after the colon');
    // A wrong port says so, visibly and aloud, and keeps the cursor in the box.
    await fireEvent.input(screen.getByTestId('ask-port-input'), { target: { value: 'abc' } });
    await fireEvent.click(screen.getByTestId('ask-port-check'));
    expect(screen.getByTestId('ask-port-error').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('ask-port-error').textContent).toContain('✗');
    expect(document.activeElement).toBe(screen.getByTestId('ask-port-input'));
    await fireEvent.input(screen.getByTestId('ask-port-input'), { target: { value: '3000' } });
    await fireEvent.click(screen.getByTestId('ask-port-check'));
    await waitFor(() => expect(backend.callsOf('check')).toHaveLength(1));
    expect(backend.callsOf('check')[0]?.[0]).toEqual({ input: pasted, port: 3000 });
  });

  it('Check on unreadable text keeps the cursor in the box and says why with a symbol', async () => {
    const { backend } = setup();
    backend.understandWith = () => ({ kind: 'invalid', code: 'unrecognized', message: 'This does not look like an address.' });
    await type('what');
    const check = screen.getByTestId('check');
    check.focus();
    await fireEvent.click(check);
    await waitFor(() => expect(screen.getByTestId('input-problem').textContent).toContain('This does not look like an address.'));
    expect(screen.getByTestId('input-problem').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('input-problem').textContent).toContain('✗');
    expect(document.activeElement).toBe(screen.getByTestId('input'));
    expect(screen.getByTestId('input').getAttribute('aria-invalid')).toBe('true');
  });

  it('Copy summary keeps the focus on its button', async () => {
    const { copied } = setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    const copyButton = screen.getByTestId('copy');
    copyButton.focus();
    await fireEvent.click(copyButton);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(document.activeElement).toBe(copyButton);
    expect(copyButton.hasAttribute('disabled')).toBe(false);
  });

  it('the page title names the answer, and a reload keeps it', async () => {
    setup([fixtures.noListener()]);
    await typeAndEnter('127.0.0.1:1');
    const headline = (await answer()).textContent?.trim() ?? '';
    await waitFor(() => expect(document.title).toBe(`Problem found: ${headline} – Port Doctor`));
    cleanup();
    setup([]);
    expect((await answer()).textContent?.trim()).toBe(headline);
    await fireEvent.click(screen.getByTestId('new-check'));
    expect(document.title).toBe('Port Doctor');
    cleanup();
    setup([]);
    expect(screen.getByTestId('input')).toBeTruthy();
  });

  it('check again carries the earlier answers, oldest first', async () => {
    const { backend } = setup([fixtures.noListener(), fixtures.noListener(), fixtures.reachable()]);
    await typeAndEnter('127.0.0.1:1');
    await answer();
    await fireEvent.click(screen.getByTestId('action-check-again'));
    await waitFor(() => expect(backend.callsOf('check')).toHaveLength(2));
    const first = fixtures.noListener();
    expect((backend.callsOf('check')[1]?.[0] as { earlier?: unknown }).earlier).toEqual([
      { created: first.created, code: 'no-listener', status: 'problem' },
    ]);
  });

  it('a success screen has no "Why this happens"', async () => {
    setup([fixtures.reachable()]);
    await typeAndEnter('127.0.0.1:8080');
    await answer();
    expect(screen.queryByTestId('why')).toBeNull();
  });
});

describe('Stop keeps what was found', () => {
  it('the finished steps stay on screen, marked as stopped', async () => {
    const { backend } = setup([fixtures.dnsFailure()]);
    backend.checkReports = [fixtures.noListener()];
    backend.hangAtProbe = true;
    await typeAndEnter('127.0.0.1:1');
    await waitFor(() => expect(screen.getByTestId('progress-steps').textContent).toContain('127.0.0.1'));
    await fireEvent.click(screen.getByTestId('cancel'));
    await waitFor(() => expect(screen.getByTestId('input-note').textContent).toBe('Stopped. Nothing more was checked.'));
    const kept = screen.getByTestId('stopped-steps');
    expect(kept.textContent).toContain('What the check found before it was stopped:');
    expect(kept.querySelectorAll('li').length).toBeGreaterThan(0);
  });
});
