// Every sentence the UI shows comes from the same Fluent catalogue as the Rust core
// (crates/core/i18n/en.ftl), bundled at build time.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../crates/core/i18n/en.ftl?raw';

const bundle = new FluentBundle('en', { useIsolating: false });
const errors = bundle.addResource(new FluentResource(en));
if (errors.length > 0) {
  console.error('catalogue errors', errors);
}

/** The message `id` with its arguments; the id itself when it is missing. */
export function t(id: string, args: Record<string, FluentVariable> = {}): string {
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** Whether the catalogue has the message `id`. */
export function has(id: string): boolean {
  return bundle.hasMessage(id);
}
