import { Component, type ErrorInfo, type ReactNode } from 'react'
import { CrashRecovery } from './crash-recovery'

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

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('EMR Role Builder could not show the page:', error, info.componentStack)
  }

  render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return <CrashRecovery error={error} values={this.props.getValues()} onRetry={() => this.setState({ error: null })} />
  }
}
