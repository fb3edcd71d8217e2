// Defanging: indicators in hostile text are shown so they cannot be clicked, auto-linked or
// pasted into a shell by accident (hxxps://evil[.]example, 198.51.100[.]7, user[@]example[.]org).
// Every rule is a fixed point on its own output, so defang(defang(x)) === defang(x).
// Works on sanitised text; the brackets it adds are plain printable ASCII.

import { isIP } from 'node:net';

// File extensions that are far more likely a file name than a TLD in incident data, even
// where they are also real TLDs (.zip, .sh, .py, .mov): evil.exe and report.pdf stay as-is.
const FILE_EXTENSIONS = new Set(
  (
    'exe dll sys drv ocx cpl scr msi msp bat cmd vbs vbe js jse mjs cjs ts wsf wsh hta lnk ps1 psm1 psd1 ' +
    'sh bash py pyc pyw rb php jsp asp aspx jar class war apk elf so dylib ko ' +
    'txt log csv tsv json jsonl xml yml yaml ini cfg conf toml env md html htm css ' +
    'pdf doc docx docm dot xls xlsx xlsm ppt pptx rtf odt ods one eml msg ' +
    'zip rar 7z gz tgz tar bz2 xz cab iso img vhd vhdx dmg ' +
    'png jpg jpeg gif bmp svg ico webp mp3 mp4 mov avi wav ' +
    'dat bin tmp bak old dmp evtx etl pcap pcapng har pem crt cer der key pfx p12 db sqlite lock'
  ).split(' '),
);

// Regex pieces. Each alternative starts with a negative lookbehind on its own characters, so
// a match can only begin at the start of a run (one attempt per run keeps the scan linear),
// and a host must be maximal: it may not stop short of a further label, so backtracking can
// never carve "a.b" out of "a.b[.]c" or a TLD out of "x.http://".
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const SEP = '(?:\\.|\\[\\.\\])'; // `[.]` too, so already-defanged hosts are seen whole and left alone
const HOST_START = '(?<![a-z0-9-]|[a-z0-9-]\\.|\\[\\.\\])';
const HOST_END = `(?![a-z0-9-]|${SEP}[a-z0-9]|(?::|\\[:\\])//)`;
const HOST = `${HOST_START}${LABEL}(?:${SEP}${LABEL})+${HOST_END}`;
const URL_RE = '(?<![a-z0-9])(?:h(?:tt|xx)ps?|f[tx]ps?)(?::|\\[:\\])//[^\\s<>"\'`]+';
const EMAIL = `(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@${LABEL}(?:\\.${LABEL})+${HOST_END}`;
// Bounded like an address local part too, so "::1_a@x.com" is not split differently on a second pass.
const IPV6 = '(?<![a-z0-9:.@_%+\\]-])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\\.[0-9]{1,3}){0,3}(?:%[a-z0-9]+)?(?![a-z0-9:@_%+-]|\\.(?!\\s|$)|\\[[.:@]\\])';

const FINDER = new RegExp(`(?<url>${URL_RE})|(?<email>${EMAIL})|(?<ipv6>${IPV6})|(?<host>${HOST})`, 'gi');

/** Shows URLs, domains, IP and email addresses in free text defanged; idempotent. */
export function defang(text: string): string {
  if (!text.includes('.') && !text.includes(':')) return text; // nothing can match
  return text.replace(FINDER, (match: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as Record<string, string | undefined>;
    const offset = rest[rest.length - 3] as number;
    if (groups.url !== undefined) return defangUrl(match);
    if (groups.email !== undefined) return defangEmail(match, true);
    if (groups.ipv6 !== undefined) {
      const zone = match.indexOf('%'); // fe80::1%eth0: the zone id is not part of the address
      const address = zone < 0 ? match : match.slice(0, zone);
      return looksLikeIPv6(address) ? defangIPv6(address) + match.slice(address.length) : match;
    }
    if (isLocalPart(text, offset + match.length)) return match;
    return defangHost(match, true);
  });
}

// A host-like run inside an address's local part (first.last+tag@, or ...[@] once defanged)
// is not a host. Local parts are at most 64 characters, which bounds the look-ahead.
function isLocalPart(text: string, from: number): boolean {
  for (let i = from; i < from + 64 && i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '@' || text.startsWith('[@]', i)) return true;
    if (!/[a-z0-9._%+-]/i.test(ch)) return false;
  }
  return false;
}

/** Reverses {@link defang} (and the common [dot]/(.)/[at] variants) for copying an indicator out. */
export function refang(text: string): string {
  return text
    .replace(/(?<![a-z0-9])(?:h(xx)ps?|f(x)ps?)(?=(?::|\[:\])\/\/)/gi, (s) =>
      s.replace(/x/g, 't').replace(/X/g, 'T'),
    )
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]/gi, '.')
    .replace(/\[@\]|\[at\]/gi, '@')
    .replace(/\[:\]/g, ':');
}

const INERT_KINDS = new Set(['md5', 'ssdeep', 'tlsh', 'imphash', 'authentihash', 'ja3', 'ja3s', 'jarm', 'mutex', 'regkey', 'registry', 'hash']);

