import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/work-calendar';
import { defaultSettings, letterSchema, type DisclosureRequest, OUTCOME_CODES } from '../model';
import { ev } from '../requests/test-helpers';
import { draftLetter, type LetterSettings } from './draft';
import { DEFAULT_TEMPLATES, validateTemplate } from './templates';

/**
 * Golden texts: what each letter must say, written from DOMAIN.md §10 (articles of the 2019 条例 with
 * 项; remedy per 行政复议法 2023), not copied from the code's output.
 */
const calendar = buildCalendar();
const base = defaultSettings();
const settings: LetterSettings = {
  profile: { agencyName: '某县教育局', parentAgency: '某县人民政府', reviewBody: '', court: '某县人民法院' },
  letterTemplates: {},
  reviewFirstOutcomes: base.reviewFirstOutcomes,
};
const request: Pick<
  DisclosureRequest,
  'applicantType' | 'applicantName' | 'channel' | 'submittedDate' | 'receivedDate' | 'content' | 'events'
> = {
  applicantType: 'natural',
  applicantName: '张三',
  channel: 'inPerson',
  submittedDate: '2025-03-03',
  receivedDate: '2025-03-03',
  content: '2024年本局公务用车购置情况',
  events: [],
};
const draft = (type: Parameters<typeof draftLetter>[0]['type'], facts = {}, r = request) =>
  draftLetter({ type, request: r, settings, today: '2025-03-20', calendar, facts });

const INTRO = '本机关于2025年3月3日收到你当面提交的政府信息公开申请，申请获取“2024年本局公务用车购置情况”。';
const REG = '《中华人民共和国政府信息公开条例》';
const REVIEW_FIRST =
  '根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，你对本答复不服的，应当先申请行政复议，可以自收到本答复书之日起60日内向某县人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。';
const EITHER_OR =
  '你如对本答复不服，可以自收到本答复书之日起60日内向某县人民政府申请行政复议，也可以自收到本答复书之日起6个月内向某县人民法院提起行政诉讼。';
const B = (s: string) => `【请填写：${s}】`;

