import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { casesDir, repoRoot } from './public-cases';

const cli = resolve(repoRoot, 'packages/diagnosis/src/cli.ts');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: resolve(repoRoot, 'packages/diagnosis'),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diagnose CLI', () => {
  it('prints only the output JSON, clinic-method by default', () => {
    const { status, stdout } = run(join(casesDir, 'p01-saphenous-classic.json'));
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { profile: { id: string } };
    expect(output.profile.id).toBe('clinic-method');
  });

  it('takes --profile literature', () => {
    const { status, stdout } = run(
      '--profile',
      'literature',
      join(casesDir, 'p04-itbs-textbook.json'),
    );
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { profile: { id: string } }).profile.id).toBe('literature');
  });

  it('exits 2 with the error paths on stderr for an invalid case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stride-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'stride.case/v1',
        gait: { cadenceSpm: 90 },
        exam: { tests: { lachman: 'positive' } },
      }),
    );
    const { status, stdout, stderr } = run(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('gait.cadenceSpm: expected a number between 100 and 260');
    expect(stderr).toContain('exam.tests.lachman: unknown key');
  });
});
