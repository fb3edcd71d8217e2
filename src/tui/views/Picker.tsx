import { Box } from 'ink';
import { pickerLines, type PickerItem } from '../present/picker-lines.js';
import { span } from '../present/spans.js';
import { LinesBlock } from './LinesBlock.js';
import { StyledLine } from './StyledLine.js';

/** Props of Picker. */
export interface PickerProps {
  title: string;
  items: readonly PickerItem[];
  cursor: number;
  /** Rows for the title and the items together. */
  height: number;
  width: number;
  color: boolean;
}

/** A titled list of choices to tick: the tactic picker and the incident picker. */
export function Picker({ title, items, cursor, height, width, color }: PickerProps) {
  return (
    <Box flexDirection="column" height={height}>
      <StyledLine line={[span(title, { bold: true, color: 'cyan' })]} color={color} />
      <LinesBlock lines={pickerLines(items, cursor, Math.max(0, height - 1), width)} height={Math.max(0, height - 1)} color={color} />
    </Box>
  );
}
