import { Alert, Button } from 'antd';
import { LightList, LightListItem, LightTag } from '../../components/Light';
import { useTranslation } from 'react-i18next';
import { localTimeText, type RegisterName } from '../../../shared/model';
import { displayParams, type ReportCheck } from '../../../shared/report/model';

const COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every check with its message; “查看记录” lists the records concerned, clicking marks its cells. */
export function ChecksPanel(props: {
  checks: ReportCheck[];
  selected: string | null;
  onSelect: (check: ReportCheck) => void;
  onRecords: (store: RegisterName, ids: string[], title: string) => void;
}) {
  const { t } = useTranslation('report');
  const checks = [...props.checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (checks.length === 0) {
    return <Alert type="success" showIcon title={t('checks.none')} data-testid="checks-ok" />;
  }
  return (
    <LightList data-testid="checks">
      {checks.map((c) => {
        const message = t(c.key, displayParams(c.params, localTimeText));
        const store = c.store && c.store !== 'yearFigures' ? c.store : null;
        return (
          <LightListItem
            key={c.id}
            data-testid={`check-${c.id}`}
            onClick={() => props.onSelect(c)}
            style={{ background: props.selected === c.id ? '#fff1f0' : undefined }}
            actions={
              store && c.ids.length > 0
                ? [
                    <Button
                      key="records"
                      size="small"
                      type="link"
                      data-testid="check-records"
                      onClick={(e) => {
                        e.stopPropagation();
                        props.onRecords(store, c.ids, message);
                      }}
                    >
                      {t('checks.records', { n: c.ids.length })}
                    </Button>,
                  ]
                : []
            }
          >
            <span>
              <LightTag color={COLOR[c.severity]}>{t(`severity.${c.severity}`)}</LightTag>
              {message}
            </span>
          </LightListItem>
        );
      })}
    </LightList>
  );
}
