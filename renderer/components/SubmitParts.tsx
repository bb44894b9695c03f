import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitStatus } from './use-record-submit';

function useSubmitState(status: SubmitStatus) {
  return useSyncExternalStore(status.subscribe, status.get);
}

/** A register form's 保存: shows the save under way (drawn alone, not with the whole form). */
export function SaveButton({ status, style }: { status: SubmitStatus; style?: CSSProperties }) {
  const { t } = useTranslation('common');
  const { saving } = useSubmitState(status);
  return (
    <Button type="primary" htmlType="submit" loading={saving} data-testid="save-record" style={style}>
      {t('action.save')}
    </Button>
  );
}

/** What the last save found wrong, above a register form's fields (the fields show theirs too). */
export function SubmitProblems({ status }: { status: SubmitStatus }) {
  const { problems } = useSubmitState(status);
  if (problems.length === 0) return null;
  return <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 12 }} />;
}
