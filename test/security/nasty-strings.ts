// Strings that attack a terminal, or a person reading one. Each is placed in incident files and
// reports and driven through the real binary in a pseudo-terminal (hostile-pty.test.ts): what
// must never happen is that the terminal acts on it; what must happen is that a hidden character
// shows as a visible badge. References: CVE-2022-46663 (less), CVE-2021-25743 (kubectl),
// CVE-2024-52005 (git), CVE-2003-0063 (xterm title report), "Trojan Source" (CVE-2021-42574).

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

/** One hostile string of the corpus. */
export interface NastyString {
  /** Short kebab-case name, also the id of the event that carries it. */
  name: string;
  /** What it does to a terminal or a reader, and why a viewer must not pass it through. */
  why: string;
  /** The string itself, as a JSON string value would decode to. */
  value: string;
  /** What the reader must see in its place (badges, defanged text); empty when the whole string is a sequence removed whole. */
  shows: string[];
  /** Too big to commit: written only at test time, into a temporary directory. */
  large?: boolean;
}

/** The corpus: at least one string per attack named in the security issue, and a few more. */
export const NASTY_STRINGS: readonly NastyString[] = [
  {
    name: 'osc52-clipboard-write',
    why: 'OSC 52 sets the system clipboard: the next paste runs the attacker\'s command ("rm -rf ~" in base64 here)',
    value: `${ESC}]52;c;cm0gLXJmIH4K${BEL}`,
    shows: [],
  },
  {
    name: 'osc52-clipboard-read',
    why: 'OSC 52 with "?" asks the terminal to send the clipboard back as input, leaking it to the program',
    value: `${ESC}]52;c;?${BEL}`,
    shows: [],
  },
  {
    name: 'osc8-lying-link',
    why: 'OSC 8 makes text a hyperlink to another address: the reader sees one bank and clicks another',
    value: `${ESC}]8;;https://evil.example/${ST}https://bank.example/${ESC}]8;;${ST}`,
    // Only the link text remains, defanged: the address it pointed to is gone.
    shows: ['hxxps://bank[.]example/'],
  },
  {
    name: 'osc0-title-set-and-report',
    why: 'OSC 0 sets the window title; CSI 21 t then asks the terminal to type the title back as input (CVE-2003-0063)',
    value: `${ESC}]0;rm -rf ~${BEL}${ESC}[21t`,
    shows: [],
  },
  {
    name: 'osc2-title-only',
    why: 'OSC 2 sets the window title to a lie ("sudo password required")',
    value: `${ESC}]2;sudo password required${ST}`,
    shows: [],
  },
  {
    name: 'decrqss-echo',
    why: 'DECRQSS asks the terminal to report a setting; the reply echoes attacker bytes back as input',
    value: `${ESC}P$q;1\nrm -rf ~\n${ST}`,
    shows: [],
  },
  {
    name: 'osc50-font-query',
    why: 'OSC 50 queries (or sets) the font; xterm answers with a reply the program did not ask for',
    value: `${ESC}]50;?${BEL}`,
    shows: [],
  },
  {
    name: 'less-cve-2022-46663',
    why: 'an OSC 8 link whose address carries another escape sequence (a title set): less 606-608 passed it through under -R',
    value: `${ESC}]8;;http://example.com/${ESC}]0;less owned${BEL}link${ESC}]8;;${ST}`,
    shows: [],
  },
  {
    name: 'cursor-up-overwrite',
    why: 'moves the cursor up and erases a line, so a later line hides or replaces one above it (CVE-2021-25743)',
    value: `${ESC}[1A${ESC}[2K${ESC}[1A${ESC}[2KEverything is fine`,
    shows: [],
  },
  {
    name: 'clear-screen-and-scrollback',
    why: 'ESC[2J ESC[3J erase the screen and the scrollback: earlier output, the evidence, is gone',
    value: `${ESC}[2J${ESC}[3J${ESC}[H`,
    shows: [],
  },
  {
    name: 'bare-carriage-return',
    why: 'a lone CR returns to the start of the line, so the text after it overwrites the text before it',
    value: 'status: COMPROMISED\rstatus: ok         ',
    shows: ['^M'],
  },
  {
    name: 'backspace-overstrike',
    why: 'backspaces step back over text so later characters overwrite it ("evil" hides behind "good")',
    value: 'evil\b\b\b\bgood',
    shows: ['^H'],
  },
  {
    name: 'c1-8bit-csi',
    why: 'the single byte U+009B is CSI on terminals that read 8-bit controls: erases the screen without any ESC',
    value: '\u009b2J\u009b1;1H',
    shows: [],
  },
  {
    name: 'c1-8bit-osc',
    why: 'U+009D opens an OSC and U+009C ends it: a title set with no ESC byte at all',
    value: '\u009d0;c1 title\u009c',
    shows: [],
  },
  {
    name: 'c1-next-line',
    why: 'U+0085 (NEL) is a line break to some terminals and invisible to others',
    value: 'one\u0085two',
    shows: ['<U+0085>'],
  },
  {
    name: 'tmux-passthrough',
    why: 'tmux forwards a DCS "tmux;" body to the outer terminal, smuggling an OSC 52 past tmux',
    value: `${ESC}Ptmux;${ESC}${ESC}]52;c;cm0gLXJmIH4K${BEL}${ST}`,
    shows: [],
  },
  {
    name: 'apc-kitty-graphics',
    why: 'an APC body is a kitty graphics command: it can draw images over the text, or query the terminal',
    value: `${ESC}_Ga=T,f=100,q=0;iVBORw0KGgoAAAANSUhEUg==${ST}`,
    shows: [],
  },
  {
    name: 'sos-and-pm-strings',
    why: 'SOS and PM strings are swallowed by terminals; a naive filter prints their bodies or stops too early',
    value: `${ESC}Xstart of string${ST}${ESC}^privacy message${ST}`,
    shows: [],
  },
  {
    name: 'sixel-dcs',
    why: 'a DCS sixel image paints pixels over the text around it',
    value: `${ESC}Pq#0;2;0;0;0#0~~@@vv@@~~${ST}`,
    shows: [],
  },
  {
    name: 'unterminated-osc-1mb',
    why: 'an OSC that never ends: the terminal swallows everything after it (a megabyte here), or a filter buffers it all',
    value: `${ESC}]0;${'A'.repeat(1024 * 1024)}`,
    shows: [],
    large: true,
  },
  {
    name: 'paste-mode-off',
    why: 'turns off bracketed paste, so a pasted command with a newline runs at once instead of being shown first',
    value: `${ESC}[?2004l`,
    shows: [],
  },
  {
    name: 'paste-end-injection',
    why: 'a fake "paste ended" marker: text after it is read by a shell as typed, not pasted',
    value: `${ESC}[201~rm -rf ~\n`,
    shows: [],
  },
  {
    name: 'mode-switches',
    why: 'turn on mouse reporting, application cursor keys, insert mode and origin mode: keys and clicks then send garbage',
    value: `${ESC}[?1000h${ESC}[?1006h${ESC}[?1h${ESC}[4h${ESC}[?6h${ESC}=`,
    shows: [],
  },
  {
    name: 'reset-and-charset-shift',
    why: 'RIS resets the terminal; SO and ESC ( 0 switch to line-drawing glyphs so every later letter is garbled',
    value: `${ESC}c\u000e${ESC}(0lqqk`,
    shows: ['^N'],
  },
  {
    name: 'terminal-queries',
    why: 'device attributes, cursor position and window size reports: the terminal types its answers into the program',
    value: `${ESC}[c${ESC}[>c${ESC}[6n${ESC}[18t${ESC}[8;5;5t${ESC}[22;0t`,
    shows: [],
  },
  {
    name: 'save-restore-cursor',
    why: 'DECSC/DECRC save and restore the cursor: text written after a restore lands over earlier text',
    value: `${ESC}7hidden${ESC}8shown`,
    shows: [],
  },
  {
    name: 'bel-flood',
    why: 'two hundred BELs: a storm of beeps or flashes, and urgency hints on the window',
    value: BEL.repeat(200),
    shows: ['^G'],
  },
  {
    name: 'nul-flood',
    why: 'NULs are invisible, cut C strings short, and pad text so it looks empty',
    value: `before${'\0'.repeat(200)}after`,
    shows: ['^@'],
  },
  {
    name: 'del-flood',
    why: 'DEL is invisible on most terminals but still in the text a reader copies',
    value: `before${'\x7f'.repeat(200)}after`,
    shows: ['^?'],
  },
  {
    name: 'rlo-text',
    why: 'U+202E (right-to-left override) shows "invoice<U+202E>fdp.exe" as "invoiceexe.pdf" (Trojan Source)',
    value: 'invoice\u202efdp.exe',
    shows: ['<U+202E>'],
  },
  {
    name: 'bidi-isolates',
    why: 'bidi isolates and marks reorder what follows, so the text read is not the text stored',
    value: 'admin\u2067\u2066 trusted\u2069\u2069 \u200fuser\u200e',
    shows: ['<U+2067>', '<U+2066>', '<U+2069>', '<U+200F>', '<U+200E>'],
  },
  {
    name: 'zero-width',
    why: 'zero-width characters split a name so it looks the same but matches nothing ("pay<ZWSP>pal")',
    value: 'pay\u200bpal \u2060log\ufeffin\u00ad \u200c',
    shows: ['<U+200B>', '<U+2060>', '<U+FEFF>', '<U+00AD>', '<U+200C>'],
  },
  {
    name: 'tag-characters',
    why: 'Unicode tag characters are invisible ASCII: hidden instructions ("ASCII smuggling") a reader never sees',
    value: `ok${[...'IGNORE'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')}`,
    shows: ['<U+E0049>', '<U+E0047>'],
  },
  {
    name: 'line-separators',
    why: 'U+2028 and U+2029 break a line in some renderers and not in others, so rows shift',
    value: 'first\u2028second\u2029third',
    shows: ['<U+2028>', '<U+2029>'],
  },
  {
    name: 'combining-mark-bomb',
    why: 'thousands of combining marks on one letter ("Zalgo") stack up and smear over the lines around it',
    value: `Z${'\u0301\u0336\u0489'.repeat(2000)}ALGO`,
    shows: ['marks>'],
  },
  {
    name: 'lone-surrogates',
    why: 'unpaired UTF-16 surrogates are not text: they cannot be encoded as UTF-8 and break width measuring',
    value: 'left\ud800middle\udfffright',
    shows: ['\ufffd'],
  },
  {
    name: 'zwj-emoji',
    why: 'a ZWJ emoji sequence is one glyph two cells wide: a width count that gets it wrong breaks the layout',
    value: 'team \u{1f469}\u200d\u{1f4bb}\u{1f468}\u{1f3fd}\u200d\u{1f692} done',
    shows: ['\u{1f469}\u200d\u{1f4bb}'],
  },
  {
    name: 'json-escaped-esc',
    why: 'the file text holds "\\u001b[31m" (six characters); JSON.parse turns it into a real ESC',
    value: `${ESC}[31mred alert${ESC}[0m${ESC}[8mconcealed${ESC}[28m`,
    shows: [],
  },
  {
    name: 'lone-escape',
    why: 'an ESC followed by a character that begins no sequence: shown, not sent (a terminal would swallow the next character)',
    value: `${ESC}\u00e9t\u00e9 ${ESC}\u20ac5`,
    shows: ['^['],
  },
];

/** The corpus entries small enough to live in a committed fixture. */
export const COMMITTED_STRINGS = NASTY_STRINGS.filter((s) => !s.large);
