import * as XLSX from '@e965/xlsx';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { addWorkingDays } from '../calendar/working-days';
import { publicationSchema } from '../model/records';
import { defaultSettings } from '../model/settings';
import { buildMonthlyBulletin } from '../monitoring/bulletin';
import { bulletinXlsx } from '../monitoring/bulletin-xlsx';
import { buildBulletinDocument, bulletinSummaryZh } from './bulletin';

const calendar = buildCalendar();
const addWD = (from: string, n: number) => addWorkingDays(calendar, from, n);
const pub = (id: string, formedDate: string, publishedDate: string, column: string, channels: string[]) =>
  publicationSchema.parse({
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    title: `测试县测试局测试信息${id}`,
    formedDate,
    publishedDate,
    column,
    category: column === '通知公告' ? '通知公告' : '工作动态',
    channels,
  });

const settings = { ...defaultSettings(), monthlyQuota: 4 };
settings.profile = { ...settings.profile, agencyName: '测试县测试局' };
const publications = [
  pub('1', '2025-01-06', '2025-01-06', '工作动态', ['website']),
  pub('2', '2025-01-06', '2025-01-08', '通知公告', ['website', 'wechat']),
  pub('3', '2025-03-03', '2025-03-04', '工作动态', ['website']),
  pub('4', '2025-01-02', '2025-03-10', '通知公告', ['board']),
];

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('');

describe('monthly bulletin documents', () => {
  const b = buildMonthlyBulletin(publications, settings, 2025, 3, addWD);

  it('writes the summary from the model: count, quota shortfall, 空白月 and months under quota', () => {
    expect(bulletinSummaryZh(b)).toBe(
      '3月共主动公开政府信息2条，未完成月度任务（4条），差2条；本年累计4条。截至本月，本年度空白月：2月；未完成月度任务的月份：1月、3月。',
    );
  });

  it('builds a .docx with the title, the tables and the late item', async () => {
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildBulletinDocument(b))));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const all = text(xml);
    expect(all).toContain('测试县测试局2025年3月政府信息公开情况月报');
    expect(all).toContain('统计期间：2025年3月1日至2025年3月31日');
    expect(all).toContain('本月超期公开1条');
    expect(all).toContain('测试县测试局测试信息4');
    expect(all).toContain('政务公开栏');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('builds a one-sheet .xlsx with the same figures', () => {
    const wb = XLSX.read(bulletinXlsx(b), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(
      wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet,
      {
        header: 1,
        defval: '',
      },
    );
    const find = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(find('本月主动公开（条）')).toBe(2);
    expect(find('月度任务（条）')).toBe(4);
    expect(find('本年空白月')).toBe('2月');
    expect(find('本年未完成月度任务的月份')).toBe('1月、3月');
    expect(rows.some((r) => r[0] === '2月' && r[1] === 0 && r[2] === '空白月')).toBe(true);
  });
});
