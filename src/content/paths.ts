/**
 * Every path written in content (photos) must stay inside the edition folder: decoded, relative,
 * no URL or data: URI, and after resolving symlinks still inside.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { RULE, type RuleId } from '../review/catalogue.js';

export type PathProblem = { rule: RuleId; message: string; hint: string };

/** The reference as the file system will see it: percent-decoded, forward slashes. */
function decodeReference(ref: string): string {
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // Not percent-encoded: keep it as written.
  }
  return decoded.replace(/\\/g, '/');
}

/** Checks the spelling of a reference without touching the disk. */
export function checkReferenceSpelling(ref: string): PathProblem | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) {
    return {
      rule: RULE.pathUrl,
      message: `alamat "${ref.slice(0, 60)}" tidak diizinkan; foto harus berkas di folder edisi`,
      hint: 'unduh fotonya, simpan di folder edisi, lalu tulis nama berkasnya',
    };
  }
  const unified = decodeReference(ref);
  if (/[\u0000-\u001f]/.test(unified)) {
    return { rule: RULE.pathLuarEdisi, message: 'nama berkas memuat karakter kontrol', hint: 'ganti nama berkasnya' };
  }
  if (path.isAbsolute(unified) || /^[a-z]:\//i.test(unified) || unified.startsWith('//')) {
    return { rule: RULE.pathLuarEdisi, message: `"${ref}" adalah path absolut`, hint: 'tulis path relatif terhadap folder edisi, mis. foto/jembatan.jpg' };
  }
  if (unified.split('/').includes('..')) {
    return { rule: RULE.pathLuarEdisi, message: `"${ref}" menunjuk ke luar folder edisi`, hint: 'simpan fotonya di folder edisi dan tulis path tanpa ".."' };
  }
  return undefined;
}

/** Resolves a reference inside `root`, following symlinks; undefined if it does not exist. */
export async function resolveInside(root: string, ref: string): Promise<{ file?: string; problem?: PathProblem }> {
  const problem = checkReferenceSpelling(ref);
  if (problem) return { problem };
  const decoded = decodeReference(ref);
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(path.join(root, decoded));
  } catch {
    return {};
  }
  const rel = path.relative(realRoot, real);
  if (rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) {
    return { problem: { rule: RULE.pathLuarEdisi, message: `"${ref}" adalah tautan (symlink) ke luar folder edisi`, hint: 'salin fotonya ke folder edisi' } };
  }
  return { file: real };
}
