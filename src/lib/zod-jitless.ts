// Imported first by main.tsx, before any module that builds a zod schema. Without it, zod 4 probes for eval with
// `new Function("")` when it builds its first object schema, and the page's Content Security Policy (no
// 'unsafe-eval') reports that as a violation even though zod catches the error. Jitless zod parses the same way,
// without generated code.
import { z } from 'zod/mini'

z.config({ jitless: true })
