/**
 * Word lists for the Indonesian syllabifier (syllables.ts) and the hyphenation rules (hyphenation.ts).
 * All entries are lower case. Add a word here when the rules break it wrongly; add a test line to
 * tests/unit/layout/hyphenation-table.txt with it.
 */

/** Full KBBI syllabification, written with "-", for words the rules get wrong. */
export const EXCEPTIONS: Record<string, string> = {
  // Compound elements (PUEBI: a compound may be broken between its elements).
  program: 'pro-gram',
  infrastruktur: 'in-fra-struk-tur',
  perspektif: 'pers-pek-tif',
  kilogram: 'ki-lo-gram',
  biografi: 'bi-o-gra-fi',
  fotografi: 'fo-to-gra-fi',
  geografi: 'ge-o-gra-fi',
  demografi: 'de-mo-gra-fi',
  // An acronym written as a word: Pendidikan dan Latihan.
  diklat: 'dik-lat',
  // "ai" that is not a diphthong although a syllable follows.
  kaidah: 'ka-i-dah',
};

/** Words ending in a consonant + "an" that are base words, not a stem + -an (jem-ba-tan, not jem-bat-an). */
export const AN_ROOTS: ReadonlySet<string> = new Set([
  'balangan', 'jembatan', 'kawasan', 'halaman', 'delapan', 'sembilan', 'selatan', 'teladan', 'tauladan', 'ramadan', 'ramadhan',
  'kalimantan', 'triwulan', 'pedoman', 'lapan', 'sedan', 'gardan', 'pisan', 'angan', 'tuhan', 'setan', 'insan',
  'sultan', 'kuman', 'koran', 'korban', 'kurban', 'peran', 'sopan', 'zaman', 'jaman', 'iman', 'aman', 'intan',
  'santan', 'ikan', 'kanan', 'dahan', 'hutan', 'bulan', 'badan', 'taman', 'teman', 'tangan', 'dengan', 'jangan',
  'pangan', 'ringan', 'papan', 'pesan', 'kesan', 'bahan', 'lahan', 'tahan', 'jalan', 'makan', 'bukan', 'akan',
  'pekan', 'rekan', 'depan', 'kapan', 'bidan', 'beban', 'mangan',
]);

/** Stems that do take -an although they look like a prefix + a one-syllable word (ke-luh-an, pe-gang-an). */
export const AN_STEMS: ReadonlySet<string> = new Set([
  'keluh', 'kenang', 'sebar', 'setor', 'sentuh', 'kemas', 'pesan', 'terus', 'kejar', 'kenal', 'kejut', 'pegang',
  'sewa', 'tekan', 'dekap', 'kecup', 'belah', 'semprot', 'sedot', 'serap', 'simpan', 'sebut', 'dengar', 'tebang',
  'timbang', 'timbun', 'tebar', 'sekolah', 'peran', 'bebas', 'teman',
]);

/** Stems ending in k that take -an (pen-di-dik-an, ke-bi-jak-an), so "-kan" after them is not the suffix -kan. */
export const K_ROOTS: ReadonlySet<string> = new Set([
  'baik', 'naik', 'didik', 'rusak', 'tindak', 'bijak', 'gerak', 'duduk', 'penduduk', 'cetak', 'bentuk', 'masuk',
  'tarik', 'pupuk', 'pasok', 'tumpuk', 'pajak', 'layak', 'tolak', 'banyak', 'sidik', 'selidik', 'letak', 'anak',
  'injak', 'tembak', 'masak', 'sorak', 'jarak', 'pihak', 'ajak', 'cocok', 'kotak', 'retak', 'buruk', 'sibuk',
  'mabuk', 'peluk', 'tusuk', 'tunjuk', 'tunduk', 'teriak', 'desak', 'lekuk', 'ketuk', 'pijak', 'ledak', 'suntik',
  'petik', 'cantik', 'unik', 'politik', 'praktik', 'teknik', 'batik', 'tilik', 'lantik', 'balik', 'usik', 'bisik',
  'gesek', 'jelek', 'bajak', 'rampok', 'sepak', 'bengkak', 'tebak', 'dadak', 'tabrak', 'sentak', 'tumbuk', 'kutuk',
  'takluk', 'kocok', 'lunak', 'gemuk', 'mutlak', 'sesak', 'gelak', 'kapuk', 'bedak', 'cabik', 'asyik', 'lirik',
  'tegak', 'lapuk', 'rujuk', 'bujuk', 'minyak', 'kerak', 'ketik', 'keruk', 'kelompok',
]);

/**
 * Words that begin with ber-/ter-/per- + a vowel but are a base word or a prefix be-/te-/pe- before a root
 * beginning with r (be-ra-sa from ber + rasa, pe-ra-wat from pe + rawat): syllabified plainly, never
 * ber-|ter-|per- + vowel. Matched whole, with suffixes, and after di-/ke-/se- (keberatan, diperangi).
 */
