import { CONTEXT_TITLES, KEYMAP, keyLabel, type KeyContext } from '../keymap.js';
import { padEnd, truncate, wrap } from '../../text/index.js';
import { span, type Line } from './spans.js';

const KEYS_WIDTH = 18;

/** The help screen: what is loaded, then every binding of the keymap grouped by where it applies, fitted to `width`. */
export function helpLines(width: number, source = ''): Line[] {
  const sections = new Map<KeyContext, Line[]>();
  const keyWidth = Math.min(KEYS_WIDTH, Math.max(6, Math.floor(width / 3)));
  const helpWidth = Math.max(1, width - keyWidth - 2);
  for (const binding of KEYMAP) {
    const context = binding.contexts[0]!;
    const lines = sections.get(context) ?? [];
    sections.set(context, lines);
    const keys = binding.keys.map(keyLabel).join(', ');
    wrap(binding.help, helpWidth).forEach((text, i) => {
      const keyCell = i === 0 ? padEnd(truncate(keys, keyWidth - 1), keyWidth) : ' '.repeat(keyWidth);
      lines.push([span(`  ${keyCell}`, { bold: true }), span(text)]);
    });
  }
  const out: Line[] = source ? [...wrap(`Showing ${source}.`, width).map((text) => [span(text, { dim: true })]), []] : [];
  for (const [context, lines] of sections) {
    if (out.length && out.at(-1)!.length) out.push([]);
    out.push([span(truncate(CONTEXT_TITLES[context], width), { bold: true, color: 'cyan' })]);
    out.push(...lines);
  }
  return out;
}
