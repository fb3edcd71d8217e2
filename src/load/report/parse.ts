import { plainInline, splitKey } from './inline.js';
import { BOLD_LINE, classifyLines, type Line } from './lines.js';
import { matchSection } from './sections.js';
import { namesTacticOrStage } from './tactics.js';
import type { Block, Item, Paragraph, Pos, ReportTree, Section } from './tree.js';

type HeadingLine = Extract<Line, { kind: 'heading' }>;

const TITLE_PREFIX = /^(?:(?:security|cyber\s*security|data\s+breach|cyber)\s+)?(?:incident\s+report|incident|report|post[-\s]?mortem)\s*[:\-–—]\s*/i;
const PREAMBLE_MARKER = /^\s*(?:full\s+report|analysis\s+summary|analysis|report)\s*:?\s*$/i;
// Sections whose subsections are named after tactics or stages, written at any level.
const CONTAINERS = new Set(['timeline', 'methodology']);

/** Reads a report into its title, lede and section tree, tolerating heading levels one off. */
export function parseReport(source: string): ReportTree {
  const lines = promoteBoldHeadings(classifyLines(source));
  const headings = lines.filter((l): l is HeadingLine => l.kind === 'heading');
  const titleHeading = headings.find((h) => TITLE_PREFIX.test(h.text)) ?? headings.find((h) => h.level === 1 && !matchSection(h.text));
  const firstHeadingLine = titleHeading?.line ?? headings[0]?.line ?? Infinity;
  const tree: ReportTree = { lede: [], sections: [], lines: lines.length };
  if (titleHeading) {
    tree.title = titleHeading.text.replace(TITLE_PREFIX, '').trim() || titleHeading.text;
    tree.titlePos = { line: titleHeading.line, column: titleHeading.column };
  }
  const preamble = lines.filter((l) => l.line < firstHeadingLine && !(l.kind === 'text' && PREAMBLE_MARKER.test(l.raw)));
  // Preamble bullets are rare; they are kept as lede prose rather than dropped.
  tree.lede = blocksOf(preamble).map((b): Paragraph => (b.kind === 'paragraph' ? b : { kind: 'paragraph', text: b.text, pos: b.pos }));

  const body = lines.filter((l) => l.line >= firstHeadingLine && l.line !== titleHeading?.line);
  const sectionLevel = typicalSectionLevel(headings.filter((h) => h !== titleHeading), titleHeading?.level ?? 1);
  let top: Section | undefined;
  let current: Section | undefined;
  let pending: Line[] = [];
  const flush = () => {
    if (current) current.blocks.push(...blocksOf(pending));
    pending = [];
  };
  for (const line of body) {
    if (line.kind !== 'heading') {
      pending.push(line);
      continue;
    }
    flush();
    const section: Section = { heading: line.text, pos: { line: line.line, column: line.column }, level: line.level, blocks: [], children: [] };
    const parent = top && parentFor(line, top, current!, sectionLevel);
    if (parent) {
      parent.children.push(section);
    } else {
      tree.sections.push(section);
      top = section;
    }
    current = section;
  }
  flush();
  return tree;
}

/** The section a heading belongs under, or undefined when it starts a new top-level section. */
function parentFor(heading: HeadingLine, top: Section, current: Section, sectionLevel: number): Section | undefined {
  const match = matchSection(heading.text);
  // A typo-tolerant match only counts where sections are written, so "### Eradicaton" stays a subsection.
  const known = match && (match.exact || heading.level <= sectionLevel) ? match : undefined;
  const topKind = matchSection(top.heading)?.kind;
  const deeper = heading.level > top.level;
  const nest = () => (current !== top && heading.level > current.level ? current : top);
  // "### Impact" under the timeline is a stage of the attack, not the Impact Assessment section;
  // "## Initial Access" right under "## Timeline of Events" is a subsection written one level off.
  if (topKind && CONTAINERS.has(topKind) && namesTacticOrStage(heading.text)) {
    if (deeper) return nest();
    if (!known) return top;
  }
  if (known) return deeper && known.kind === topKind ? nest() : undefined;
  return deeper ? nest() : undefined;
}