export const R_LOOKALIKES: ReadonlySet<string> = new Set([
  // base words
  'perahu', 'perang', 'perangkat', 'peran', 'perempuan', 'perak', 'peras', 'perut', 'perabot', 'perawan',
  'perih', 'perintah', 'peringkat', 'peristiwa', 'periode', 'perisai', 'perilaku', 'perigi', 'peram', 'perancis',
  'peranti', 'perona', 'peruntukan',
  'berani', 'berapa', 'beras', 'berat', 'berita', 'beri', 'berikut', 'beranda', 'berangkat', 'berantas', 'berang',
  'beres', 'beringin', 'beruang', 'berudu', 'beruk', 'berahi', 'berisik', 'berandal', 'berangus', 'berondong',
  'teras', 'terang', 'terus', 'terima', 'teratai', 'terumbu', 'terowongan', 'terap', 'terik', 'teriak',
  'terigu', 'teropong', 'teror', 'teori', 'terapi', 'terasi', 'teruna', 'terampil', 'terobos', 'terompet', 'terusan',
  // pe-, be-, te- before a root beginning with r
  'perawat', 'perajin', 'perumus', 'peresmi', 'perekam', 'perencana', 'perumah', 'perintis', 'perokok', 'perenang',
  'perusak', 'perampok', 'perantau', 'perias', 'peraga', 'peramal', 'perancang', 'perangkum', 'perakit', 'perekrut',
  'peronda', 'peredam', 'perendam', 'perebut', 'peretas', 'perawi', 'perunding', 'perusuh', 'perasa', 'perasaan',
  'berupa', 'beragam', 'berasa', 'berumah', 'berencana', 'berisiko', 'berantai', 'berenang', 'beruntun', 'berambut',
  'beramai', 'berapat', 'berantakan', 'berumput', 'berawa', 'berakyat', 'beruas', 'berekam',
  'terasa', 'terendam', 'terekam', 'terencana', 'terawat', 'terumus', 'terangkum', 'terancang', 'terampas', 'terebut',
  'teratur', 'terasing',
]);

/** Roots beginning with a vowel that take ber-/ter-/per-: ber-a-da, ter-a-khir, per-a-lat-an. */
export const V_ROOTS: readonly string[] = [
  'ada', 'asal', 'akhir', 'atas', 'utama', 'usaha', 'ukur', 'operasi', 'edar', 'informasi', 'oleh', 'ubah', 'atur',
  'alat', 'ekonomi', 'industri', 'air', 'ikan', 'izin', 'ancam', 'anggota', 'untung', 'umur', 'usia', 'awal', 'aksi',
  'alih', 'arti', 'obat', 'olahraga', 'isi', 'istirahat', 'ibadah', 'ilmu', 'inisiatif', 'inovasi', 'integrasi',
  'interaksi', 'organisasi', 'ulang', 'upaya', 'urut', 'edukasi', 'energi', 'etika', 'aktivitas', 'aktif', 'akibat',
  'akal', 'arah', 'aspal', 'aman', 'agama', 'anak', 'akar', 'ikat', 'imbas', 'ungkap', 'ujung', 'uji', 'urai', 'abai',
  'apung', 'angkut', 'angkat', 'empat', 'enam', 'elak', 'ekor', 'undang', 'unggul', 'utus', 'urus', 'asuh', 'atap',
  'adaptasi', 'otonomi', 'ekspor', 'impor', 'investasi', 'intervensi', 'integritas', 'identitas', 'iman', 'ambil',
  'alam', 'antre', 'antri', 'ibu', 'api',
];

/** Roots ending in the diphthong ai, so a verb ending in -ai on them has no suffix -i (me-ma-kai, di-ni-lai). */
export const AI_ROOTS: ReadonlySet<string> = new Set([
  'pakai', 'capai', 'nilai', 'mulai', 'sampai', 'selesai', 'bagai', 'pantai', 'ramai', 'damai', 'lantai', 'santai',
  'balai', 'badai', 'landai', 'pandai', 'bantai', 'rantai', 'cerai', 'urai', 'gulai', 'sungai', 'kedai',
  'bangkai', 'tirai', 'lalai', 'belai', 'helai', 'gapai', 'gerai', 'bingkai', 'abai', 'cabai', 'pakai', 'madai',
  'lerai', 'sorai', 'derai', 'lambai', 'tunai', 'rinai', 'gadai', 'bungai', 'rampai', 'kuntai', 'gemulai', 'ringkai',
]);

/** Stems after di-/ke-/se- that begin with s + consonant (di-spon-so-ri); other "dis…" words are di- free (dis-ku-si). */
export const S_CLUSTER_STEMS: readonly string[] = [
  'sponsor', 'standar', 'stabil', 'steril', 'stop', 'stempel', 'struktur', 'skor', 'sketsa', 'stimul', 'skrining',
  'stigma', 'spesifik', 'spesial', 'strategi', 'stok', 'studi', 'survei', 'suplai', 'sterilis', 'spanduk', 'skema',
];

