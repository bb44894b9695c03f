import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DerivationStep } from '../../../shared/requests';
import { useEnumLabel } from '../../components/enum-label';
import { formatStep } from './format-steps';

/** The derivation, one line per step, in the UI language. */
export function DerivationList({ steps }: { steps: readonly DerivationStep[] }) {
  const { t, i18n } = useTranslation('clock');
  const { label } = useEnumLabel();
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});
  // A derivation never repeats a line, so the text itself is a stable key.
  const lines = steps.map((step) => ({
    warn: step.kind === 'unknownYears',
    text: formatStep(translate, i18n.language, step, (code) => label('outcome', code)),
  }));
  return (
    <ol data-testid="deadline-derivation" style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((line) => (
        <li key={line.text}>
          <Typography.Text type={line.warn ? 'warning' : undefined}>{line.text}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}
