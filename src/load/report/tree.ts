/** A place in the report: 1-based line and column. */
export interface Pos {
  line: number;
  column: number;
}

/** A list item: `- **Key:** value`, `- Key: value`, `* text`, `1. text`, with nested items. */
export interface Item {
  kind: 'item';
  /** The key before the colon, without emphasis; absent for a plain bullet. */
  key?: string;
  /** The text after the key (or the whole bullet text), inline Markdown removed. */
  value: string;
  /** The whole bullet text (key and value), inline Markdown removed. */
  text: string;
  pos: Pos;
  valuePos: Pos;
  /** Indentation depth, for nesting. */
  indent: number;
  children: Item[];
}

/** A paragraph of prose: consecutive non-blank lines. */
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  pos: Pos;
}

/** What a section holds, in order. */
export type Block = Item | Paragraph;

/** A heading and everything under it up to the next heading of its rank. */
export interface Section {
  heading: string;
  pos: Pos;
  /** Number of `#` as written. */
  level: number;
  blocks: Block[];
  children: Section[];
}

/** A whole report as read: the preamble, the title and the sections. */
export interface ReportTree {
  /** The title without its "Incident Report:" prefix. */
  title?: string;
  titlePos?: Pos;
  /** Prose before the title (the "Full Report" lede), without the marker lines. */
  lede: Paragraph[];
  /** Top-level sections in the order written. */
  sections: Section[];
  /** Number of lines read. */
  lines: number;
}
