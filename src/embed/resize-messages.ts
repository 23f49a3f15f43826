/**
 * The height messages an iframe embed sends to its host page, in the three
 * formats hosts already listen for, so no host needs our own code: Pym.js
 * (NPR and most US newsrooms), AMP's amp-iframe, and Datawrapper's snippet.
 */
export const PYM_SEPARATOR = 'xPYMx';

export function heightMessages(height: number, childId: string): unknown[] {
  const px = Math.ceil(height);
  return [
    ['pym', childId, 'height', String(px)].join(PYM_SEPARATOR),
    { sentinel: 'amp', type: 'embed-size', height: px },
    { 'datawrapper-height': { [childId]: px } },
  ];
}
