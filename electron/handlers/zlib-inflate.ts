import { createInflateRaw } from 'node:zlib';
import { type BoundedInflater, MAX_JSON_BYTES } from '../../shared/backup/codec';

/**
 * node:zlib's raw inflate as a stream with a running limit (issue 14): output goes into one buffer of
 * exactly `expected` bytes and the stream is destroyed as soon as it would exceed it, so a 2 MB file
 * that inflates to 2 GB costs `expected` bytes, not 2 GB. zlib stops at the end of the deflate stream
 * and counts the input it used (`bytesWritten`): any input left over is bytes after the stream.
 */
export const zlibInflateBounded: BoundedInflater = (bytes, expected) =>
  new Promise((resolve) => {
    if (expected > MAX_JSON_BYTES) {
      resolve({ ok: false, reason: 'tooLarge' });
      return;
    }
    const out = new Uint8Array(expected);
    let written = 0;
    let settled = false;
    const settle = (result: Awaited<ReturnType<BoundedInflater>>) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const stream = createInflateRaw({ chunkSize: 256 * 1024 });
    stream.on('data', (chunk: Buffer) => {
      if (written + chunk.length > expected) {
        settle({ ok: false, reason: 'longer' });
        stream.destroy();
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    stream.on('error', () => settle({ ok: false, reason: 'damaged' }));
    stream.on('end', () => {
      if (stream.bytesWritten < bytes.length) settle({ ok: false, reason: 'trailing' });
      else if (written !== expected) settle({ ok: false, reason: 'shorter' });
      else settle({ ok: true, json: out });
    });
    stream.end(bytes);
  });
