/**
 * An id from a headline, for imports whose rows have none (the TimelineJS
 * spreadsheet template has no id column): stable when rows are reordered, so
 * deep links keep working, unlike a position. Duplicates are renamed by the
 * validator.
 */
export function slugFromHeadline(headline: unknown): string | undefined {
  if (typeof headline !== 'string') return undefined;
  const slug = headline
    // [^<>]: a tag's stretch ends at the next "<", so a run of "<" is read once, not once per "<".
    .replace(/<[^<>]*>/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || undefined;
}
