import type { ComparedAction, Comparison, KindRow } from '../core/compare/compare.js';
import { INFERRED_MARK, spanText, UNIQUE_MARK } from '../core/compare/layout-lines.js';
import { capitalise } from '../text/index.js';
import { mdCell, mdHead, mdRow } from './markdown.js';

/** The comparison as a GitHub-flavoured Markdown document: durations, then one table per phase. */
export function renderCompareMarkdown(comparison: Comparison): string {
  const { incidents } = comparison;
  const out: string[] = ['# Response comparison', ''];
  for (const c of incidents) out.push(`- **${mdCell(c.tag)}**: ${mdCell(c.title)} (\`${c.id}\`)${originNote(c.origin)}`);
  out.push(
    '',
    'Durations and offsets are shown as precisely as the sources give the times: `~` approximate, ' +
      '`≤`/`≥` only a bound is known, `1–2 d` a range, `T+1d` an offset from the incident’s discovery ' +
      '(a date where only the date is known), `T?` unknown.',
    '',
    '## Durations',
    '',
    mdHead(['Measure', ...incidents.map((c) => c.tag)]),
  );
  for (const row of comparison.durations) {
    out.push(mdRow([`${row.label} (${row.explain})`, ...row.cells.map((span) => spanText(span))].map(mdCell)));
  }
  for (const group of comparison.phases) {
    out.push('', `## ${capitalise(group.phase)}`, '', mdHead(['Kind', ...incidents.map((c) => c.tag)]));
    for (const row of group.rows) out.push(mdRow([mdCell(kindLabel(row)), ...row.cells.map(actionsCell)]));
  }
  const rows = comparison.phases.flatMap((p) => p.rows);
  const legend = [
    ...(rows.some((r) => r.uniqueToOne) ? [`${UNIQUE_MARK} only one of the compared incidents has this kind of action in this phase.`] : []),
    ...(rows.some((r) => r.inferred) ? [`\\${INFERRED_MARK} kind inferred from the action’s text (see docs/action-kinds.md).`] : []),
  ];
  for (const line of legend) out.push('', line);
  return `${out.join('\n')}\n`;
}

function originNote(origin: Comparison['incidents'][number]['origin']): string {
  if (origin === 'discovery') return '';
  return origin === 'start' ? ', discovery unknown: offsets from its start' : ', no known times: offsets unknown';
}

/** "suspend-service* ◆": the kind and its marks. */
export function kindLabel(row: KindRow): string {
  return `${row.kind}${row.inferred ? INFERRED_MARK : ''}${row.uniqueToOne ? ` ${UNIQUE_MARK}` : ''}`;
}

// Several actions of one kind share a cell, one per line; the <br> is ours, the text is escaped.
function actionsCell(actions: ComparedAction[]): string {
  if (actions.length === 0) return '—';
  return actions.map((a) => `${mdCell(a.when)} ${mdCell(a.text)}`).join('<br>');
}
