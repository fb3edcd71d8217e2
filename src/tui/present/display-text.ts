import { defang } from '../../text/index.js';

// Rows are drawn again on every frame; defanging a title once and keeping it makes scrolling cost no regex work.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * Event text as the explorer shows it: with URLs, domains, IP and email addresses defanged
 * (`avsvmcloud[.]com`), or as written when the user asked for fanged text (--fanged, F). The
 * one place the explorer defangs what it shows of events; text is already sanitised at load.
 */
export function shownText(text: string, fanged: boolean): string {
  if (fanged) return text;
  let shown = cache.get(text);
  if (shown === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    shown = defang(text);
    cache.set(text, shown);
  }
  return shown;
}
