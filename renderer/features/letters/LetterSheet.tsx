import { letterText, letterTitleLines, signatureIndents } from '../../../shared/letters/text';
import type { Letter } from '../../../shared/model';

/**
 * The letter as printed (A4 proportions, 仿宋 body, 小标宋 title): the preview on screen and, with
 * the `letter-print` class, the only thing on paper when printing (print styles below hide the app).
 */
export const LETTER_PRINT_CSS = `
.letter-sheet { font-family: 'FangSong', '仿宋_GB2312', '仿宋', 'STFangsong', serif; font-size: 16pt; line-height: 28.95pt;
  background: #fff; color: #000; padding: 37mm 26mm 35mm 28mm; width: 210mm; box-sizing: border-box; }
.letter-sheet h1 { font-family: '方正小标宋简体', 'SimSun', serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 35pt; margin: 0 0 28.95pt; }
.letter-sheet .no { text-align: center; }
.letter-sheet p { margin: 0; text-indent: 2em; text-align: justify; }
.letter-sheet p.addr { text-indent: 0; margin-top: 28.95pt; }
.letter-sheet .sign { text-align: right; margin-top: 86.85pt; break-inside: avoid; break-before: avoid; }
.letter-sheet p:last-of-type { break-after: avoid; }
@media print {
  @page { size: A4; margin: 0; }
  body * { visibility: hidden !important; }
  .letter-print, .letter-print * { visibility: visible !important; }
  .letter-print { position: absolute; left: 0; top: 0; }
}
@media screen { .letter-print-only { display: none; } }
`;

export function LetterSheet({ letter, date, print }: { letter: Letter; date: string; print?: boolean }) {
  const text = letterText(letter, date);
  // As the .docx: the title broken after the agency's name; the name centred over the date.
  const title = letterTitleLines(text.title, letter.type);
  const sign = signatureIndents(text.signer, text.date);
  return (
    <div
      className={`letter-sheet${print ? ' letter-print letter-print-only' : ''}`}
      data-testid={print ? undefined : 'letter-sheet'}
    >
      <h1>
        {title.map((line, i) => (
          <span key={line}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
      </h1>
      <div className="no">{text.number ?? '（草稿，未编号）'}</div>
      <p className="addr">{text.addressee}</p>
      {text.paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are a fixed list, in order
        <p key={i}>{p}</p>
      ))}
      <div className="sign">
        <div style={{ paddingRight: `${sign.signer}em` }}>{text.signer}</div>
        <div style={{ paddingRight: `${sign.date}em` }}>{text.date}</div>
      </div>
    </div>
  );
}
