import type {
  ImpactItem,
  Indicator,
  Lesson,
  MethodologyItem,
  ResponseAction,
  Source,
  TimeSpec,
  TimelineEvent,
} from '../../model/incident.js';
import type { EntityDraft } from './entities/registry.js';
import type { Pos } from './tree.js';

/** A timeline event before ids, sources and entity links are given. */
export interface EventDraft extends Omit<TimelineEvent, 'id' | 'sources' | 'entities'> {
  pos: Pos;
}

/** A response action before its source is given. */
export type ResponseDraft = Omit<ResponseAction, 'sources'>;

/** The incident as the mappers fill it in, before it is put into the file format. */
export interface IncidentDraft {
  title?: string;
  summary?: string;
  status?: 'ongoing' | 'contained' | 'resolved' | 'unknown';
  organization?: EntityDraft;
  owner?: EntityDraft;
  sectors?: string[];
  geography?: string;
  started?: TimeSpec;
  discovered?: TimeSpec;
  disclosed?: TimeSpec;
  events: EventDraft[];
  methodology: Omit<MethodologyItem, 'sources'>[];
  impact: Omit<ImpactItem, 'sources'>[];
  indicators: Omit<Indicator, 'sources'>[];
  responses: ResponseDraft[];
  lessons: Omit<Lesson, 'sources'>[];
  recommendations: string[];
  /** Sources the report lists besides itself. */
  references: Omit<Source, 'id'>[];
}

/** An empty draft. */
export function emptyDraft(): IncidentDraft {
  return { events: [], methodology: [], impact: [], indicators: [], responses: [], lessons: [], recommendations: [], references: [] };
}
