/** Technical details (hashes, scorer and formula versions) folded away from ordinary readers. */
import type { Child } from 'hono/jsx';
import { type Lang, messages } from '../i18n.js';

export function TechDetails({ lang, children }: { lang: Lang; children: Child }) {
  return (
    <details class="tech">
      <summary>{messages(lang).techDetails}</summary>
      <div class="muted">{children}</div>
    </details>
  );
}
