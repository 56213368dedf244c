/**
 * A fetch for octokit that never reads more than `maxBytes` of a body: a larger file is answered as
 * 413 (which the sync reports as too large) without reading the rest.
 */
export function limitedFetch(maxBytes: number, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const res = await base(input, init);
    if (!res.body || res.status === 204 || res.status === 304) return res;
    const tooLarge = async (): Promise<Response> => {
      await res.body?.cancel().catch(() => {});
      return new Response(JSON.stringify({ message: `larger than the limit of ${maxBytes} bytes` }), { status: 413, headers: { 'content-type': 'application/json' } });
    };
    if (Number(res.headers.get('content-length')) > maxBytes) return tooLarge();
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return new Response(JSON.stringify({ message: `larger than the limit of ${maxBytes} bytes` }), { status: 413, headers: { 'content-type': 'application/json' } });
      }
      chunks.push(value);
    }
    return new Response(Buffer.concat(chunks), { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