/** outcome (+ facts) → legal basis, decision paragraph, remedy. */
const GOLDEN: [string, Record<string, unknown>, string, string, string][] = [
  [
    'disclose',
    {},
    `${REG}第三十六条第（二）项`,
    `经审查，你申请公开的政府信息属于可以公开的政府信息。根据${REG}第三十六条第（二）项的规定，本机关决定予以公开：${B('随本答复书提供的信息，或者获取该信息的方式、途径和时间')}。`,
    EITHER_OR,
  ],
  [
    'partial',
    { partialGround: 'withhold.internal' },
    `${REG}第三十七条、第十六条第一款、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息中，${B('可以公开的部分')}可以公开，现提供给你；${B('不予公开的部分')}属于行政机关的内部事务信息，不予公开。根据${REG}第三十七条、第十六条第一款、第三十六条第（三）项的规定，本机关决定部分公开。`,
    `根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，你对本答复中不予公开部分的决定不服的，应当先申请行政复议，可以自收到本答复书之日起60日内向某县人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。你对本答复的其他内容不服的，可以自收到本答复书之日起60日内向某县人民政府申请行政复议，也可以自收到本答复书之日起6个月内向某县人民法院提起行政诉讼。`,
  ],
  [
    'withhold.stateSecret',
    {},
    `${REG}第十四条、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息属于依法确定为国家秘密的政府信息。根据${REG}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.lawProhibited',
    {},
    `${REG}第十四条、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息属于法律、行政法规禁止公开的政府信息（${B('禁止公开的法律、行政法规及条款')}）。根据${REG}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.security',
    {},
    `${REG}第十四条、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据${REG}第十四条、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.thirdParty',
    {},
    `${REG}第十五条、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据${REG}第十五条、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.internal',
    {},
    `${REG}第十六条第一款、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息属于行政机关的内部事务信息。根据${REG}第十六条第一款、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.process',
    {},
    `${REG}第十六条第二款、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息。根据${REG}第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.enforcement',
    {},
    `${REG}第十六条第二款、第三十六条第（三）项`,
    `经审查，你申请公开的政府信息属于行政执法案卷信息。根据${REG}第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。`,
    REVIEW_FIRST,
  ],
  [
    'withhold.query',
    {},
    `${REG}第三十六条第（七）项`,
    `经审查，你申请获取的信息属于${B('工商、不动产登记资料等')}信息，有关法律、行政法规对信息的获取有特别规定。根据${REG}第三十六条第（七）项的规定，请你依照${B('有关法律、行政法规的名称')}的规定办理。`,
    REVIEW_FIRST,
  ],
  [
    'unable.notHeld',
    {},
    `${REG}第三十六条第（四）项`,
    `经检索，本机关没有你申请公开的政府信息，该政府信息不存在。根据${REG}第三十六条第（四）项的规定，现予告知。`,
    EITHER_OR,
  ],
  [
    'unable.notHeld',
    { notHeldMode: 'notOurs', responsibleBody: '某县自然资源局', responsibleContact: '0000-00000000' },
    `${REG}第三十六条第（五）项`,
    `经审查，你申请公开的政府信息不属于本机关负责公开，理由是：${B('不属于本机关负责公开的理由')}。负责公开该政府信息的行政机关为某县自然资源局，联系方式：0000-00000000。根据${REG}第三十六条第（五）项的规定，现予告知。`,
    EITHER_OR,
  ],
  [
    'unable.needsCreation',
    {},
    `${REG}第三十八条`,
    `经审查，本机关没有制作或者获取你申请的信息，提供该信息需要对现有政府信息进行加工、分析。根据${REG}第三十八条的规定，本机关不予提供。`,
    EITHER_OR,
  ],
  [
    'unable.stillUnclear',
    {},
    `${REG}第二十九条第二款、第三十条`,
    `本机关已于${B('补正告知日期')}告知你作出补正，你于${B('补正日期')}提交了补正后的申请，但申请内容仍不明确，本机关无法确定你申请公开的政府信息。根据${REG}第二十九条第二款、第三十条的规定，本机关无法提供。`,
    EITHER_OR,
  ],
  [
    'notProcessed.petition',
    {},
    `${REG}第三十九条第一款`,
    `经审查，你以政府信息公开申请的形式提出的是信访、投诉、举报等事项，本机关不作为政府信息公开申请处理。你可以通过${B('信访、投诉、举报的相应渠道')}提出。根据${REG}第三十九条第一款的规定，现予告知。`,
    EITHER_OR,
  ],
  [
    'notProcessed.repeat',
    {},
    `${REG}第三十六条第（六）项`,
    `本机关已于${B('此前答复的日期及文号')}就你提出的政府信息公开申请作出答复，你本次系重复申请公开相同政府信息。根据${REG}第三十六条第（六）项的规定，本机关不予重复处理。`,
    EITHER_OR,
  ],
  [
    'notProcessed.publication',
    {},
    `${REG}第三十九条第二款`,
    `经审查，你申请获取的是政府公报、报刊、书籍等公开出版物，你可以通过${B('获取该出版物的途径')}获取。根据${REG}第三十九条第二款的规定，现予告知。`,
    EITHER_OR,
  ],
  [
    'notProcessed.massive',
    {},
    `${REG}第三十五条`,
    `你申请公开政府信息的数量、频次明显超过合理范围，本机关已要求你说明理由。经审查，本机关认为申请理由不合理。根据${REG}第三十五条的规定，本机关不予处理。`,
    EITHER_OR,
  ],
  [
    'notProcessed.confirm',
    {},
    '',
    `经审查，你申请的内容为要求行政机关确认或者重新出具已获取的信息，不属于政府信息公开申请的处理范围。根据${B('法律依据')}的规定，本机关不予处理。`,
    EITHER_OR,
  ],
  [
    'other.noCorrection',
    {},
    `${REG}第三十条`,
    `本机关已于${B('补正告知日期')}告知你作出补正，你无正当理由逾期未补正，视为放弃申请。根据${REG}第三十条的规定，本机关不再处理你的该政府信息公开申请。`,
    EITHER_OR,
  ],
  [
    'other.feeUnpaid',
    {},
    '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    `本机关已于${B('收费通知日期')}向你发出收费通知，你逾期未按收费通知要求缴纳费用，视为放弃申请。根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关不再处理你的该政府信息公开申请。`,
    EITHER_OR,
  ],
  ['other.other', {}, '', `${B('处理情况及理由')}根据${B('法律依据')}的规定，现予告知。`, EITHER_OR],
];

