/** The faces of fonts.ts registered with react-pdf, once per process, and their shaping memoised. */
import type { Font as FontStore } from '@react-pdf/renderer';
import * as fontkit from 'fontkit';
import { fontFaces } from './fonts.js';

/** Shaped strings kept per font before the memo starts again (a 48-page edition shapes about 40,000). */
const SHAPED_PER_FONT = 100_000;

/**
 * fontkit's layout() (shaping) memoised per font. The layout shapes the same strings many times: each
 * headline at every width it is tried at, every paragraph when measured, when cut into legs and when
 * set. Shaping is deterministic, and textkit only reads the glyph run it gets (it scales copies of
 * the positions), so one run per string serves every caller.
 */
function memoiseShaping(): void {
  const proto = Object.getPrototypeOf(fontkit.openSync(fontFaces()[0]!.file)) as { layout: (this: object, text: string, features?: unknown, script?: string, language?: string, direction?: string) => unknown };
  const shape = proto.layout;
  const shaped = new WeakMap<object, Map<string, unknown>>();
  proto.layout = function (this: object, text: string, features?: unknown, script?: string, language?: string, direction?: string) {
    let memo = shaped.get(this);
    if (!memo) shaped.set(this, (memo = new Map()));
    const key = `${script ?? ''}\u0000${language ?? ''}\u0000${direction ?? ''}\u0000${JSON.stringify(features ?? null)}\u0000${text}`;
    let run = memo.get(key);
    if (run === undefined) {
      run = shape.call(this, text, features, script, language, direction);
      if (memo.size >= SHAPED_PER_FONT) memo.clear();
      memo.set(key, run);
    }
    return run;
  };
}

let registered = false;

/** The house faces into react-pdf's font store (the renderer's `Font`), once per process. */
export function registerFonts(Font: typeof FontStore): void {
  if (registered) return;
  registered = true;
  const families = new Map<string, ReturnType<typeof fontFaces>>();
  for (const face of fontFaces()) families.set(face.family, [...(families.get(face.family) ?? []), face]);
  for (const [family, faces] of families) {
    Font.register({ family, fonts: faces.map((f) => ({ src: f.file, fontWeight: f.weight, ...(f.italic ? { fontStyle: 'italic' as const } : {}) })) });
  }
  // Hyphenation is decided per Text (body text only); the global default breaks nothing.
  Font.registerHyphenationCallback((word) => [word]);
  memoiseShaping();
}