/** Defangs one indicator value by kind; hashes, file names and paths are returned unchanged. */
export function defangIndicator(value: string, kind?: string): string {
  const k = kind?.toLowerCase() ?? '';
  if (INERT_KINDS.has(k) || k.startsWith('sha') || k.includes('hash') || k.includes('file') || k.includes('path')) {
    return value;
  }
  if (k === 'url' || k === 'uri' || k === 'link') {
    return /^[a-z][a-z0-9+.-]*(?::|\[:\])\/\//i.test(value) ? defangUrl(value) : defangUrlBody('', value);
  }
  if (k === 'domain' || k === 'hostname' || k === 'host' || k === 'fqdn') return defangHost(value, false);
  if (k.includes('mail')) {
    if (value.includes('[@]')) return value; // already defanged
    return value.includes('@') ? defangEmail(value, false) : defang(value);
  }
  if (k.startsWith('ip')) {
    if (isIPv4(value)) return lastDot(value);
    if (isIP(value) === 6) return defangIPv6(value);
  }
  return defang(value); // unknown kind or unparsable value: free-text rules, still idempotent
}

/** Replaces the last dot, enough to break linking and resolution while staying readable. */
function lastDot(host: string): string {
  const i = host.lastIndexOf('.');
  return i < 0 ? host : `${host.slice(0, i)}[.]${host.slice(i + 1)}`;
}

// Dotted quad, each part 0–255; leading zeros allowed (logs print 010.000.000.001).
const IPV4_EXACT = /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d?\d)$/;

function isIPv4(s: string): boolean {
  return IPV4_EXACT.test(s);
}

// A real-looking TLD: letters only (or punycode), 2–24 long, not a file extension. This is
// what keeps version numbers (1.2.3), decimals (3.5) and file names (evil.exe) untouched.
function looksLikeTld(label: string): boolean {
  if (/^xn--[a-z0-9-]{1,59}$/i.test(label)) return true;
  return /^[a-z]{2,24}$/i.test(label) && !FILE_EXTENSIONS.has(label.toLowerCase());
}

function defangHost(host: string, requireTld: boolean): string {
  if (host.includes('[.]')) return host; // already defanged
  if (isIPv4(host)) return lastDot(host);
  if (requireTld && !looksLikeTld(host.slice(host.lastIndexOf('.') + 1))) return host;
  return lastDot(host);
}

function defangEmail(address: string, requireTld: boolean): string {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  const host = defangHost(domain, requireTld);
  if (host === domain && requireTld) return address; // no real TLD: not an address after all
  return `${address.slice(0, at)}[@]${host}`;
}

// Bare IPv6 in prose: must parse, and must contain a digit, so "dead::beef", "a::b" and
// C++-style "::" stay text; times like 12:34:56 and MAC addresses do not parse.
function looksLikeIPv6(s: string): boolean {
  return isIP(s) === 6 && /\d/.test(s);
}

function defangIPv6(address: string): string {
  return lastDot(address).replaceAll(':', '[:]');
}

function defangScheme(scheme: string): string {
  if (!/^(?:https?|ftps?)$/i.test(scheme)) return scheme; // hxxp stays; other schemes have no convention
  return scheme.replace(/t/g, 'x').replace(/T/g, 'X'); // http -> hxxp, ftp -> fxp, case kept
}

const TRAILING = '.,;:!?';

function defangUrl(url: string): string {
  // Trailing sentence punctuation and unbalanced closers are not part of the URL.
  let end = url.length;
  let parens = count(url, '(') - count(url, ')'); // < 0: more closers than openers
  let brackets = count(url, '[') - count(url, ']');
  for (;;) {
    const ch = url[end - 1];
    if (ch !== undefined && TRAILING.includes(ch)) end--;
    else if (ch === ')' && parens < 0) (end--, parens++);
    else if (ch === ']' && brackets < 0 && !isDefangMark(url, end)) (end--, brackets++);
    else break;
  }
  const body = url.slice(0, end);
  const scheme = /^([a-z]+)((?::|\[:\])\/\/)/i.exec(body);
  if (scheme === null) return url;
  const head = defangScheme(scheme[1] ?? '') + (scheme[2] ?? '');
  return defangUrlBody(head, body.slice(scheme[0].length)) + url.slice(end);
}

/** `s` has a defang mark ([.] [:] [@]) ending at `end`; a closer we must not trim. */
function isDefangMark(s: string, end: number): boolean {
  return end >= 3 && s[end - 3] === '[' && '.:@'.includes(s[end - 2]!);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Defangs authority (userinfo @, host) and any URL schemes nested in the path/query. */
function defangUrlBody(head: string, rest: string): string {
  const stop = rest.search(/[/?#\\]/);
  const authority = stop < 0 ? rest : rest.slice(0, stop);
  const path = (stop < 0 ? '' : rest.slice(stop)).replace(/(?<![a-z0-9])(?:https?|ftps?)(?=:\/\/)/gi, defangScheme);
  return head + defangAuthority(authority) + path;
}

function defangAuthority(authority: string): string {
  if (/\[[.:@]\]/.test(authority)) return authority; // already defanged
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? '' : `${authority.slice(0, at)}[@]`;
  const hostPort = authority.slice(at + 1);
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close > 0) return `${userinfo}[${defangIPv6(hostPort.slice(1, close))}${hostPort.slice(close)}`;
    return userinfo + hostPort;
  }
  const port = /:\d*$/.exec(hostPort);
  const host = port === null ? hostPort : hostPort.slice(0, port.index);
  return userinfo + defangHost(host, false) + (port?.[0] ?? '');
}
