/**
 * A small, pure content hash (FNV-1a, 32 bit) for versioning calendar data: a derivation names the
 * calendar it used, so a changed holiday table gives a visibly different version string. Not for
 * security, only for "is this the same data".
 */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
