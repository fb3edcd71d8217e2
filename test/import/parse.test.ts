import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/load/report/parse.js';
import type { Section } from '../../src/load/report/tree.js';

/** A section tree as headings and child headings, for structure assertions. */
function outline(sections: Section[]): unknown[] {
  return sections.map((s) => (s.children.length > 0 ? [s.heading, outline(s.children)] : s.heading));
}

describe('the report parser', () => {
  it('reads the preamble, the title and the sections with their subsections', () => {
    const tree = parseReport('Full Report\nThe lede.\nAnalysis Summary\n# Incident Report: T\n## Executive Summary\nText.\n## Timeline of Events\n### Initial Access\n- **Details:** x\n### Impact\n- **Details:** y\n## Impact Assessment\n- **Financial:** z');
    expect(tree.title).toBe('T');
    expect(tree.titlePos).toEqual({ line: 4, column: 1 });
    expect(tree.lede.map((p) => p.text)).toEqual(['The lede.']);
    expect(outline(tree.sections)).toEqual(['Executive Summary', ['Timeline of Events', ['Initial Access', 'Impact']], 'Impact Assessment']);
  });

  it('reads keys with and without bold, nested items and continuation lines, with the value position', () => {
    const tree = parseReport('# Incident Report: T\n## Incident Details\n- **Discovery Date:** 2023-10-02\n- Sector: Finance\n  - Banking\n  - Insurance\n- **Details:** first line\n  second line\n* plain bullet\n1. numbered');
    const items = tree.sections[0]!.blocks;
    expect(items.map((b) => (b.kind === 'item' ? [b.key, b.value, b.children.map((c) => c.value)] : b.text))).toEqual([
      ['Discovery Date', '2023-10-02', []],
      ['Sector', 'Finance', ['Banking', 'Insurance']],
      ['Details', 'first line second line', []],
      [undefined, 'plain bullet', []],
      [undefined, 'numbered', []],
    ]);
    expect(items[0]!.kind === 'item' && items[0]!.valuePos).toEqual({ line: 3, column: 23 });
  });

  it('keeps prose with colons as prose, and reads lines of "Key: value" as items', () => {
    const tree = parseReport('# Incident Report: T\n## Executive Summary\nThe attacker said: pay up.\nThen left.\n\nStatus: contained\nOwner: Acme');
    expect(tree.sections[0]!.blocks.map((b) => (b.kind === 'item' ? `${b.key}=${b.value}` : b.text))).toEqual([
      'The attacker said: pay up. Then left.',
      'Status=contained',
      'Owner=Acme',
    ]);
  });

  it('tolerates sections one level deeper, at the title level, and bold-line headings', () => {
    expect(outline(parseReport('# Incident Report: T\n### Executive Summary\n#### Note\n### Timeline of Events\n#### Initial Access').sections)).toEqual([
      ['Executive Summary', ['Note']],
      ['Timeline of Events', ['Initial Access']],
    ]);
    expect(outline(parseReport('# Incident Report: T\n# Executive Summary\n# Timeline of Events\n## Initial Access').sections)).toEqual([
      'Executive Summary',
      ['Timeline of Events', ['Initial Access']],
    ]);
    expect(outline(parseReport('# Incident Report: T\n**Executive Summary**\nText\n**Incident Details**\n- a: b').sections)).toEqual(['Executive Summary', 'Incident Details']);
  });

  it('starts a new section for a known heading one level off, but keeps tactic headings under the timeline', () => {
    const tree = parseReport('# Incident Report: T\n## Timeline of Events\n## Initial Access\n- x\n### Impact Assessment\n- y\n## Recommendations\n- z');
    expect(outline(tree.sections)).toEqual([['Timeline of Events', ['Initial Access']], 'Impact Assessment', 'Recommendations']);
  });
});
