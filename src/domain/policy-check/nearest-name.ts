/** Edit distance between two strings (case-insensitive), for "did you mean" fixes. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[y.length] ?? 0
}

/**
 * The one candidate within `maxDistance` edits that is closer than every other, or undefined when none is or when
 * two tie: a fix is offered only when it is unambiguous.
 */
export function nearestName(name: string, candidates: readonly string[], maxDistance: number): string | undefined {
  let best: string | undefined
  let bestDistance = maxDistance + 1
  let tie = false
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) tie = true
  }
  return best !== undefined && !tie ? best : undefined
}
