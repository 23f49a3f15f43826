// Loads the stories' pinned webfonts into the test page and waits until every
// face the page uses has arrived, so screenshots never catch a fallback font.
import { STORY_FONT_CSS } from '../stories/fonts.js';

const loaded = new Map<string, Promise<void>>();

function addStylesheet(href: string) {
  return new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load: is the @fontsource package installed?`));
    document.head.append(link);
  });
}

/** Adds the @font-face rules of these npm font stylesheets ("@fontsource/…/400.css"), once per page. */
export async function loadFontCss(files: readonly string[]): Promise<void> {
  await Promise.all(
    files.map((file) => {
      if (!loaded.has(file)) loaded.set(file, addStylesheet(`/node_modules/${file}`));
      return loaded.get(file);
    }),
  );
}

/** The stories' pinned faces. */
export const loadStoryFonts = () => loadFontCss(STORY_FONT_CSS);

/**
 * Waits for every font the element inside `root` needs. Faces load when layout
 * first asks for a glyph in their range, so force layout, then wait, until
 * nothing is loading after a frame.
 */
export async function fontsSettled(root: Element): Promise<void> {
  for (;;) {
    root.getBoundingClientRect();
    await document.fonts.ready;
    await new Promise(requestAnimationFrame);
    if (document.fonts.status === 'loaded') return;
  }
}
