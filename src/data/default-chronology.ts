/**
 * The embedded default: the Russia–North Korea chronology from the AP article.
 * It is a dynamic import so the bundler puts it in its own chunk; timelines
 * with their own data never download it. The JSON-module attribute lets the
 * unbundled test and demo servers load the very same file the build uses.
 */
export async function loadDefaultChronology(): Promise<unknown> {
  const module = await import('../../data/summit-2023.json', { with: { type: 'json' } });
  return module.default;
}
