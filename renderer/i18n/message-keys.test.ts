import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignLetterNumber, placeholderText } from '../../shared/letters';
import { publicationInput, requestInput } from '../../shared/model';
import { translateIssue } from '../components/form-errors';
import { issuesOf } from '../db/repositories/errors';
import { reasonText } from '../features/import/reasons';
import { patternFaultText } from '../features/letters/pattern-text';

/**
 * Every message key the UI can show resolves to real text in both languages (issue 13 item 2: an
 * extension approved after the due date showed "clock"). The keys are read from the code that
 * produces them — the zod schemas and checks in shared/, the workflow rules, the import plan, the
 * renderer's own validators — so a new key without text fails here.
 */
const root = join(__dirname, '..', '..');
const localeDir = join(__dirname, 'locales');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = [...sourceFiles(join(root, 'shared')), ...sourceFiles(join(root, 'renderer'))];
const read = (path: string) => readFileSync(path, 'utf8');
const matchesIn = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] as string);

/** `validation.*` keys written anywhere (`validation.tooLong:${max}` is expanded below). */
const validationKeys = [
  ...new Set(files.flatMap((f) => matchesIn(read(f), /['"`](validation\.[A-Za-z]+)(?![A-Za-z.])/g))),
];
/** Every length limit a schema sets: each gives `validation.tooLong:<n>`. */
const lengthLimits = [
  ...new Set(
    sourceFiles(join(root, 'shared', 'model')).flatMap((f) =>
      matchesIn(read(f), /\b(?:text|requiredText)\((\d+)\)/g),
    ),
  ),
];
const workflowKeys = [
  ...new Set(
    matchesIn(read(join(root, 'shared', 'requests', 'workflow.ts')), /\b(?:err|warn)\('([A-Za-z]+)'/g),
  ),
].map((k) => `clock:workflow.${k}`);
const importKeys = [
  ...new Set(
    sourceFiles(join(root, 'shared', 'import')).flatMap((f) =>
      matchesIn(read(f), /'(import\.[a-z]+\.[A-Za-z]+)'/g),
    ),
  ),
];

function loadResources() {
  const resources: Resource = {};
  for (const lang of readdirSync(localeDir)) {
    resources[lang] = {};
    for (const file of readdirSync(join(localeDir, lang))) {
      resources[lang][file.replace('.json', '')] = JSON.parse(read(join(localeDir, lang, file)));
    }
  }
  return resources;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = createInstance();
  const resources = loadResources();
  // No fallback language: an English gap must show up as a gap, not as Chinese text.
  await i18n.init({
    resources,
    lng: 'zh-CN',
    fallbackLng: false,
    ns: Object.keys(resources['zh-CN'] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});

/** Keys whose message carries a parameter after the colon (`validation.tooLong:300`). */
const WITH_PARAM: Record<string, string> = {
  'validation.tooLong': '300',
  // A step an issued letter stands for: the letter's 文号 (renderer/db/repositories/registers.ts).
  'validation.eventHasLetter': '测信答〔2026〕1号',
  'validation.eventWithLetterRemoved': '测信答〔2026〕1号',
};

function expectRealText(text: string, source: string) {
  expect(text, source).not.toMatch(/\{\{|\}\}/);
  expect(text, source).not.toMatch(/^(common|clock|import|catalogue|report|requests):/);
  // A key left untranslated comes back as itself (or its last part, as "clock" did).
  const bare = source.split(':')[0] ?? source;
  expect(text, source).not.toBe(source);
  expect(text, source).not.toBe(bare);
  expect(text, source).not.toMatch(/^[a-z]+(\.[A-Za-z]+)+$/);
  expect(text.trim().length, source).toBeGreaterThan(1);
}

describe('every message key the UI can show has text in zh-CN and en', () => {
  it('finds the keys in the code (the scan itself works)', () => {
    expect(validationKeys).toContain('validation.required');
    expect(validationKeys).toContain('validation.tooLong');
    expect(lengthLimits).toContain('300');
    expect(workflowKeys).toContain('clock:workflow.extensionAfterDue');
    expect(importKeys.length).toBeGreaterThan(0);
  });

  for (const lang of ['zh-CN', 'en']) {
    describe(lang, () => {
      const t = () => i18n.getFixedT(lang);

      it('validation keys from the schemas, checks and validators', () => {
        for (const key of validationKeys) {
          const message = key in WITH_PARAM ? `${key}:${WITH_PARAM[key]}` : key;
          expectRealText(translateIssue(t(), message), message);
        }
      });

      it('every length limit the schemas set', () => {
        for (const n of lengthLimits) {
          const text = translateIssue(t(), `validation.tooLong:${n}`);
          expectRealText(text, `validation.tooLong:${n}`);
          expect(text).toContain(n);
        }
      });

      it('every workflow rule (errors and warnings) in shared/requests/workflow.ts', () => {
        expect(workflowKeys.length).toBeGreaterThan(15);
        for (const key of workflowKeys) {
          expect(i18n.exists(key, { lng: lang }), key).toBe(true);
          expectRealText(translateIssue(t(), key), key);
        }
      });

      it('every import reason from shared/import', () => {
        for (const key of importKeys) expectRealText(reasonText(t(), key), key);
      });

      it('every fault of a 文号规则 (settings → 文书, and an issue refused for it), named in words', () => {
        const numbering = (
          letterNumberPattern: string,
          held: { numbers: string[]; counters: Record<string, number> } = { numbers: [], counters: {} },
        ) => {
          const r = assignLetterNumber('answer', 2026, held.numbers, {
            letterNumberPattern,
            letterCodes: { answer: '答' },
            letterCounters: held.counters,
            profile: { docPrefix: '测信' },
          });
          return r.ok ? [] : r.errors;
        };
        const faults = [
          ...numbering(''),
          ...numbering('{代字}〔{年}〕{序号}号'),
          ...numbering('{代字}〔{年份}〕{序号'),
          ...numbering('{代字}〔{年份}〕{序号}{序号}'),
          ...numbering('{代字}〔{年份}〕'),
          // The tenth answer of a year under {1位序号}: no digit left.
          ...numbering('{代字}〔{年份}〕{1位序号}号', { numbers: ['答〔2026〕9号'], counters: {} }),
        ];
        expect(new Set(faults.map((f) => f.code))).toEqual(
          new Set([
            'empty',
            'unknownPlaceholder',
            'noYear',
            'noSerial',
            'multipleSerials',
            'serialExhausted',
          ]),
        );
        for (const f of faults) {
          const text = patternFaultText(i18n.getFixedT(lang, 'letters'), f);
          expectRealText(text, `letters:pattern.${f.code}`);
          if (f.name) expect(text).toContain(placeholderText(f.name));
        }
        expect(
          patternFaultText(i18n.getFixedT(lang, 'letters'), { code: 'unknownPlaceholder', name: '年' }),
        ).toContain('{年}');
      });

      it('what the schemas actually produce for bad input', () => {
        const bad = [
          publicationInput.safeParse({ title: 'x'.repeat(301), formedDate: '2025-02-30', category: '' }),
          publicationInput.safeParse({
            title: '测试',
            formedDate: '2025-03-01',
            category: '人事信息',
            docKind: 'ordinary',
            abolishedDate: '2025-03-02',
          }),
          requestInput.safeParse({
            serial: '',
            applicantType: 'natural',
            applicantName: '',
            channel: 'post',
            submittedDate: '2025-09-25',
            receivedDate: '2025-09-24',
            content: '',
            events: [{ id: 'r', type: 'consultationReplied', date: '2025-09-26' }],
          }),
        ];
        const issues = bad.flatMap((r) => (r.success ? [] : issuesOf(r.error)));
        const messages = issues.map((i) => i.message);
        expect(messages).toContain('validation.tooLong:300');
        // A reply without its consultation is "required", not 格式不正确 (issue 13 item 1).
        expect(issues.find((i) => i.path.join('.') === 'events.0.sentEventId')?.message).toBe(
          'validation.required',
        );
        expect(messages).toContain('validation.abolishedOnOrdinary');
        for (const m of messages) expectRealText(translateIssue(t(), m), m);
      });
    });
  }
});
