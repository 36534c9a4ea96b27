import { html, type TemplateResult } from 'lit';
import type { Locale } from '../translations/translation.js';

/** `[label](url)` or a bare URL, for the two schemes an institution's text may link to. */
const LINK = /\[([^\]\n]+)\]\(((?:https:\/\/|mailto:)[^\s)]+)\)|(?:https:\/\/|mailto:)[^\s<>"')]+/g;

/** `url` when it parses as an https or mailto URL, else `undefined`. */
function safeHref(url: string): string | undefined {
  try {
    const { protocol, href } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** One paragraph: text, with its https and mailto links as links and anything else as text. */
function renderParagraph(text: string): TemplateResult {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [found, label, linked] = match;
    // A bare URL does not take the sentence's final punctuation.
    const whole = linked ? found : found.replace(/[.,;:!?]+$/, '');
    const href = safeHref(linked ?? whole);
    parts.push(text.slice(last, match.index));
    parts.push(href ? html`<a href=${href} rel="noopener noreferrer">${label ?? whole.replace(/^mailto:/, '')}</a>` : whole);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return html`<p>${parts}</p>`;
}

/**
 * An institution's text as paragraphs (split on blank lines), never as HTML: markup shows as
 * typed, and only https and mailto links (`[label](url)` or bare) become links.
 */
export const renderPlainText = (text: string): TemplateResult[] =>
  text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map(renderParagraph);

/** A text the institution gave in several languages, in `locale` when it has it (else French, else any). */
export const localized = (text: Readonly<Record<string, string>>, locale: Locale): string =>
  text[locale] ?? text.fr ?? Object.values(text)[0] ?? '';
