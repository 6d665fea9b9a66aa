// `npm test`: every check, as many at once as their dependencies allow, because most of the
// suite's wall time is waiting (Chromium painting, animations, child processes), not computing.
//
//   typecheck, lint, data:check, unit tests, build   start together
//   end-to-end tests                                 start when the build is done
//
// The end-to-end tests are the long pole (build, then Chromium for minutes), so they and the build
// keep normal priority while the other steps run niced: on two cores the unit tests would otherwise
// take CPU from Chromium, and every second the end-to-end step loses is a second of `npm test`.
//
// Each step's output goes to test-results/<step>.log and is printed whole when the step ends, so
// parallel output never interleaves; a line every 30 s says what is still running. The exit code
// is 0 only when every step passed; a failed step does not stop the others (one run shows every
// failure). `npm run test:serial` runs the same steps one after another.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string;
  after?: string[];
  /** Runs niced (lower CPU priority): not on the critical path. */
  low?: boolean;
}

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npm run --silent typecheck', low: true },
  { name: 'lint', command: 'npm run --silent lint', low: true },
  { name: 'data:check', command: 'npm run --silent data:check', low: true },
  { name: 'unit', command: 'npx vitest run', low: true },
  { name: 'build', command: 'npx vite build' },
  { name: 'e2e', command: 'npx vitest run --config vitest.e2e.config.ts', after: ['build'] },
];
// `nice` is POSIX; elsewhere every step runs at normal priority. Serial runs need no priorities.
const niceable = process.platform !== 'win32';

interface Outcome {
  ok: boolean;
  seconds: number;
}

const serial = process.argv.includes('--serial');
const logDir = 'test-results';
mkdirSync(logDir, { recursive: true });
const started = Date.now();
const seconds = (since: number) => (Date.now() - since) / 1000;
const running = new Map<string, number>();
const outcomes = new Map<string, Promise<Outcome>>();

function run(step: Step): Promise<Outcome> {
  const log = join(logDir, `${step.name.replace(':', '-')}.log`);
  return new Promise((resolve) => {
    const since = Date.now();
    running.set(step.name, since);
    const out = createWriteStream(log);
    // On a terminal, FORCE_COLOR keeps vitest's colours in the log that is printed back to it
    // (some tools colour whenever the variable is set at all, so it is left unset otherwise).
    const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const command = step.low && niceable && !serial ? `nice -n 10 ${step.command}` : step.command;
    const child = spawn(command, { shell: true, env });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return; // 'error' may be followed by 'close'
      finished = true;
      running.delete(step.name);
      out.end(() => {
        const took = seconds(since);
        process.stdout.write(`\n── ${step.name}: ${ok ? 'passed' : 'FAILED'} in ${took.toFixed(1)} s (${log}) ──\n`);
        process.stdout.write(readFileSync(log, 'utf8'));
        resolve({ ok, seconds: took });
      });
    };
    child.on('error', (error) => {
      out.write(`could not start "${step.command}": ${error.message}\n`);
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

function schedule(step: Step, previous: Promise<unknown>): Promise<Outcome> {
  const needs = (step.after ?? []).map((name) => outcomes.get(name)!);
  return Promise.all([previous, ...needs]).then(async (done) => {
    const failedDependency = (step.after ?? []).find((_, i) => !(done[i + 1] as Outcome).ok);
    if (failedDependency) {
      process.stdout.write(`\n── ${step.name}: not run, ${failedDependency} failed ──\n`);
      return { ok: false, seconds: 0 };
    }
    return run(step);
  });
}

const ticker = setInterval(() => {
  const now = [...running].map(([name, since]) => `${name} ${Math.round(seconds(since))} s`).join(', ');
  if (now) process.stdout.write(`… running: ${now}\n`);
}, 30_000);

let chain: Promise<unknown> = Promise.resolve();
for (const step of STEPS) {
  const outcome = schedule(step, serial ? chain : Promise.resolve());
  outcomes.set(step.name, outcome);
  if (serial) chain = outcome;
}
const results = await Promise.all(STEPS.map((step) => outcomes.get(step.name)!));
clearInterval(ticker);

const width = Math.max(...STEPS.map((s) => s.name.length));
process.stdout.write('\nSummary\n');
STEPS.forEach((step, i) => {
  const r = results[i]!;
  process.stdout.write(`  ${step.name.padEnd(width)}  ${r.ok ? 'passed' : 'FAILED'}  ${r.seconds.toFixed(1).padStart(6)} s\n`);
});
const failed = STEPS.filter((_, i) => !results[i]!.ok).map((s) => s.name);
process.stdout.write(`  ${'total'.padEnd(width)}  ${failed.length ? 'FAILED' : 'passed'}  ${seconds(started).toFixed(1).padStart(6)} s${serial ? ' (serial)' : ''}\n`);
if (failed.length) process.stdout.write(`\nFailed: ${failed.join(', ')}\n`);
process.exit(failed.length ? 1 : 0);
