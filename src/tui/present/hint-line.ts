import { displayWidth } from '../../text/index.js';
import { fitSpans, span, type Line, type Span } from './spans.js';

/** Hints always kept, however narrow the terminal: how to get help and how to get out. */
const ESSENTIAL = new Set(['?', 'q', 'Esc']);

/** "j/k move  Tab detail  t tactics …  ? help  q quit     23/148", dropping optional hints that do not fit. */
export function hintLine(hints: readonly { keys: string; label: string }[], position: string, width: number): Line {
  const right = position ? ` ${position}` : '';
  const room = width - displayWidth(right);
  const cost = (h: { keys: string; label: string }) => displayWidth(h.keys) + 1 + displayWidth(h.label) + 2;
  let budget = room - hints.filter((h) => ESSENTIAL.has(h.keys)).reduce((n, h) => n + cost(h), 0);
  const kept = hints.filter((h) => {
    if (ESSENTIAL.has(h.keys)) return true;
    if (cost(h) > budget) return false;
    budget -= cost(h);
    return true;
  });
  const spans: Span[] = [];
  for (const h of kept) spans.push(span(h.keys, { bold: true }), span(` ${h.label}  `, { dim: true }));
  if (room < 1) return fitSpans([span(right.trim())], width);
  return [...fitSpans(spans, room, true), span(right, { bold: true })];
}
