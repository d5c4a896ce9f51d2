/**
 * An article body (mdast) as react-pdf elements one column wide: the content of a galley.
 * Raw HTML is shown as text, never interpreted (and reported by printable.ts); HTML comments are
 * editors' notes and not printed; links keep only http, https and mailto.
 */
import { Image, Text, View } from './primitives.js';
import type { List, PhrasingContent, RootContent, Table } from 'mdast';
import type { ReactNode } from 'react';
import { type Article, isHtmlComment } from '../content/article.js';
import { hyphenateWord, noHyphenation } from './hyphenation.js';
import type { BodyStyles } from './styles.js';
import { toString } from 'mdast-util-to-string';
import type { Geometry } from './template.js';

/** Characters of a list item that fit in about five lines of a column. */
const SHORT_ITEM = 200;

export interface GalleyPhoto {
  file: string;
  /** Height in grid lines of the picture itself. */
  lines: number;
  caption: string;
}

export interface BodyOptions {
  geometry: Geometry;
  styles: BodyStyles;
  /** Photos after the first, set inside the text column. */
  photos: GalleyPhoto[];
  /**
   * Paragraphs by which the blocks that cannot break (in-column photos, the pull quote) are set
   * later than usual: where such a block falls at a leg's foot it would jump to the next leg and
   * leave a hole, so the galley is set again with them moved on.
   */
  floatShift?: number;
}

/** Comments dropped and the text around them joined, so no double space is left where one was. */
function withoutComments(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'html' && isHtmlComment(node.value)) continue;
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

function inline(nodes: readonly PhrasingContent[], s: BodyStyles, key = ''): ReactNode[] {
  return withoutComments(nodes).map((node, i): ReactNode => {
    const k = `${key}${i}`;
    switch (node.type) {
      case 'text':
        return node.value.replace(/[ \t\r\n]+/g, ' ');
      case 'strong':
        return <Text key={k} style={{ fontWeight: 700 }}>{inline(node.children, s, k)}</Text>;
      case 'emphasis':
        return <Text key={k} style={{ fontStyle: 'italic' }}>{inline(node.children, s, k)}</Text>;
      case 'delete':
        return <Text key={k} style={{ textDecoration: 'line-through' }}>{inline(node.children, s, k)}</Text>;
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'link': {
        const safe = /^(https?:|mailto:)/i.test(node.url);
        const label = inline(node.children, s, k);
        const shown = node.url.replace(/^mailto:/i, '');
        return safe && !node.children.some((c) => c.type === 'text' && c.value === shown) ? [label, ` (${shown})`] : label;
      }
      case 'html':
        return node.value;
      case 'image':
        return node.alt ? `[${node.alt}]` : '';
      case 'footnoteReference':
        return <Text key={k} style={{ fontSize: 6 }}>{node.label ?? node.identifier}</Text>;
      default:
        return 'value' in node ? String((node as { value: unknown }).value) : '';
    }
  });
}

/** Rows that go with a table's head row: it never stands alone at a leg's foot. */
const ROWS_WITH_HEAD = 2;

/**
 * A table as one view of rows: its head row and the first rows as one block that is not cut, then
 * each further row on its own. No deeper nesting: react-pdf keeps a view whose rows all move to the
 * next page on the current one when it is its parent's first child, and squeezes every row into the
 * space left (all rows drawn over each other at a leg's foot).
 */
function tableBlock(table: Table, s: BodyStyles, tint: string, key: number | string): ReactNode {
  const row = (r: number) => (
    <View key={r} style={{ ...s.tableRow, backgroundColor: r === 0 ? tint : r % 2 === 0 ? '#f4f4f4' : undefined }} wrap={false}>
      {table.children[r]!.children.map((cell, c) => (
        <Text key={c} style={{ ...s.tableCell, ...(r === 0 ? s.tableHead : {}), textAlign: table.align?.[c] === 'right' ? 'right' : 'left' }} hyphenationCallback={noHyphenation}>
          {inline(cell.children, s)}
        </Text>
      ))}
    </View>
  );
  const rows = table.children.map((_, r) => r);
  return (
    <View key={key}>
      <View wrap={false}>{rows.slice(0, 1 + ROWS_WITH_HEAD).map(row)}</View>
      {rows.slice(1 + ROWS_WITH_HEAD).map(row)}
    </View>
  );
}

/** Letters and digits only, lower case: a quote and its paragraph compare whatever their punctuation. */
const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * After which paragraph the pull quote goes: after the middle one (moved on by `shift`), but never
 * next to the paragraph it repeats, where the reader would read the same words twice in a row.
 */
function pullquotePlace(blocks: readonly RootContent[], paragraphs: number, quote: string, shift: number): number {
  const place = Math.max(1, Math.min(paragraphs, Math.floor(paragraphs / 2) + shift));
  const words = bare(quote).split(' ').slice(0, 8).join(' ');
  const source = blocks.filter((b) => b.type === 'paragraph').findIndex((b) => bare(toString(b)).includes(words)) + 1;
  if (!source || (place !== source && place !== source - 1)) return place;
  if (source + 2 <= paragraphs) return source + 2;
  return source - 2 >= 1 ? source - 2 : place;
}

