/**
 * One safe file name for every export and backup (issue 14): names are built from the 机关名称 and
 * titles the officer typed, and a `/` in 机关名称 or a Windows-reserved name must never make a save
 * fail or reach the dialog. Windows is the strictest target (the office PCs), so its rules apply
 * everywhere: no / \ : * ? " < > |, no control characters, no trailing dot or space, none of the
 * device names CON PRN AUX NUL COM1–9 LPT1–9 (with any extension), at most 255 UTF-16 units and
 * 255 UTF-8 bytes (ext4); we stop at 200 bytes to leave room for a "-2" or a temp-file prefix.
 */
const MAX_BYTES = 200;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function safeFileName(name: string, fallback = '公开台账'): string {
  const cleaned = name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  let result = cleaned || fallback;
  const dot = result.indexOf('.');
  const stem = dot < 0 ? result : result.slice(0, dot);
  if (RESERVED.test(stem.trim())) result = `_${result}`;
  return truncateBytes(result);
}

/** Cuts the stem (never the extension) to MAX_BYTES of UTF-8, on a character boundary. */
function truncateBytes(name: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= MAX_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = name.slice(0, name.length - ext.length);
  const budget = MAX_BYTES - encoder.encode(ext).length;
  const chars = Array.from(stem);
  while (chars.length > 0 && encoder.encode(chars.join('')).length > budget) chars.pop();
  stem = chars.join('').replace(/[. ]+$/, '');
  return `${stem}${ext}`;
}
