import type { Path, Problem } from '../config/diagnostic.js';
import { utf8Length } from '../config/utf8.js';
import type { Topology } from '../model/topology.js';
import type { Template } from '../templates/cfn.js';
import { toJsonText } from './render-files.js';
import type { Synthesis } from './synthesize.js';

/**
 * CloudFormation's limits on what synth produces (AWS CloudFormation User Guide, "Understand
 * CloudFormation quotas"; CloudFormation API Reference, CreateStack and CreateStackSet).
 */
export const CFN_LIMITS = {
  /** `TemplateBody` in a request: deploy sends a template this small inline. */
  templateBody: 51_200,
  /**
   * A template in S3 (`TemplateURL`): documented as "1 MB", read as 1,000,000 bytes, the smaller
   * reading, so a template synth accepts is never refused. Deploy stages anything over the inline
   * limit in S3, minified.
   */
  templateUrl: 1_000_000,
  resources: 500,
  parameters: 200,
  outputs: 200,
  mappings: 200,
  /** Logical ids, parameter, output and mapping names. */
  nameLength: 255,
  /** The template's own Description, in bytes. */
  description: 1_024,
  parameterDescription: 4_000,
  /** One parameter value, in bytes. */
  parameterValue: 4_096,
  /** Stack and StackSet names: a letter, then letters, digits and hyphens. */
  stackName: 128,
} as const;

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const n = (x: number) => x.toLocaleString('en-US');

/**
 * Every generated template and stack against the limit that applies to how deploy sends it: a
 * stack's template inline when it fits 51,200 bytes and through S3 (1 MB) otherwise, minified; a
 * StackSet's template always inline, as rendered (CreateStackSet is called with TemplateBody).
 */
export function checkSynthesisLimits(topology: Topology, synthesis: Synthesis): Problem[] {
  const problems: Problem[] = [];
  const checked = new Set<string>();
  for (const stack of synthesis.manifest.stacks) {
    const where: Path = stack.kind === 'source' ? ['source'] : ['destinations'];
    if (stack.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(stack.name))
      problems.push({
        path: where,
        message: `the stack name ${stack.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
      });
    for (const [name, value] of Object.entries(stack.parameters)) {
      if (typeof value === 'string' && utf8Length(value) > CFN_LIMITS.parameterValue)
        problems.push({
          path: where,
          message: `parameter ${name} of stack ${stack.name} would be ${n(utf8Length(value))} bytes; CloudFormation allows ${n(CFN_LIMITS.parameterValue)}.`,
        });
    }
    const viaStackSet = topology.destinationStackSet !== undefined && stack.kind === 'destination';
    const key = `${stack.template}/${viaStackSet}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const template = synthesis.templates.get(stack.template);
    if (template) problems.push(...templateProblems(stack.template, template, viaStackSet, where));
  }
  const set = topology.destinationStackSet;
  if (set && (set.name.length > CFN_LIMITS.stackName || !STACK_NAME.test(set.name)))
    problems.push({
      path: ['destinationStackSet'],
      message: `the StackSet name ${set.name} is not one CloudFormation accepts: at most ${CFN_LIMITS.stackName} letters, digits and hyphens, starting with a letter.`,
    });
  return problems;
}

function templateProblems(file: string, template: Template, viaStackSet: boolean, where: Path): Problem[] {
  const problems: Problem[] = [];
  // What grows a template is its rules (source) or its destinations: point there.
  const growth: Path = where[0] === 'source' ? ['rules'] : where;
  if (viaStackSet) {
    const size = utf8Length(toJsonText(template));
    if (size > CFN_LIMITS.templateBody)
      problems.push({
        path: ['destinationStackSet'],
        message: `${file} is ${n(size)} bytes, and a StackSet takes its template inline, where CloudFormation allows ${n(CFN_LIMITS.templateBody)}.`,
      });
  } else {
    const size = utf8Length(JSON.stringify(template));
    if (size > CFN_LIMITS.templateUrl)
      problems.push({
        path: growth,
        message:
          `${file} would be ${n(size)} bytes (minified, as deploy uploads it to S3); CloudFormation accepts at most ` +
          `${n(CFN_LIMITS.templateUrl)} (1 MB) for a template in S3. Use fewer rules or shorter prefixes and tag ` +
          `filters, or split the topology into several configs.`,
      });
  }
  const count = (what: string, names: readonly string[], limit: number, path: Path) => {
    if (names.length > limit)
      problems.push({
        path,
        message: `${file} would declare ${names.length} ${what}; CloudFormation allows ${limit}. Split the topology into several configs.`,
      });
    for (const name of names)
      if (name.length > CFN_LIMITS.nameLength)
        problems.push({
          path,
          message: `${file} would name a ${what.replace(/s$/, '')} with ${name.length} characters; CloudFormation allows ${CFN_LIMITS.nameLength}.`,
        });
  };
  // The source template takes two parameters per destination.
  count(
    'parameters',
    Object.keys(template.Parameters ?? {}),
    CFN_LIMITS.parameters,
    where[0] === 'source' ? ['destinations'] : where,
  );
  count('resources', Object.keys(template.Resources), CFN_LIMITS.resources, where);
  count('outputs', Object.keys(template.Outputs ?? {}), CFN_LIMITS.outputs, where);
  count(
    'mappings',
    Object.keys((template as { Mappings?: object }).Mappings ?? {}),
    CFN_LIMITS.mappings,
    where,
  );
  const description = utf8Length(template.Description);
  if (description > CFN_LIMITS.description)
    problems.push({
      path: where,
      message: `${file}'s description would be ${n(description)} bytes; CloudFormation allows ${n(CFN_LIMITS.description)}.`,
    });
  for (const [name, parameter] of Object.entries(template.Parameters ?? {}))
    if (parameter.Description.length > CFN_LIMITS.parameterDescription)
      problems.push({
        path: where,
        message: `${file}: the description of parameter ${name} would have ${parameter.Description.length} characters; CloudFormation allows ${n(CFN_LIMITS.parameterDescription)}.`,
      });
  return problems;
}
