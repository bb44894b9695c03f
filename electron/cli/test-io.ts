/**
 * Test support for the CLI commands: an Io that collects what a command writes (each command's `run`
 * takes `{ out, err, today? }`), so tests read stdout and stderr as text.
 */
export interface CapturedIo {
  out: (s: string) => void;
  err: (s: string) => void;
  today: () => string;
  stdout: () => string;
  stderr: () => string;
}

export function captureIo(today = '2026-01-20'): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    today: () => today,
    stdout: () => out,
    stderr: () => err,
  };
}
