import { Alert } from 'antd';

/** What a restore or an import ended with: a title and the lines that explain it. */
export type Outcome = { type: 'success' | 'error'; title: string; lines: string[] };

/** The one way a restore's or an import's result is shown (backup page, Settings → 导入). */
export function OutcomeAlert({
  outcome,
  onClose,
  testId,
}: {
  outcome: Outcome;
  onClose: () => void;
  testId: string;
}) {
  return (
    <Alert
      data-testid={testId}
      type={outcome.type}
      showIcon
      closable
      onClose={onClose}
      title={outcome.title}
      description={
        outcome.lines.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {outcome.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
