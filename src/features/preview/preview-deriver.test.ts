import { assessRisks } from '../../domain/risks/assess-risks'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import { testConfig } from '../../domain/test-configs'
import type { AnswerUpdate } from './answer-updates'
import { derivePreview, type DerivedPreview } from './derive-preview'
import { answerMessage, INITIAL_WORKER_STATE, type WorkerState } from './worker-answer'
import type { WorkerReply } from './worker-protocol'
import { createPreviewDeriver } from './preview-deriver'
import { deriveModule } from './derive-module'

// The page loads the documents' code before it derives anything (main.tsx); so do these tests.
beforeAll(() => deriveModule.load())

/** A stand-in for the browser's Worker: it records what the page sends and answers only when the test says so. */
class FakeWorker {
  static instances: FakeWorker[] = []
  sent: AnswerUpdate[][] = []
  state: WorkerState = INITIAL_WORKER_STATE
  terminated = false
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: (() => void) | null = null
  constructor() {
    FakeWorker.instances.push(this)
  }
  postMessage(updates: AnswerUpdate[]) {
    this.sent.push(structuredClone(updates))
  }
  terminate() {
    this.terminated = true
  }
  /** Answers a message as the real worker does (derive-worker.ts), through a copy as postMessage makes. */
  answer(index: number) {
    const handled = answerMessage(this.state, this.sent[index] ?? [], assessRisks)
    this.state = handled.state
    this.onmessage?.({ data: structuredClone(handled.reply) } as MessageEvent<WorkerReply>)
  }
}

const named = (roleName: string) => testConfig({ roleName })

