import { Box, Text } from 'ink';
import type { Line } from '../present/spans.js';
import { LinesBlock } from './LinesBlock.js';

/** Props of DetailPane. */
export interface DetailPaneProps {
  /** All the selected event's lines; the pane shows `height` of them from `scroll`. */
  lines: readonly Line[];
  scroll: number;
  height: number;
  width: number;
  focused: boolean;
  color: boolean;
}

/** The selected event in full, under a rule that says whether the pane has focus and whether more follows. */
export function DetailPane({ lines, scroll, height, width, focused, color }: DetailPaneProps) {
  const below = lines.length - scroll - height;
  const label = width < 50 ? ' detail ' : focused ? ' detail · j/k scroll · Tab list ' : ' detail · Tab to scroll ';
  const more = below > 0 ? ` ${below} more ↓ ` : scroll > 0 ? ' end ' : '';
  const fill = focused ? '━' : '─';
  const rule = `${fill.repeat(2)}${label}`;
  const tail = Math.max(0, width - rule.length - more.length);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" bold={focused} color={color && focused ? 'cyan' : undefined} dimColor={!focused}>
        {`${rule}${fill.repeat(tail)}${more}`}
      </Text>
      <LinesBlock lines={lines.slice(scroll)} height={height} color={color} />
    </Box>
  );
}
