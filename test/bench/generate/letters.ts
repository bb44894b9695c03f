import type { DisclosureRequest, Letter } from '../../../shared/model';

/**
 * Letters (issue 15) as the app would hold them after ten years: one issued 答复书 per answered
 * request, numbered per year, dated on the answer. Shared by the Node and the Chromium steps.
 */
export function benchLetters(requests: readonly DisclosureRequest[]): Letter[] {
  return requests.flatMap((r) => {
    const a = r.events.find((e) => e.type === 'answered');
    if (a?.type !== 'answered') return [];
    return [
      {
        id: `l-${r.id}`,
        createdAt: r.createdAt,
        updatedAt: r.createdAt,
        deletedAt: null,
        requestId: r.id,
        type: 'answer',
        status: 'issued',
        number: `测答〔${a.date.slice(0, 4)}〕${r.serial}号`,
        title: '测试局政府信息公开申请答复书',
        addressee: r.applicantName,
        paragraphs: ['正文（测试）'],
        remedy: '救济（测试）',
        closing: '特此告知。',
        legalBasis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
        signer: '测试局',
        facts: {} as Letter['facts'],
        issuedDate: a.date,
        delivery: { method: 'inPerson', date: a.date },
        dueDate: null,
        late: false,
        eventId: a.id,
        replacesId: null,
        lawVersion: '2024-01-01',
      } satisfies Letter,
    ];
  });
}
