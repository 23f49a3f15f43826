import { describe, it } from 'node:test';
import { expect } from 'chai';
import { heightMessages } from '../../src/embed/resize-messages.js';

describe('heightMessages', () => {
  it('speaks Pym.js, AMP and Datawrapper', () => {
    expect(heightMessages(812.2, 'summit')).to.deep.equal([
      'pymxPYMxsummitxPYMxheightxPYMx813',
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      { 'datawrapper-height': { summit: 813 } },
    ]);
  });
});
