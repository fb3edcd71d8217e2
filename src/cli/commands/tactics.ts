import type { CommandModule } from 'yargs';
import { ATTACK_VERSION, TACTICS, lookupTactic } from '../../model/attack.js';

/** `itx tactics`: the ATT&CK Enterprise tactics in matrix order, and how pre-v19 labels are read. */
const tactics: CommandModule = {
  command: 'tactics',
  describe: `List the ${TACTICS.length} ATT&CK Enterprise v${ATTACK_VERSION} tactics in matrix order`,
  builder: (yargs) =>
    yargs
      .example('itx tactics', 'ids, names and the shortnames --tactic accepts')
      .example('itx timeline --tactic TA0001', 'any id, name or shortname it lists works as --tactic'),
  handler: () => {
    const nameWidth = Math.max(...TACTICS.map((t) => t.name.length));
    const lines = TACTICS.map((t) => `${String(t.order).padStart(2)}  ${t.id}  ${t.name.padEnd(nameWidth)}  ${t.shortname}`);
    const legacy = lookupTactic('Defense Evasion');
    lines.push('', `Pre-v19 labels are accepted: ${legacy.ok ? legacy.note : '"Defense Evasion" maps to stealth and defense-impairment'}.`);
    lines.push('Tactics match by name, shortname or TA id, in any case.');
    lines.push(`MITRE ATT&CK® Enterprise v${ATTACK_VERSION}, © The MITRE Corporation, used under its terms of use (src/model/attack/LICENSE-ATTACK.md).`);
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};

export default tactics;
