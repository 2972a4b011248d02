/**
 * lz-string's decompressFromEncodedURIComponent (lz-string 1.5.0, MIT, © pieroxy), with one addition: it stops
 * once the output passes `maxChars`. lz-string's own version cannot be stopped, and a link of 20,000 characters
 * can unpack to 50 million; this one reads at most `maxChars`, however the input was made.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'
/** Each character's value by its code (an array lookup: a link of 100,000 characters reads 100,000 of them). */
const VALUES: number[] = []
for (const [index, character] of [...ALPHABET].entries()) VALUES[character.charCodeAt(0)] = index

export type DecompressResult = { ok: true; text: string } | { ok: false; problem: 'damaged' | 'too-large' }

export function decompressLink(input: string, maxChars: number): DecompressResult {
  const data = input.replace(/ /g, '+')
  if (data === '') return { ok: false, problem: 'damaged' }
  const valueAt = (index: number) => VALUES[data.charCodeAt(index)] ?? 0
  let value = valueAt(0)
  let position = 32
  let index = 1
  const read = (bitCount: number): number => {
    let bits = 0
    for (let power = 1, i = 0; i < bitCount; i += 1, power *= 2) {
      const bit = value & position
      position >>= 1
      if (position === 0) {
        position = 32
        value = valueAt(index)
        index += 1
      }
      if (bit > 0) bits += power
    }
    return bits
  }

  const dictionary: string[] = []
  let dictSize = 4
  let numBits = 3
  let enlargeIn = 4
  const first = read(2)
  if (first === 2) return { ok: true, text: '' }
  if (first === 3) return { ok: false, problem: 'damaged' }
  let w = String.fromCharCode(read(first === 0 ? 8 : 16))
  dictionary[3] = w
  const result = [w]
  let length = w.length
  for (;;) {
    if (index > data.length) return { ok: false, problem: 'damaged' }
    let code = read(numBits)
    if (code === 2) return { ok: true, text: result.join('') }
    if (code === 0 || code === 1) {
      dictionary[dictSize] = String.fromCharCode(read(code === 0 ? 8 : 16))
      dictSize += 1
      code = dictSize - 1
      enlargeIn -= 1
      if (enlargeIn === 0) {
        enlargeIn = 2 ** numBits
        numBits += 1
      }
    }
    let entry = dictionary[code]
    if (entry === undefined) {
      if (code !== dictSize) return { ok: false, problem: 'damaged' }
      entry = w + w.charAt(0)
    }
    length += entry.length
    if (length > maxChars) return { ok: false, problem: 'too-large' }
    result.push(entry)
    dictionary[dictSize] = w + entry.charAt(0)
    dictSize += 1
    enlargeIn -= 1
    w = entry
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits
      numBits += 1
    }
  }
}
