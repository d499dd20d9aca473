// The demo page's language menu. The elements follow the page's <html lang> (they
// have no lang of their own here); the page's own few sentences come from the same
// catalogue, through the embed's core.
import { pickFrom, ready, speak } from '../portdoctor-embed.js';

const menu = document.getElementById('language');
const asked = new URLSearchParams(location.search).get('lang');

try {
  const core = await ready();
  const languages = core.languages();
  const wanted = [asked, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  let lang = wanted.map((w) => pickFrom(languages, w)).find(Boolean) ?? 'en';

  for (const tag of languages) {
    const option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    option.textContent = core.languageName(tag);
    menu.append(option);
  }

  const apply = async () => {
    // The language's words are fetched the first time it is chosen.
    await speak(lang);
    document.documentElement.lang = lang;
    menu.value = lang;
    for (const e of document.querySelectorAll('[data-say]')) e.textContent = core.say(e.dataset.say, {}, lang);
    document.title = core.say('embed-demo-title', {}, lang);
  };
  await apply();

  menu.addEventListener('change', () => {
    lang = menu.value;
    void apply();
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
} catch (e) {
  // The elements say it themselves, in the page's language.
  menu.disabled = true;
  console.error(e);
}

// What a host page receives (open the console to see it).
for (const type of ['portdoctor-explained', 'portdoctor-opened', 'portdoctor-error']) {
  document.addEventListener(type, (e) => console.info(type, e.detail));
}