/** Words beginning with di-/ke-/se- + a cluster that are not prefixed (dik-lat). */
export const CLUSTER_LOOKALIKES: readonly string[] = ['diklat'];

/** Words beginning with kei-/sei- where "ei" is not a prefix + i (seis-mik). */
export const I_PREFIX_LOOKALIKES: readonly string[] = ['seism', 'seiko', 'keiko'];

/**
 * Short names of agencies, offices and programmes, written as words: never broken. Lower case; compared
 * with the word lowered. From the SKPD and instansi vertikal of Kabupaten Balangan
 * (distribution/seed-skpd-vertikal.csv), the printed sample edition, and the usual national names.
 */
export const AGENCY_NAMES: ReadonlySet<string> = new Set([
  // SKPD and instansi vertikal of Balangan
  'bapperida', 'bpkpad', 'bkpsdm', 'kesbangpol', 'bpbd', 'satpol', 'damkar', 'pupr', 'perkim', 'dinsos', 'dkp3', 'dplh',
  'disdukcapil', 'dishub', 'diskominfosan', 'diskominfosp', 'diskominfo', 'dkukmtk', 'dpmptsp', 'disperindag', 'disporapar',
  'dispersip', 'disdikbud', 'disdik', 'dinkes', 'kodim', 'makodim', 'polres', 'kejari', 'bawaslu', 'bnnk', 'setda', 'setwan',
  'kemenag', 'kankemenag', 'kakankemenag', 'dprd', 'rsud', 'bps', 'kpu', 'bpn', 'atr',
  // Other regional and national short names
  'bappeda', 'bappenas', 'bapenda', 'bapeten', 'bappelitbangda', 'bulog', 'baznas', 'basarnas', 'bmkg', 'bpjs', 'bumdes',
  'bumd', 'bumn', 'pemkab', 'pemprov', 'pemkot', 'pemdes', 'pemda', 'polda', 'polsek', 'polri', 'koramil',
  'korem', 'kodam', 'kapolres', 'kapolsek', 'kapolda', 'danramil', 'dandim', 'babinsa', 'bhabinkamtibmas', 'kejati',
  'kemendagri', 'kemenkes', 'kemenkeu', 'kemendikbud', 'kemendikbudristek', 'kemenhub', 'kemensos', 'kemenpora',
  'kemendes', 'kemenkominfo', 'kemenpan', 'kemenparekraf', 'kementan', 'kemnaker', 'kemenaker', 'ditjen', 'dirjen',
  'kanwil', 'forkopimda', 'forkopimcam', 'musrenbang', 'musrenbangdes', 'musrenbangcam', 'musdes', 'puskesmas',
  'pustu', 'posyandu', 'posbindu', 'polindes', 'poskesdes', 'poskamling', 'pokdarwis', 'gapoktan', 'poktan',
  'disnaker', 'disnakertrans', 'disbun', 'distan', 'dispora', 'disparbud', 'dispar', 'dispenda', 'dispendukcapil',
  'disperkim', 'dlh', 'sekda', 'kadis', 'kabid', 'kasubag', 'kades', 'pilkada', 'pemilu',
  'diskoperindag', 'disketapang', 'disperkimtan', 'dpmd', 'dkpp', 'dukcapil', 'kominfo', 'kominfosan',
]);

/** Beginnings of agency short names (Dis-, Din-, Bapp-, Kemen-…): a capitalised word starting so is not broken. */
export const AGENCY_PREFIXES: readonly RegExp[] = [
  /^dis[^aeiou]/, // Disdik, Disdukcapil, Disperindag, Diskominfosan
  /^din[^aeiou]/, // Dinkes, Dinsos
  /^bap(p|e[dn])/, // Bappeda, Bapperida, Bapenda
  /^kemen[^aeiou]/, // Kemenkes, Kemendagri (Kemenag is in the list)
  /^(ditjen|dirjen|kanwil|pemkab|pemprov|pemkot|pemdes|setda|satpol|forkopim|musren|kesbang|puskes|posyan|bumdes)/,
];

/** Ordinary words that begin like an agency short name (Distribusi, Kementerian, Diskusi). */
export const AGENCY_LOOKALIKES: readonly string[] = [
  'diskusi', 'distribusi', 'distrik', 'diskon', 'diskualifik', 'dispensasi', 'disposisi', 'diskrimin', 'disparitas',
  'disfungsi', 'disharmoni', 'distorsi', 'diskotek', 'dispenser', 'distilasi', 'disrupsi', 'dislokasi',
  'kementerian', 'dinding', 'dingin',
];
