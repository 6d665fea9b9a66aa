// How the unit tests start the command-line scripts: node on the bundle made once per run by
// tests/unit/global-setup.ts, from the repository's root (the scripts read paths from there).
import { join } from 'node:path';
import { inject } from 'vitest';

export type Script = 'data-check' | 'export';

/** The command and arguments that run `script` with `args`, for execFileSync/spawnSync. */
export function cli(script: Script, ...args: string[]): [string, string[]] {
  return [process.execPath, [join(inject('cliDir'), `${script}.mjs`), ...args]];
}
