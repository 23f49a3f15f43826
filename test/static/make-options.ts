// make.html's options as the page starts (every control at the element's default),
// for tests of the codes it hands out.
import type { MakeOptions } from '../../src/make/embed-codes.js';

export const MAKE_DEFAULTS: MakeOptions = {
  id: 'summit',
  theme: 'light',
  lang: '',
  layout: 'auto',
  scale: 'time',
  headingLevel: 2,
  noHeader: false,
  selected: '',
  height: 900,
  width: '100%',
  font: '',
  provider: '',
  library: 'https://cdn.example/lib/',
};
