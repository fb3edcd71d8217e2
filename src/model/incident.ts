import { z } from 'zod';

/** Version of the incident file format this build reads and writes. */
export const SCHEMA_VERSION = 1;

const text = z.string();
const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'ids use letters, digits, ".", "_", ":" and "-"');

/** How precisely a time is known. */
export const Precision = z.enum(['year', 'month', 'day', 'instant']);

/**
 * A time as the sources give it: an ISO 8601 value at its own precision, perhaps approximate,
 * perhaps only a bound or a range, or unknown with the original wording kept.
 */
export const TimeSpec = z
  .object({
    at: z
      .string()
      .describe(
        'ISO 8601 at the precision known: "2025", "2025-05", "2025-05-04", "2025-05-04T13:20Z", "2021-05-07T05:00-04:00". Absent when unknown.',
      )
      .optional(),
    precision: Precision.describe('Defaults to what the form of `at` says.').optional(),
    approximate: z.boolean().describe('The sources say "about", "around", "early May".').optional(),
    bound: z
      .enum(['before', 'after'])
      .describe('`at` is only a bound: the event happened on or before (after) it.')
      .optional(),
    until: z.string().describe('End of a range, ISO 8601 like `at`.').optional(),
    zone: z.string().describe('IANA zone the sources gave the time in, e.g. "America/New_York".').optional(),
    text: z.string().describe('The original wording, kept whenever the time was not plain.').optional(),
  })
  .strict();

/** A source for a fact: who published what, and when. */
export const Source = z
  .object({
    id,
    publisher: text,
    title: text,
    date: z.string().describe('Publication date, ISO 8601 (YYYY-MM-DD or YYYY-MM).').optional(),
    url: z.string().optional(),
  })
  .strict();

/** What an item in a report says about a topic: described, or explicitly not. */
export const Status = z.enum(['described', 'not-detailed', 'not-applicable', 'none-specified', 'unknown']);

/** Kinds of entity a responder pivots on. */
export const EntityKind = z.enum([
  'person',
  'organization',
  'government',
  'media',
  'product',
  'threat-actor',
  'other',
]);

/** A person, organisation, outlet, product or actor involved in an incident. */
export const Entity = z
  .object({
    id,
    name: text,
    kind: EntityKind,
    aliases: z.array(text).optional(),
    roles: z
      .array(text)
      .describe('victim, owner, vendor, customer, reporter, journalist, investigator, official, user, attacker, regulator, law-enforcement ...')
      .optional(),
    title: text.describe('e.g. "former US national security adviser"').optional(),
    sharedId: z
      .string()
      .describe('Same value in several incidents = the same real-world entity.')
      .optional(),
    sources: z.array(id).optional(),
  })
  .strict();

/** A link from an event to an entity, with the entity's role in that event. */
export const EntityLink = z.union([
  // The object form first: it is what data mostly uses, and a union tries its options in order.
  z.object({ ref: id, role: text.optional() }).strict(),
  id,
]);

/** Where an event sits in the incident: the attack itself, its detection, or the response. */
export const Stage = z.enum(['attack', 'detection', 'response']);

/** How sure the sources are of an event. */
export const Confidence = z.enum(['confirmed', 'reported', 'claimed', 'assessed', 'disputed']);

/** One entry of the timeline. */
export const TimelineEvent = z
  .object({
    id,
    time: TimeSpec,
    title: text,
    description: text.optional(),
    stage: Stage,
    tactics: z
      .array(text)
      .describe('ATT&CK tactics by shortname, name or TA id; pre-v19 "Defense Evasion" is accepted.')
      .optional(),
    techniques: z.array(z.string().regex(/^T\d{4}(\.\d{3})?$/, 'a technique id is T1234 or T1234.001')).optional(),
    entities: z.array(EntityLink).optional(),
    sources: z.array(id).optional(),
    confidence: Confidence.optional(),
  })
  .strict();

/** What the report says of one ATT&CK tactic. */
export const MethodologyItem = z
  .object({
    tactic: text,
    status: Status,
    text: text.optional(),
    techniques: z.array(z.string().regex(/^T\d{4}(\.\d{3})?$/)).optional(),
    sources: z.array(id).optional(),
  })
  .strict();

