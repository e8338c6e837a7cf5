/**
 * Golden files, as Observable Plot keeps them for its charts: a rendered SVG is serialised to
 * stable, indented text and compared with a committed file (vitest's toMatchFileSnapshot), so a
 * change to the chart shows up as a reviewable diff. To accept a change on purpose:
 *   npx vitest run golden -u
 */

/** Sub-pixel noise is not a change anyone could see: coordinates keep two decimals. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) =>
    String(Math.round(Number(n) * 100) / 100),
  );
}

/**
 * An element as indented markup: one element per line, attributes in the order React wrote
 * them, text on its own line. Ids React generates (useId) are renamed in order of appearance,
 * so a test's place in the run does not change its output.
 */
export function serializeSvg(root: Element): string {
  const ids = new Map<string, string>();
  const stableIds = (value: string) =>
    value.replace(/«r[0-9a-z]+»|_r_[0-9a-z]+_/g, (id) => {
      const known = ids.get(id) ?? `id-${ids.size + 1}`;
      ids.set(id, known);
      return known;
    });
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const lines: string[] = [];
  const walk = (node: Element, depth: number) => {
    const pad = '  '.repeat(depth);
    const attributes = [...node.attributes]
      .map((a) => ` ${a.name}="${escape(stableIds(roundNumbers(a.value)))}"`)
      .join('');
    const children = [...node.childNodes].filter(
      (child) => child.nodeType !== child.TEXT_NODE || (child.textContent ?? '').trim() !== '',
    );
    if (children.length === 0) {
      lines.push(`${pad}<${node.tagName}${attributes}/>`);
      return;
    }
    lines.push(`${pad}<${node.tagName}${attributes}>`);
    for (const child of children) {
      if (child instanceof Element) walk(child, depth + 1);
      else lines.push(`${pad}  ${escape(child.textContent ?? '')}`);
    }
    lines.push(`${pad}</${node.tagName}>`);
  };
  walk(root, 0);
  return `${lines.join('\n')}\n`;
}
