// A screen that fails while it is drawn (a bug, or an answer of a shape it does not expect) shows
// what failed in its place: React would otherwise unmount the whole window, sidebar and all.
import { Component, type ReactNode } from 'react';

interface Props {
  /** The screen's name as the sidebar shows it. */
  screen: string;
  children: ReactNode;
}

interface State {
  error?: Error;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.screen} screen:`, error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen-error" role="alert">
        <h1>The {this.props.screen} screen could not be shown</h1>
        <p>{error.message}</p>
        <p className="muted">
          Nothing was changed by this: what you recorded is saved, and the other screens work as before.
        </p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
