import { timeModeLabel, type TimeMode } from '../../core/time-format.js';
import { NO_TACTIC, type ViewFilters } from '../../core/view.js';
import { tacticByShortname } from '../../model/attack.js';
import { displayWidth } from '../../text/index.js';
import type { IncidentStyle } from './incident-style.js';
import { fitSpans, span, type Line, type Span } from './spans.js';

/** What the header reports. */
export interface HeaderFacts {
  incidents: readonly IncidentStyle[];
  filters: ViewFilters;
  shown: number;
  total: number;
  timeMode: TimeMode;
  /** Presentation mode with redaction on: said right after the name, where no width cuts it. */
  redacted?: boolean;
  /** Indicators shown as written (--fanged, F): said right after the name too, as a warning. */
  fanged?: boolean;
}

/** " itx  3 incidents  14/26 events  tactic: Initial Access  incident: HO      UTC", fitted to `width`. */
export function headerLine(facts: HeaderFacts, width: number): Line {
  const narrow = width < 60;
  const { incidents, filters } = facts;
  const incidentCount = filters.incidents.length ? `${filters.incidents.length}/${incidents.length}` : `${incidents.length}`;
  const left: Span[] = [
    span(' itx ', { bold: true, inverse: true }),
    ...(facts.redacted ? [span(' '), span(' REDACTED ', { bold: true, inverse: true, color: 'red' })] : []),
    ...(facts.fanged ? [span(' '), span(' FANGED ', { bold: true, inverse: true, color: 'red' })] : []),
    span(` ${incidentCount} ${narrow ? 'inc' : incidents.length === 1 ? 'incident' : 'incidents'}`),
    span(`  ${facts.shown}/${facts.total} ${narrow ? 'ev' : 'events'}`),
  ];
  if (filters.tactics.length) {
    const names = filters.tactics.map((s) => (s === NO_TACTIC ? 'no tactic' : (tacticByShortname(s)?.name ?? s)));
    left.push(span(`  ${narrow ? 'tac' : 'tactic'}: `), span(names.join(', '), { bold: true, color: 'yellow' }));
  }
  if (filters.incidents.length) {
    const tags = filters.incidents.map((i) => incidents[i]?.tag ?? String(i));
    left.push(span(`  ${narrow ? 'inc' : 'incident'}: `), span(tags.join(', '), { bold: true, color: 'yellow' }));
  }
  if (filters.entity) left.push(span('  entity: '), span(filters.entity.name, { bold: true, color: 'yellow' }));
  if (filters.marked) left.push(span('  '), span(narrow ? 'marked' : 'marked only', { bold: true, color: 'yellow' }));
  const mode = ` ${modeLabel(facts.timeMode)} `;
  const room = width - displayWidth(mode) - 1;
  if (room < 12) return fitSpans([...left, span(' '), span(mode, { bold: true })], width);
  return [...fitSpans(left, room, true), span(' '), span(mode, { bold: true })];
}

/** The time mode's name; a local zone that is UTC says so, or `z` would seem to do nothing. */
function modeLabel(mode: TimeMode): string {
  if (mode.kind === 'zone' && /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal)$/i.test(mode.zone)) return 'local: UTC';
  return timeModeLabel(mode);
}
