// The preview's worker: derives the role from the answers off the main thread, so a keystroke never waits for
// the documents of thousands of buckets. Each message holds the answers; each reply, what the preview shows.
import '../../lib/zod-jitless'
import { derivePreview } from './derive-preview'

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(derivePreview(event.data))
}
