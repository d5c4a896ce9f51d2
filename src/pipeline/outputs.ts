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
