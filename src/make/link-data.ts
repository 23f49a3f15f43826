/**
 * Pasted data in make.html's link: deflated (the browser's own CompressionStream)
 * and base64url-encoded into the hash, so a sheet of a hundred events travels
 * in a link a producer can send, and never reaches a server's logs. Older links
 * carry the text itself (`?data=`), which still opens.
 */

/**
 * The longest link data, in characters: 30 KB of news prose (a 100-event sheet of a
 * sentence or two each) packs into about 18,000 (measured: the article deflates to 45%).
 */
export const LINK_LIMIT = 32_000;
const PACKED = 'z:';

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The data as it travels in a link, or undefined when it is too long for one. */
export async function packData(text: string): Promise<string | undefined> {
  const packed = PACKED + toBase64Url(await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
  return packed.length <= LINK_LIMIT ? packed : undefined;
}

/** The data a link carries: packed, or (older links) as written. Throws on a damaged packing. */
export async function unpackData(value: string): Promise<string> {
  if (!value.startsWith(PACKED)) return value;
  return new TextDecoder().decode(await through(fromBase64Url(value.slice(PACKED.length)), new DecompressionStream('deflate-raw')));
}