describe('答复书: every 表三 outcome', () => {
  it.each(GOLDEN)('%s %o', (outcome, facts, basis, decision, remedy) => {
    const l = draft('answer', { outcome, ...facts });
    expect(l.title).toBe('某县教育局政府信息公开申请答复书');
    expect(l.addressee).toBe('张三');
    expect(l.paragraphs).toEqual([INTRO, decision]);
    expect(l.legalBasis).toBe(basis);
    expect(l.remedy).toBe(remedy);
    expect(l.closing).toBe('特此告知。');
    expect(l.signer).toBe('某县教育局');
    expect(l.dueDate).toBe('2025-03-31');
  });

  it('covers every outcome code', () => {
    expect(new Set(GOLDEN.map((g) => g[0]))).toEqual(new Set(OUTCOME_CODES));
  });

  it('已主动公开 points at the published item: 索引号 and where', () => {
    const l = draftLetter({
      type: 'answer',
      request,
      settings,
      today: '2025-03-20',
      calendar,
      facts: { outcome: 'disclose', discloseMode: 'published', publicationId: 'p1' },
      publications: [
        {
          id: 'p1',
          title: '某县教育局2024年部门决算',
          indexNumber: '11341702486344515H/2024-00013',
          publishedDate: '2024-09-10',
          channels: ['website'],
          column: '财政预决算',
        },
      ],
    });
    expect(l.legalBasis).toBe(`${REG}第三十六条第（一）项`);
    expect(l.paragraphs[1]).toBe(
      `经查，你申请公开的政府信息已由本机关主动公开（《某县教育局2024年部门决算》，索引号：11341702486344515H/2024-00013，2024年9月10日公开），你可以通过政府网站/信息公开平台“财政预决算”栏目查阅获取。根据${REG}第三十六条第（一）项的规定，现予告知。`,
    );
    expect(l.blanks).toEqual([]);
  });

  it('保护第三方合法权益 after consulting the third party also cites 第三十二条', () => {
    const r = {
      ...request,
      events: [
        ev({ type: 'consultationSent', date: '2025-03-05', party: 'thirdParty', partyName: '某公司' }),
      ],
    };
    const l = draft('answer', { outcome: 'withhold.thirdParty' }, r);
    expect(l.legalBasis).toBe(`${REG}第十五条、第三十二条、第三十六条第（三）项`);
  });

  it('an organisation is addressed as 你单位; the per-outcome setting turns 复议前置 on for 信息不存在', () => {
    const l = draftLetter({
      type: 'answer',
      request: { ...request, applicantType: 'commercial', applicantName: '某某科技有限公司' },
      settings: { ...settings, reviewFirstOutcomes: ['unable.notHeld'] },
      today: '2025-03-20',
      calendar,
      facts: { outcome: 'unable.notHeld' },
    });
    expect(l.paragraphs[0]).toContain('收到你单位当面提交');
    expect(l.remedy).toBe(
      '你单位如对本答复不服，可以自收到本答复书之日起60日内向某县人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。',
    );
  });

  it('names the 复议机关 from the profile, and leaves a blank when none is known', () => {
    const named = draftLetter({
      type: 'answer',
      request,
      settings: { ...settings, profile: { ...settings.profile, reviewBody: '某市教育局' } },
      today: '2025-03-20',
      calendar,
      facts: { outcome: 'withhold.internal' },
    });
    expect(named.remedy).toContain('60日内向某市教育局申请行政复议');
    const none = draftLetter({
      type: 'answer',
      request,
      settings: { ...settings, profile: { ...settings.profile, parentAgency: '' } },
      today: '2025-03-20',
      calendar,
      facts: { outcome: 'withhold.internal' },
    });
    expect(none.blanks).toContain(B('行政复议机关名称'));
  });
});

