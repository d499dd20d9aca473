// The one rule that picks a catalogue language, for the app (i18n.ts) and the web
// edition (ui/embed/src/core.ts) alike; portdoctor_core::catalog::pick_language is the
// same rule on the Rust side. No imports: the embed bundles it without the app.

/**
 * The closest of `languages` to `wanted`: the same tag (`pt-BR`, `pt_BR.UTF-8`), else
 * the same language elsewhere (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`), else null.
 */
export function pickFrom(languages: readonly string[], wanted: string): string | null {
  const tag = (wanted.trim().split(/[.@]/)[0] ?? '').replace(/_/g, '-').toLowerCase();
  if (!tag) return null;
  const exact = languages.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const primary = (l: string) => (l.split('-')[0] ?? '').toLowerCase();
  return languages.find((l) => primary(l) === primary(tag)) ?? null;
}
