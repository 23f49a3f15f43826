/**
 * The typefaces make.html offers (issue 32, finding 7). The element takes its
 * page's type by default; a frame has no page of its own, so its address may name
 * one of these, never a stack of its own (an address is not a place for CSS).
 */
export const FONTS = {
  serif: "Georgia, 'Times New Roman', serif",
  sans: "'Helvetica Neue', Helvetica, Arial, sans-serif",
  system: 'system-ui, sans-serif',
} as const;

export type FontChoice = keyof typeof FONTS;

export const fontStack = (choice: string | null | undefined): string | undefined =>
  choice && Object.hasOwn(FONTS, choice) ? FONTS[choice as FontChoice] : undefined;
