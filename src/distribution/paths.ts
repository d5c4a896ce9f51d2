/** Where distribution lives, relative to the project root; light on purpose, as the command's help names them. */
import path from 'node:path';

export const DISTRIBUTION_DIR = 'distribution';
export const REGISTRY = path.join(DISTRIBUTION_DIR, 'penerima.csv');
export const CONFIG = path.join(DISTRIBUTION_DIR, 'alokasi.yaml');
/** The seed list of SKPD and instansi vertikal that `distribute init` starts a registry from. */
export const SEED = path.join(DISTRIBUTION_DIR, 'seed-skpd-vertikal.csv');
/** distribution/<edisi>/diterima.csv: the history of what came back. */
export const RECEIVED = 'diterima.csv';
export const ALLOCATION_CSV = 'alokasi.csv';
export const ALLOCATION_JSON = 'alokasi.json';
