import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Controls and docs come from the manifest that `npm run analyze` writes from the JSDoc.
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
