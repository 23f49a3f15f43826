import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Controls and docs come from the manifest that `npm run analyze` writes from the JSDoc.
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import '../src/index.js';
// The stories' pinned page font (stories/fonts.ts lists the same files for tests).
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/600.css';
import '@fontsource/noto-sans-kr/700.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
