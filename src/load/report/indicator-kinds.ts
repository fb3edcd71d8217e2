import { isIP } from 'node:net';
import type { Indicator } from '../../model/incident.js';

/** The kind of an indicator value, as the incident format names it. */
export type IndicatorKind = NonNullable<Indicator['kind']>;

/** One indicator found in text (already refanged). */
export interface FoundIndicator {
  kind: IndicatorKind;
  value: string;
  start: number;
  end: number;
}

// Extensions that make "name.ext" a file rather than a host, even where they are also TLDs.
const FILE_EXTENSIONS = new Set(
  'exe dll sys scr msi bat cmd vbs js jse hta lnk ps1 psm1 sh py rb pl php jsp asp aspx jar apk elf so dylib txt log csv json xml yml yaml ini cfg conf pdf doc docx docm xls xlsx xlsm ppt pptx rtf one eml msg zip rar 7z gz tgz tar iso img vhd dmg png jpg gif dat bin tmp bak dmp har pem key pfx db'.split(' '),
);

const FINDERS: { kind: IndicatorKind | 'hash' | 'ipv6?'; re: RegExp }[] = [
  { kind: 'url', re: /\b(?:https?|ftps?|sftp):\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/gi },
  { kind: 'email', re: /\b[a-z0-9._%+-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b/gi },
  { kind: 'ipv4', re: /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]*\d)/g },
  { kind: 'hash', re: /\b(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b/gi },
  { kind: 'ipv6?', re: /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi },
  { kind: 'path', re: /(?:\b[A-Z]:\\|(?<![\w.])\/(?:[\w.-]+\/)+)[^\s"'<>,;]*/g },
  { kind: 'domain', re: /(?<![\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,24}(?![\w-]|\.\w)/gi },
];

/** Finds the network and file indicators in text that has been refanged: IPs, URLs, domains, emails, hashes, files. */
export function findIndicators(text: string): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  const free = (start: number, end: number) => found.every((f) => end <= f.start || start >= f.end);
  for (const { kind, re } of FINDERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const resolved = resolveKind(kind, m[0]);
      if (resolved) found.push({ kind: resolved, value: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolveKind(kind: IndicatorKind | 'hash' | 'ipv6?', value: string): IndicatorKind | undefined {
  if (kind === 'hash') return value.length === 64 ? 'sha256' : value.length === 40 ? 'sha1' : 'md5';
  // Only real IPv6 with a digit: "12:30:00" and "a::b" are not addresses.
  if (kind === 'ipv6?') return isIP(value) === 6 && /\d/.test(value) && value.includes(':') ? 'ipv6' : undefined;
  if (kind === 'domain') {
    const ext = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
    if (FILE_EXTENSIONS.has(ext)) return 'filename';
    // Version numbers and decimals ("1.2.3", "3.5") are not hosts: a TLD is letters.
    return /^[a-z]{2,24}$|^xn--/i.test(ext) ? 'domain' : undefined;
  }
  return kind;
}

/** The indicator type a kind implies when the report's key does not say. */
export function typeOfKind(kind: IndicatorKind): Indicator['type'] {
  if (kind === 'md5' || kind === 'sha1' || kind === 'sha256' || kind === 'filename' || kind === 'path') return 'file';
  if (kind === 'text') return 'behavioral';
  return 'network';
}
