import type { CommandModule } from 'yargs';
import { incidentJsonSchema } from '../../load/json-schema.js';

/** `itx schema`: the JSON Schema of incident files, generated from the zod definition. */
const schema: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of incident files (for editors and other tools)',
  builder: (yargs) => yargs.example('itx schema > incident.schema.json', 'save it for an editor to check incident files against'),
  handler: () => {
    process.stdout.write(`${JSON.stringify(incidentJsonSchema(), null, 2)}\n`);
  },
};

export default schema;
