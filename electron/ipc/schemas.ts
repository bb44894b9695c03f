import { z } from 'zod';
import { parseBackupFileName } from '../../shared/backup/names';
import { MAX_KEEP_EXTERNAL } from '../../shared/backup/retention';
import type { Channel } from '../../shared/ipc';
import type { RequestSchema } from './handle';

const empty = z.object({}).strict();
const filters = z
  .array(
    z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]{1,16}$/)).max(20) }),
  )
  .max(20);
/** A file name only: the folder is always chosen by main's dialog (DESIGN.md hardening). */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', { message: 'must be a file name, not a path' });

/** Request schemas, one per channel; `satisfies` makes a missing or mistyped channel a type error. */
export const REQUEST_SCHEMAS = {
  'app:version': empty,
  'app:setLanguage': z.object({ language: z.enum(['zh-CN', 'en']) }).strict(),
  'app:openDocs': empty,
  'file:save': z
    .object({ suggestedName: fileName, filters, data: z.union([z.string(), z.instanceof(Uint8Array)]) })
    .strict(),
  'file:open': z.object({ filters, maxBytes: z.number().int().positive().optional() }).strict(),
  'file:savePdf': z.object({ suggestedName: fileName }).strict(),
  'app:quitReady': empty,
  'app:setBusy': z.object({ busy: z.boolean() }).strict(),
  'backup:status': empty,
  'backup:chooseFolder': empty,
  'backup:setKeep': z.object({ keep: z.number().int().min(1).max(MAX_KEEP_EXTERNAL) }).strict(),
  'backup:writeExternal': z
    .object({ data: z.instanceof(Uint8Array), password: z.string().max(1000).optional() })
    .strict(),
  'backup:writeAuto': z
    .object({ data: z.instanceof(Uint8Array), reason: z.enum(['start', 'quit', 'beforeRestore']) })
    .strict(),
  'backup:openFile': empty,
  // Only a name from our own listing: it must be one of our backup names for that location.
  'backup:readFile': z
    .object({ location: z.enum(['external', 'auto']), name: fileName })
    .strict()
    .refine((r) => parseBackupFileName(r.name)?.kind === r.location, {
      message: 'not a backup name of this location',
      path: ['name'],
    }),
} satisfies { [C in Channel]: RequestSchema<C> };
