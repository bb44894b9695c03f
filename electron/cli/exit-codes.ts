/**
 * One exit-code convention for every `npm run desk` command (README "Exit codes"), so a batch script
 * checking many offices' files reads them the same way whatever the command (issue 14).
 */
export const EXIT = {
  /** Done: the file was written, or the check passed. */
  ok: 0,
  /** The input was refused: missing, unreadable, damaged, invalid records, newer version, workflow errors. */
  refused: 1,
  /** Wrong usage: unknown command or option, missing argument. */
  usage: 2,
  /** `backup verify` of an encrypted file without its password: intact, contents NOT checked. */
  notChecked: 3,
  /** `--strict`: the output was made, but checks or workflow rules reported problems. */
  strictProblems: 4,
} as const;
