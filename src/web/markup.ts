/**
 * An article's body (the loaded, typeset mdast) as HTML, with what print does to unsafe input done
 * here too: raw HTML shows as text and is never interpreted, HTML comments (editors' notes) are
 * dropped, links keep only http, https and mailto, Markdown images show their alt text (photos come
 * from the front-matter). Headings are shifted so the body's first level is h2 under the page's h1.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Nodes, Root } from 'mdast';
import { defaultHandlers, toHast } from 'mdast-util-to-hast';
import { isHtmlComment } from '../content/article.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value, escaped for HTML. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const SAFE_LINK = /^(https?:|mailto:)/i;

function headingShift(tree: Root): number {
  let min = 6;
  const walk = (n: Nodes): void => {
    if (n.type === 'heading') min = Math.min(min, n.depth);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return 2 - min;
}

/** GFM column alignment comes as the obsolete `align` attribute; HTML5 wants CSS (classes in style.ts). */
function alignAsClass(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const align = child.properties.align;
    if (typeof align === 'string') {
      delete child.properties.align;
      child.properties.className = [`rata-${align === 'right' ? 'kanan' : align === 'center' ? 'tengah' : 'kiri'}`];
    }
    alignAsClass(child);
  }
}

export function bodyHtml(body: Root): string {
  const shift = headingShift(body);
  const hast = toHast(body, {
    // Footnote labels as the paper says them.
    footnoteLabel: 'Catatan kaki',
    footnoteBackLabel: (i) => `Kembali ke teks, catatan ${i + 1}`,
    footnoteLabelTagName: 'h2',
    handlers: {
      html: (_state, node: { value: string }) => (isHtmlComment(node.value) ? undefined : { type: 'text', value: node.value }),
      heading: (state, node: Heading) => {
        const el = defaultHandlers.heading(state, node) as Element;
        el.tagName = `h${Math.min(6, Math.max(2, node.depth + shift))}`;
        return el;
      },
      link: (state, node) => {
        if (SAFE_LINK.test(node.url)) {
          const el = defaultHandlers.link(state, node) as Element;
          if (!/^mailto:/i.test(node.url)) el.properties = { ...el.properties, rel: ['noopener'] };
          return el;
        }
        return state.all(node);
      },
      image: (_state, node) => (node.alt ? { type: 'text', value: `[${node.alt}]` } : undefined),
      imageReference: (_state, node) => (node.alt ? { type: 'text', value: `[${node.alt}]` } : undefined),
      definition: () => undefined,
    },
  }) as HastRoot;
  alignAsClass(hast);
  return toHtml(hast, { allowDangerousHtml: false, characterReferences: { useNamedReferences: false } });
}
