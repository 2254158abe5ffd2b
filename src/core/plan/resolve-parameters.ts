import type { ParameterValue } from '../synth/synthesize.js';

export type StackOutputs = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** A manifest stack's parameters with each output reference replaced by the value deployed earlier. */
export function resolveParameters(
  stackName: string,
  parameters: Readonly<Record<string, ParameterValue>>,
  outputs: StackOutputs,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (typeof value === 'string') {
      out[name] = value;
      continue;
    }
    const fromStack = outputs.get(value.fromStack);
    const resolved =
      fromStack === undefined && value.orElse !== undefined ? value.orElse : fromStack?.[value.output];
    if (resolved === undefined) {
      throw new Error(
        `internal: ${stackName} needs output ${value.output} of ${value.fromStack}, which ${fromStack ? 'has no such output' : 'was not deployed first'}`,
      );
    }
    out[name] = resolved;
  }
  return out;
}
