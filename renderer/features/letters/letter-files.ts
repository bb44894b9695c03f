import { letterText } from '../../../shared/letters/text';
import type { Letter } from '../../../shared/model';
import { platform } from '../../platform';

/**
 * The edge where a letter becomes a .docx (shared/docx/letter-docx.ts builds it; docx is loaded on
 * demand) and is saved through the platform (Electron: save dialog; browser: picker or download).
 */
export async function saveLetterDocx(letter: Letter, today: string) {
  const [{ Packer }, { buildLetterDocument }] = await Promise.all([
    import('docx'),
    import('../../../shared/docx/letter-docx'),
  ]);
  const text = letterText(letter, today);
  const data = await Packer.pack(buildLetterDocument(text, letter.type), 'uint8array');
  const name = `${text.number ?? '草稿'}${letter.title.replace(/[\\/:*?"<>|]/g, '')}.docx`;
  return platform.fileSave({
    suggestedName: name,
    filters: [{ name: 'Word', extensions: ['docx'] }],
    data,
  });
}
