import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../backup/sample-data';
import { parseInterchangeValue } from './interchange';

describe('interchange: keys the database holds once', () => {
  it('accepts the sample document', () => {
    expect(parseInterchangeValue(sampleDocument()).ok).toBe(true);
  });

  it('names a second record with the same id, a reused request serial and a doubled calendar date', () => {
    const doc = sampleDocument();
    const [p0, r0, r1, c0] = [
      doc.stores.publications[0]!,
      doc.stores.requests[0]!,
      doc.stores.requests[1]!,
      doc.stores.calendarOverrides[0],
    ];
    doc.stores.publications.push({ ...p0, title: '同一编号的另一条' });
    doc.stores.requests[1] = { ...r1, serial: r0.serial };
    if (c0) doc.stores.calendarOverrides.push({ ...c0 });
    const result = parseInterchangeValue(doc);
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    const issues = result.ok ? [] : (result.issues ?? []);
    // Each named as the backup reader names them: store, place, ids, field, the rule's key.
    const n = doc.stores.publications.length;
    expect(issues).toContain(`publications #${n} (id ${p0.id}): id — validation.duplicateKey`);
    expect(issues).toContain(`requests #2 (id ${r1.id}, ${r0.serial}): serial — validation.duplicateKey`);
    if (c0)
      expect(issues).toContain(
        `calendarOverrides #${doc.stores.calendarOverrides.length}: date — validation.duplicateKey`,
      );
    expect(issues).toHaveLength(c0 ? 3 : 2);
  });
});

describe('interchange: a bad record named without library English', () => {
  it('maps zod’s own checks to the forms’ rule keys (a JSON export edited by hand)', () => {
    const doc = JSON.parse(JSON.stringify(sampleDocument()));
    const c0 = doc.stores.consultations[0];
    c0.channel = 'pigeon';
    delete c0.topic;
    const result = parseInterchangeValue(doc);
    const issues = result.ok ? [] : (result.issues ?? []);
    expect(issues).toContain(`consultations #1 (id ${c0.id}): channel — validation.invalid`);
    expect(issues).toContain(`consultations #1 (id ${c0.id}): topic — validation.required`);
    expect(issues.join('\n')).not.toMatch(/Invalid|expected/);
  });
});

describe('interchange format versions', () => {
  it('upgrades a version-1 export (before letters) to the current version with no letters', async () => {
    const { INTERCHANGE_VERSION } = await import('./interchange');
    const doc = sampleDocument();
    const { letters: _letters, ...v1stores } = doc.stores;
    const result = parseInterchangeValue({ ...doc, formatVersion: 1, stores: v1stores });
    expect(INTERCHANGE_VERSION).toBe(2);
    expect(result).toMatchObject({ ok: true, doc: { formatVersion: 2 } });
    expect(result.ok && result.doc.stores.letters).toEqual([]);
    expect(result.ok && result.doc.stores.requests).toEqual(doc.stores.requests);
  });

  it('refuses a version newer than this app', () => {
    expect(parseInterchangeValue({ ...sampleDocument(), formatVersion: 3 })).toMatchObject({
      ok: false,
      error: 'newerVersion',
    });
  });

  it('carries issued letters unchanged', () => {
    const doc = sampleDocument();
    const result = parseInterchangeValue(JSON.parse(JSON.stringify(doc)));
    expect(result.ok && result.doc.stores.letters).toEqual(doc.stores.letters);
    expect(doc.stores.letters.length).toBeGreaterThan(0);
  });
});
