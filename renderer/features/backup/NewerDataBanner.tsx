import { Alert } from 'antd';
import { dataState, NEWER_DATA_MESSAGE } from '../../db/newer-version';

/**
 * On every page while the data was saved by a newer app version (issue 14 item 6): both languages,
 * Chinese first, because the officer may have switched language in the newer version.
 */
export function NewerDataBanner() {
  if (dataState.newerVersion === null) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="newer-data"
      title={NEWER_DATA_MESSAGE['zh-CN']}
      description={NEWER_DATA_MESSAGE.en}
    />
  );
}

/** True while nothing may be written, exported or backed up. */
export const isReadOnlyData = () => dataState.newerVersion !== null;
