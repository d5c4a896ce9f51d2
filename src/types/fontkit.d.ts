// fontkit ships no types; we use only openSync and hasGlyphForCodePoint (see layout/fonts.ts).
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
