import { describe, expect, it } from 'vitest';
import type { ReviewGroup } from '../../src/site/review-groups.ts';
import { reviewPages } from '../../src/site/review-groups.ts';

/** A group of `n` entries due for an organisation, the first `imported` of them never reviewed. */
function group(slug: string, n: number, imported = 0): ReviewGroup {
  const entries = Array.from({ length: n }, (_, i) => ({ entry: { id: `${slug}-${i + 1}` }, review: { awaitingOwners: i < imported } }));
  return { organisation: { slug, name: slug } as ReviewGroup['organisation'], entries: entries as unknown as ReviewGroup['entries'], awaitingOwners: imported };
}

const shape = (pages: ReturnType<typeof reviewPages>) =>
  pages.map((p) => `${p.number}/${p.count} from ${p.first}: ${p.groups.map((g) => `${g.organisation.slug} ${g.entries.length} of ${g.total}${g.continued ? ' continued' : ''} (${g.awaitingOwners} imported)`).join(', ')}`);

describe('pages of entries due for review', () => {
  it('keeps a short list on one page', () => {
    expect(shape(reviewPages([group('hmrc', 3, 1), group('dvla', 2)], 9))).toEqual(['1/1 from 1: hmrc 3 of 3 (1 imported), dvla 2 of 2 (0 imported)']);
  });

  it('splits a long list into pages, counting each heading as two rows, and continues an organisation under its own heading', () => {
    expect(shape(reviewPages([group('hmrc', 5, 4), group('dvla', 2), group('ons', 1)], 6))).toEqual([
      '1/3 from 1: hmrc 4 of 5 (4 imported)',
      '2/3 from 5: hmrc 1 of 5 continued (0 imported), dvla 1 of 2 (0 imported)',
      '3/3 from 7: dvla 1 of 2 continued (0 imported), ons 1 of 1 (0 imported)',
    ]);
  });

  it('has one empty page when nothing is due', () => {
    expect(shape(reviewPages([], 3))).toEqual(['1/1 from 1: ']);
  });
});
