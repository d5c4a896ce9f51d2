// fontkit ships no types; we use only openSync and the font class's layout() (memoised in
// layout/register-fonts.ts). layout/fonts.ts requires it, only to list the code points a font draws.
declare module 'fontkit' {
  export function openSync(path: string): unknown;
}
