/**
 * react-pdf's elements without loading react-pdf: they are the name strings of @react-pdf/primitives
 * (what the renderer itself exports), typed as the renderer's components. Building an element tree
 * needs nothing more; the renderer, 0.4 s to load, is loaded only when something is laid out
 * (react-pdf-adapter.ts), so a command whose layout is all in the cache never loads it.
 */
import * as P from '@react-pdf/primitives';
import type * as R from '@react-pdf/renderer';

export const Page = P.Page as unknown as typeof R.Page;
export const View = P.View as unknown as typeof R.View;
export const Text = P.Text as unknown as typeof R.Text;
export const Image = P.Image as unknown as typeof R.Image;
export const Svg = P.Svg as unknown as typeof R.Svg;
export const Path = P.Path as unknown as typeof R.Path;
