import type { ReportFormat } from './format-types';
import type { ReportModel } from './model';

/** The report's title, e.g. 测试县示例局2025年政府信息公开工作年度报告. */
export function reportTitle(format: ReportFormat, model: Pick<ReportModel, 'agencyName' | 'year'>): string {
  return format.title.replace('{agency}', model.agencyName).replace('{year}', String(model.year));
}