describe('createPreviewDeriver with a worker', () => {
  beforeEach(() => {
    FakeWorker.instances = []
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('a draft comes back without its configuration, and the page fills it in as the page itself would derive it', async () => {
    const deriver = createPreviewDeriver()
    const values = defaultConfig() // no account, no bucket name: a draft with placeholders
    const pending = deriver.derive(values)
    const worker = FakeWorker.instances[0]!
    const handled = answerMessage(INITIAL_WORKER_STATE, worker.sent[0] ?? [], assessRisks)
    expect(handled.reply.preview.role.ok === false && handled.reply.preview.role.draft?.config).toBeNull()
    worker.answer(0)
    const preview = await pending
    expect(preview).toEqual(derivePreview(values, assessRisks))
    expect(preview.role.ok === false && preview.role.draft?.config.accountId).toBe('111122223333')
  })

  it('starts no worker until the first request', () => {
    createPreviewDeriver()
    expect(FakeWorker.instances).toHaveLength(0)
  })

  it('keeps only the latest answers while the worker is busy, and answers every request with the newest preview', async () => {
    const deriver = createPreviewDeriver()
    const shown: string[] = []
    deriver.listen(({ role }) => shown.push(role.ok ? role.config.roleName : 'problems'))
    const first = deriver.derive(named('First'))
    const second = deriver.derive(named('Second'))
    const third = deriver.derive(named('Third'))
    const worker = FakeWorker.instances[0]!
    expect(worker.sent).toHaveLength(1) // Second and Third wait; Third replaced Second

    worker.answer(0) // First is out of date: not shown, Third is sent
    expect(shown).toEqual([])
    expect(worker.sent).toHaveLength(2)
    worker.answer(1)
    expect(shown).toEqual(['Third'])
    const names = (await Promise.all([first, second, third])).map(({ role }) => (role.ok ? role.config.roleName : ''))
    expect(names).toEqual(['Third', 'Third', 'Third'])
  })

  it('sends a typed answer alone, and answers current() with everything given so far', async () => {
    const deriver = createPreviewDeriver()
    const config = named('Typed')
    void deriver.derive(config)
    const worker = FakeWorker.instances[0]!
    worker.answer(0)
    const typed = { ...config, roleName: 'TypedMore' }
    deriver.update('roleName', 'TypedMore', typed)
    expect(worker.sent[1]).toEqual([{ kind: 'one', path: 'roleName', value: 'TypedMore' }])
    const current = deriver.current(typed)
    worker.answer(1)
    const { role } = await current
    expect(role.ok && role.config.roleName).toBe('TypedMore')
    // Nothing new since: current() answers at once, without asking the worker.
    expect((await deriver.current(typed)).role).toEqual(role)
    expect(worker.sent).toHaveLength(2)
  })

  it('fills in the configuration from its own copy of the answers, which no reply to a typed answer carries', async () => {
    const deriver = createPreviewDeriver()
    const config = testConfig({ roleName: 'Copy', buckets: [{ name: 'amzn-a', prefix: '', access: 'read' }] })
    void deriver.derive(config)
    const worker = FakeWorker.instances[0]!
    worker.answer(0)
    deriver.update('buckets.0.prefix', 'raw/', config)
    const typed = deriver.current(config)
    worker.answer(1)
    const { role } = await typed
    expect(role.ok && role.config).toEqual({ ...config, buckets: [{ name: 'amzn-a', prefix: 'raw/', access: 'read' }] })
    expect(config.buckets[0]?.prefix).toBe('') // the answers given were not changed
  })

  it('shows the texts a reply left out as they were, also after a reply it did not show', () => {
    const deriver = createPreviewDeriver()
    const shown: DerivedPreview[] = []
    deriver.listen((preview) => shown.push(preview))
    const config = testConfig({ roleName: 'Texts', buckets: [{ name: 'amzn-a', prefix: '', access: 'read' }] })
    void deriver.derive(config)
    const worker = FakeWorker.instances[0]!
    worker.answer(0)
    deriver.update('roleName', 'TextsA', config)
    deriver.update('buckets.0.prefix', 'raw/', config) // waits: the worker is busy
    worker.answer(1) // out of date: not shown
    deriver.update('roleName', 'TextsB', config)
    worker.answer(2)
    worker.answer(3)
    const last = { ...config, roleName: 'TextsB', buckets: [{ name: 'amzn-a', prefix: 'raw/', access: 'read' as const }] }
    expect(shown.at(-1)?.items).toEqual(derivePreview(last).items)
    expect(shown.map(({ role }) => role.ok && role.config.roleName)).toEqual(['Texts', 'TextsB'])
  })

  it('answers current() before it was given anything from the answers it is handed, never from none', async () => {
    const deriver = createPreviewDeriver()
    const config = named('Blurred')
    const preview = deriver.current(config)
    const worker = FakeWorker.instances[0]!
    expect(worker.sent).toEqual([[{ kind: 'all', values: config }]])
    worker.answer(0)
    expect((await preview).role.ok).toBe(true)
  })

  it('sends all the answers when a typed one arrives before the worker has any', () => {
    const deriver = createPreviewDeriver()
    const config = named('Early')
    deriver.update('roleName', 'Early', config)
    expect(FakeWorker.instances[0]!.sent).toEqual([[{ kind: 'all', values: config }]])
  })

  it('reports the problems of invalid answers, field by field', async () => {
    const deriver = createPreviewDeriver()
    const preview = deriver.derive({ ...defaultConfig(), accountId: '12' })
    FakeWorker.instances[0]!.answer(0)
    const { role } = await preview
    expect(role.ok ? [] : role.problems.map((p) => p.field)).toContain('accountId')
  })

  it('derives in the page from the moment the worker fails, answering what was waiting', async () => {
    const deriver = createPreviewDeriver()
    const first = deriver.derive(named('First'))
    const second = deriver.derive(named('Second'))
    const worker = FakeWorker.instances[0]!
    worker.onerror?.()
    expect(worker.terminated).toBe(true)
    const names = (await Promise.all([first, second])).map(({ role }) => (role.ok ? role.config.roleName : ''))
    expect(names).toEqual(['Second', 'Second'])
    const later = await deriver.derive(named('Later'))
    expect(later.role.ok && later.role.config.roleName).toBe('Later')
    expect(FakeWorker.instances).toHaveLength(1)
  })
})

describe('createPreviewDeriver without a worker', () => {
  it('derives in the page, the same preview the worker would make: the documents at once, the warnings once their rules load', async () => {
    vi.stubGlobal('Worker', undefined)
    try {
      const deriver = createPreviewDeriver()
      const shown: DerivedPreview[] = []
      deriver.listen((preview) => shown.push(preview))
      const config = { ...named('Here'), s3Access: 'all' }
      const first = await deriver.derive(config)
      expect(first.items).toEqual(derivePreview(config).items)
      const withRisks = derivePreview(config, assessRisks)
      expect(withRisks.role.ok && withRisks.role.risks?.length).toBeGreaterThan(0)
      await vi.waitFor(() => expect(shown.at(-1)).toEqual(withRisks))
      expect(await deriver.derive(config)).toEqual(withRisks)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
