import { UserError } from '../core/errors.js';

/**
 * What a mode reads: the action's inputs (action.yml declares them; a test checks the two agree)
 * and the CLI's flags of the same names. A spec is also the flag's help line.
 */
export interface InputSpec {
  readonly name: string;
  readonly kind: 'string' | 'boolean' | 'integer';
  /** As action.yml gives it ('' for none). */
  readonly default: string;
  readonly help: string;
  readonly min?: number;
  readonly max?: number;
  /** The CLI's flag, when it is not --<name>; `false` for inputs a terminal has no use for. */
  readonly flag?: string | false;
  /** Only the CLI reads it (--assume-roles, --format, ...). */
  readonly cliOnly?: boolean;
  /** The value's placeholder in --help: FILE, DIR, N. */
  readonly placeholder?: string;
}

export interface OutputSpec {
  readonly name: string;
}

export const flagOf = (spec: InputSpec): string | undefined =>
  spec.flag === false ? undefined : (spec.flag ?? spec.name);

// ---- inputs several modes read ----

export const CONFIG: InputSpec = {
  name: 'config',
  kind: 'string',
  default: '',
  help: 'the topology YAML file',
  placeholder: 'FILE',
};
export const OUT_DIR: InputSpec = {
  name: 'out-dir',
  kind: 'string',
  default: 's3-xrepl.out',
  help: 'where synth writes its files, and plan its plan.md and plan.json',
  flag: 'out',
  placeholder: 'DIR',
};
export const TIMEOUT_MINUTES: InputSpec = {
  name: 'timeout-minutes',
  kind: 'integer',
  default: '30',
  min: 1,
  max: 360,
  help: 'bound on every wait (change sets, stack operations, drift detection)',
  placeholder: 'N',
};
export const ALLOW_DESTRUCTIVE: InputSpec = {
  name: 'allow-destructive',
  kind: 'boolean',
  default: 'false',
  help: 'let deploy replace or remove a bucket, key or the replication role (they are retained)',
};
export const RECREATE_FAILED_STACKS: InputSpec = {
  name: 'recreate-failed-stacks',
  kind: 'boolean',
  default: 'false',
  help: 'let deploy delete and recreate a stack whose first creation failed',
};
export const COMMENT: InputSpec = {
  name: 'comment',
  kind: 'boolean',
  default: 'true',
  help: 'also post the report to the pull request comment',
  flag: false,
};
export const COMMENT_AUTHOR: InputSpec = {
  name: 'comment-author',
  kind: 'string',
  default: 'github-actions[bot]',
  help: "the login whose comments and issues are the action's own",
  flag: false,
};
export const GITHUB_TOKEN: InputSpec = {
  name: 'github-token',
  kind: 'string',
  default: '${{ github.token }}',
  help: 'token for the comment, the tracking issue and the base branch config',
  flag: false,
};
export const ROLE_DURATION_SECONDS: InputSpec = {
  name: 'role-duration-seconds',
  kind: 'integer',
  default: '3600',
  // STS accepts 900 s up to the role's MaxSessionDuration (the bootstrap roles allow 3600).
  min: 900,
  max: 43200,
  help: 'session length of the assumed roles (renewed before they end)',
  flag: false,
};
export const MAX_PARALLEL: InputSpec = {
  name: 'max-parallel',
  kind: 'integer',
  default: '4',
  min: 1,
  max: 32,
  help: 'with a config glob, how many topologies run at once',
  flag: false,
};
export const ASSUME_ROLES: InputSpec = {
  name: 'assume-roles',
  kind: 'boolean',
  default: 'false',
  help: "assume each account's plan or deploy role with your credentials (default: use them as they are)",
  cliOnly: true,
};

/** Inputs of the action itself, not of a mode. */
export const MODE_INPUT: InputSpec = {
  name: 'mode',
  kind: 'string',
  default: 'synth',
  help: 'what to do',
  flag: false,
};

/** The typed values of specs, with every problem (naming its input) collected. */
export function readSpecs(
  specs: readonly InputSpec[],
  get: (name: string) => string,
): { values: Record<string, string | number | boolean>; problems: string[] } {
  const values: Record<string, string | number | boolean> = {};
  const problems: string[] = [];
  for (const spec of specs) {
    const given = get(spec.name).trim();
    const text = given === '' ? spec.default : given;
    switch (spec.kind) {
      case 'string':
        values[spec.name] = text;
        break;
      case 'boolean': {
        const v = text.toLowerCase();
        if (v === 'true' || v === 'false') values[spec.name] = v === 'true';
        else {
          problems.push(`input "${spec.name}" is ${JSON.stringify(given)}: use true or false.`);
          values[spec.name] = spec.default === 'true';
        }
        break;
      }
      case 'integer': {
        const n = Number(text);
        const { min = -Infinity, max = Infinity } = spec;
        if (!/^\d+$/.test(text) || n < min || n > max) {
          problems.push(
            `input "${spec.name}" is ${JSON.stringify(given)}: use a whole number from ${min} to ${max}.`,
          );
          values[spec.name] = Number(spec.default);
        } else values[spec.name] = n;
        break;
      }
    }
  }
  return { values, problems };
}

/** Throws every problem at once, as one user error. */
export function refuse(problems: readonly string[]): void {
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}

/** The config input: required by every mode that reads one. */
export function configProblem(config: string | number | boolean): string[] {
  return config === ''
    ? ['input "config" is required: the path of the topology YAML file (or a glob of them).']
    : [];
}