/** The level most known section headings use; a report may put them at `#` or `###`. */
function typicalSectionLevel(headings: HeadingLine[], titleLevel: number): number {
  const counts = new Map<number, number>();
  for (const h of headings) if (matchSection(h.text)?.exact) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let best = titleLevel + 1;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < best)) [best, bestCount] = [level, count];
  }
  return best;
}

/** A line that is only bold text naming a known section ("**Impact Assessment**") is read as its heading. */
function promoteBoldHeadings(lines: Line[]): Line[] {
  const sectionLevel = Math.min(2, ...lines.filter((l) => l.kind === 'heading').map((l) => (l as HeadingLine).level + 1));
  return lines.map((l) => {
    if (l.kind !== 'text') return l;
    const bold = BOLD_LINE.exec(l.raw);
    if (!bold || !matchSection(bold[1]!)?.exact) return l;
    return { kind: 'heading', line: l.line, column: l.column, level: sectionLevel, text: plainInline(bold[1]!) };
  });
}

/** Groups non-heading lines into items (with nesting and continuations) and paragraphs. */
function blocksOf(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const stack: Item[] = [];
  let paragraph: { lines: Extract<Line, { kind: 'text' }>[] } | undefined;
  let lastItem: Item | undefined;
  let previous: Line | undefined;
  const endParagraph = () => {
    if (paragraph) blocks.push(...paragraphBlocks(paragraph.lines));
    paragraph = undefined;
  };
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'rule') {
      endParagraph();
      previous = line;
      continue;
    }
    if (line.kind === 'heading') continue;
    if (line.kind === 'bullet') {
      endParagraph();
      const item = makeItem(line.raw, { line: line.line, column: line.column }, line.rawColumn, line.indent);
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= item.indent) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(item);
      else blocks.push(item);
      stack.push(item);
      lastItem = item;
      previous = line;
      continue;
    }
    // A text line right under an item (or indented under it after a blank) continues that item,
    // unless it is a "Key: value" line of its own.
    const continues = lastItem && ((previous?.kind !== 'blank' && !paragraph) || (previous?.kind === 'blank' && line.indent >= 2));
    if (continues && lastItem && !(lastItem.key && splitKey(line.raw))) {
      lastItem.value = join(lastItem.value, plainInline(line.raw));
      lastItem.text = join(lastItem.text, plainInline(line.raw));
      previous = line;
      continue;
    }
    if (!paragraph) {
      stack.length = 0;
      lastItem = undefined;
      paragraph = { lines: [] };
    }
    paragraph.lines.push(line);
    previous = line;
  }
  endParagraph();
  return blocks;
}

/** A paragraph, or items when its lines are "Key: value" lines written without bullets. */
function paragraphBlocks(lines: Extract<Line, { kind: 'text' }>[]): Block[] {
  const keyed = lines.map((l) => ({ line: l, kv: splitKey(l.raw), bold: /^(\*\*|__)/.test(l.raw) }));
  if (keyed.every((k) => k.kv) || (keyed.length === 1 && keyed[0]!.bold && keyed[0]!.kv)) {
    return keyed.map(({ line }) => makeItem(line.raw, { line: line.line, column: line.column }, line.column, 0));
  }
  const first = lines[0]!;
  return [{ kind: 'paragraph', text: plainInline(lines.map((l) => l.raw).join(' ')), pos: { line: first.line, column: first.column } }];
}

function makeItem(raw: string, pos: Pos, rawColumn: number, indent: number): Item {
  const kv = splitKey(raw);
  const text = plainInline(raw);
  if (!kv) return { kind: 'item', value: text, text, pos, valuePos: { line: pos.line, column: rawColumn }, indent, children: [] };
  return {
    kind: 'item',
    key: kv.key,
    value: plainInline(kv.value),
    text,
    pos,
    valuePos: { line: pos.line, column: rawColumn + kv.valueOffset },
    indent,
    children: [],
  };
}

function join(a: string, b: string): string {
  return a ? `${a} ${b}` : b;
}
