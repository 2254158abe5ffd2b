import type { Mode } from './mode.js';
import { readSpecs, refuse, type InputSpec } from './inputs.js';

const OUT: InputSpec = {
  name: 'out',
  kind: 'string',
  default: '',
  help: 'the directory to write them into (the repository keeps them in templates/)',
  placeholder: 'DIR',
  cliOnly: true,
};

/** `s3-xrepl templates`: the generic destination and bootstrap templates. */
export const templates: Mode<{ readonly out: string }> = {
  name: 'templates',
  summary: 'write the generic destination and bootstrap templates',
  frontDoors: ['cli'],
  configs: 'none',
  reads: [OUT],
  outputs: [],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([
      ...(values.out === '' ? ['input "out" is required: the directory to write into.'] : []),
      ...problems,
    ]);
    return { out: String(values.out) };
  },
  async run(inputs, env) {
    const { genericTemplateFiles } = await import(
      /* webpackChunkName: "templates" */ '../core/generic-files.js'
    );
    const written = await env.writeOutputDir(inputs.out, genericTemplateFiles());
    return { exitCode: 0, outputs: {}, verdict: `wrote ${written.join(', ')}` };
  },
};
