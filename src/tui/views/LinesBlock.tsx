import { Box } from 'ink';
import type { Line } from '../present/spans.js';
import { StyledLine } from './StyledLine.js';

/** Props of LinesBlock. */
export interface LinesBlockProps {
  lines: readonly Line[];
  /** Rows the block takes, whatever the number of lines (extra lines are not drawn). */
  height: number;
  color: boolean;
}

/** A fixed-height block of styled lines, so what comes after it never moves. */
export function LinesBlock({ lines, height, color }: LinesBlockProps) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {lines.slice(0, height).map((line, i) => (
        <StyledLine key={i} line={line} color={color} />
      ))}
    </Box>
  );
}
