import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defang, defangIndicator, refang } from '../../src/text/index.js';

// [input, expected]
const CASES: Array<[string, string]> = [
  ['https://evil.example/x', 'hxxps://evil[.]example/x'],
  ['http://evil.example', 'hxxp://evil[.]example'],
  ['HTTPS://Evil.Example/Path', 'HXXPS://Evil[.]Example/Path'],
  ['ftp://files.evil.example/a.zip', 'fxp://files.evil[.]example/a.zip'],
  ['http://198.51.100.7:8080/a', 'hxxp://198.51.100[.]7:8080/a'],
  ['http://[2001:db8::1]:443/', 'hxxp://[2001[:]db8[:][:]1]:443/'],
  ['https://google.com@evil.example/', 'hxxps://google.com[@]evil[.]example/'],
  ['https://evil.example/r?u=http://other.example/x', 'hxxps://evil[.]example/r?u=hxxp://other.example/x'],
  ['see https://evil.example/x.', 'see hxxps://evil[.]example/x.'],
  ['(https://evil.example/x)', '(hxxps://evil[.]example/x)'],
  ['https://en.wikipedia.org/wiki/Foo_(bar)', 'hxxps://en.wikipedia[.]org/wiki/Foo_(bar)'],
  ['"https://evil.example/x"', '"hxxps://evil[.]example/x"'],
  ['beacon to 198.51.100.7 on 443', 'beacon to 198.51.100[.]7 on 443'],
  ['198.51.100.7:4444', '198.51.100[.]7:4444'],
  ['user@example.org', 'user[@]example[.]org'],
  ['mail first.last+tag@mail.example.co.uk now', 'mail first.last+tag@mail.example.co[.]uk now'.replace('@', '[@]')],
  ['admin@198.51.100.7', 'admin[@]198.51.100[.]7'],
  ['evil.example.com', 'evil.example[.]com'],
  ['resolve www.evil.example then', 'resolve www.evil[.]example then'],
  ['evil.example.com.', 'evil.example[.]com.'],
  ['xn--80ak6aa92e.xn--p1ai', 'xn--80ak6aa92e[.]xn--p1ai'],
  ['2001:db8::1', '2001[:]db8[:][:]1'],
  ['fe80::1%eth0', 'fe80[:][:]1%eth0'],
  ['::ffff:198.51.100.7', '[:][:]ffff[:]198.51.100[.]7'],
  ['ws://evil.example/socket', 'ws://evil[.]example/socket'],
  // left alone
  ['evil.exe', 'evil.exe'],
  ['report.pdf and notes.txt, payload.ps1, run.sh, x.py', 'report.pdf and notes.txt, payload.ps1, run.sh, x.py'],
  ['invoice.pdf.exe', 'invoice.pdf.exe'],
  ['C:\\Windows\\System32\\evil.dll', 'C:\\Windows\\System32\\evil.dll'],
  ['d41d8cd98f00b204e9800998ecf8427e', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['version 1.2.3 and 10.0.19041.1', 'version 1.2.3 and 10.0.19041.1'],
  ['ratio 3.5, pi 3.14159', 'ratio 3.5, pi 3.14159'],
  ['v1.2.3.4', 'v1.2.3.4'],
  ['999.1.1.1', '999.1.1.1'],
  ['at 12:34:56 UTC', 'at 12:34:56 UTC'],
  ['mac 00:1a:2b:3c:4d:5e', 'mac 00:1a:2b:3c:4d:5e'],
  ['std::string and a::b', 'std::string and a::b'],
  ['e.g. this, i.e. that', 'e.g. this, i.e. that'],
  ['node.js', 'node.js'],
  ['localhost', 'localhost'],
  ['', ''],
  // already defanged stays put
  ['hxxps://evil[.]example', 'hxxps://evil[.]example'],
  ['hxxps://evil[.]example/payload.example.com', 'hxxps://evil[.]example/payload.example.com'],
  ['198.51.100[.]7', '198.51.100[.]7'],
  ['user[@]example[.]org', 'user[@]example[.]org'],
  ['evil.example[.]com', 'evil.example[.]com'],
  ['2001[:]db8[:][:]1', '2001[:]db8[:][:]1'],
  ['hXXp[:]//evil[.]example', 'hXXp[:]//evil[.]example'],
];

describe('defang', () => {
  it.each(CASES)('%j', (input, expected) => {
    const out = defang(input);
    expect(out).toBe(expected);
    expect(defang(out)).toBe(out);
  });

  it('defangs a partially defanged URL host without touching the scheme', () => {
    expect(defang('hxxps://evil.example.com/x')).toBe('hxxps://evil.example[.]com/x');
  });

  it('leaves no live http(s) scheme behind', () => {
    const out = defang('a http://x.example b https://y.example/?next=https://z.example c');
    expect(out).not.toMatch(/https?:\/\//i);
  });

  it('is linear on long runs', () => {
    const inputs = [
      'a'.repeat(200_000) + ' ' + 'a.'.repeat(100_000) + ' ' + '1:'.repeat(100_000) + '@'.repeat(1000),
      'a.'.repeat(100_000) + 'a://', // every label a failed host candidate
      'a[.]'.repeat(50_000) + 'a://',
      'a.'.repeat(100_000) + 'a@',
      'a-'.repeat(100_000) + '.com',
      '1.'.repeat(100_000),
      '1:'.repeat(50_000) + '.1.1.1',
      'https://evil.example/' + ')'.repeat(100_000) + ']'.repeat(100_000),
    ];
    for (const input of inputs) {
      const start = performance.now();
      defang(input);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('refang', () => {
  it('reverses defang', () => {
    for (const [input, expected] of CASES) {
      if (input.includes('[') || input.toLowerCase().includes('hxx')) continue; // not defang output
      expect(refang(expected)).toBe(input);
    }
  });

  it('understands common variants', () => {
    expect(refang('hxxp://evil[dot]example (.) x[at]y.z {.}')).toBe('http://evil.example . x@y.z .');
    expect(refang('hXXps[:]//evil[.]example')).toBe('hTTps://evil.example');
  });
});

describe('defangIndicator', () => {
  it.each([
    ['198.51.100.7', 'ipv4', '198.51.100[.]7'],
    ['2001:db8::1', 'ipv6', '2001[:]db8[:][:]1'],
    ['198.51.100.7', 'ip-dst', '198.51.100[.]7'],
    ['evil.example.com', 'domain', 'evil.example[.]com'],
    ['evil.exe', 'domain', 'evil[.]exe'], // the kind says domain, so no TLD guess
    ['beacon.local', 'hostname', 'beacon[.]local'],
    ['https://evil.example/x', 'url', 'hxxps://evil[.]example/x'],
    ['evil.example/x', 'url', 'evil[.]example/x'],
    ['tcp://evil.example:4444', 'url', 'tcp://evil[.]example:4444'],
    ['user@example.org', 'email', 'user[@]example[.]org'],
    ['user@example.org', 'email-src', 'user[@]example[.]org'],
    ['d41d8cd98f00b204e9800998ecf8427e', 'md5', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['da39a3ee5e6b4b0d3255bfef95601890afd80709', 'sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'sha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['update.microsoft.com.exe', 'filename', 'update.microsoft.com.exe'],
    ['C:\\temp\\evil.example.com', 'path', 'C:\\temp\\evil.example.com'],
    ['evil.example.com', undefined, 'evil.example[.]com'],
    ['see 198.51.100.7', 'note', 'see 198.51.100[.]7'],
  ] as Array<[string, string | undefined, string]>)('%s as %s', (value, kind, expected) => {
    const out = defangIndicator(value, kind);
    expect(out).toBe(expected);
    expect(defangIndicator(out, kind)).toBe(out);
  });
});

const label = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const indicator = fc.oneof(
  fc.tuple(label, label, fc.constantFrom('com', 'org', 'example', 'exe', 'pdf', 'io', '3')).map((p) => p.join('.')),
  fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.')),
  fc.ipV6(),
  fc.emailAddress(),
  fc.webUrl(),
  fc.constantFrom('hxxps://a[.]b', '[.]', '[:]', '[@]', '::', '...', '@', 'http://', '1.2', ':'),
);
const text = fc
  .array(fc.oneof(indicator, fc.constantFrom(' ', ', ', '(', ')', '"', '/', '.', ':', '@', '-', '_', '[', ']', 'A', '\n')), { maxLength: 12 })
  .map((parts) => parts.join(''));

// Short strings over the characters the rules look at: finds boundary cases indicators miss.
const soup = fc
  .array(fc.constantFrom(...'htpsfx:/.[]@0a1Fe-_%+ c9o'.split(''), 'http://', 'com', '::', '[.]', '[:]', '[@]'), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('defang: properties', () => {
  it('is idempotent on character soup', () => {
    fc.assert(
      fc.property(soup, (s) => {
        expect(defang(defang(s))).toBe(defang(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(defang(defang(s))).toBe(defang(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips through refang when the input had no brackets', () => {
    fc.assert(
      fc.property(text.filter((s) => !/\[|\]|\(\.\)|\{\.\}|hxx|fxp/i.test(s)), (s) => {
        expect(refang(defang(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('only ever inserts brackets and rewrites schemes', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = defang(s);
        expect(out.replace(/\[([.:@])\]/g, '$1').replace(/hxxp/gi, 'http').replace(/fxp/gi, 'ftp')).toBe(
          s.replace(/hxxp/gi, 'http').replace(/fxp/gi, 'ftp').replace(/\[([.:@])\]/g, '$1'),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
