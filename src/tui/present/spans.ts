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
