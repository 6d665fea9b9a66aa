// How often, with how many operations and how long a wait, each size and variant is measured.
import { parseSize } from './generate';
import type { RunPlan } from './measure';

/**
 * How often each size and variant runs. The naive baseline re-lays out the whole graph on every
 * change: past 10k one run of two operations (and nothing past 100k) keeps the bench within the
 * hour; 100k and 250k run fewer times; uncached corpora only in the app (the peer has no layout).
 */
export function plan(size: string, variant: string, opts: { runs: number; ops: number }): (RunPlan & { runs: number }) | string {
  const uncached = size.endsWith('-nolayout');
  const elements = size === 'article' ? 0 : parseSize(size.replace(/-nolayout$/, ''));
  if (uncached && variant !== 'kavosh') return 'uncached corpora run in the app only';
  if (size === 'article' && variant === 'sigma') return 'the peer draws the synthetic corpora only';
  if (variant === 'naive' && elements > 100_000) return 'skipped: the naive baseline re-lays out the whole graph on every change (minutes each)';
  if (variant === 'webgl' && elements > 100_000) return 'skipped past 100k: Cytoscape WebGL on SwiftShader already takes minutes at 10k–100k (see its rows)';
  const big = elements >= 100_000;
  const runs = uncached || elements >= 250_000 || (variant === 'naive' && elements > 10_000) ? 1 : big ? Math.min(opts.runs, 2) : opts.runs;
  const ops = variant === 'naive' && elements > 10_000 ? Math.min(opts.ops, 2) : big ? Math.min(opts.ops, 3) : opts.ops;
  // WebGL on SwiftShader gets 4 minutes for its first frame: a miss is itself the figure.
  const timeout = elements >= 250_000 || (variant === 'naive' && elements > 10_000) ? 600_000 : variant === 'webgl' ? 240_000 : uncached ? 300_000 : 180_000;
  if (variant === 'webgl') return { size, variant, ops: Math.min(opts.ops, 2), timeout, runs: 1 };
  return { size, variant, ops, timeout, runs };
}

