import { createHash } from 'node:crypto';

/** Namespace of itx's deterministic STIX ids (a fixed random UUID; changing it changes every id). */
const ITX_NAMESPACE = '07a8baac-7520-4ada-b7a8-b14241e5e76c';

/** A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of the namespace's bytes and the name's UTF-8. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A STIX identifier (`type--UUID`) derived from what the object is about, so the same data
 * exports to the same ids every time and a consumer sees a re-export as the same objects.
 */
export function stixId(type: string, ...key: readonly string[]): string {
  return `${type}--${uuidV5(`${type}\u0000${key.join('\u0000')}`, ITX_NAMESPACE)}`;
}