/** One area of impact. */
export const ImpactItem = z
  .object({
    category: z.enum(['financial', 'data', 'operational', 'reputational', 'other']),
    status: Status,
    text: text.optional(),
    sources: z.array(id).optional(),
  })
  .strict();

/** An indicator of compromise, stored exactly as found (shown defanged). */
export const Indicator = z
  .object({
    type: z.enum(['network', 'file', 'behavioral']),
    kind: z
      .enum(['ipv4', 'ipv6', 'domain', 'url', 'email', 'md5', 'sha1', 'sha256', 'filename', 'path', 'text'])
      .optional(),
    value: text.optional(),
    status: Status.optional(),
    description: text.optional(),
    sources: z.array(id).optional(),
  })
  .strict();

/** Response phases, as in the STIX incident extension's task types and RE&CT's stages. */
export const Phase = z.enum(['containment', 'eradication', 'recovery', 'investigation', 'notification']);

/** One thing the responders did. */
export const ResponseAction = z
  .object({
    id: id.optional(),
    phase: Phase,
    kind: z.string().describe('Action kind from the documented vocabulary (docs/action-kinds.md).').optional(),
    action: text,
    time: TimeSpec.optional(),
    actor: text.describe('Entity id or name of who acted.').optional(),
    outcome: text.optional(),
    event: id.describe('Id of the timeline event this action is.').optional(),
    sources: z.array(id).optional(),
  })
  .strict();

/** A lesson: a key takeaway or something that could have been done better. */
export const Lesson = z
  .object({
    kind: z.enum(['takeaway', 'improvement']),
    text,
    sources: z.array(id).optional(),
  })
  .strict();

/** Anything a report said that has no field of its own, kept with its heading. */
export const Note = z.object({ heading: text, text }).strict();

/** An incident: everything the sources establish about it. */
export const Incident = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    tag: z
      .string()
      .max(6)
      .describe('Short label for the timeline column, e.g. "TM"; derived from the id when absent.')
      .optional(),
    title: text,
    summary: text.optional(),
    status: z.enum(['ongoing', 'contained', 'resolved', 'unknown']).optional(),
    organization: id.describe('Entity id of the affected organisation.').optional(),
    owner: id.describe('Entity id of its owner or parent.').optional(),
    sectors: z.array(text).optional(),
    geography: text.optional(),
    started: TimeSpec.describe('When the attack began.').optional(),
    discovered: TimeSpec.describe('When the victim or anyone found out.').optional(),
    disclosed: TimeSpec.describe('First public disclosure.').optional(),
    sources: z.array(Source),
    entities: z.array(Entity).optional(),
    events: z.array(TimelineEvent),
    methodology: z.array(MethodologyItem).optional(),
    impact: z.array(ImpactItem).optional(),
    indicators: z.array(Indicator).optional(),
    responses: z.array(ResponseAction).optional(),
    lessons: z.array(Lesson).optional(),
    recommendations: z.array(text).optional(),
    notes: z.array(Note).optional(),
  })
  .strict();

/** A file holds one incident or an array of them. */
export const IncidentFile = z.union([Incident, z.array(Incident)]);

export type Precision = z.infer<typeof Precision>;
export type TimeSpec = z.infer<typeof TimeSpec>;
export type Source = z.infer<typeof Source>;
export type Status = z.infer<typeof Status>;
export type EntityKind = z.infer<typeof EntityKind>;
export type Entity = z.infer<typeof Entity>;
export type EntityLink = z.infer<typeof EntityLink>;
export type Stage = z.infer<typeof Stage>;
export type Confidence = z.infer<typeof Confidence>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type MethodologyItem = z.infer<typeof MethodologyItem>;
export type ImpactItem = z.infer<typeof ImpactItem>;
export type Indicator = z.infer<typeof Indicator>;
export type Phase = z.infer<typeof Phase>;
export type ResponseAction = z.infer<typeof ResponseAction>;
export type Lesson = z.infer<typeof Lesson>;
export type Note = z.infer<typeof Note>;
export type Incident = z.infer<typeof Incident>;
