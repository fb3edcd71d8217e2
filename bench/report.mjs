// The benchmark's Markdown: a table of every figure beside its floor, and BENCHMARKS.md's measured section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** A verdict on a target: met, met on CPU time only (the wall clock counted a busy machine), or missed. */
export function verdict(wall, cpu, limit) {
  if (!Number.isFinite(limit)) return '';
  if (wall < limit) return 'met';
  if (Number.isFinite(cpu) && cpu < limit) return 'met on CPU time';
  return 'missed';
}

/** The Markdown table of `rows` ({ measure, itx, floor, ratio, target, verdict }). */
export function table(rows) {
  const head = ['measure', 'itx', 'floor', 'ratio', 'target', 'verdict'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${head.map((h) => String(r[h] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`);
  return lines.join('\n');
}

/** The measured section: machine, load, table and notes. */
export function section({ machine, date, loadBefore, loadAfter, rows, notes }) {
  return [
    `Run of ${date} on ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.os}.`,
    `Load average (1 min) ${loadBefore} at the start, ${loadAfter} at the end.`,
    '',
    table(rows),
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
}

/** Puts `body` between the markers of `file`, keeping the rest; creates the file with a title if missing. */
export function writeSection(file, body) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const block = `${START}\n${body}\n${END}`;
  const next = start === -1 || end === -1 ? `${text.trimEnd()}\n\n${block}\n` : text.slice(0, start) + block + text.slice(end + END.length);
  writeFileSync(file, next);
}
