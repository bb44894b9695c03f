import { type Publication, publicationSchema } from '../model/records';
import { type AppSettings, defaultSettings } from '../model/settings';

/**
 * An obviously fake register for tests, the CLI test and the benchmark (never real data:
 * common.md). `n` publications over 2024–2025, every tenth one in the trash, every seventh
 * not yet published, with titles that exercise CSV quoting (comma, quote, line break).
 */
export const FAKE_AGENCY_CODE = '110000000000FAKE0X';

export function fakeSettings(): AppSettings {
  const s = defaultSettings();
  return {
    ...s,
    profile: {
      ...s.profile,
      agencyName: '测试县测试局',
      agencyCode: FAKE_AGENCY_CODE,
      parentAgency: '测试县人民政府',
      address: '测试县测试路1号',
      officeHours: '工作日上午8:30—12:00，下午14:30—17:30',
      phone: '0000-00000000',
      fax: '0000-00000001',
      email: 'test@example.invalid',
      website: 'https://example.invalid',
    },
  };
}

const CHANNEL_SETS: Publication['channels'][] = [['website'], ['website', 'board'], ['wechat', 'weibo'], []];
const VALIDITY = ['valid', 'valid', 'valid', 'invalid', 'abolished'] as const;

export function fakePublications(n: number): Publication[] {
  const out: Publication[] = [];
  for (let i = 0; i < n; i++) {
    const year = i % 3 === 0 ? 2024 : 2025;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const published = i % 7 !== 6;
    const validity = VALIDITY[i % VALIDITY.length] ?? 'valid';
    const docKind = validity === 'abolished' ? 'normative' : 'ordinary';
    const serial = String(i + 1).padStart(5, '0');
    out.push(
      publicationSchema.parse({
        id: `pub-${i}`,
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        deletedAt: i % 10 === 9 ? '2025-06-01T00:00:00.000Z' : null,
        title: i % 11 === 0 ? `关于"测试事项",第${i}号的通知\n（续）` : `关于测试事项第${i}号的通知`,
        summary: `测试内容概述${i}`,
        docNumber: i % 4 === 0 ? '' : `测试〔${year}〕${i}号`,
        formedDate: `${year}-${month}-${day}`,
        publishedDate: published ? `${year}-${month}-${day}` : null,
        category: ['政策文件', '通知公告', '工作动态'][i % 3],
        channels: CHANNEL_SETS[i % CHANNEL_SETS.length],
        docKind,
        validity,
        abolishedDate: validity === 'abolished' ? `${year}-12-31` : null,
        indexNumber: published ? `${FAKE_AGENCY_CODE}/${year}-${serial}` : null,
        publisher: i % 5 === 0 ? '测试县测试局办公室' : '',
      }),
    );
  }
  return out;
}
