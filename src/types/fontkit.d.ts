// fontkit ships no types; we use only openSync, hasGlyphForCodePoint (layout/fonts.ts) and the
// font class's layout() (memoised in layout/register-fonts.ts).
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
