import { fold } from '@shared/text';

/** Select search that ignores case and diacritics, like the register's search box. */
export const foldedOptionFilter = (input: string, option?: { label?: unknown }): boolean =>
  typeof option?.label === 'string' && fold(option.label).includes(fold(input));
