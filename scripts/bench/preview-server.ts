/** `vite preview` of dist/ on a free port, for the browser runs; always stopped, even when a run fails. */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export interface PreviewServer {
  origin: string
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForServer(origin: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const failure = exited()
    if (failure !== null) throw new Error(`vite preview stopped: ${failure}`)
    try {
      if ((await fetch(origin)).ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not answer at ${origin} within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function startPreview(cwd: string): Promise<PreviewServer> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  // detached: the server gets its own process group, so stopping it stops npm and vite together.
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  let exit: string | null = null
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    exit = `exit ${code ?? signal} ${stderr.trim()}`
    resolve()
  }))
  // If the benchmark dies (an uncaught error in a tool), the server must not outlive it.
  const killOnExit = () => {
    if (exit === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
  }
  process.once('exit', killOnExit)
  const stop = async () => {
    process.off('exit', killOnExit)
    if (exit !== null || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    await Promise.race([exitedPromise, new Promise((resolve) => setTimeout(resolve, 5000))])
  }
  try {
    await waitForServer(origin, 30_000, () => exit)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, stop }
}
