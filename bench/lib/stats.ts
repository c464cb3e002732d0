import { performance } from 'node:perf_hooks';

/** Percentile of a sorted sample (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs fn `runs` times after `warmup` runs and returns p50/p95 in milliseconds. */
export async function timeIt(fn: () => unknown, options: { runs?: number; warmup?: number } = {}): Promise<Timing> {
  const runs = options.runs ?? 200;
  for (let i = 0; i < (options.warmup ?? 10); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

/** The same, over a list of inputs taken in turn (ten typical queries, say). */
export async function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  options: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  let i = 0;
  return timeIt(() => fn(inputs[i++ % inputs.length] as T), options);
}

function timingOf(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

/**
 * Several ways of doing the same thing (the API and its raw SQL floor, say) timed in turns: each
 * round runs every one once, starting with a different one each round, so a burst of load from
 * elsewhere on the machine falls on all of them alike instead of on whichever ran at the time.
 */
export async function timeSideBySide<const F extends ReadonlyArray<() => unknown>>(
  fns: F,
  options: { runs?: number; warmup?: number } = {},
): Promise<{ -readonly [K in keyof F]: Timing }> {
  const runs = options.runs ?? 200;
  for (let i = 0; i < (options.warmup ?? 10); i++) for (const fn of fns) await fn();
  const samples: number[][] = fns.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < fns.length; k++) {
      const index = (round + k) % fns.length;
      const start = performance.now();
      await fns[index]?.();
      samples[index]?.push(performance.now() - start);
    }
  }
  return samples.map(timingOf) as { -readonly [K in keyof F]: Timing };
}
