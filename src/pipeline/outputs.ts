/** The build's PDFs in `editions/<edisi>/`. */
export const printFileName = (id: string): string => `jurnal-balangan-${id}.pdf`;
export const proofFileName = (id: string): string => `proof-${id}.pdf`;
/** The page previews (PNG and contact sheet), a folder of the build's. */
export const PREVIEW_DIR = 'pratinjau';

/**
 * What other commands write into `editions/<edisi>/` beside the build's own files. A build replaces
 * that folder whole (staged, then renamed), so it carries these over: a rebuild must not delete the
 * web edition, the social-media captions or the story budget.
 */
export const WEB_DIR = 'web';
export const SOCIAL_DIR = 'sosial';
export const budgetFileName = (edition: string): string => `anggaran-${edition}.pdf`;

/** Entries of an edition's output folder that belong to other commands than `build`. */
export const keptByBuild = (edition: string): string[] => [WEB_DIR, SOCIAL_DIR, budgetFileName(edition)];
