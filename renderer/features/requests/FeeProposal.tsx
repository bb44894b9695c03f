import { Card, Descriptions, InputNumber, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureRequest } from '../../../shared/model';
import { formatYuan, proposePerApplicationFee, proposePerPageFee } from '../../../shared/requests';
import { db } from '../../db/database';

/**
 * 信息处理费 proposals (国办函〔2020〕109号): 按件 from the applicant's applications this natural
 * month, 按量 from a page count the officer types. One method per request; the officer records the
 * chosen one as a fee-notice step. The working text is the schedule's own Chinese wording.
 */
export function FeeProposal({ request }: { request: DisclosureRequest }) {
  const { t } = useTranslation('requests');
  const [pages, setPages] = useState<number | null>(null);
  const month = request.receivedDate.slice(0, 7);
  const sameMonth = useLiveQuery(
    () => db.requests.where('receivedDate').between(`${month}-01`, `${month}-31`, true, true).toArray(),
    [month],
  );
  const perApplication = sameMonth ? proposePerApplicationFee(request, sameMonth) : null;
  const perPage = pages !== null ? proposePerPageFee(pages) : null;
  return (
    <Card size="small" title={t('fee.title')} style={{ marginTop: 16 }} data-testid="fee-proposal">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('fee.perApplication')}>
          {perApplication ? (
            <Typography.Text data-testid="fee-per-application">
              {perApplication.text}（{formatYuan(perApplication.amountFen)}）
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('fee.perPage')}>
          <InputNumber
            min={0}
            max={100000}
            precision={0}
            value={pages}
            onChange={(v) => setPages(typeof v === 'number' ? v : null)}
            placeholder={t('fee.pages')}
            style={{ width: 120, marginRight: 12 }}
          />
          {perPage && <Typography.Text data-testid="fee-per-page">{perPage.text}</Typography.Text>}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('fee.note')}</Typography.Text>
    </Card>
  );
}
