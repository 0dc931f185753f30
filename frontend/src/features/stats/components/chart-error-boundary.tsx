import { Component, type ReactNode } from 'react'

interface ChartErrorBoundaryProps {
  children: ReactNode
  /** Called before the children render again (e.g. to import a chunk afresh). */
  onRetry: () => void
}

interface ChartErrorBoundaryState {
  failed: boolean
}

/**
 * Keeps a failure of the charts (their chunk did not load, e.g. after a deploy or offline) inside the
 * dashboard: the rest of the page stays, with an inline error and a Retry button.
 */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, ChartErrorBoundaryState> {
  override state: ChartErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): ChartErrorBoundaryState {
    return { failed: true }
  }

  private readonly retry = () => {
    this.props.onRetry()
    this.setState({ failed: false })
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="alert alert-warning d-flex flex-wrap align-items-center gap-2" role="alert">
        <span>The charts could not be loaded. Check your connection and try again.</span>
        <button type="button" className="btn btn-sm btn-outline-dark" onClick={this.retry}>
          Retry
        </button>
      </div>
    )
  }
}
