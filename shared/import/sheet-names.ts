import type { RegisterName } from '../model/records';

/** Sheet name of each register's .xlsx export (kept apart so the list pages need not load ExcelJS). */
export const SHEET_NAMES: Record<RegisterName, string> = {
  publications: '主动公开',
  requests: '依申请公开',
  consultations: '咨询',
  appeals: '复议诉讼',
};
