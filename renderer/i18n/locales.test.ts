import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPLICANT_TYPES,
  CONSULTATION_CHANNELS,
  DOC_KINDS,
  OUTCOMES,
  PUBLICATION_CHANNELS,
  REQUEST_CHANNELS,
  VALIDITIES,
} from '../../shared/model';

const dir = join(__dirname, 'locales');

function keysOf(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), 'utf8'));

describe('translations', () => {
  const zh = readdirSync(join(dir, 'zh-CN')).sort();
  const en = readdirSync(join(dir, 'en')).sort();

  it('has the same namespaces in both languages', () => {
    expect(en).toEqual(zh);
  });

  for (const file of zh) {
    const ns = file.replace('.json', '');
    it(`namespace ${ns} has the same keys in zh-CN and en, none empty`, () => {
      const zhKeys = keysOf(load('zh-CN', ns)).sort();
      const enKeys = keysOf(load('en', ns)).sort();
      expect(enKeys).toEqual(zhKeys);
      for (const lang of ['zh-CN', 'en']) {
        const flat = JSON.stringify(load(lang, ns));
        expect(flat).not.toMatch(/:""/);
      }
    });
  }

  it('zh-CN enum labels are the exact official labels from shared/model/taxonomy', () => {
    const enums = load('zh-CN', 'enums');
    const lists = {
      applicantType: APPLICANT_TYPES,
      requestChannel: REQUEST_CHANNELS,
      outcome: OUTCOMES,
      publicationChannel: PUBLICATION_CHANNELS,
      docKind: DOC_KINDS,
      validity: VALIDITIES,
      consultationChannel: CONSULTATION_CHANNELS,
      appealKind: APPEAL_KINDS,
      appealResult: APPEAL_RESULTS,
    };
    for (const [name, list] of Object.entries(lists)) {
      for (const item of list) {
        const label = item.code.split('.').reduce((o, k) => o?.[k], enums[name]);
        expect(label, `${name}.${item.code}`).toBe(item.zh);
      }
    }
  });
});
