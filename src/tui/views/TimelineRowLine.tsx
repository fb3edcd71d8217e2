import { memo } from 'react';
import { Text } from 'ink';
import type { RowCells } from '../present/list-columns.js';
import type { BasicColor } from '../present/spans.js';

/** Props of TimelineRowLine. */
export interface TimelineRowLineProps {
  cells: RowCells;
  selected: boolean;
  tagColor: BasicColor;
  stage: string;
  /** False when the tactic cell shows the stage instead. */
  hasTactics: boolean;
  color: boolean;
}

const STAGE_COLORS: Record<string, BasicColor> = { attack: 'red', detection: 'yellow', response: 'green' };

/** One event in the list: ">" marks the selected row (inverse video is only a second hint). */
export const TimelineRowLine = memo(RowLine, sameRow);

// Cells are rebuilt for each frame; comparing their text lets React skip the rows that did not change.
function sameRow(a: TimelineRowLineProps, b: TimelineRowLineProps): boolean {
  return (
    a.selected === b.selected && a.tagColor === b.tagColor && a.stage === b.stage && a.hasTactics === b.hasTactics && a.color === b.color &&
    a.cells.time === b.cells.time && a.cells.tag === b.cells.tag && a.cells.tactic === b.cells.tactic &&
    a.cells.stage === b.cells.stage && a.cells.title === b.cells.title && a.cells.flag === b.cells.flag
  );
}

function RowLine({ cells, selected, tagColor, stage, hasTactics, color }: TimelineRowLineProps) {
  const hue = (c: BasicColor | undefined) => (color && !selected ? c : undefined);
  return (
    <Text wrap="truncate-end" inverse={selected} bold={selected}>
      {selected ? '>' : ' '}
      {cells.time} <Text color={hue(tagColor)}>{cells.tag}</Text>
      {cells.tactic && <Text color={hue(hasTactics ? 'cyan' : STAGE_COLORS[stage])}> {cells.tactic}</Text>}
      {cells.stage && <Text color={hue(STAGE_COLORS[stage])}> {cells.stage}</Text>}
      {/* The gap before the title: "*" on a marked event. */}
      <Text bold color={hue('yellow')}>{cells.flag}</Text>
      {cells.title}
    </Text>
  );
}
