import { createInflateRaw } from 'node:zlib';
import { type BoundedInflater, MAX_JSON_BYTES } from '../../shared/backup/codec';

/**
 * node:zlib's raw inflate as a stream with a running limit (issue 14): each output chunk goes to the
 * sink as it comes (nothing holds the whole output) and the stream is destroyed as soon as the total
 * would exceed `expected`, so a 2 MB file that inflates to 2 GB costs one chunk, not 2 GB. zlib stops
 * at the end of the deflate stream and counts the input it used (`bytesWritten`): any input left over
 * is bytes after the stream.
 */
export const zlibInflateBounded: BoundedInflater = (bytes, expected, sink) =>
  new Promise((resolve) => {
    if (expected > MAX_JSON_BYTES) {
      resolve({ ok: false, reason: 'tooLarge' });
      return;
    }
    let written = 0;
    let settled = false;
    const settle = (result: Awaited<ReturnType<BoundedInflater>>) => {
      if (settled) return;
      settled = true;
      stream.removeAllListeners('data');
      resolve(result);
      // Let go of zlib's handle at once (it keeps the stream, and with it this closure, alive).
      setImmediate(() => stream.destroy());
    };
    const stream = createInflateRaw({ chunkSize: 256 * 1024 });
    stream.on('close', () => settle({ ok: false, reason: 'damaged' }));
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (written + chunk.length > expected) {
        settle({ ok: false, reason: 'longer' });
        stream.destroy();
        return;
      }
      written += chunk.length;
      sink(chunk);
    });
    stream.on('error', () => settle({ ok: false, reason: 'damaged' }));
    stream.on('end', () => {
      if (stream.bytesWritten < bytes.length) settle({ ok: false, reason: 'trailing' });
      else if (written !== expected) settle({ ok: false, reason: 'shorter' });
      else settle({ ok: true });
    });
    stream.end(bytes);
  });
