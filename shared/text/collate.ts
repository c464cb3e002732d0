/** Vietnamese alphabetical order (DOMAIN.md §2.4): Intl.Collator('vi') implements the CLDR tailoring. */
const COLLATOR = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVi(a: string, b: string): number {
  return COLLATOR.compare(a, b);
}

export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => COLLATOR.compare(key(a), key(b)));
}
