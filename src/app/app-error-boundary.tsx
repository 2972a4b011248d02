import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react'
import { whenIdle } from '../lib/when-idle'
import { LazyCrashRecovery, preloadCrashRecovery } from './lazy-crash-recovery'

interface AppErrorBoundaryProps {
  /** The answers as they are now; the form lives above this boundary, so they survive the crash. */
  getValues: () => unknown
  children: ReactNode
}

/**
 * If rendering the app body throws, the page says what happened and offers the person's answers (Download
 * configuration, Copy share link) instead of going blank. React needs a class for this.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  private stopPreload = () => {}

  componentDidMount(): void {
    this.stopPreload = whenIdle(preloadCrashRecovery)
  }

  componentWillUnmount(): void {
    this.stopPreload()
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('EMR Role Builder could not show the page:', error, info.componentStack)
  }

  render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      // If even the crash page's chunk cannot load, this says what it can: the answers stay in this browser's storage.
      <Suspense fallback={<p role="alert">Something went wrong while showing the builder. Your answers are kept in this browser: reload the page.</p>}>
        <LazyCrashRecovery error={error} values={this.props.getValues()} onRetry={() => this.setState({ error: null })} />
      </Suspense>
    )
  }
}
