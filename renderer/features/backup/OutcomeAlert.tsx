import { Alert } from 'antd';
import { TechnicalDetail } from '../../components/TechnicalDetail';

/**
 * What a backup, a restore or an import ended with: a title and the lines that explain it, in the
 * officer's language; `detail` is the technical message behind a failure (the backup reader's and main's
 * are English, for support and the log), shown apart and labelled as such, never as the explanation.
 */
export type Outcome = { type: 'success' | 'error'; title: string; lines: string[]; detail?: string };

/** The one way a backup's, a restore's or an import's result is shown (backup page, Settings → 导入). */
export function OutcomeAlert({
  outcome,
  onClose,
  testId,
}: {
  outcome: Outcome;
  onClose: () => void;
  testId: string;
}) {
  const { lines, detail } = outcome;
  return (
    <Alert
      data-testid={testId}
      type={outcome.type}
      showIcon
      closable
      onClose={onClose}
      title={outcome.title}
      description={
        lines.length > 0 || detail ? (
          <>
            {lines.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
            {detail && <TechnicalDetail detail={detail} testId={`${testId}-detail`} />}
          </>
        ) : undefined
      }
    />
  );
}
