/**
 * Which event a key moves the selection to. Pure, so the keyboard model is
 * tested without a browser: arrows follow the layout's direction (and reading
 * direction when horizontal), Home and End jump to the ends.
 */
export const LAYOUTS = ['vertical', 'horizontal'] as const;
export type ResolvedLayout = (typeof LAYOUTS)[number];

export function targetIndex(key: string, current: number, count: number, layout: ResolvedLayout, rtl = false): number | undefined {
  if (count === 0) return undefined;
  const forward = layout === 'vertical' ? ['ArrowDown', 'ArrowRight'] : [rtl ? 'ArrowLeft' : 'ArrowRight'];
  const backward = layout === 'vertical' ? ['ArrowUp', 'ArrowLeft'] : [rtl ? 'ArrowRight' : 'ArrowLeft'];
  if (forward.includes(key)) return Math.min(count - 1, current + 1);
  if (backward.includes(key)) return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
