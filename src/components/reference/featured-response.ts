/** The response an operation's example shows: the first success response that has an example. */
import type { ExampleModel, MediaTypeModel, OperationModel } from '../../openapi/reference-types.ts';

export interface FeaturedResponse {
  /** `HTTP/1.1 200 OK`. */
  statusLine: string;
  mediaType: string;
  media: MediaTypeModel;
  example: ExampleModel;
}

export function featuredResponse(op: OperationModel): FeaturedResponse | undefined {
  for (const r of op.responses) {
    if (r.category !== 'success') continue;
    for (const media of r.contents) {
      const example = media.examples.find((e) => !e.external && e.code);
      if (example) return { statusLine: `HTTP/1.1 ${r.status}${r.statusText ? ` ${r.statusText}` : ''}`, mediaType: media.mediaTypes[0] ?? '', media, example };
    }
  }
  return undefined;
}
