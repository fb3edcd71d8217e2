import type { Line } from '../present/spans.js';
import { LinesBlock } from './LinesBlock.js';

/** Props of EntityCard. */
export interface EntityCardProps {
  /** The whole card; `height` of its lines are shown from `scroll`. */
  lines: readonly Line[];
  scroll: number;
  height: number;
  color: boolean;
}

/** The entity card: who the entity is and what it did in each incident. */
export function EntityCard({ lines, scroll, height, color }: EntityCardProps) {
  return <LinesBlock lines={lines.slice(scroll)} height={height} color={color} />;
}
