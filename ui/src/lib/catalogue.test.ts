// The wizard's own sentences (ui-*) hold to UX.md: every id the UI uses exists, the
// file parses, sentences are short, and no jargon or "please/sorry/oops/invalid".
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import en from '../../../crates/core/i18n/en.ftl?raw';
import { has, t } from './i18n';

const sources = import.meta.glob(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts', '!../lib/types/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Every literal id passed to t(...) in the UI's sources. */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/\bt\(\s*'([a-z0-9-]+)'/g)) ids.add(m[1] ?? '');
  }
  return ids;
}

/** The ui-* messages, as the raw text of each (all variants). */
function uiMessages(): Map<string, string> {
  const out = new Map<string, string>();
  const lines = en.split('\n');
  let current: string | null = null;
  for (const line of lines) {
    const start = line.match(/^(ui-[a-z0-9-]+)\s*=\s*(.*)$/);
    if (start) {
      current = start[1] ?? null;
      if (current) out.set(current, start[2] ?? '');
    } else if (current && /^\s/.test(line) && line.trim()) {
      out.set(current, `${out.get(current)}\n${line.trim()}`);
    } else {
      current = null;
    }
  }
  return out;
}

describe('the catalogue for the wizard', () => {
  it('parses: every message line became a message', () => {
    const resource = new FluentResource(en);
    const declared = en.split('\n').filter((l) => /^[a-zA-Z][a-zA-Z0-9_-]*\s*=/.test(l)).length;
    expect(resource.body.length).toBe(declared);
  });

  it('has every id the UI asks for', () => {
    const missing = [...usedIds()].filter((id) => !has(id));
    expect(missing).toEqual([]);
  });

  it('has the words for every status, mark, step and place on the way', () => {
    // The ids the UI builds from a name (the status words of a report come in its view).
    for (const id of [
      'status-cant-tell',
      'status-unclear',
      'ui-status-fixed',
      'ui-status-not-fixed',
      ...['computer', 'network', 'firewall', 'server', 'program'].map((n) => `ui-path-${n}`),
      ...['ok', 'problem', 'probable', 'unknown', 'not-reached'].map((s) => `ui-path-${s}`),
      ...['ok', 'problem', 'info', 'cant', 'ruled-out'].map((m) => `ui-mark-${m}`),
      ...['fixed', 'not-fixed', 'changed', 'broke', 'still-fine', 'test-listener'].map((c) => `ui-compare-${c}`),
      // The system of an opened report, in its banner.
      ...['linux', 'macos', 'windows'].map((o) => `os-${o}`),
    ]) {
      expect(has(id), id).toBe(true);
    }
  });

  it('keeps sentences to 20 words and avoids jargon and "please/sorry/oops/invalid"', () => {
    const banned =
      /\b(please|sorry|oops|invalid|socket|tcp|syn|rst|econnrefused|nxdomain|ipv6|ipv4|bind|backlog|icmp|loopback|errno|error code)\b/i;
    const problems: string[] = [];
    for (const [id, raw] of uiMessages()) {
      // Variants of a select expression are separate sentences; placeables count as one word.
      const text = raw
        .replace(/\{\s*\$[a-z_]+\s*->/g, '')
        .replace(/^\*?\[[a-z-]+\]\s*/gm, '')
        .replace(/^}\s*/gm, '')
        .replace(/\{[^}]*\}/g, 'X');
      if (banned.test(text)) problems.push(`${id}: jargon or banned word`);
      for (const sentence of text.split(/[.!?:\n]+/)) {
        const words = sentence.trim().split(/\s+/).filter(Boolean).length;
        if (words > 20) problems.push(`${id}: ${words} words in "${sentence.trim()}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('formats the arguments it is given', () => {
    expect(t('ui-running-heading', { target: 'db1:5432' })).toBe('Checking db1:5432');
    expect(t('ui-listener-open', { port: '22', minutes: '5' })).toBe('A test listener is open on port 22 for 5 minutes.');
    expect(t('ui-opened-note', { file: 'r.json', time: 'today', os: 'Linux' })).toBe('From the file r.json, made today on Linux.');
    expect(t('how-sure-certain')).toBe('Sure: we saw it directly.');
    // A missing id comes back as itself, so nothing is ever blank.
    expect(t('ui-no-such-message')).toBe('ui-no-such-message');
  });
});
