import { parseDateVi } from '@shared/text/dates';

/** Every date field: shown and typed as dd/mm/yyyy (d/m/yyyy accepted), stored as 'YYYY-MM-DD'. */
export const DATE_INPUT_PROPS = {
  valueFormat: 'DD/MM/YYYY',
  clearable: true,
  dateParser: (input: string) => parseDateVi(input),
} as const;

/** The hint shown in an empty date field. */
export const DATE_HINT = 'dd/mm/yyyy';
