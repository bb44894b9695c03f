import { Alert, Button } from 'antd';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface State {
  error: Error | null;
}

/** A page that throws shows a message instead of a blank window; stored data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert
        type="error"
        showIcon
        title={i18n.t('common:error.pageCrashed')}
        description={this.state.error.message}
        action={
          <Button onClick={() => this.setState({ error: null })}>{i18n.t('common:action.retry')}</Button>
        }
      />
    );
  }
}
