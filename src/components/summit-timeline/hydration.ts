/**
 * A server-rendered shadow root hydrates only when Lit's hydration support
 * loaded first (the hydrate bundle) and the root still holds what the server
 * wrote. Met by the plain bundle — or emptied by a CMS that strips <template>
 * contents — it is cleared and rendered afresh: otherwise Lit would add a
 * second timeline after the first, or fail hydrating an empty root.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

export function hydratableRoot(
  host: HTMLElement,
  hydrating: boolean,
  create: () => HTMLElement | DocumentFragment,
  styles: readonly CSSResultOrNative[],
): { root: HTMLElement | DocumentFragment; hydrating: boolean } {
  const existing = host.shadowRoot;
  const canHydrate = 'litElementHydrateSupport' in globalThis;
  const stale = hydrating && existing !== null && !(canHydrate && existing.childNodes.length > 0);
  // Cleared before Lit looks at it: Lit renders before the root's first node.
  if (stale) existing.replaceChildren();
  const root = create();
  if (!stale) return { root, hydrating };
  if (canHydrate) {
    // Lit's hydration support (through a cross-package field) marked the root for
    // hydration and skipped adopting styles; there is nothing left to hydrate.
    (host as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
    adoptStyles(root as ShadowRoot, [...styles]);
  }
  return { root, hydrating: false };
}
