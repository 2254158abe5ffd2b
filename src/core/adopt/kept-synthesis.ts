import type { Synthesis } from '../synth/synthesize.js';
import type { Template } from '../templates/cfn.js';
import type { AdoptionTarget } from './adoption-targets.js';
import { carryKeptSettings, importTemplateOf } from './carry-kept.js';
import type { LiveBucketSettings } from './live-bucket.js';

/**
 * The synthesis with every adopted stack's template carrying what its config keeps of the live
 * bucket, so that plan previews and deploy sends the same template. A destination that keeps
 * something gets a template of its own (`<stack>.template.json`): the shared destination template
 * serves every other destination unchanged.
 */
export function withKeptSettings(
  synthesis: Synthesis,
  targets: readonly AdoptionTarget[],
  live: ReadonlyMap<string, LiveBucketSettings>,
): Synthesis {
  const templates = new Map(synthesis.templates);
  const files = new Map<string, string>();
  for (const t of targets) {
    const bucket = live.get(t.stackName);
    if (!bucket || Object.values(t.adopt.keep).every((names) => names.length === 0)) continue;
    const file = `${t.stackName}.template.json`;
    templates.set(file, carryKeptSettings(t.template, t.ids, bucket, t.adopt));
    files.set(t.stackName, file);
  }
  if (files.size === 0) return synthesis;
  return {
    ...synthesis,
    templates,
    manifest: {
      ...synthesis.manifest,
      stacks: synthesis.manifest.stacks.map((s) =>
        files.has(s.name) ? { ...s, template: files.get(s.name)! } : s,
      ),
    },
  };
}

/** The IMPORT change set's template of each stack whose bucket is still to be imported. */
export function importTemplates(
  targets: readonly AdoptionTarget[],
): Map<string, { template: Template; logicalId: string; bucket: string }> {
  return new Map(
    targets.map((t) => [
      t.stackName,
      { template: importTemplateOf(t.template, t.ids), logicalId: t.ids.bucket, bucket: t.bucket },
    ]),
  );
}
