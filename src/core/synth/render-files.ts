import type { Synthesis } from './synthesize.js';

/**
 * The synth output directory as file name → text: each template, each stack's parameters, and
 * manifest.json. Pretty JSON with a trailing newline, so committed output diffs cleanly.
 */
export function renderSynthesisFiles(synthesis: Synthesis): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, template] of synthesis.templates) files.set(name, toJsonText(template));
  for (const stack of synthesis.manifest.stacks)
    files.set(`${stack.name}.parameters.json`, toJsonText(stack.parameters));
  files.set('manifest.json', toJsonText(synthesis.manifest));
  return files;
}

export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
