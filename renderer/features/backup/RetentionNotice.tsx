import { Alert, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RestoreRetention } from '../../../shared/retention/restore-check';

/**
 * In the restore/import preview (issue 14 item 4): personal data in the file that retention removed
 * (it is removed again right after), and a retention setting in the file that differs from the one in
 * force (kept unless the officer ticks the box).
 */
export function RetentionNotice({
  current,
  retention,
  encrypted,
  useFileSetting,
  onUseFileSetting,
}: {
  current: number | null;
  retention: RestoreRetention | null;
  encrypted: boolean;
  useFileSetting: boolean;
  onUseFileSetting: (v: boolean) => void;
}) {
  const { t } = useTranslation('backup');
  const setting = (years: number | null) =>
    years === null ? t('anonymise.off') : t('anonymise.years', { count: years });
  const lines: string[] = [];
  if (!retention) {
    if (encrypted && current !== null) lines.push(t('retention.encrypted', { setting: setting(current) }));
  } else if (retention.dueNow > 0) {
    lines.push(
      current === null
        ? t('retention.duePurged', { count: retention.dueNow })
        : t('retention.due', { count: retention.dueNow, setting: setting(current) }),
    );
  }
  const differs = retention !== null && retention.inFile !== current;
  if (lines.length === 0 && !differs) return null;
  return (
    <Alert
      style={{ marginTop: 16 }}
      type="info"
      showIcon
      data-testid="restore-retention"
      title={t('retention.title')}
      description={
        <>
          {lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
          {differs && retention && (
            <>
              <div>
                {t('retention.differs', { file: setting(retention.inFile), current: setting(current) })}
              </div>
              <Checkbox checked={useFileSetting} onChange={(e) => onUseFileSetting(e.target.checked)}>
                {t('retention.useFile', { file: setting(retention.inFile) })}
              </Checkbox>
            </>
          )}
        </>
      }
    />
  );
}