describe('step letters', () => {
  it('补正告知书: 第三十条, the items, the period from delivery, the consequence; due 7 working days after receipt', () => {
    const l = draft('correction', { correctionWorkingDays: 15 });
    expect(l.title).toBe('某县教育局政府信息公开申请补正告知书');
    expect(l.legalBasis).toBe(`${REG}第三十条`);
    expect(l.paragraphs).toEqual([
      `本机关于2025年3月3日收到你提交的政府信息公开申请，申请获取“2024年本局公务用车购置情况”。经审查，你的申请内容不明确，需要补正的事项：${B('补正事项')}。`,
      `根据${REG}第三十条的规定，请你自收到本告知书之日起15个工作日内作出补正。答复期限自本机关收到补正的申请之日起计算。你无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    ]);
    expect(l.closing).toBe('特此告知。');
    expect(l.remedy).toBe('');
    expect(l.dueDate).toBe('2025-03-12');
  });

  it('延期答复告知书: 第三十三条第二款, days added and the new latest date', () => {
    // 20 working days after 3月31日: 清明 4月4日 off, Sunday 4月27日 a 调休 working day → 4月28日.
    const l = draft('extension', { extensionWorkingDays: 20, approver: '李四' });
    expect(l.legalBasis).toBe(`${REG}第三十三条第二款`);
    expect(l.paragraphs[1]).toBe(
      `根据${REG}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，本机关将于2025年4月28日前作出答复。`,
    );
    expect(l.paragraphs[0]).toContain('本机关不能在2025年3月31日前作出答复。');
    expect(l.dueDate).toBe('2025-03-31');
  });

  it('征求意见书 to a third party (第三十二条) and to another agency (第三十四条): 15 working days, silence', () => {
    const third = draft('consultation', { party: 'thirdParty', partyName: '某某建设有限公司' });
    expect(third.addressee).toBe('某某建设有限公司');
    expect(third.legalBasis).toBe(`${REG}第三十二条`);
    expect(third.paragraphs[1]).toContain('自收到本征求意见书之日起15个工作日内');
    expect(third.paragraphs[1]).toContain(
      '逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。',
    );
    expect(third.paragraphs.join('')).not.toContain('张三');
    const agency = draft('consultation', { party: 'agency', partyName: '某县财政局' });
    expect(agency.legalBasis).toBe(`${REG}第三十四条`);
    expect(agency.paragraphs[1]).toContain('逾期未提出意见的视为同意公开。');
    expect(third.closing).toBe('特此函询。');
  });

  it('收费通知书: 第四十二条 and 国办函〔2020〕109号, one method, amount, pay-by rule, consequence', () => {
    const l = draft('fee', { feeMethod: 'perApplication', feeCount: 12, feeAmountFen: 20000 });
    expect(l.legalBasis).toBe(`${REG}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）`);
    expect(l.paragraphs[1]).toBe('收费方式：按件计收，计费数量：12件，收费金额：200元。');
    expect(l.paragraphs[2]).toBe(
      `请你自收到本通知次日起20个工作日内通过${B('缴费方式')}缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    );
  });

  it('接收回执 (第三十一条), 说明理由告知书 (第三十五条), 决定公开告知书 (第三十二条)', () => {
    const receipt = draft('receipt');
    expect(receipt.legalBasis).toBe(`${REG}第三十一条`);
    expect(receipt.paragraphs[1]).toBe(
      `根据${REG}第三十一条的规定，申请人当面提交的，以提交之日为收到申请之日，本机关收到你申请的日期为2025年3月3日。本机关将依法自收到申请之日起20个工作日内予以答复。`,
    );
    expect(draft('reasons').legalBasis).toBe(`${REG}第三十五条`);
    const notice = draft('decisionNotice', { partyName: '某某建设有限公司' });
    expect(notice.legalBasis).toBe(`${REG}第三十二条`);
    expect(notice.paragraphs[1]).toContain('决定公开的政府信息内容：');
  });
});

describe('wording read on the printed pages (issue 15 item 4)', () => {
  it('a decision letter says 特此告知 once: the decision sentence ends 现予告知, the closing after the remedy', () => {
    for (const outcome of OUTCOME_CODES) {
      const l = draft('answer', {
        outcome,
        partialGround: 'withhold.internal',
        responsibleBody: '某县自然资源局',
      });
      const text = [...l.paragraphs, l.remedy, l.closing].join('');
      expect(text.split('特此告知').length - 1, outcome).toBe(1);
    }
  });

  it('a letter to a third party or another body calls it 你单位 or 你, never the form’s 你（单位）', () => {
    const text = (facts: Record<string, unknown>, type: 'consultation' | 'decisionNotice' = 'consultation') =>
      draft(type, facts).paragraphs.join('');
    const company = text({ party: 'thirdParty', partyName: '某某建设有限公司' });
    expect(company).toContain('公开可能损害你单位的合法权益');
    expect(company).toContain('请你单位自收到本征求意见书之日起15个工作日内');
    expect(text({ party: 'thirdParty', partyName: '李四' })).toContain('公开可能损害你的合法权益');
    expect(text({ party: 'agency', partyName: '某县财政局' })).not.toContain('你（单位）');
    expect(text({ partyName: '某某建设有限公司' }, 'decisionNotice')).toContain(
      '征求你单位的意见，你单位不同意公开',
    );
    // The name not given yet: the officer settles it (the addressee is a blank that blocks issuing).
    expect(text({ party: 'thirdParty', partyName: '' })).toContain('你（单位）');
  });
});

describe('templates are data', () => {
  it('the default templates use known placeholders only', () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) expect(validateTemplate(t)).toEqual([]);
  });
  it('refuses an unknown placeholder and an unclosed brace', () => {
    expect(validateTemplate(['{申请人名}你好', '{收到日期'])).toEqual([
      { code: 'unknownPlaceholder', paragraph: 0, name: '申请人名' },
      { code: 'unclosedBrace', paragraph: 1 },
    ]);
  });
  it('an adjusted template is used; an invalid one falls back to the default', () => {
    const own = draftLetter({
      type: 'correction',
      request,
      settings: { ...settings, letterTemplates: { correction: ['请补正：{补正事项}。依据{依据}。'] } },
      today: '2025-03-20',
      calendar,
    });
    expect(own.paragraphs).toEqual([`请补正：${B('补正事项')}。依据${REG}第三十条。`]);
    const bad = draftLetter({
      type: 'correction',
      request,
      settings: { ...settings, letterTemplates: { correction: ['{不存在}'] } },
      today: '2025-03-20',
      calendar,
    });
    expect(bad.paragraphs).toHaveLength(2);
  });
});

it('the stored letter parses with defaults', () => {
  const l = letterSchema.parse({
    id: 'l1',
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    requestId: 'r1',
    type: 'answer',
  });
  expect(l.status).toBe('draft');
  expect(l.number).toBeNull();
});
