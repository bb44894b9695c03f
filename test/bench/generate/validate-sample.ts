import { buildCalendar } from '../../../shared/calendar';
import { appealSchema, consultationSchema, publicationSchema, requestSchema } from '../../../shared/model';
import { validateRequestWorkflow } from '../../../shared/requests';
import type { BenchDataset } from './index';

/**
 * Generated records must be records the app would accept: a sample of each register (every n-th
 * record, so every year is covered) goes through the shared zod schemas, and sampled requests also
 * through the working-day workflow rules. Returns how many were checked; throws on the first failure.
 */
export function validateSample(data: BenchDataset, perRegister = 2000): Record<string, number> {
  const checked: Record<string, number> = {};
  const sample = <T>(list: T[]) => {
    const step = Math.max(1, Math.floor(list.length / perRegister));
    return list.filter((_, i) => i % step === 0);
  };
  const check = (
    name: string,
    schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
    list: unknown[],
  ) => {
    const picked = sample(list);
    for (const r of picked) {
      const parsed = schema.safeParse(r);
      if (!parsed.success) {
        throw new Error(
          `generated ${name} record fails the schema: ${JSON.stringify(parsed.error)} in ${JSON.stringify(r)}`,
        );
      }
    }
    checked[name] = picked.length;
  };
  check('publications', publicationSchema, data.publications);
  check('requests', requestSchema, data.requests);
  check('consultations', consultationSchema, data.consultations);
  check('appeals', appealSchema, data.appeals);
  const calendar = buildCalendar();
  for (const r of sample(data.requests)) {
    const errors = validateRequestWorkflow(r, calendar).filter((i) => i.severity === 'error');
    if (errors.length > 0)
      throw new Error(`generated request ${r.serial} breaks workflow rules: ${JSON.stringify(errors)}`);
  }
  return checked;
}
