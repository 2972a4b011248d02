/**
 * Keystroke latency from the Event Timing API. Chromium reports an interaction only when it took at least
 * 16 ms (the lowest `durationThreshold`), so keys typed but not reported are counted at that floor: their
 * real duration is somewhere below it, and a percentile that lands on one is shown as "≤16".
 */
export const EVENT_TIMING_FLOOR_MS = 16

/** The part of a PerformanceEventTiming entry the benchmark keeps. */
export interface EventEntry {
  name: string
  interactionId: number
  duration: number
  startTime: number
}

export interface KeystrokeStats {
  keys: number
  /** Interactions Event Timing reported (≥ 16 ms); the other keys count as 16 ms. */
  reported: number
  p50: number
  p95: number
  max: number
  /** True when the percentile is the floor, i.e. the real value is at most 16 ms. */
  p50Floor: boolean
  p95Floor: boolean
}

/** One duration per interaction: the longest of its entries (keydown, keypress, keyup share an interactionId). */
export function interactionDurations(entries: readonly EventEntry[]): number[] {
  const longest = new Map<number, number>()
  for (const entry of entries) {
    if (entry.interactionId <= 0) continue
    longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration))
  }
  return [...longest.values()]
}

/**
 * Every typed key as one interaction: the reported durations, plus the floor for each key that was not
 * reported. More reported interactions than keys (a stray one) are all kept.
 */
export function keystrokeDurations(entries: readonly EventEntry[], keys: number): number[] {
  const reported = interactionDurations(entries)
  const missing = Math.max(0, keys - reported.length)
  return [...reported, ...Array.from({ length: missing }, () => EVENT_TIMING_FLOOR_MS)]
}

/** Nearest-rank percentile over keys sorted by duration. */
function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? EVENT_TIMING_FLOOR_MS
}

export function summariseKeystrokes(entries: readonly EventEntry[], keys: number): KeystrokeStats {
  if (keys <= 0) throw new Error('no keys typed')
  const reported = interactionDurations(entries).length
  const durations = keystrokeDurations(entries, keys).sort((a, b) => a - b)
  const p50 = nearestRank(durations, 50)
  const p95 = nearestRank(durations, 95)
  return {
    keys,
    reported,
    p50,
    p95,
    max: durations[durations.length - 1] ?? EVENT_TIMING_FLOOR_MS,
    p50Floor: p50 <= EVENT_TIMING_FLOOR_MS,
    p95Floor: p95 <= EVENT_TIMING_FLOOR_MS,
  }
}

/** "≤16" for a floor, else the milliseconds. */
export function formatKeystroke(ms: number, floor: boolean): string {
  return floor ? `≤${EVENT_TIMING_FLOOR_MS}` : String(Math.round(ms))
}
