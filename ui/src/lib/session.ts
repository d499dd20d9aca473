// The answer on screen, kept for a reload of this tab: sessionStorage only (it ends
// with the tab and is never written to disk by us). What is read back is checked for
// its shape; anything else is dropped.
import type { Answer } from './wizard';

const KEY = 'portdoctor.answer';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function saveAnswer(answer: Answer | null): void {
  const s = storage();
  if (!s) return;
  try {
    if (answer) s.setItem(KEY, JSON.stringify(answer));
    else s.removeItem(KEY);
  } catch {
    // Full or forbidden: a reload then starts afresh.
  }
}

export function restoreAnswer(): Answer | null {
  const s = storage();
  if (!s) return null;
  try {
    const raw = s.getItem(KEY);
    if (!raw) return null;
    const a = JSON.parse(raw) as Partial<Answer>;
    const sources = ['check', 'explain', 'opened'];
    if (!a || typeof a !== 'object' || !a.report || typeof a.report !== 'object' || !sources.includes(String(a.source))) return null;
    if (typeof a.report.id !== 'string' || !a.report.view) return null;
    return {
      report: a.report,
      source: a.source as Answer['source'],
      request: a.request ?? null,
      input: typeof a.input === 'string' ? a.input : '',
      fileName: typeof a.fileName === 'string' ? a.fileName : undefined,
      comparison: a.comparison ?? null,
      note: null,
    };
  } catch {
    return null;
  }
}
