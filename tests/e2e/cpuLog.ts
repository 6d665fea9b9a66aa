// Opt-in diagnostics: with KAVOSH_E2E_CPU_LOG=<file>, each test's renderer CPU (Chromium's
// Performance.getMetrics: process, main thread, script, layout, style) is appended to <file> as a
// JSON line, so the suite's CPU can be attributed to tests. Off by default: it costs a CDP
// session per tab.
import { appendFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

const LOG = process.env.KAVOSH_E2E_CPU_LOG;
const KEYS = ['ProcessTime', 'TaskDuration', 'ScriptDuration', 'V8CompileDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Sample = Record<(typeof KEYS)[number], number>;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const started = new WeakMap<Page, { sample: Sample; at: number; test: string; loads: number }>();

async function sample(page: Page): Promise<Sample> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).then(async (s) => {
      await s.send('Performance.enable', { timeDomain: 'threadTicks' });
      return s;
    });
    sessions.set(page, session);
  }
  const { metrics } = await (await session).send('Performance.getMetrics');
  const out = {} as Sample;
  for (const key of KEYS) out[key] = metrics.find((m) => m.name === key)?.value ?? 0;
  return out;
}

/** Called when a test opens the app in `page`. */
export async function cpuLogOpen(page: Page): Promise<void> {
  if (!LOG) return;
  const test = expect.getState().currentTestName ?? '?';
  const open = started.get(page);
  if (open && open.test === test) {
    open.loads++;
    return;
  }
  started.set(page, { sample: await sample(page), at: Date.now(), test, loads: 1 });
}

/** Called when the test's app is closed. */
export async function cpuLogClose(page: Page): Promise<void> {
  if (!LOG || page.isClosed()) return;
  const open = started.get(page);
  if (!open) return;
  started.delete(page);
  const now = await sample(page).catch(() => null);
  if (!now) return;
  const delta = Object.fromEntries(KEYS.map((k) => [k, +(now[k] - open.sample[k]).toFixed(2)]));
  const file = expect.getState().testPath?.replace(/.*\//, '');
  appendFileSync(LOG, `${JSON.stringify({ file, test: open.test, wall: (Date.now() - open.at) / 1000, loads: open.loads, ...delta })}\n`);
}
