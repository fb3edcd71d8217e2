import { Box, Text } from 'ink';
import type { ListItem } from '../present/list-lines.js';
import { TimelineRowLine } from './TimelineRowLine.js';

/** Props of TimelineList. */
export interface TimelineListProps {
  items: readonly ListItem[];
  height: number;
  width: number;
  color: boolean;
  /** Said in place of rows when no event passes the filters. */
  emptyText: string;
}

/** The window of the event list, with the labelled separator before events of unknown time. */
export function TimelineList({ items, height, width, color, emptyText }: TimelineListProps) {
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {items.length === 0 && <Text wrap="truncate-end" dimColor>{` ${emptyText}`}</Text>}
      {items.map((item) =>
        item.kind === 'row' ? (
          <TimelineRowLine key={item.key} cells={item.cells} selected={item.selected} tagColor={item.tagColor} stage={item.stage} hasTactics={item.hasTactics} color={color} />
        ) : (
          <Text key="unknown-separator" wrap="truncate-end" dimColor>
            {` — unknown time — ${'─'.repeat(Math.max(0, width - 19))}`}
          </Text>
        ),
      )}
    </Box>
  );
}
