import { parse, type DocumentNode, type ValueNode } from '@humanwhocodes/momoa';
import type { DataPath } from './data-path.js';
import type { TextPosition } from './text-position.js';

/**
 * Finds where a value of a parsed file sits in its text. The AST is built only when the first
 * diagnostic needs a position, so files without problems pay nothing for it.
 */
export class Locator {
  private document: DocumentNode | null | undefined;

  /** `text` must already have passed the depth check: building the AST recurses. */
  constructor(private readonly text: string) {}

  /** Position of the value at `path`, or of its nearest existing ancestor; `key` asks for a member's name. */
  locate(path: DataPath, key?: string): TextPosition {
    this.document ??= tryParse(this.text);
    if (!this.document) return { line: 1, column: 1 };
    let node: ValueNode = this.document.body;
    for (const part of path) {
      const child = childOf(node, part);
      if (!child) return start(node);
      node = child;
    }
    if (key !== undefined && node.type === 'Object') {
      const member = lastMember(node, key);
      if (member) return start(member.name);
    }
    return start(node);
  }
}

function tryParse(text: string): DocumentNode | null {
  try {
    return parse(text, { mode: 'json' });
  } catch {
    return null;
  }
}

function childOf(node: ValueNode, part: PropertyKey): ValueNode | undefined {
  if (node.type === 'Array' && typeof part === 'number') return node.elements[part]?.value;
  if (node.type === 'Object') return lastMember(node, String(part))?.value;
  return undefined;
}

// JSON.parse keeps the last of duplicate keys, so the last member is the one validated.
function lastMember(node: Extract<ValueNode, { type: 'Object' }>, key: string) {
  for (let i = node.members.length - 1; i >= 0; i--) {
    const member = node.members[i]!;
    const name = member.name.type === 'String' ? member.name.value : member.name.name;
    if (name === key) return member;
  }
  return undefined;
}

function start(node: { loc: { start: { line: number; column: number } } }): TextPosition {
  return { line: node.loc.start.line, column: node.loc.start.column };
}
