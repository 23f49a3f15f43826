// The element renders; its parts hold the rest (issue 28). When it grew back to
// 646 lines, loading batches, reader actions, hydration, the axis and the lazy
// layouts were moved into modules of their own; this keeps it that way.
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';

describe('src/components/summit-timeline/summit-timeline.ts', () => {
  it('stays under 400 lines', () => {
    const lines = readFileSync(new URL('../src/components/summit-timeline/summit-timeline.ts', import.meta.url), 'utf8').split('\n').length;
    expect(lines, 'move a whole concern into a controller or module of its own').to.be.below(400);
  });
});
