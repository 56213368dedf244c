/**
 * Draws the "every recorded use" table of the consumers page as a graph: providers on the left,
 * their users on the right, a line for each use (solid across organisations, dashed within one).
 * The table stays the page's content; the graph, drawn only with JavaScript on wide screens, is a
 * picture of it (role="img" with a summary), so nothing is lost without it.
 */
const SVG = 'http://www.w3.org/2000/svg';
const ROW = 30;
const WIDTH = 960;
const LABEL = 360;
/** Longest label drawn; the table has the full name. */
const MAX_LABEL = 40;
const clip = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

interface Use {
  provider: string;
  providerName: string;
  consumer: string;
  consumerName: string;
  cross: boolean;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function readUses(table: HTMLTableElement): Use[] {
  return [...table.tBodies[0]?.rows ?? []].flatMap((row) => {
    const cells = row.cells;
    const provider = cells[0]?.getAttribute('data-node');
    const consumer = cells[2]?.getAttribute('data-node');
    if (!provider || !consumer) return [];
    return [{ provider, providerName: cells[0]?.textContent?.trim() ?? provider, consumer, consumerName: cells[2]?.textContent?.trim() ?? consumer, cross: cells[3]?.hasAttribute('data-cross') ?? false }];
  });
}

export function drawUseGraph(): void {
  const table = document.querySelector<HTMLTableElement>('[data-graph-table]');
  const holder = document.getElementById('reuse-graph');
  if (!table || !holder) return;
  const uses = readUses(table);
  if (!uses.length) return;
  const providers = [...new Map(uses.map((u) => [u.provider, u.providerName])).entries()];
  const consumers = [...new Map(uses.map((u) => [u.consumer, u.consumerName])).entries()];
  const height = Math.max(providers.length, consumers.length) * ROW + 20;
  const y = (list: [string, string][], id: string) => 20 + list.findIndex(([k]) => k === id) * ROW;

  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': 'reuse-graph-title', class: 'app-reuse-graph__svg' });
  root.append(svg('title', { id: 'reuse-graph-title' }, `Graph of the table below: ${providers.length} providers, ${consumers.length} users, ${uses.length} uses.`));
  for (const u of uses) {
    const y1 = y(providers, u.provider);
    const y2 = y(consumers, u.consumer);
    const x1 = LABEL + 10;
    const x2 = WIDTH - LABEL - 10;
    root.append(svg('path', { d: `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`, class: u.cross ? 'app-reuse-graph__use app-reuse-graph__use--cross' : 'app-reuse-graph__use' }));
  }
  providers.forEach(([id, name]) => {
    root.append(svg('circle', { cx: LABEL + 10, cy: y(providers, id), r: 6, class: 'app-reuse-graph__node' }));
    root.append(svg('text', { x: LABEL, y: y(providers, id) + 5, 'text-anchor': 'end', class: 'app-reuse-graph__label' }, clip(name)));
  });
  consumers.forEach(([id, name]) => {
    root.append(svg('circle', { cx: WIDTH - LABEL - 10, cy: y(consumers, id), r: 6, class: 'app-reuse-graph__node app-reuse-graph__node--user' }));
    root.append(svg('text', { x: WIDTH - LABEL, y: y(consumers, id) + 5, class: 'app-reuse-graph__label' }, clip(name)));
  });
  const key = document.createElement('p');
  key.className = 'govuk-body-s app-muted';
  key.textContent = 'Solid lines join organisations; dashed lines are uses within one organisation.';
  holder.append(root, key);
  holder.hidden = false;
}
