/** Small statistics for the benchmark: nearest-rank percentiles and the median of a few runs. */

/** The nearest-rank percentile (p in 0..100) of `values`: always one of the values, never an interpolation. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values')
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is outside 0..100`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2
}

/**
 * The run whose `key` is the median of an odd number of runs (for an even count, the lower middle one),
 * so every reported figure of a Lighthouse run comes from the same run.
 */
export function medianRun<T>(runs: readonly T[], key: (run: T) => number): T {
  if (runs.length === 0) throw new Error('median run of no runs')
  const sorted = [...runs].sort((a, b) => key(a) - key(b))
  return sorted[Math.floor((sorted.length - 1) / 2)] as T
}

/** Runs `fn` repeatedly (after a warm-up) until `minMs` have passed or `maxRuns` were made; the median in ms. */
export function timeMedian(fn: () => void, { minMs = 300, minRuns = 5, maxRuns = 1000 } = {}): { medianMs: number; runs: number } {
  fn()
  const times: number[] = []
  const start = performance.now()
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - start < minMs)) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return { medianMs: median(times), runs: times.length }
}
