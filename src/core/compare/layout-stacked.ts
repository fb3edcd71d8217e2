import { wrap } from '../../text/index.js';
import type { Comparison } from './compare.js';
import { capitalise } from '../../text/index.js';
import { actionLines, cell, kindLabel, sectionLine, spanText, type LayoutLine, type ShowOptions } from './layout-lines.js';
import type { LayoutAction } from './layout.js';

/** Width of the label column when incidents are stacked: a third of the screen, at most 18. */
function stackedLabelWidth(width: number): number {
  return Math.max(8, Math.min(18, Math.floor(width / 3)));
}

/** The body with incidents one below the other: each with its durations and its actions by phase. */
export function stackedBody(comparison: Comparison, width: number, show: ShowOptions) {
  const labelWidth = stackedLabelWidth(width);
  const textWidth = width - labelWidth - 1;
  const body: LayoutLine[] = [];
  const actions: LayoutAction[] = [];
  const pair = (label: string[], right: LayoutLine['cells'][], style: 'label' | 'kind', targets: LayoutLine['targets'] = []) => {
    const height = Math.max(label.length, right.length);
    for (let i = 0; i < height; i++) {
      const cells = [cell(label[i] ?? '', labelWidth, style), cell('', 1, 'text'), ...(right[i] ?? [cell('', textWidth, 'text')])];
      body.push({ cells, targets, ...(show.selected !== undefined && targets.some((t) => t.action === show.selected) && { selected: true }) });
    }
  };
  comparison.incidents.forEach((incident, column) => {
    for (const text of wrap(`${incident.tag} ${incident.title}`, width)) body.push({ cells: [cell(text, width, 'title')], targets: [] });
    for (const row of comparison.durations) {
      const span = row.cells[column]!;
      pair([row.label.length <= labelWidth ? row.label : row.short], wrap(spanText(span, textWidth), textWidth).map((t) => [cell(t, textWidth, span.known ? 'duration' : 'unknown')]), 'label');
    }
    for (const group of comparison.phases) {
      const rows = group.rows.filter((r) => r.cells[column]!.length > 0);
      if (rows.length === 0) continue;
      body.push(sectionLine(capitalise(group.phase), width));
      for (const row of rows) {
        row.cells[column]!.forEach((action, i) => {
          const index = actions.length;
          actions.push({ action, column, ...(action.eventKey !== undefined && { eventKey: action.eventKey }) });
          const target = { action: index, ...(action.eventKey !== undefined && { eventKey: action.eventKey }) };
          // The kind labels the first of its actions; the others sit under it.
          pair(i === 0 ? kindLabel(row, labelWidth) : [], actionLines(action, index, textWidth, show), 'kind', [target]);
        });
      }
    }
    body.push({ cells: [cell('', width, 'text')], targets: [] });
  });
  return { header: [] as LayoutLine[], body, actions };
}
