import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCatalogueRows, CATALOGUE_HEADINGS, catalogueCells } from '../catalogue/rows';
import { fakePublications, fakeSettings } from '../catalogue/test-register';
import { buildCatalogueDocument } from './catalogue';

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);

/** The text of every cell of every table row in word/document.xml. */
function tableRows(xml: string): { header: boolean; cells: string[] }[] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, tr = '']) => ({
    header: tr.includes('<w:tblHeader/>'),
    cells: [...tr.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, tc = '']) =>
      [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map(([, t]) => (t === undefined ? '\n' : unescapeXml(t)))
        .join(''),
    ),
  }));
}

async function documentXml(doc: Parameters<typeof Packer.toBuffer>[0]): Promise<string> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml);
}

const settings = fakeSettings();
const rows = buildCatalogueRows(fakePublications(80), settings.profile);
const register = rows.map(catalogueCells);

describe('catalogue .docx', () => {
  it('has one table: the heading row marked to repeat on each page, then one row per item', async () => {
    const xml = await documentXml(
      buildCatalogueDocument(rows, { title: '测试县测试局政府信息公开目录（2025年）' }),
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    const table = tableRows(xml);
    expect(table).toHaveLength(rows.length + 1);
    expect(table[0]).toEqual({ header: true, cells: CATALOGUE_HEADINGS });
    expect(table.slice(1).every((r) => !r.header)).toBe(true);
    expect(table.slice(1).map((r) => r.cells)).toEqual(register);
    // A line break in a title is a w:br, not a newline inside w:t (which Word shows as a space).
    expect(register.some((cells) => cells[1]?.includes('\n'))).toBe(true);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('is landscape A4 with the title first', async () => {
    const xml = await documentXml(
      buildCatalogueDocument(rows, { title: '测试县测试局政府信息公开目录（2025年）', subtitle: '共 3 条' }),
    );
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(size).toContain('w:orient="landscape"');
    const w = Number(/w:w="(\d+)"/.exec(size)?.[1]);
    const h = Number(/w:h="(\d+)"/.exec(size)?.[1]);
    expect([w, h]).toEqual([16838, 11906]);
    const body = xml.slice(xml.indexOf('<w:body>'));
    expect(body.indexOf('测试县测试局政府信息公开目录（2025年）')).toBeLessThan(body.indexOf('<w:tbl>'));
    expect(body.indexOf('共 3 条')).toBeLessThan(body.indexOf('<w:tbl>'));
  });

  it('still has the heading row when nothing is published', async () => {
    const table = tableRows(await documentXml(buildCatalogueDocument([], { title: 't' })));
    expect(table).toEqual([{ header: true, cells: CATALOGUE_HEADINGS }]);
  });
});
