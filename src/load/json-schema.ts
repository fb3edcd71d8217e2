import { z } from 'zod';
import { IncidentFile } from '../model/incident.js';

let cached: Record<string, unknown> | undefined;

/** JSON Schema (draft 2020-12) of an incident file, generated from the zod definition. */
export function incidentJsonSchema(): Record<string, unknown> {
  cached ??= {
    ...z.toJSONSchema(IncidentFile, { io: 'input' }),
    title: 'itx incident file',
    description: 'One incident or an array of incidents, as read by itx. Generated from src/model/incident.ts by `itx schema`.',
  };
  return cached;
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[] };

/** Field names the schema allows in the object at `path` of one incident (empty when unknown). */
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  const root = incidentJsonSchema() as SchemaNode;
  // The file schema is "incident or list of incidents": start at the incident branch.
  let node: SchemaNode | undefined = root.anyOf?.find((branch) => branch.properties) ?? root;
  for (const part of path) {
    if (!node) return [];
    node = step(node, part);
  }
  const object = node && (node.properties ? node : node.anyOf?.find((branch) => branch.properties));
  return object?.properties ? Object.keys(object.properties) : [];
}

function step(node: SchemaNode, part: PropertyKey): SchemaNode | undefined {
  const candidates = [node, ...(node.anyOf ?? [])];
  for (const candidate of candidates) {
    if (typeof part === 'number' && candidate.items) return candidate.items;
    if (typeof part === 'string' && candidate.properties?.[part]) return candidate.properties[part];
  }
  return undefined;
}
