import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export type CfnLintLevel = 'Error' | 'Warning' | 'Informational';

export interface CfnLintFinding {
  rule: string;
  level: CfnLintLevel;
  message: string;
  file: string;
  line?: number;
}

// Subset of one element of `cfn-lint --format json` output (cfn-lint 1.x) that we rely on.
interface RawMatch {
  Filename: string | null;
  Level: string;
  Message: string;
  Location?: { Start?: { LineNumber?: number } };
  Rule: { Id: string };
}

// Documented cfn-lint exit codes are a bitmask of 2 (error), 4 (warning) and 8 (informational);
// 1 or anything outside the mask means cfn-lint itself failed.
const FINDING_BITS = 2 | 4 | 8;
const LEVELS: readonly string[] = ['Error', 'Warning', 'Informational'];

export function cfnLintPath(): string {
  return fileURLToPath(new URL('../../.venv/bin/cfn-lint', import.meta.url));
}

export async function runCfnLint(files: string[]): Promise<CfnLintFinding[]> {
  const bin = cfnLintPath();
  if (!existsSync(bin)) throw new Error(`cfn-lint not found at ${bin}: run npm run setup:python`);
  if (files.length === 0) return [];

  let stdout: string;
  try {
    // `--` because options like -c/-i take nargs+ and would swallow the template paths.
    ({ stdout } = await execFileAsync(bin, ['--format', 'json', '--', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { code?: unknown; stdout?: string; stderr?: string };
    const code = typeof e.code === 'number' ? e.code : undefined;
    if (code === undefined || (code & ~FINDING_BITS) !== 0) {
      throw new Error(`cfn-lint failed (exit ${String(e.code)}): ${e.stderr?.trim() || e.message}`, {
        cause: err,
      });
    }
    stdout = e.stdout ?? '';
  }
  return parse(stdout);
}

function parse(stdout: string): CfnLintFinding[] {
  let raw: unknown;
  try {
    raw = JSON.parse(stdout);
  } catch (err) {
    throw new Error(`cfn-lint output is not JSON: ${stdout.slice(0, 200)}`, { cause: err });
  }
  if (!Array.isArray(raw)) throw new Error(`cfn-lint output is not a JSON array: ${stdout.slice(0, 200)}`);
  return (raw as RawMatch[]).map((m) => {
    if (!LEVELS.includes(m.Level)) throw new Error(`cfn-lint reported unknown level ${m.Level}`);
    const line = m.Location?.Start?.LineNumber;
    return {
      rule: m.Rule.Id,
      level: m.Level as CfnLintLevel,
      message: m.Message,
      // Configuration errors (E0003, e.g. a missing file) have no filename.
      file: m.Filename ?? '',
      ...(line === undefined ? {} : { line }),
    };
  });
}
