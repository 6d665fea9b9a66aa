// axe-core accessibility scans for the end-to-end tests, one helper for every file.
// axe-core is evaluated through the DevTools protocol, which the app's CSP does not govern; it is
// evaluated once per document (each test loads the app anew), not once per scan.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every violation axe-core finds in the page, or only inside `include` (a CSS selector). */
export async function axeScan(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (context) => {
    type Result = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(context ? { include: [context] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, include ?? null);
}

export const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.slice(0, 6).join(' | ')}${v.targets.length > 6 ? ` … ${v.targets.length} in all` : ''}`)
    .join('\n');

/** The serious and critical violations, one line each (empty when there are none). */
export async function axeSerious(page: Page, include?: string): Promise<string[]> {
  return serious(await axeScan(page, include)).map((v) => `${v.impact} ${v.id}: ${v.targets.join(' | ')}`);
}
