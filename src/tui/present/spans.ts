import { displayWidth, padEnd, truncate } from '../../text/index.js';

/** The 16 basic terminal colours, the only ones the explorer uses (no true-colour assumption). */
export type BasicColor =
  | 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white'
  | 'gray' | 'redBright' | 'greenBright' | 'yellowBright' | 'blueBright' | 'magentaBright' | 'cyanBright' | 'whiteBright';

/** A run of text with one style; colour is always a hint on top of the text, never the only signal. */
export interface Span {
  text: string;
  color?: BasicColor;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
}

/** One screen line as styled runs. */
export type Line = readonly Span[];

/** Shorthand for a plain span. */
export function span(text: string, style: Omit<Span, 'text'> = {}): Span {
  return { text, ...style };
}

/** Cuts a run of spans to `width` cells (with "…"), optionally padding the last span to exactly `width`. */
export function fitSpans(spans: readonly Span[], width: number, pad = false): Span[] {
  const out: Span[] = [];
  let used = 0;
  for (const s of spans) {
    const w = displayWidth(s.text);
    if (used + w > width) {
      out.push({ ...s, text: truncate(s.text, width - used) });
      return out;
    }
    out.push(s);
    used += w;
  }
  if (pad && used < width) out.push(span(padEnd('', width - used)));
  return out;
}
