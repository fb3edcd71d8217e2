import type { CommandModule } from 'yargs';
import { incidentJsonSchema } from '../../load/json-schema.js';

/** `itx schema`: the JSON Schema of incident files, generated from the zod definition. */
const schema: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of incident files (for editors and other tools)',
  handler: () => {
    process.stdout.write(`${JSON.stringify(incidentJsonSchema(), null, 2)}\n`);
  },
};

export default schema;
