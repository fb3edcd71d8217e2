import { isIP } from 'node:net';
import type { Indicator } from '../../model/incident.js';
import { refang } from '../../text/index.js';

// STIX patterning string literals are single-quoted; a backslash and a quote are escaped with a backslash.
function literal(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const HASHES: Record<string, { name: string; hex: number }> = {
  md5: { name: 'MD5', hex: 32 },
  sha1: { name: "'SHA-1'", hex: 40 },
  sha256: { name: "'SHA-256'", hex: 64 },
};

/**
 * The STIX pattern that matches an indicator, for the kinds STIX has an object for (IP
 * addresses, domain names, URLs, email addresses, file hashes and names); undefined for
 * behavioural text, paths, or a value that is not of its stated kind. Defanged values
 * ("hxxps://evil[.]com") are refanged first: a pattern must match the real thing.
 */
export function stixPattern(indicator: Indicator): string | undefined {
  if (indicator.value === undefined || indicator.kind === undefined) return undefined;
  const raw = indicator.value.trim();
  const value = indicator.type === 'network' || ['ipv4', 'ipv6', 'domain', 'url', 'email'].includes(indicator.kind) ? refang(raw) : raw;
  if (value === '') return undefined;
  const hash = HASHES[indicator.kind];
  if (hash) return new RegExp(`^[0-9a-f]{${hash.hex}}$`, 'i').test(value) ? `[file:hashes.${hash.name} = ${literal(value.toLowerCase())}]` : undefined;
  switch (indicator.kind) {
    case 'ipv4':
      return isIP(value.split('/')[0]!) === 4 ? `[ipv4-addr:value = ${literal(value)}]` : undefined;
    case 'ipv6':
      return isIP(value.split('/')[0]!) === 6 ? `[ipv6-addr:value = ${literal(value)}]` : undefined;
    case 'domain':
      return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i.test(value) ? `[domain-name:value = ${literal(value.toLowerCase())}]` : undefined;
    case 'url':
      return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value) ? `[url:value = ${literal(value)}]` : undefined;
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? `[email-addr:value = ${literal(value)}]` : undefined;
    case 'filename':
      return /[\\/]/.test(value) ? undefined : `[file:name = ${literal(value)}]`;
    default:
      return undefined;
  }
}
