/** What a name looks like: a media outlet, a government body, a person. Small rules, tested. */

// Bounded lengths keep every rule linear on hostile input (a 100 KB run of "A.A.A.").
/** A capitalised word (or one starting with a digit, like "404" or "1Password"). */
export const CAP = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.\\-]{0,40}";
/** A proper name: up to six capitalised words, with "of" and "&" inside ("Department of Justice", "AT&T"). */
export const NAME = `${CAP}(?:\\s+(?:(?:of|&)\\s+)?${CAP}){0,5}`;

const MEDIA_SUFFIX = /\s(?:Media|News|Times|Post|Journal|Wire|Herald|Tribune|Gazette|Daily|Weekly|Magazine|Record|Register|Guardian|Telegraph|Insider|Chronicle|Reporter|Review|Press|Network|Radio|TV|Broadcasting)$/;
const KNOWN_OUTLETS = new Set(
  [
    'Reuters', 'Bloomberg', 'TechCrunch', 'Wired', 'The Verge', 'BleepingComputer', 'Bleeping Computer', 'KrebsOnSecurity',
    'Krebs on Security', 'CNN', 'BBC', 'CNBC', 'NPR', 'Axios', 'Politico', 'The Intercept', 'Ars Technica', 'ZDNet', 'SecurityWeek',
    'Dark Reading', 'The Register', 'Vice', 'Motherboard', 'Forbes', 'The Guardian', 'CyberScoop', 'The Hacker News', 'The Record',
    'Recorded Future News', 'Associated Press', 'AP', 'AFP', 'Financial Times', 'The Washington Post', 'The New York Times', 'Engadget',
    'The Information', 'Semafor', 'DataBreaches.net', 'Cybernews', 'SC Media', 'Infosecurity Magazine', 'Gizmodo', '404 Media',
  ].map((n) => n.toLowerCase()),
);
const GOVERNMENT = /\b(?:Department|Ministry|Agency|Bureau|Administration|Commission|Office of|Police|Government|Parliament|Senate|Congress|Council|Army|Navy|Air Force|Pentagon|White House|FBI|CISA|NSA|GCHQ|NCSC|ENISA|SEC|FTC|ICO|DHS|DOJ|DoD|Europol|Interpol)\b/;
const ORG_SUFFIX = /\s(?:Inc|Corp|Corporation|Company|Co|LLC|Ltd|Limited|plc|GmbH|AG|SA|Group|Holdings|Labs|Technologies|Systems|Security|Software|Bank|University|Foundation|Institute|Partners)\.?$/;

/** True for a media outlet's name: ends like one ("404 Media", "NBC News") or is a known outlet. */
export function isMediaName(name: string): boolean {
  const clean = name.trim();
  return MEDIA_SUFFIX.test(clean) || KNOWN_OUTLETS.has(clean.toLowerCase()) || KNOWN_OUTLETS.has(`the ${clean.toLowerCase()}`);
}

/** True for a government body ("Department of Justice", "CISA"). */
export function isGovernmentName(name: string): boolean {
  return GOVERNMENT.test(name);
}

/** True when a name reads as a person's: two to four capitalised words, none an organisation's suffix. */
export function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (isMediaName(name) || isGovernmentName(name) || ORG_SUFFIX.test(` ${words[words.length - 1]}`)) return false;
  // "JD Vance" has an all-capital initial; "404 Media" starts with digits.
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
}

/** Trims what clings to a name in prose: quotes, brackets, possessive "'s", trailing punctuation. */
export function cleanName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“‘(\[]+|[\s"'”’)\].,;:!?]+$/g, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** Sentence case of a lowercase phrase: "external cybersecurity firm" -> "External cybersecurity firm". */
export function sentenceCase(phrase: string): string {
  const t = phrase.trim().replace(/\s+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
