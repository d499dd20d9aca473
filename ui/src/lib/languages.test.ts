// The wizard in every language: which language it starts in, the menu that changes it,
// that its own words are all translated, and that numbers read as numbers.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { FakeBackend, fixtures } from '../fixtures';
import en from '../../../crates/core/i18n/en.ftl?raw';
import { initialLanguage, language, LANGUAGES, languageName, pickLanguage, setLanguage, t } from './i18n';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  setLanguage('en');
});

/** The ui-* messages of en.ftl that have no variables and no variants, by id. */
function plainUiMessages(): Map<string, string> {
  const out = new Map<string, string>();
  const lines = en.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = (lines[i] ?? '').match(/^(ui-[a-z0-9-]+)\s*=\s*(.+)$/);
    const next = lines[i + 1] ?? '';
    if (m && !m[2]?.includes('{') && !/^\s+\S/.test(next)) out.set(m[1] ?? '', m[2] ?? '');
  }
  return out;
}

describe('the language', () => {
  it('is the same tag, else the same language elsewhere, else none', () => {
    expect(pickLanguage('pt_BR.UTF-8')).toBe('pt-BR');
    expect(pickLanguage('pt-PT')).toBe('pt-BR');
    expect(pickLanguage('zh-TW')).toBe('zh-CN');
    expect(pickLanguage('de-AT')).toBe('de');
    expect(pickLanguage('ja')).toBeNull();
  });

  it('starts as chosen, else as the system says, else English', () => {
    expect(initialLanguage('fr', ['de-DE'])).toBe('fr');
    expect(initialLanguage(null, ['ja-JP', 'ru-RU', 'en-US'])).toBe('ru');
    expect(initialLanguage(null, ['ja-JP'])).toBe('en');
    expect(initialLanguage('xx', ['es-MX'])).toBe('es');
  });

  it('names each language in its own words', () => {
    expect(LANGUAGES.map(languageName)).toEqual(['English', 'Deutsch', 'Español', 'Français', 'Português (Brasil)', 'Русский', '简体中文']);
  });

  it('writes ports without grouping and still picks plural forms', () => {
    for (const lang of LANGUAGES) {
      setLanguage(lang);
      expect(t('ui-listener-open', { port: 54321, minutes: 5 })).toContain('54321');
    }
    // Russian: "после 1 подключения", "после 2 подключений".
    setLanguage('ru');
    expect(t('listen-closed', { count: 1 }).replace('1', 'N')).not.toBe(t('listen-closed', { count: 2 }).replace('2', 'N'));
    expect(t('listen-closed', { count: 1 }).replace('1', 'N')).toBe(t('listen-closed', { count: 21 }).replace('21', 'N'));
  });

  it('translates every sentence of the wizard in every language', () => {
    // The product name and a few words that are the same in some languages (a
    // language's own name for "Port Doctor") may stay; every sentence may not.
    const english = plainUiMessages();
    expect(english.size).toBeGreaterThan(60);
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      setLanguage(lang);
      const same = [...english].filter(([id, text]) => t(id) === text && text.split(' ').length > 2).map(([id]) => id);
      expect({ lang, same }).toEqual({ lang, same: [] });
    }
  });
});

describe('the language menu', () => {
  it('shows the screens in the chosen language at once, and keeps the choice', async () => {
    const backend = new FakeBackend();
    render(App, { props: { backend, debounceMs: 0 } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What were you trying to reach?');
    const menu = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    await fireEvent.change(menu, { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(t('ui-input-heading')));
    expect(language()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('What were you trying to reach?');
    expect(localStorage.getItem('portdoctor.lang')).toBe('de');
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toBeTruthy();
  });

  it('says the answer on screen again in the new language', async () => {
    const backend = new FakeBackend();
    const german = fixtures.noListener();
    if (german.view) german.view = { ...german.view, lang: 'de', answer: german.view.answer && { ...german.view.answer, headline: 'Kein Programm antwortet' } };
    backend.rewordWith = () => german;
    backend.checkReports = [fixtures.noListener()];
    render(App, { props: { backend, debounceMs: 0 } });
    const input = screen.getByTestId('input') as HTMLTextAreaElement;
    await fireEvent.input(input, { target: { value: '127.0.0.1:5432' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => screen.getByTestId('headline'));
    await fireEvent.change(screen.getByTestId('language'), { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByTestId('headline').textContent).toContain('Kein Programm antwortet'));
    expect(backend.callsOf('reword')).toHaveLength(1);
  });
});
