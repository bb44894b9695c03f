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

  it('English text uses English punctuation and spacing (no full-width ：，。 outside quoted Chinese)', () => {
    const values = (obj: unknown): string[] =>
      typeof obj === 'string'
        ? [obj]
        : typeof obj === 'object' && obj
          ? Object.values(obj).flatMap(values)
          : [];
    const bad: string[] = [];
    for (const file of en) {
      for (const v of values(load('en', file.replace('.json', '')))) {
        // Chinese quoted in an English sentence keeps its own punctuation: drop CJK runs first.
        // A template's 【请填写：…】 placeholder is quoted Chinese too.
        const english = v
          .replace(/【[^】]*】/g, ' ')
          .replace(/[“"]?[\u3000-\u303f\u4e00-\u9fff\uff08\uff09]+[”"]?/g, ' ');
        if (/[：，。]/.test(english) || /\}\}days\b|\d(days|day)\b/.test(v)) bad.push(`${file}: ${v}`);
      }
    }
    expect(bad).toEqual([]);
    // A suffix printed right after a number (antd Statistic) carries its own (no-break) space.
    expect(load('en', 'dashboard').report.days).toMatch(/^[\s\u00a0]/);
  });

  it('UI code adds no full-width ：or，after translated text (it would show in English too)', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.tsx') ? [join(d, e.name)] : [],
      );
    const found = walk(join(__dirname, '..')).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /[)'"`]\}\s*[：，]/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

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