/** The body blocks of an article, with the pull quote set after the middle paragraph. */
export function articleBody(article: Article, options: BodyOptions): ReactNode[] {
  const { styles: s, geometry: g } = options;
  const fm = article.frontMatter;
  const blocks = article.body.children;
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').length;
  const shift = options.floatShift ?? 0;
  const pullquoteAfter = fm.pullquote && paragraphs >= 4 ? pullquotePlace(blocks, paragraphs, fm.pullquote, shift) : -1;
  const photosAfter = Math.max(1, 2 + shift);
  const dateline = fm.kind === 'berita' && fm.location ? `${(fm.location.desa ?? fm.location.kecamatan).toUpperCase()} – ` : '';
  const out: ReactNode[] = [];
  let paragraph = 0;
  let footnotes: ReactNode[] = [];
  // Nested lists are set as items indented one bullet width per level.
  const listItems = (list: List, key: string, depth: number): void => {
    list.children.forEach((item, j) => {
      const text = item.children.flatMap((c) => (c.type === 'paragraph' ? inline(c.children, s) : []));
      // A short item keeps its bullet with its text; a long one may break between its lines.
      const short = item.children.reduce((n, c) => n + (c.type === 'paragraph' ? toString(c).length : 0), 0) < SHORT_ITEM;
      out.push(
        <View key={`${key}-${j}`} style={{ ...s.listItem, paddingLeft: depth * s.bullet.width }} wrap={!short}>
          <Text style={s.bullet}>{list.ordered ? `${(list.start ?? 1) + j}.` : '•'}</Text>
          <Text style={s.listText} hyphenationCallback={hyphenateWord}>{text}</Text>
        </View>,
      );
      item.children.forEach((c, k) => c.type === 'list' && listItems(c, `${key}-${j}-${k}`, depth + 1));
    });
  };
  const block = (node: RootContent, i: number | string): void => {
    switch (node.type) {
      case 'paragraph': {
        const first = paragraph === 0;
        out.push(
          <Text key={i} style={{ ...s.paragraph, ...(first ? s.first : {}) }} hyphenationCallback={hyphenateWord}>
            {first && dateline ? <Text style={s.dateline}>{dateline}</Text> : null}
            {inline(node.children, s)}
          </Text>,
        );
        paragraph++;
        if (paragraph === pullquoteAfter) {
          out.push(
            <View key={`pq${i}`} style={s.pullquoteBox} wrap={false}>
              {/* Rules are absolute so the quote stays a whole number of grid lines tall. */}
              <View style={{ position: 'absolute', top: g.leading / 2, left: 0, right: 0, borderTopWidth: 1.5, borderTopColor: g.template.colors.accent }} />
              <Text style={s.pullquote} hyphenationCallback={noHyphenation}>“{fm.pullquote}”</Text>
              <View style={{ position: 'absolute', bottom: g.leading / 2, left: 0, right: 0, borderTopWidth: 1.5, borderTopColor: g.template.colors.accent }} />
            </View>,
          );
        }
        if (paragraph === photosAfter && options.photos.length) out.push(...options.photos.map((p, j) => galleyPhoto(p, s, g, `ph${j}`)));
        break;
      }
      case 'heading':
        out.push(<Text key={i} style={s.heading} minPresenceAhead={g.leading * 3} hyphenationCallback={noHyphenation}>{inline(node.children, s)}</Text>);
        break;
      case 'blockquote':
        // Quoted paragraphs in the quote style; lists, tables or headings inside a quote as they would be outside.
        node.children.forEach((c, j) => {
          if (c.type === 'paragraph') out.push(<Text key={`${i}-${j}`} style={s.quote} hyphenationCallback={hyphenateWord}>{inline(c.children, s)}</Text>);
          else block(c, `${i}-${j}`);
        });
        break;
      case 'list':
        listItems(node, `${i}`, 0);
        break;
      case 'table':
        out.push(tableBlock(node, s, g.template.colors.tint, i));
        break;
      case 'thematicBreak':
        out.push(<Text key={i} style={{ ...s.paragraph, textAlign: 'center' }}>* * *</Text>);
        break;
      case 'html':
        if (isHtmlComment(node.value)) break;
        out.push(<Text key={i} style={{ ...s.paragraph, textAlign: 'left' }} hyphenationCallback={noHyphenation}>{node.value}</Text>);
        break;
      case 'code':
        out.push(<Text key={i} style={{ ...s.paragraph, textAlign: 'left' }} hyphenationCallback={noHyphenation}>{node.value}</Text>);
        break;
      case 'footnoteDefinition':
        footnotes = [...footnotes, <Text key={i} style={s.small}>{`${node.label ?? node.identifier}. `}{node.children.flatMap((c) => (c.type === 'paragraph' ? inline(c.children, s) : []))}</Text>];
        break;
      default:
        break;
    }
  };
  blocks.forEach(block);
  if (paragraph < photosAfter && options.photos.length) out.push(...options.photos.map((p, j) => galleyPhoto(p, s, g, `ph${j}`)));
  out.push(...footnotes);
  const sources = fm.sources?.map((src) => (src.role ? `${src.name} (${src.role})` : src.name)).join('; ');
  if (sources) out.push(<Text key="sources" style={{ ...s.small, fontStyle: 'normal', marginTop: 0 }} hyphenationCallback={noHyphenation}>{`Sumber: ${sources}.`}</Text>);
  return out;
}

function galleyPhoto(photo: GalleyPhoto, s: BodyStyles, g: Geometry, key: string): ReactNode {
  return (
    <View key={key} wrap={false} style={{ marginTop: g.leading, marginBottom: g.leading }}>
      <Image src={photo.file} style={{ width: g.columnWidth, height: photo.lines * g.leading, objectFit: 'cover' }} />
      <Text style={s.caption} hyphenationCallback={noHyphenation}>{photo.caption}</Text>
    </View>
  );
}
