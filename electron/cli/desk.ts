/**
 * `npm run desk -- <command> [options]`: the headless CLI. Each command lives in
 * commands/<name>.ts and exports `run(argv: string[]): Promise<number>` (the exit code) and a
 * one-line `summary`. Commands call the same shared/ functions as the app: no second implementation.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CommandModule {
  summary: string;
  run(argv: string[]): Promise<number>;
}

const here = dirname(fileURLToPath(import.meta.url));

function commandNames(): string[] {
  return readdirSync(join(here, 'commands'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function main(argv: string[]): Promise<number> {
  // `npm run` starts us in the project folder; relative paths the user typed are meant from the folder
  // they ran npm in (npm sets INIT_CWD), for every command.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const [name, ...rest] = argv;
  const names = commandNames();
  if (!name || name === '--help' || name === 'help' || !names.includes(name)) {
    if (name && name !== '--help' && name !== 'help') process.stderr.write(`unknown command: ${name}\n\n`);
    process.stdout.write('usage: npm run desk -- <command> [options]\n\ncommands:\n');
    for (const n of names) {
      const mod = (await import(`./commands/${n}.ts`)) as CommandModule;
      process.stdout.write(`  ${n.padEnd(12)} ${mod.summary}\n`);
    }
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  const mod = (await import(`./commands/${name}.ts`)) as CommandModule;
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
