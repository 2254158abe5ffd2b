import type { Mode } from './mode.js';
import { readSpecs, refuse, type InputSpec } from './inputs.js';

const OUT: InputSpec = {
  name: 'out',
  kind: 'string',
  default: '',
  help: 'the directory to write the JSON Schema and its Markdown reference into (default: print the schema)',
  placeholder: 'DIR',
  cliOnly: true,
};

/** `s3-xrepl schema`: the config's JSON Schema (and its Markdown reference). */
export const schema: Mode<{ readonly out: string }> = {
  name: 'schema',
  summary: "write (or print) the config's JSON Schema and its Markdown reference",
  frontDoors: ['cli'],
  configs: 'none',
  reads: [OUT],
  outputs: [],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse(problems);
    return { out: String(values.out) };
  },
  async run(inputs, env) {
    const { CONFIG_REFERENCE_FILE, SCHEMA_FILE, configReferenceText, configSchemaText } = await import(
      /* webpackChunkName: "schema" */ '../core/generic-files.js'
    );
    if (inputs.out === '')
      // The schema itself is the result: printed as it is, in every format.
      return {
        exitCode: 0,
        outputs: {},
        verdict: '',
        json: JSON.parse(configSchemaText()) as unknown,
        raw: configSchemaText(),
      };
    const written = await env.writeOutputDir(
      inputs.out,
      new Map([
        [SCHEMA_FILE, configSchemaText()],
        [CONFIG_REFERENCE_FILE, configReferenceText()],
      ]),
    );
    return { exitCode: 0, outputs: {}, verdict: `wrote ${written.join(', ')}` };
  },
};
