/** The head of an article module: kicker, headline, deck, byline, lead photo with caption and credit. */
import { Image, Text, View } from './primitives.js';
import type { ReactElement } from 'react';
import type { Article } from '../content/article.js';
import { byline } from '../contrib/byline.js';
import { SANS, SERIF } from './fonts.js';
import { noHyphenation } from './hyphenation.js';
import type { Geometry } from './template.js';

export const KIND_LABEL: Record<string, string> = { feature: 'Laporan Khusus', opini: 'Opini', pengumuman: 'Pengumuman', foto: 'Foto Berita', singkat: 'Kabar Singkat', berita: '' };

export interface HeaderPhoto {
  /** Prepared file; absent while measuring. */
  file?: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
  /** Over the headline, at the module's top: photos side by side then line up at the top whatever their headlines. */
  first?: boolean;
}

/** Points between the byline and the photo under it, and between a photo's caption and the headline under it (more: the two must not read as one). */
export const PHOTO_GAP = 5;
export const PHOTO_FIRST_GAP = 9;

export function headlineSize(g: Geometry, priority: number, span: number): number {
  const size = g.template.headline[String(priority)] ?? 14;
  // A one-column module cannot carry a banner headline.
  return span === 1 ? Math.min(size, 15) : span === 2 ? Math.min(size, 20) : size;
}

/** The headline alone: part of the module head, and measured on its own for the review. */
export function Headline({ article, g, span, lead }: { article: Article; g: Geometry; span: number; lead?: boolean }): ReactElement {
  const size = headlineSize(g, lead ? 1 : article.frontMatter.priority, span);
  return (
    <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: size, lineHeight: `${Math.round(size * 1.08 * 10) / 10}pt`, letterSpacing: size > 18 ? -0.3 : 0 }} hyphenationCallback={noHyphenation}>
      {article.frontMatter.title}
    </Text>
  );
}

export function ModuleHeader(props: { article: Article; g: Geometry; width: number; span: number; photo?: HeaderPhoto; lead?: boolean }): ReactElement {
  const { article, g, width, photo } = props;
  const fm = article.frontMatter;
  const size = headlineSize(g, props.lead ? 1 : fm.priority, props.span);
  const accent = g.template.colors.accent;
  const kicker = KIND_LABEL[fm.kind];
  const figure = photo ? (
    <View style={photo.first ? { marginBottom: PHOTO_FIRST_GAP, width: photo.width } : { marginTop: PHOTO_GAP, width: photo.width }}>
      {photo.file ? <Image src={photo.file} style={{ width: photo.width, height: photo.height }} /> : <View style={{ width: photo.width, height: photo.height }} />}
      <Text style={{ fontFamily: SANS, fontSize: 7, lineHeight: '8.6pt', marginTop: 2 }} hyphenationCallback={noHyphenation}>
        {photo.caption ?? ''}
        {photo.credit ? <Text style={{ color: '#444444' }}>{` Foto: ${photo.credit}`}</Text> : null}
      </Text>
    </View>
  ) : null;
  return (
    <View style={{ width, paddingTop: g.leading * 0.5 }}>
      {photo?.first ? figure : null}
      {kicker ? <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 7.5, color: accent, textTransform: 'uppercase', letterSpacing: 0.6, marginBottom: 2 }}>{kicker}</Text> : null}
      <Headline article={article} g={g} span={props.span} lead={props.lead} />
      {fm.deck ? (
        <Text style={{ fontFamily: SERIF, fontStyle: 'italic', fontSize: size > 18 ? 12 : 10, lineHeight: `${size > 18 ? 14.5 : 12.5}pt`, marginTop: 3, color: '#222222' }} hyphenationCallback={noHyphenation}>
          {fm.deck}
        </Text>
      ) : null}
      <Text style={{ fontFamily: SANS, fontSize: 7, lineHeight: '9pt', marginTop: 3, color: '#333333' }}>{byline(fm)}</Text>
      {photo?.first ? null : figure}
    </View>
  );
}

export function ContinuationHeader(props: { article: Article; g: Geometry; width: number; fromPage: number }): ReactElement {
  return (
    <View style={{ width: props.width, paddingTop: props.g.leading * 0.5 }}>
      <Text style={{ fontFamily: SANS, fontWeight: 700, fontSize: 7.5, color: props.g.template.colors.accent }}>{`SAMBUNGAN DARI HAL. ${props.fromPage}`}</Text>
      <Text style={{ fontFamily: SANS, fontWeight: 800, fontSize: 12, lineHeight: '13.5pt' }} hyphenationCallback={noHyphenation}>{props.article.frontMatter.title}</Text>
    </View>
  );
}
