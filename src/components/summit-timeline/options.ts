/** The values the element's enumerated attributes take, for the element, the CLI and typings alike. */
export const LAYOUT_CHOICES = ['auto', 'vertical', 'horizontal'] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** `layout="auto"` turns horizontal from this element width, in px. */
export const HORIZONTAL_FROM = 720;
