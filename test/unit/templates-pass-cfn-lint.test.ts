import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSynthesisFiles } from '../../src/core/synth/render-files.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { genericTemplateFiles } from '../../src/core/generic-files.js';
import { runCfnLint } from '../support/cfn-lint.js';
import { EXAMPLE_NAMES, exampleTopology } from '../support/examples.js';

// cfn-lint takes about 2 s to start, so every template is linted in one run.
const LINT_TIMEOUT_MS = 120_000;

test(
  "every generated template of every example, and the generic templates, pass AWS's cfn-lint with no finding",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 's3-xrepl-lint-'));
    const files: string[] = [];
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      files.push(path);
    };
    for (const [name, text] of genericTemplateFiles()) write(`generic-${name}`, text);
    for (const example of EXAMPLE_NAMES) {
      for (const [name, text] of renderSynthesisFiles(synthesize(exampleTopology(example)))) {
        if (name.endsWith('.template.json')) write(`${example}-${name}`, text);
      }
    }
    expect(files.length).toBeGreaterThanOrEqual(2 + EXAMPLE_NAMES.length * 2);
    const findings = await runCfnLint(files);
    expect(findings.map((f) => `${f.level} ${f.rule} ${f.file}:${f.line ?? '?'} ${f.message}`)).toEqual([]);
  },
  LINT_TIMEOUT_MS,
);
