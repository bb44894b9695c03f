import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildGuideContent } from '../catalogue/guide-content';
import { fakeSettings } from '../catalogue/test-register';
import { defaultSettings } from '../model/settings';
import { buildGuideDocument } from './guide';

async function paragraphsOf(content: ReturnType<typeof buildGuideContent>): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildGuideDocument(content))));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t = '']) => t).join(''),
  );
}

describe('政府信息公开指南', () => {
  const settings = fakeSettings();
  const content = buildGuideContent(settings, '2025-03-10');

  it('states the office the law asks for (条例第十二条): name, address, hours, phone, fax, internet contact', async () => {
    const text = (await paragraphsOf(content)).join('\n');
    expect(text.split('\n')[0]).toBe('测试县测试局政府信息公开指南');
    for (const line of [
      '名称：测试县测试局政府信息公开工作机构',
      '办公地址：测试县测试路1号',
      '办公时间：工作日上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
      '联系电话：0000-00000000',
      '传真：0000-00000001',
      '电子邮箱：test@example.invalid',
    ]) {
      expect(text).toContain(line);
    }
    expect(content.missing).toEqual([]);
  });

  it('gives the periods and amounts of the law', async () => {
    const text = (await paragraphsOf(content)).join('\n');
    expect(text).toContain('自收到申请之日起20个工作日内予以答复');
    expect(text).toContain('延长期限最长不超过20个工作日');
    expect(text).toContain('7个工作日内一次性告知申请人作出补正');
    expect(text).toContain('以本机关签收之日为收到申请之日');
    expect(text).toContain('以双方确认之日为收到申请之日');
    expect(text).toContain('国办函〔2020〕109号');
    expect(text).toContain('11—30件（含30件）的部分100元/件');
    expect(text).toContain(
      '31—100页（含100页）的部分10元/页；101—200页（含200页）的部分20元/页；201页以上的部分40元/页',
    );
    expect(text).toContain('60日内向测试县人民政府提出');
    expect(text).toContain('6个月内提出');
    expect(text).toContain('应当先申请行政复议');
    expect(text).toContain('主动公开的信息按主题分为：机构职能、政策文件');
    expect(text).toContain('本版更新于2025年3月10日');
  });

  it('marks what the profile lacks instead of inventing it', async () => {
    const empty = buildGuideContent(defaultSettings(), '2025-03-10');
    expect(empty.missing).toEqual(['agencyName', 'address', 'officeHours', 'phone', 'parentAgency']);
    expect(empty.title).toBe('政府信息公开指南');
    const todo = empty.blocks.filter((b) => b.kind === 'todo').map((b) => b.text);
    expect(todo).toContain('办公地址：（请填写）');
    const text = (await paragraphsOf(empty)).join('\n');
    expect(text).not.toContain('传真：');
  });

  it('is A4 portrait with the GB/T 9704 margins', async () => {
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(buildGuideDocument(content))));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });
});
