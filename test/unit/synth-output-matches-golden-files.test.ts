/**
 * The exact synth output of each example, committed under test/golden/<example>/ so that every
 * change to a template shows up in review as a diff. Regenerate with UPDATE_GOLDEN=1 after
 * checking the change is intended.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSynthesisFiles } from '../../src/core/synth/render-files.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { EXAMPLE_NAMES, REPO_ROOT, exampleTopology } from '../support/examples.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(EXAMPLE_NAMES)('synth of example %s', (name) => {
  const files = renderSynthesisFiles(synthesize(exampleTopology(name)));
  const dir = join(GOLDEN, name);
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of files) writeFileSync(join(dir, file), text);
  }

  test('writes exactly the golden set of files', () => {
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
  });

  test.each([...files.keys()])('%s matches its golden file byte for byte', (file) => {
    expect(files.get(file)).toBe(readFileSync(join(dir, file), 'utf8'));
  });
});
