import { expect } from '@open-wc/testing';
import { eventIdFromHash, hashFor } from '../../src/components/summit-timeline/deep-link.js';
import { targetIndex } from '../../src/components/summit-timeline/keyboard.js';

describe('targetIndex', () => {
  it('moves along the layout’s direction and stops at the ends', () => {
    expect(targetIndex('ArrowDown', 0, 5, 'vertical')).to.equal(1);
    expect(targetIndex('ArrowUp', 0, 5, 'vertical')).to.equal(0);
    expect(targetIndex('ArrowRight', 4, 5, 'horizontal')).to.equal(4);
    expect(targetIndex('ArrowLeft', 3, 5, 'horizontal')).to.equal(2);
    expect(targetIndex('Home', 3, 5, 'horizontal')).to.equal(0);
    expect(targetIndex('End', 1, 5, 'vertical')).to.equal(4);
  });

  it('leaves Up and Down to page scrolling on the horizontal axis', () => {
    expect(targetIndex('ArrowDown', 1, 5, 'horizontal')).to.equal(undefined);
    expect(targetIndex('ArrowUp', 1, 5, 'horizontal')).to.equal(undefined);
  });

  it('follows reading direction on a right-to-left axis', () => {
    expect(targetIndex('ArrowLeft', 1, 5, 'horizontal', true)).to.equal(2);
    expect(targetIndex('ArrowRight', 1, 5, 'horizontal', true)).to.equal(0);
  });

  it('ignores other keys and empty timelines', () => {
    expect(targetIndex('a', 1, 5, 'vertical')).to.equal(undefined);
    expect(targetIndex('ArrowDown', 0, 0, 'vertical')).to.equal(undefined);
  });
});

describe('deep-link hashes', () => {
  it('address one event of one timeline', () => {
    expect(eventIdFromHash('#summit/korean-war', 'summit')).to.equal('korean-war');
    expect(eventIdFromHash('#other/korean-war', 'summit')).to.equal(undefined);
    expect(eventIdFromHash('#summit', 'summit')).to.equal(undefined);
    expect(eventIdFromHash('#summit/korean-war', '')).to.equal(undefined);
    expect(eventIdFromHash('#summit/%E0%A4%A', 'summit')).to.equal(undefined);
    expect(hashFor('summit', 'korean war')).to.equal('#summit/korean%20war');
    expect(eventIdFromHash(hashFor('summit', 'korean war'), 'summit')).to.equal('korean war');
  });
});
