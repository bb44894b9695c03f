import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BrowserStorageState, checkBrowserStorage } from './browser-storage';
import { formatBytes } from './context';

/** Browser mode only: persistent storage asked for, its answer, the space left, and the advice. */
export function BrowserStorageCard() {
  const { t } = useTranslation('backup');
  const [state, setState] = useState<BrowserStorageState | null>(null);
  useEffect(() => {
    void checkBrowserStorage(typeof navigator !== 'undefined' ? navigator.storage : undefined).then(setState);
  }, []);
  const lines: string[] = [];
  if (state) {
    if (!state.supported) lines.push(t('browserStorage.unsupported'));
    else if (state.persisted === true) lines.push(t('browserStorage.persisted'));
    else lines.push(t('browserStorage.notPersisted'));
    if (state.quota !== null && state.usage !== null)
      lines.push(
        t('browserStorage.space', {
          free: formatBytes(Math.max(0, state.quota - state.usage)),
          used: formatBytes(state.usage),
        }),
      );
  }
  return (
    <Alert
      type={state?.persisted === true ? 'info' : 'warning'}
      showIcon
      data-testid="browser-storage"
      title={t('browserStorage.title')}
      description={
        <>
          {lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
          <div>{t('browserStorage.advice')}</div>
        </>
      }
    />
  );
}
