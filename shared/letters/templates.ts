import type { LetterType } from '../model/letter';

/**
 * Default wording of each letter, as data (DOMAIN.md §10): paragraphs with {placeholders} filled from
 * the record and the profile (draft.ts). The agency may adjust a template in Settings
 * (AppSettings.letterTemplates, a reset restores these); a placeholder this table does not know is
 * refused (validateTemplate), so a typo cannot print as “{申请人名}”.
 * Officer-filled parts are blank markers 【请填写：…】: highlighted, and issuing is blocked until
 * they are replaced (checks.ts).
 */
export const TEMPLATE_VERSION = '2024-01-01';

/** Template keys: one per letter type, with the consultation's two addressees apart. */
export const TEMPLATE_KEYS = [
  'receipt',
  'correction',
  'extension',
  'consultation',
  'consultationAgency',
  'decisionNotice',
  'reasons',
  'fee',
  'answer',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** Letter names, printed after the agency's name in the title. */
export const LETTER_NAMES: Record<LetterType, string> = {
  receipt: '政府信息公开申请接收回执',
  correction: '政府信息公开申请补正告知书',
  extension: '政府信息公开申请延期答复告知书',
  consultation: '政府信息公开征求意见书',
  decisionNotice: '政府信息公开决定公开告知书',
  reasons: '政府信息公开申请说明理由告知书',
  fee: '政府信息公开信息处理费收费通知书',
  answer: '政府信息公开申请答复书',
};

/** Closing line of each letter. */
export const LETTER_CLOSINGS: Record<LetterType, string> = {
  receipt: '特此回执。',
  correction: '特此告知。',
  extension: '特此告知。',
  consultation: '特此函询。',
  decisionNotice: '特此告知。',
  reasons: '特此告知。',
  fee: '特此通知。',
  answer: '特此告知。',
};

export const BLANK_RE = /【请填写[：:][^】]*】/g;
export const blank = (what: string) => `【请填写：${what}】`;

export const DEFAULT_TEMPLATES: Record<TemplateKey, readonly string[]> = {
  receipt: [
    '本机关已收到你（单位）于{提交日期}{收到方式}提交的政府信息公开申请，申请获取“{申请内容}”。',
    '根据{依据}的规定，{收到日期规则}，本机关收到你（单位）申请的日期为{收到日期}。本机关将依法自收到申请之日起20个工作日内予以答复。',
  ],
  correction: [
    '本机关于{收到日期}收到你（单位）提交的政府信息公开申请，申请获取“{申请内容}”。经审查，你（单位）的申请内容不明确，需要补正的事项：{补正事项}。',
    '根据{依据}的规定，请你（单位）自收到本告知书之日起{补正期限}个工作日内作出补正。答复期限自本机关收到补正的申请之日起计算。你（单位）无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
  extension: [
    '本机关于{收到日期}收到你（单位）提交的政府信息公开申请，申请获取“{申请内容}”。因{延期理由}，本机关不能在{原答复期限}前作出答复。',
    '根据{依据}的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{延长天数}个工作日，本机关将于{延期后答复期限}前作出答复。',
  ],
  consultation: [
    '本机关于{收到日期}收到一份政府信息公开申请，申请获取“{申请内容}”。该申请涉及{征求事项}，公开可能损害你（单位）的合法权益。',
    '根据{依据}的规定，现书面征求你（单位）的意见。请你（单位）自收到本征求意见书之日起15个工作日内提出是否同意公开的书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
  ],
  consultationAgency: [
    '本机关于{收到日期}收到一份政府信息公开申请，申请获取“{申请内容}”。该申请涉及{征求事项}，系本机关与你单位共同制作。',
    '根据{依据}的规定，现征求你单位的意见。请你单位自收到本征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。',
  ],
  decisionNotice: [
    '本机关于{征求日期}就一份政府信息公开申请所涉及的{征求事项}书面征求你（单位）的意见，你（单位）不同意公开。',
    '经审查，本机关认为不公开可能对公共利益造成重大影响。根据{依据}的规定，本机关决定予以公开。决定公开的政府信息内容：{公开内容}。理由：{公开理由}。',
  ],
  reasons: [
    '本机关于{收到日期}收到你（单位）提交的政府信息公开申请，申请获取“{申请内容}”。你（单位）申请公开政府信息的数量、频次明显超过合理范围。',
    '根据{依据}的规定，请你（单位）自收到本告知书之日起{说明期限}内说明理由。本机关认为申请理由不合理的，将告知你（单位）不予处理。',
  ],
  fee: [
    '本机关于{收到日期}收到你（单位）提交的政府信息公开申请，申请获取“{申请内容}”。你（单位）申请公开政府信息的数量、频次明显超过合理范围，根据{依据}的规定，本机关决定收取信息处理费。',
    '收费方式：{收费方式}，计费数量：{收费数量}，收费金额：{收费金额}元。',
    '请你（单位）自收到本通知次日起20个工作日内通过{缴费方式}缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
  ],
  answer: [
    '本机关于{收到日期}收到你（单位）{收到方式}提交的政府信息公开申请{补正说明}，申请获取“{申请内容}”。',
    '{决定}',
  ],
};

/** Every placeholder a template may use (Settings → 文书模板 lists them as buttons; docs/letters.md). */
export const PLACEHOLDERS = [
  '机关名称',
  '申请人',
  '提交日期',
  '收到日期',
  '收到方式',
  '收到日期规则',
  '申请内容',
  '补正说明',
  '依据',
  '决定',
  '补正事项',
  '补正期限',
  '延期理由',
  '原答复期限',
  '延长天数',
  '延期后答复期限',
  '征求事项',
  '征求日期',
  '公开内容',
  '公开理由',
  '说明期限',
  '收费方式',
  '收费数量',
  '收费金额',
  '缴费方式',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface TemplateIssue {
  code: 'unknownPlaceholder' | 'unclosedBrace' | 'empty';
  paragraph: number;
  name?: string;
}

/** Checks an edited template: every {name} must be known, braces closed, not all empty. */
export function validateTemplate(paragraphs: readonly string[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  if (paragraphs.every((p) => p.trim() === '')) issues.push({ code: 'empty', paragraph: 0 });
  paragraphs.forEach((p, i) => {
    // Full-width braces typed with a Chinese IME mean the same (only the braces: NFKC would also
    // turn the letter's full-width punctuation half-width).
    const text = p.replace(/｛/g, '{').replace(/｝/g, '}');
    for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
      const name = m[1] ?? '';
      if (!(PLACEHOLDERS as readonly string[]).includes(name))
        issues.push({ code: 'unknownPlaceholder', paragraph: i, name });
    }
    const opens = (text.match(/\{/g) ?? []).length;
    const closes = (text.match(/\}/g) ?? []).length;
    if (opens !== closes) issues.push({ code: 'unclosedBrace', paragraph: i });
  });
  return issues;
}

/**
 * Fills a template; a placeholder with no value (undefined) becomes a blank marker naming it, one
 * whose value is '' (e.g. {补正说明} without a 补正) disappears.
 */
export function fillTemplate(
  paragraphs: readonly string[],
  values: Partial<Record<Placeholder, string>>,
): string[] {
  return paragraphs
    .map((p) =>
      p.replace(/[{｛]([^{}｛｝]*)[}｝]/g, (_m, name: string) => {
        const v = values[name as Placeholder];
        return v === undefined ? blank(name) : v;
      }),
    )
    .filter((p) => p.trim() !== '');
}

/** The template in force for a key: the agency's adjusted one if valid, else the default. */
export function templateFor(
  key: TemplateKey,
  overrides: Partial<Record<string, string[]>>,
): readonly string[] {
  const own = overrides[key];
  if (own && validateTemplate(own).length === 0) return own;
  return DEFAULT_TEMPLATES[key];
}
