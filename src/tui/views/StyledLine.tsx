import { memo } from 'react';
import { Text } from 'ink';
import type { Line } from '../present/spans.js';

/** Props of StyledLine. */
export interface StyledLineProps {
  line: Line;
  /** False under NO_COLOR / --no-color: spans keep bold, dim and inverse but lose their colours. */
  color: boolean;
}

/** One screen line of styled spans; an empty line still takes its row. */
export const StyledLine = memo(function StyledLine({ line, color }: StyledLineProps) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={s.dim} inverse={s.inverse}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
});
