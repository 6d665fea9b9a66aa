// An error boundary per panel: one broken panel says what happened and the rest keep working.
import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/strings';
import { appStore } from '../store/store';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    const lang = appStore.getState().lang;
    return (
      <div className="panel-error" role="alert" data-panel={this.props.name}>
        <p>{translate(lang, 'panelError', { msg: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(lang, 'retry')}
        </button>
      </div>
    );
  }
}
