// The page font the stories are set in. The element inherits its host page's
// font, so a story drawn in "whatever the machine has" wraps differently on
// every machine and no screenshot baseline could hold. These faces come from npm
// (@fontsource, SIL Open Font License) and cover every script the stories show:
// Latin and Cyrillic (Noto Sans), Hangul (Noto Sans KR, which Debian's default
// DejaVu lacks). Storybook imports the CSS files; tests load them with loadStoryFonts().
export const STORY_FONT_FAMILY = "'Noto Sans', 'Noto Sans KR', sans-serif";

/** The weights and styles the element's CSS uses: text, italic gaps and credits, 600 summaries, 700 headlines. */
export const STORY_FONT_CSS = [
  '@fontsource/noto-sans/400.css',
  '@fontsource/noto-sans/400-italic.css',
  '@fontsource/noto-sans/600.css',
  '@fontsource/noto-sans/700.css',
  '@fontsource/noto-sans-kr/400.css',
  '@fontsource/noto-sans-kr/600.css',
  '@fontsource/noto-sans-kr/700.css',
] as const;
