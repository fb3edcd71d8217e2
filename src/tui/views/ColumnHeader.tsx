import { Text } from 'ink';
import type { RowCells } from '../present/list-columns.js';

/** Props of ColumnHeader. */
export interface ColumnHeaderProps {
  cells: RowCells;
}

/** The names of the list's columns, aligned with the rows below. */
export function ColumnHeader({ cells }: ColumnHeaderProps) {
  return (
    <Text wrap="truncate-end" bold dimColor>
      {' '}
      {cells.time} {cells.tag}
      {cells.tactic && ` ${cells.tactic}`}
      {cells.stage && ` ${cells.stage}`}
      {cells.flag}
      {cells.title}
    </Text>
  );
}
