/** A readable Sid fragment from any name: "my-data.bucket" → "MyDataBucket". Sids allow [A-Za-z0-9] only. */
export function sidFragment(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/** Hands out Sids, numbering repeats ("ListPrefixesInMyData", then "ListPrefixesInMyData2"). */
export function createSidAllocator(): (sid: string) => string {
  const used = new Set<string>()
  return (sid) => {
    let candidate = sid
    for (let n = 2; used.has(candidate); n += 1) candidate = `${sid}${n}`
    used.add(candidate)
    return candidate
  }
}
