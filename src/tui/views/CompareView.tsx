import { useMemo } from 'react';
import { Box } from 'ink';
import type { Comparison } from '../../core/compare/compare.js';
import { layoutComparison, type CellStyle, type LayoutLine } from '../../core/compare/layout.js';
import type { Line, Span } from '../present/spans.js';
import { StyledLine } from './StyledLine.js';

/** Props of CompareView. */
export interface CompareViewProps {
  comparison: Comparison;
  /** Columns and rows the view takes. */
  width: number;
  height: number;
  /** First incident column in view (←/→ page by the columns that fit). */
  columnOffset: number;
  /** First body line in view; the layout moves it to keep the selected action visible. */
  scroll: number;
  /** Index of the selected action in the layout's reading order, if any. */
  selected: number | undefined;
  color: boolean;
}

// Colour is a hint only: every cell reads the same without it.
const STYLE: Record<CellStyle, Omit<Span, 'text'>> = {
  title: { bold: true },
  section: { bold: true, color: 'cyan' },
  label: {},
  kind: { color: 'yellow' },
  offset: { color: 'cyan' },
  text: {},
  muted: { dim: true },
  duration: { color: 'green' },
  unknown: { dim: true },
  status: { dim: true },
};

function toLine(line: LayoutLine, selected: number | undefined): Line {
  return line.cells.map((cell) => ({
    text: cell.text,
    ...STYLE[cell.style],
    ...(selected !== undefined && cell.action === selected && { inverse: true }),
  }));
}

/**
 * The response comparison: incidents as columns (paged) or stacked on narrow screens, durations
 * on top, then each phase's actions aligned by kind; the selected action is shown whole, inverted.
 */
export function CompareView({ comparison, width, height, columnOffset, scroll, selected, color }: CompareViewProps) {
  const layout = useMemo(
    () => layoutComparison(comparison, { width, height, columnOffset, scroll, ...(selected !== undefined && { selected }) }),
    [comparison, width, height, columnOffset, scroll, selected],
  );
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {layout.visible.map((line, i) => (
        <StyledLine key={i} line={toLine(line, selected)} color={color} />
      ))}
    </Box>
  );
}
