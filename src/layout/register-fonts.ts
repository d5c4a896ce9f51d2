/** The faces of fonts.ts registered with react-pdf, once per process. */
import { Font } from '@react-pdf/renderer';
import { fontFaces } from './fonts.js';

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registered = true;
  const families = new Map<string, ReturnType<typeof fontFaces>>();
  for (const face of fontFaces()) families.set(face.family, [...(families.get(face.family) ?? []), face]);
  for (const [family, faces] of families) {
    Font.register({ family, fonts: faces.map((f) => ({ src: f.file, fontWeight: f.weight, ...(f.italic ? { fontStyle: 'italic' as const } : {}) })) });
  }
  // Hyphenation is decided per Text (body text only); the global default breaks nothing.
  Font.registerHyphenationCallback((word) => [word]);
}
