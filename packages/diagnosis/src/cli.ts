import { readFileSync } from 'node:fs';

import { parseCase } from '@stride/exam-schema';

import type { BuiltInProfileId } from './profiles/profiles';
import { diagnose } from './diagnose';
import { isBuiltInProfileId } from './profiles/profiles';

const USAGE = 'usage: diagnose [--profile clinic-method|literature] <case.json>';

interface Args {
  readonly profile: BuiltInProfileId;
  readonly file: string;
}

function parseArgs(argv: readonly string[]): Args | string {
  let profile: BuiltInProfileId = 'clinic-method';
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--profile' || arg.startsWith('--profile=')) {
      const value = arg === '--profile' ? argv[++i] : arg.slice('--profile='.length);
      if (value === undefined || !isBuiltInProfileId(value))
        return `unknown profile: ${value ?? '(none)'}`;
      profile = value;
    } else if (file === undefined && !arg.startsWith('--')) {
      file = arg;
    } else {
      return `unexpected argument: ${arg}`;
    }
  }
  return file === undefined ? 'missing <case.json>' : { profile, file };
}

/** The only place that touches files and the process: the engine itself stays pure. */
function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(args.file, 'utf8'));
  } catch (error) {
    process.stderr.write(
      `${args.file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const parsed = parseCase(raw);
  if (!parsed.ok) {
    process.stderr.write(`${args.file}: not a valid stride.case/v1\n${parsed.errors.join('\n')}\n`);
    return 2;
  }
  process.stdout.write(
    `${JSON.stringify(diagnose(parsed.value, { profile: args.profile }), null, 2)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
