import type { FileHandle } from 'node:fs/promises'

/** A configuration for 1,000 buckets is about 100 KB; ten times that is still a configuration, more is not. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** A configuration is nested 6 levels deep; deeper input is refused before JSON.parse sees it. */
export const MAX_JSON_DEPTH = 64

export type BoundedText = { ok: true; value: string } | { ok: false; message: string }

const TOO_LARGE = `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB, the most a configuration may be`

function decode(chunks: readonly Uint8Array[]): string {
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '')
}

/** Reads a file (or a device, or a pipe) in chunks, never more than the limit allows. */
export async function readFileBounded(handle: FileHandle): Promise<BoundedText> {
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) })
    if (bytesRead === 0) return { ok: true, value: decode(chunks) }
    chunks.push(buffer.subarray(0, bytesRead))
    length += bytesRead
    if (length > MAX_CONFIG_BYTES) return { ok: false, message: TOO_LARGE }
  }
}

/** Reads a stream such as standard input, stopping as soon as it passes the limit. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array | string>): Promise<BoundedText> {
  const chunks: Uint8Array[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    chunks.push(bytes)
    length += bytes.length
    if (length > MAX_CONFIG_BYTES) return { ok: false, message: TOO_LARGE }
  }
  return { ok: true, value: decode(chunks) }
}

/** The deepest nesting of objects and arrays in JSON text, counted without parsing (strings skipped). */
export function measureJsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i += 1
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth)
    else if (c === '}' || c === ']') depth -= 1
  }
  return deepest
}

/** Refuses text that is too large or too deeply nested to be a configuration. */
export function checkInputLimits(text: string): BoundedText {
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) return { ok: false, message: TOO_LARGE }
  const depth = measureJsonDepth(text)
  if (depth > MAX_JSON_DEPTH) {
    return { ok: false, message: `JSON nested ${depth} levels deep; a configuration is nested ${MAX_JSON_DEPTH} at most` }
  }
  return { ok: true, value: text }
}
