import type { z } from 'zod';
import { AppError } from '@shared/errors';

/** Runs the same zod schema the server uses and returns per-field messages for a Mantine form. */
export function schemaErrors(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path && !errors[path]) errors[path] = issue.message;
  }
  return errors;
}

/** Field messages the server sent back with a VALIDATION error, for the same form. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  return error instanceof AppError && error.fields ? error.fields : {};
}
