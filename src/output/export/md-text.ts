import { mdCell } from '../markdown.js';

/** Free text as inert Markdown: paragraphs kept, everything else escaped as in a table cell. */
export function mdText(value: string): string {
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((p) => mdCell(p.trim()))
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * A source's title as a link when its URL is http(s): sources are references a reader follows,
 * not indicators, so they stay clickable. The destination is wrapped in <> with the characters
 * that could end it escaped; any other scheme (javascript:, data:) is shown as text.
 */
export function mdLink(title: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url)) return mdCell(title);
  const destination = url.replace(/[<>\\]/g, (ch) => encodeURIComponent(ch));
  return `[${mdCell(title)}](<${destination}>)`;
}
