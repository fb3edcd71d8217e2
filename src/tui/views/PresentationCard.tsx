import { Box, Text } from 'ink';
import { cardWindow } from '../present/card-lines.js';
import type { Line } from '../present/spans.js';
import { StyledLine } from './StyledLine.js';

/** Props of PresentationCard. */
export interface PresentationCardProps {
  /** The whole card; a card taller than `height` shows a window of it from `scroll`. */
  lines: readonly Line[];
  scroll: number;
  height: number;
  color: boolean;
}

/** One event as a large card; a card too tall for the screen says how much more is below. */
export function PresentationCard({ lines, scroll, height, color }: PresentationCardProps) {
  const window = cardWindow(lines, scroll, height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {window.lines.map((line, i) => (
        <StyledLine key={i} line={line} color={color} />
      ))}
      {window.below > 0 && (
        <Text wrap="truncate-end" dimColor>
          {` ↓ ${window.below} more (j)`}
        </Text>
      )}
    </Box>
  );
}
