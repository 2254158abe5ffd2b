import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { runCfnLint } from '../support/cfn-lint.js';

// cfn-lint cold start is ~1-2s per process.
jest.setTimeout(30_000);

const VALID = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket
`;

const BROKEN = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      NotAProperty: true
`;

describe('runCfnLint', () => {
  let dir: string;
  let valid: string;
  let broken: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cfn-lint-runner-'));
    valid = join(dir, 'valid.yaml');
    broken = join(dir, 'broken.yaml');
    await writeFile(valid, VALID);
    await writeFile(broken, BROKEN);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a bucket with an unknown property yields an E3002 error on that line', async () => {
    const findings = await runCfnLint([broken]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'E3002', level: 'Error', file: broken, line: 6 }),
    ]);
    expect(findings[0]?.message).toContain('NotAProperty');
  });

  test('a plain valid bucket yields no findings', async () => {
    expect(await runCfnLint([valid])).toEqual([]);
  });

  test('linting both files together attributes findings only to the broken one', async () => {
    const findings = await runCfnLint([valid, broken]);
    expect(findings.map((f) => f.file)).toEqual([broken]);
  });
});
