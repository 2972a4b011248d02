// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { lazyModule, useLazyModule, type LazyModule } from './lazy-module'

function Shows({ module, wanted }: { module: LazyModule<{ word: string }>; wanted: boolean }) {
  return <p>{useLazyModule(module, wanted)?.word ?? 'not yet'}</p>
}

describe('lazyModule', () => {
  it('loads once, on the first want, and is then at hand at once', async () => {
    const importer = vi.fn(() => Promise.resolve({ word: 'loaded' }))
    const module = lazyModule(importer)
    const { rerender } = render(<Shows module={module} wanted={false} />)
    expect(importer).not.toHaveBeenCalled()
    rerender(<Shows module={module} wanted />)
    expect(await screen.findByText('loaded')).toBeDefined()
    expect(module.get()).toEqual({ word: 'loaded' })
    render(<Shows module={module} wanted={false} />)
    expect(screen.getAllByText('loaded')).toHaveLength(2)
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('forgets a failure, so a later want tries again', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ word: 'second try' })
    const module = lazyModule<{ word: string }>(importer)
    await expect(module.load()).rejects.toThrow('offline')
    await act(async () => {
      render(<Shows module={module} wanted />)
      await Promise.resolve()
    })
    expect(await screen.findByText('second try')).toBeDefined()
    expect(importer).toHaveBeenCalledTimes(2)
  })
})
