import { describe, it } from 'node:test';
import { expect } from 'chai';
import { heightMessages, isUsableHeight } from '../../src/embed/resize-messages.js';

describe('heightMessages', () => {
  it('speaks Pym.js, AMP and Datawrapper', () => {
    expect(heightMessages(812.2, 'summit')).to.deep.equal([
      'pymxPYMxsummitxPYMxheightxPYMx813',
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      { 'datawrapper-height': { summit: 813 } },
    ]);
  });

  it('accepts only finite positive heights', () => {
    for (const bad of [0, -5, NaN, Infinity, '800', null, 1e9]) expect(isUsableHeight(bad), String(bad)).to.equal(false);
    expect(isUsableHeight(640)).to.equal(true);
  });
});
