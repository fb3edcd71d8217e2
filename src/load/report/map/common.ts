import { comparable } from '../comparable.js';
import type { ImportContext } from '../context.js';
import type { Block, Item, Section } from '../tree.js';

/** The items of a section (top level), in order. */
export function itemsOf(section: Section): Item[] {
  return section.blocks.filter((b): b is Item => b.kind === 'item');
}

/** The items of a section, then those of its subsections, each keyed by its subsection's heading when it has no key of its own. */
export function itemsWithSubsections(section: Section): Item[] {
  return [...itemsOf(section), ...section.children.flatMap((sub) => itemsOf(sub).map((item) => ({ ...item, key: item.key ?? sub.heading })))];
}

/** The prose paragraphs of a section, in order. */
export function paragraphsOf(section: Section): string[] {
  return section.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

/** An item's value with its nested items, as one text: "value; child one; child two". */
export function itemValue(item: Item): string {
  const parts = [item.value, ...item.children.map((c) => itemValue(c) && (c.key ? `${c.key}: ${itemValue(c)}` : itemValue(c)))];
  return parts.filter((p) => p.trim()).join('; ');
}

/** The values an item holds one by one: its own value and each nested item, for lists of indicators. */
export function itemValues(item: Item): string[] {
  return [item.value, ...item.children.flatMap((c) => itemValues(c))].filter((v) => v.trim());
}

/** A section's content as plain text, for a note: prose, "- Key: value" lines and subsections. */
export function sectionText(section: Section, depth = 0): string {
  const lines = section.blocks.map((b) => blockText(b, 0));
  for (const child of section.children) {
    const body = sectionText(child, depth + 1);
    lines.push(body ? `${child.heading}:\n${body}` : child.heading);
  }
  return lines.filter((l) => l.trim()).join('\n');
}

function blockText(block: Block, indent: number): string {
  if (block.kind === 'paragraph') return block.text;
  const pad = '  '.repeat(indent);
  return [`${pad}- ${block.text}`, ...block.children.map((c) => blockText(c, indent + 1))].join('\n');
}

/** Keeps an item with no field of its own as a note "Section: Key". */
export function keepItem(ctx: ImportContext, section: string, item: Item): void {
  const heading = item.key ? `${section}: ${item.key}` : section;
  ctx.keep(heading, item.key ? itemValue(item) : blockText(item, 0).replace(/^- /, ''));
}

/** Keeps a section's prose paragraphs as a note under its heading. */
export function keepParagraphs(ctx: ImportContext, section: Section): void {
  for (const text of paragraphsOf(section)) ctx.keep(section.heading, text);
}

/** Key reduced for matching: "Date/Time" -> "date time", "How it was discovered" -> "how it was discovered". */
export function keyOf(key: string | undefined): string {
  return comparable(key ?? '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits text into sentences (keeping abbreviations like "U.S." whole enough for titles). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A short title from longer text: its first sentence, cut at a word boundary near `max` characters. */
export function shortTitle(text: string, max = 90): string {
  const first = (sentences(text)[0] ?? text).replace(/[.;:,]+$/, '').trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[,;:]$/, '')}…`;
}
