/**
 * The statutory periods, as data with a version (DESIGN.md: rules that change by decree are data).
 * 《中华人民共和国政府信息公开条例》2019 revision, 国务院令第711号.
 */
export const CLOCK_RULES = {
  version: '国务院令第711号（2019）',
  /** 第三十三条: answer within 20 working days of receipt. */
  replyWorkingDays: 20,
  /** 第三十三条: one extension of at most 20 working days. */
  maxExtensionWorkingDays: 20,
  /** 第三十条: a one-time 补正 notice within 7 working days of receipt. */
  correctionNoticeWorkingDays: 7,
  /** 第三十二条 (third party), 第三十四条 (other agency): 15 working days from their receipt. */
  consultationReplyWorkingDays: 15,
  /** 第二十六条: publish within 20 working days of the information being formed or changed. */
  publicationWorkingDays: 20,
} as const;
