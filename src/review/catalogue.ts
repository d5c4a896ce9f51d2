/**
 * The one list of rule ids: every diagnostic the pipeline emits names one of these. Each entry
 * says at which stage it is found, its default severity, what it finds and what to do (`saran`),
 * in Indonesian, for `jurnal jelaskan` and the README's rule table (scripts/rule-table.mjs).
 * Emitters write `RULE.fotoResolusi` (typed as the literal 'foto-resolusi'), so an unknown id is a
 * compile error; `RuleId` is the union of all ids. The id strings are stable: editions, tests and
 * the hostile corpus refer to them.
 */
import type { Severity } from '../diagnostics/diagnostic.js';

export type Stage = 'naskah' | 'edisi' | 'foto' | 'tata-letak' | 'tinjauan' | 'cetak' | 'web' | 'distribusi' | 'kiriman' | 'perintah';

/** Stages in pipeline order, with the heading `jurnal jelaskan` and the README print for them. */
export const STAGES: readonly { id: Stage; title: string }[] = [
  { id: 'naskah', title: 'Naskah (berkas .md, front-matter, YAML)' },
  { id: 'edisi', title: 'Edisi (edition.yaml dan rencana halaman)' },
  { id: 'foto', title: 'Foto' },
  { id: 'tata-letak', title: 'Tata letak (templat, fon, isi yang bisa dicetak)' },
  { id: 'tinjauan', title: 'Tinjauan redaksi (jurnal review)' },
  { id: 'cetak', title: 'Cetak (pemeriksaan PDF)' },
  { id: 'web', title: 'Edisi web dan media sosial (jurnal web, jurnal sosial)' },
  { id: 'distribusi', title: 'Distribusi' },
  { id: 'kiriman', title: 'Kiriman desa dan KIM (jurnal kiriman)' },
  { id: 'perintah', title: 'Perintah dan proses' },
];

export interface RuleEntry {
  stage: Stage;
  /** Default severity; `milder` marks a rule whose milder case is a warning (e.g. 180 ppi rather than 120). */
  severity: Severity;
  milder?: true;
  /** What it finds, one line. */
  finds: string;
  /** What to do about it. */
  saran: string;
}

const e = (stage: Stage, finds: string, saran: string): RuleEntry => ({ stage, severity: 'error', finds, saran });
const w = (stage: Stage, finds: string, saran: string): RuleEntry => ({ stage, severity: 'warning', finds, saran });
const ew = (stage: Stage, finds: string, saran: string): RuleEntry => ({ stage, severity: 'error', milder: true, finds, saran });

export const CATALOGUE = {
  // Naskah: the article file, its front-matter and YAML.
  'berkas-bukan-naskah': e('naskah', 'isi folder edisi yang bukan berkas biasa (folder atau symlink bernama .md)', 'simpan naskah sebagai berkas .md biasa di folder edisi'),
  'berkas-kosong': e('naskah', 'berkas naskah yang kosong sama sekali', 'isi dengan front-matter dan naskah, atau hapus berkasnya (jurnal new membuat kerangka)'),
  'berkas-terlalu-besar': e('naskah', 'berkas naskah yang jauh lebih besar dari naskah berita mana pun', 'periksa apakah berkasnya benar; satu naskah cukup beberapa puluh KB'),
  'internal': e('naskah', 'kesalahan tak terduga saat membaca berkas naskah', 'laporkan ke pengembang beserta berkasnya'),
  'slug-ganda': e('naskah', 'dua berkas naskah dengan slug (nama berkas) yang sama', 'ganti nama salah satu berkas'),
  'slug-tidak-sah': e('naskah', 'nama berkas yang tidak bisa dipakai sebagai slug', 'pakai huruf kecil, angka dan tanda hubung saja, mis. jembatan-binjai.md'),
  'bukan-utf8': e('naskah', 'berkas naskah yang bukan teks UTF-8', 'simpan ulang berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)'),
  'karakter-kontrol': e('naskah', 'karakter tak terlihat (karakter kontrol) di dalam teks, sering terbawa dari aplikasi chat', 'hapus karakter itu'),
  'frontmatter-tidak-ada': e('naskah', 'naskah tanpa front-matter, atau front-matter kosong', 'awali berkas dengan "---", lalu title:, section:, kind:, author:, date:, dan tutup dengan "---"'),
  'frontmatter-tidak-ditutup': e('naskah', 'front-matter yang tidak ditutup dengan baris "---"', 'tambahkan baris "---" setelah kunci terakhir front-matter'),
  'frontmatter-bahasa': e('naskah', 'front-matter dalam bahasa selain YAML (---js dan sebagainya); tidak pernah dijalankan', 'baris pertama harus tepat "---"'),
  'frontmatter-tipe': e('naskah', 'front-matter yang bukan pasangan kunci: nilai', 'tulis kunci: nilai, mis. title: Judul Berita'),
  'markdown': e('naskah', 'isi naskah (Markdown) yang tidak dapat dibaca', 'periksa baris yang ditunjuk; bila tampak benar, laporkan ke pengembang'),
  'naskah-kosong': w('naskah', 'naskah tanpa isi berita di bawah front-matter', 'tulis isi berita di bawah baris "---" penutup'),
  'yaml-sintaks': e('naskah', 'YAML yang tidak dapat dibaca (salah ketik, indentasi, tanda kutip)', 'perbaiki baris yang ditunjuk; teks yang memuat titik dua sebaiknya diberi tanda kutip'),
  'yaml-kunci-ganda': e('naskah', 'kunci yang ditulis dua kali dalam satu berkas YAML, juga dengan nama lama dan nama barunya tetapi isi berbeda', 'hapus salah satunya (dari nama lama dan baru, pakai yang baru)'),
  'yaml-kunci': e('naskah', 'kunci YAML yang bukan teks sederhana', 'tulis kunci sebagai kata biasa'),
  'yaml-kunci-terlarang': e('naskah', 'kunci berbahaya seperti __proto__ atau constructor', 'hapus kunci ini'),
  'yaml-alias': e('naskah', 'alias YAML (&nama / *nama)', 'tulis nilainya langsung'),
  'yaml-tag': e('naskah', 'tag YAML eksplisit (!!str, !foo dan sebagainya)', 'hapus tag dan tulis nilainya sebagai teks biasa'),
  'yaml-terlalu-dalam': e('naskah', 'struktur YAML yang bersarang terlalu dalam', 'sederhanakan strukturnya'),
  'yaml-nilai-berubah': e('naskah', 'nilai yang akan berubah diam-diam bila dibaca apa adanya (mis. nomor telepon kehilangan nol di depan)', 'beri tanda kutip pada nilainya'),
  'field-wajib': e('naskah', 'kunci wajib yang belum diisi atau masih kosong (juga di edition.yaml dan berkas YAML lain)', 'tambahkan kunci itu dengan nilainya'),
  'field-tipe': e('naskah', 'nilai dengan jenis yang salah (mis. teks di tempat angka)', 'tulis nilai dengan jenis yang diminta pesan'),
  'field-tidak-dikenal': e('naskah', 'kunci yang tidak dikenal, biasanya salah ketik', 'perbaiki ejaan kuncinya (lihat "maksud Anda") atau hapus'),
  'field-pilihan': e('naskah', 'nilai di luar pilihan yang boleh (mis. kind: beritaa)', 'pilih salah satu nilai yang disebut pesan'),
  'field-batas': e('naskah', 'nilai yang terlalu panjang, terlalu pendek, terlalu kecil atau terlalu besar', 'sesuaikan nilai dengan batas yang disebut pesan'),
  'field-format': e('naskah', 'nilai dengan format yang salah (mis. tanggal bukan TTTT-BB-HH)', 'tulis nilai dengan format yang disebut pesan'),
  'rubrik-tidak-dikenal': e('naskah', 'naskah dengan rubrik (section) yang tidak terdaftar di edition.yaml', 'pilih rubrik yang terdaftar di edition.yaml'),
  'wilayah-kecamatan': e('naskah', 'kecamatan yang tidak ada di Kabupaten Balangan', 'perbaiki ejaan nama kecamatan (lihat "maksud Anda")'),
  'wilayah-desa': e('naskah', 'desa/kelurahan yang tidak ada di kecamatan yang disebut', 'perbaiki ejaan nama desa atau kecamatannya'),
  'path-luar-edisi': e('naskah', 'path foto yang absolut, memuat "..", karakter kontrol, atau menunjuk ke luar folder edisi', 'simpan foto di folder edisi dan tulis path relatif, mis. foto/jembatan.jpg'),
  'path-url': e('naskah', 'alamat web di tempat berkas foto', 'unduh fotonya ke folder edisi dan tulis path berkasnya'),
  // Edisi: edition.yaml and the plan of pages.
  'edisi-tidak-ada': e('edisi', 'folder edisi tanpa edition.yaml', 'buat edition.yaml (lihat contoh di content/2026-05/edition.yaml)'),
  'aturan-tidak-dikenal': e('edisi', 'pengaturan rules: di edition.yaml untuk aturan yang bukan aturan tinjauan', 'perbaiki id-nya (lihat "maksud Anda"); daftar aturan: jurnal jelaskan'),
  'kunci-usang': w('edisi', 'kunci lama yang masih diterima tetapi tidak dipakai lagi (mis. print.marks: tanda potong mengikuti profile)', 'hapus kunci itu; hasil cetak tidak berubah'),
  'halaman-kelipatan-4': e('edisi', 'jumlah halaman (pages) yang bukan kelipatan 4, syarat jilid kawat', 'pilih 4, 8, 12, … 64 halaman'),
  'rubrik-ganda': e('edisi', 'rubrik yang ditulis dua kali di edition.yaml', 'hapus salah satunya'),
  'rubrik-halaman': e('edisi', 'rentang halaman rubrik yang terbalik, di luar edisi, atau di sampul/halaman belakang', 'pilih halaman antara 2 dan halaman kedua terakhir'),
  'pin-halaman': e('edisi', 'pin ke halaman yang tidak ada di edisi', 'pilih halaman yang ada di edisi'),
  'pin-bentrok': e('edisi', 'dua pin ke posisi yang sama di halaman yang sama', 'pilih posisi atau halaman lain'),
  'pin-slug': e('edisi', 'pin untuk naskah yang tidak ada di edisi', 'tulis nama berkas naskah tanpa .md'),
  'rencana-ganda': e('edisi', 'naskah yang direncanakan dua kali di rencana halaman edisi', 'hapus salah satu baris rencana'),
  'rencana-rubrik': e('edisi', 'baris rencana dengan rubrik yang tidak ada di edisi', 'pilih rubrik yang terdaftar di edition.yaml'),
  'tidak-termuat': ew('edisi', 'naskah yang tidak mendapat tempat dalam rencana halaman (kabar singkat: peringatan)', 'potong naskah, turunkan prioritasnya, atau tambah halaman'),
  'edisi-penuh': e('edisi', 'edisi yang tidak memuat semua naskahnya', 'tambah halaman (kelipatan 4) atau kurangi naskah'),
  // Foto.
  'foto-tidak-ada': e('foto', 'foto yang disebut di front-matter tetapi berkasnya tidak ada', 'periksa ejaan nama berkas (huruf besar/kecil berpengaruh)'),
  'foto-format': e('foto', 'berkas foto yang bukan JPEG, PNG atau WebP (diperiksa dari isinya, bukan ekstensinya)', 'simpan ulang fotonya sebagai JPEG'),
  'foto-rusak': e('foto', 'berkas foto yang tidak dapat dibaca', 'buka dan simpan ulang fotonya, atau minta berkas aslinya'),
  'foto-terlalu-besar': e('foto', 'foto yang melebihi batas ukuran berkas atau megapiksel', 'perkecil foto (mis. lebar 4000 px, JPEG kualitas 90)'),
  'foto-metadata-besar': e('foto', 'foto dengan metadata (EXIF, profil warna) yang luar biasa besar', 'simpan ulang fotonya tanpa metadata'),
  'foto-rasio-ekstrem': w('foto', 'foto yang sangat panjang atau sangat tinggi, yang akan tercetak sebagai garis tipis', 'potong fotonya ke perbandingan yang wajar'),
  'foto-animasi': w('foto', 'gambar bergerak; hanya bingkai pertama yang dicetak', 'pilih satu foto diam'),
  // Tata letak.
  'templat-tidak-ada': e('tata-letak', 'format edisi tanpa berkas templat, atau nama templat yang tidak sah', 'pakai format a4 atau tabloid, atau pastikan berkas di templates/ ada'),
  'glif-tidak-ada': e('tata-letak', 'huruf yang tidak ada di fon dan akan tercetak kosong', 'ganti dengan huruf biasa atau hapus'),
  'kata-sangat-panjang': w('tata-letak', 'alamat atau kata tanpa spasi yang akan dipenggal paksa di ujung baris', 'persingkat alamatnya atau pindahkan ke baris sendiri'),
  'html-mentah': e('tata-letak', 'HTML di dalam naskah, yang akan tercetak apa adanya sebagai teks', 'hapus tag HTML dan pakai Markdown'),
  'tautan-tidak-aman': e('tata-letak', 'tautan selain http, https atau mailto', 'hapus tautannya atau tulis alamat web biasa'),
  'foto-dalam-teks': e('tata-letak', 'foto ![…](…) di dalam teks naskah, yang tidak dicetak', 'daftarkan foto di front-matter (images:) dengan keterangan dan kreditnya'),
  'tabel-terlalu-panjang': e('tata-letak', 'tabel dengan terlalu banyak baris untuk dicetak', 'pecah tabelnya, atau muat ringkasannya saja'),
  'tabel-terlalu-lebar': e('tata-letak', 'tabel dengan terlalu banyak kolom untuk satu kolom koran', 'kurangi kolomnya atau pecah tabelnya'),
  'naskah-meluap': e('tata-letak', 'naskah yang tidak muat di tempat yang direncanakan', 'potong beberapa baris atau ubah prioritasnya'),
  // Tinjauan: editorial review rules (src/review/rules.ts) and approvals.
  'sumber-wajib': e('tinjauan', 'berita atau feature tanpa narasumber', 'tambahkan sources: - { name: …, role: narasumber }'),
  'verifikasi': e('tinjauan', 'naskah tanpa verifikasi, masih pending (menahan cetak) atau disputed (tidak boleh terbit)', 'periksa fakta, lalu tulis verification: { status: verified, by: …, date: … }'),
  'verifikasi-tanggal': e('tinjauan', 'verifikasi bertanggal sebelum peristiwa atau sesudah tanggal terbit', 'periksa tanggal naskah dan tanggal verifikasi'),
  'foto-resolusi': ew('tinjauan', 'foto yang kurang tajam pada ukuran cetaknya (di bawah batas ppi profil cetak)', 'minta berkas foto asli yang lebih besar, atau kecilkan fotonya di halaman'),
  'foto-keterangan': w('tinjauan', 'foto tanpa keterangan atau sumber foto; keterangan yang mengulang judul', 'tulis caption (siapa, apa, di mana, kapan) dan credit'),
  'tata-letak': ew('tinjauan', 'naskah tidak termuat, sambungan ke halaman yang salah, celah kosong di kolom (lebih dari 3 baris peringatan, lebih dari 8 error)', 'potong naskah, ubah rencana halaman, atau isi celahnya'),
  'judul-muat': w('tinjauan', 'judul yang terlalu banyak baris di modulnya (lebih dari 4, atau 5 di modul satu kolom)', 'pendekkan judul atau naikkan prioritas naskah'),
  'judul-ganda': ew('tinjauan', 'dua naskah dengan judul yang sama; isi yang nyaris sama (peringatan)', 'periksa apakah naskah dimuat dua kali'),
  'tanggal-edisi': w('tinjauan', 'naskah bertanggal di luar rentang (window) edisi', 'periksa tanggal naskah atau rentang edisi'),
  'ejaan-glosarium': w('tinjauan', 'nama yang ditulis tidak sesuai glosarium redaksi (content/glosarium.yaml)', 'tulis sesuai glosarium'),
  'teks-mekanis': w('tinjauan', 'kata ganda, spasi ganda, tanda kutip atau kurung tidak berpasangan, paragraf huruf besar semua', 'perbaiki teks yang ditunjuk'),
  'naskah-singkat': e('tinjauan', 'kabar singkat (kind: singkat) di luar 30–120 kata, atau memakai foto', 'potong atau tambah naskah, atau ganti kind menjadi berita'),
  'persetujuan-yatim': w('tinjauan', 'persetujuan untuk naskah yang tidak ada lagi', 'hapus persetujuan itu dengan jurnal approve'),
  'persetujuan-beda-versi': w('tinjauan', 'naskah yang disetujui dalam beberapa versi berbeda', 'tidak apa-apa; yang berlaku versi terakhir'),
  'persetujuan-kiriman': e('tinjauan', 'kiriman desa/KIM (kontributor:) yang hendak disetujui padahal verifikasinya belum verified', 'periksa faktanya dan hubungi pengirim lewat teleponnya, tulis verification: { status: verified, by: …, date: … }, lalu setujui'),
  // Cetak.
  'preflight': e('cetak', 'PDF cetak yang tidak akan lolos preflight percetakan', 'laporkan ke pengembang'),
  'fon-tidak-tertanam': e('cetak', 'fon yang tidak tertanam di PDF cetak', 'laporkan ke pengembang'),
  'inventaris-teks': e('cetak', 'potongan naskah yang tidak ditemukan di PDF (teks hilang saat tata letak)', 'laporkan ke pengembang'),
  // Distribusi.
  'alokasi-tidak-ada': e('distribusi', 'berkas alokasi distribusi belum ada', 'jalankan "jurnal distribute init"'),
  'penerima-tidak-ada': e('distribusi', 'daftar penerima (distribution/penerima.csv) belum ada', 'jalankan "jurnal distribute init"'),
  'penerima-kosong': e('distribusi', 'daftar penerima yang kosong', 'isi distribution/penerima.csv, atau jalankan "jurnal distribute init"'),
  'penerima-id-ganda': e('distribusi', 'dua penerima dengan id yang sama', 'beri setiap penerima id sendiri'),
  'penerima-kecamatan': e('distribusi', 'penerima di kecamatan yang tidak ada di Kabupaten Balangan', 'perbaiki ejaan nama kecamatan (lihat "maksud Anda")'),
  'penerima-formula': w('distribusi', 'isi sel yang terbaca sebagai rumus spreadsheet', 'hapus tanda =, +, - atau @ di awal isi sel'),
  'penerima-sel-terlalu-panjang': e('distribusi', 'isi sel daftar penerima yang terlalu panjang; barisnya dilewati', 'persingkat isi selnya'),
  'csv-sintaks': e('distribusi', 'berkas CSV yang tidak dapat dibaca (tanda kutip tidak berpasangan)', 'periksa tanda kutip ganda ("") di baris yang ditunjuk'),
  'csv-kosong': e('distribusi', 'berkas CSV yang kosong', 'tulis baris judul kolom yang disebut pesan'),
  'csv-kepala': e('distribusi', 'baris judul kolom CSV yang salah atau kurang', 'tulis baris judul kolom persis seperti yang disebut pesan'),
  'csv-kolom': e('distribusi', 'baris CSV dengan jumlah kolom yang salah', 'periksa koma yang berlebih atau kurang; teks yang memuat koma diberi tanda kutip'),
  'distribusi-edisi': e('distribusi', 'edisi yang disebut di baris perintah tidak dikenal', 'tulis id edisi (nama foldernya di content/), mis. 2026-05'),
  'distribusi-belum-ada': e('distribusi', 'edisi yang belum didistribusikan', 'jalankan dulu: jurnal distribute <edisi>'),
  'distribusi-alokasi-rusak': e('distribusi', 'alokasi edisi yang tidak dapat dibaca', 'buat ulang: jurnal distribute <edisi>'),
  'status-penerima-hilang': w('distribusi', 'penerima dalam alokasi edisi yang tidak ada lagi di daftar penerima', 'periksa distribution/penerima.csv'),
  'impor-tidak-ada': e('distribusi', 'berkas impor penerimaan (--impor) yang tidak ada', 'periksa nama dan folder berkasnya'),
  'opsi-ganda': e('distribusi', 'dua opsi bernilai sama yang diisi berbeda', 'pakai salah satu opsi saja'),
  'terima-tanpa-penerima': e('distribusi', 'pencatatan penerimaan tanpa penerima yang disebut', 'sebut id penerima, atau --impor alokasi.csv yang kolom "diterima"-nya sudah diisi'),
  'terima-tanggal': e('distribusi', 'tanggal penerimaan yang tidak sah', 'tulis tanggal sebagai TTTT-BB-HH'),
  'terima-koreksi-tanpa-nama': e('distribusi', 'koreksi penerimaan tanpa nama pencatatnya', 'tambahkan --oleh "Nama Petugas"'),
  'terima-alasan-kosong': e('distribusi', 'alasan tidak diterima yang kosong', 'tulis alasannya, mis. --tidak-diterima "kantor tutup"'),
  'terima-alasan-tanpa-penerima': e('distribusi', '--tidak-diterima tanpa id penerima di baris perintah', 'sebut id penerimanya; di berkas impor alasan ditulis di kolomnya'),
  'terima-terkunci': e('distribusi', 'riwayat penerimaan yang sedang dicatat oleh proses lain', 'tunggu sampai selesai, lalu ulangi'),
  'pindaian-tidak-ada': e('distribusi', 'berkas hasil pindaian (--pindaian) yang tidak ada', 'periksa nama dan folder berkasnya'),
  'pindaian-kosong': e('distribusi', 'berkas hasil pindaian (--pindaian) yang tidak berisi kode', 'ekspor hasil pindaian sebagai teks, satu kode per baris'),
  'pindaian-bukan-kode': e('distribusi', 'baris hasil pindaian yang bukan kode tanda terima Jurnal Balangan', 'pindai ulang kodenya, atau catat dengan id penerima'),
  'pindaian-edisi-lain': e('distribusi', 'kode tanda terima untuk edisi lain', 'catat di edisi yang benar, atau hapus baris ini'),
  'terima-id-kosong': e('distribusi', 'baris penerimaan dengan id penerima kosong', 'isi kolom "id", atau kosongkan kolom "diterima" baris itu'),
  'terima-id-tidak-dikenal': e('distribusi', 'penerimaan untuk penerima yang tidak ada di alokasi edisi', 'periksa id di manifes atau di distribution/penerima.csv'),
  'terima-id-ganda': e('distribusi', 'penerima yang disebut dua kali dalam satu pencatatan', 'sebut setiap penerima sekali saja'),
  'terima-isian': e('distribusi', 'isian kolom "diterima" yang tidak dapat diartikan', 'tulis tanggal penerimaan, atau ikuti saran di pesan'),
  'terima-sudah-tercatat': e('distribusi', 'penerimaan yang sudah tercatat dengan isi lain', 'pakai --koreksi dengan --oleh bila memang hendak diubah'),
  'riwayat-terima': e('distribusi', 'baris riwayat penerimaan yang rusak', 'perbaiki baris yang ditunjuk di berkas riwayat'),
  'riwayat-tanggal-lama': w('distribusi', 'tanggal riwayat dari versi lama yang tidak dapat dibaca', 'tidak apa-apa; catat ulang bila tanggalnya penting'),
  'riwayat-id-di-luar-alokasi': w('distribusi', 'riwayat penerimaan untuk penerima yang tidak ada di alokasi edisi', 'periksa apakah alokasinya dibuat ulang'),
  // Web: the web edition and the social-media captions.
  'web-belum-terbit': w('web', 'naskah yang tidak diterbitkan di web dan media sosial karena belum disetujui (atau berubah sejak disetujui, atau ada temuan tingkat galat)', 'tinjau lalu setujui naskahnya (jurnal approve), lalu bangun ulang edisi web'),
  'web-alamat': e('web', 'alamat situs (kontak.situs di templates/halaman-belakang.yaml atau --alamat) yang bukan alamat web', 'tulis alamat situs seperti balangankab.go.id, atau beri --alamat https://…/'),
  'web-foto': e('web', 'foto yang tidak dapat diolah untuk web', 'simpan ulang fotonya sebagai JPEG dari kamera atau ponsel'),
  'sosial-kalimat-pembuka': w('web', 'naskah tanpa kalimat pembuka yang kuat untuk media sosial (terlalu pendek, terlalu panjang, atau bukan kalimat berita)', 'buka naskah dengan satu kalimat 60–125 huruf yang menjawab apa, siapa dan di mana'),
  'sosial-batas': w('web', 'keterangan media sosial yang harus dipotong agar muat batas platform', 'pendekkan judul atau kalimat pembuka naskahnya'),
  // Kiriman: contributions from villages and KIM (jurnal kiriman) and the KIM registry.
  'kiriman-tidak-ada': e('kiriman', 'berkas atau folder kiriman yang tidak ada, kosong, atau tanpa naskah', 'periksa path-nya; satu kiriman = berkas .txt/.md/.csv, atau folder berisi berkas itu dan fotonya'),
  'kiriman-jenis-berkas': e('kiriman', 'berkas kiriman yang bukan teks (.txt, .md), CSV, JPEG atau PNG, termasuk foto HEIC/HEIF dari iPhone', 'kirim foto sebagai JPEG (iPhone: Pengaturan → Kamera → Format → Paling Kompatibel) dan teks sebagai .txt'),
  'kiriman-terlalu-besar': e('kiriman', 'berkas kiriman di atas batas ukurannya (tidak dibaca)', 'kirim foto asli satu per satu; teks cukup beberapa puluh KB'),
  'kiriman-kunci': e('kiriman', 'baris kepala kiriman yang tidak dikenal, ditulis dua kali, atau tidak berbentuk "Kunci: nilai"', 'pakai kunci Judul, Nama, KIM, Desa, Kecamatan, Telepon, Tanggal, Rubrik, Foto (lihat "maksud Anda")'),
  'kiriman-isian-wajib': e('kiriman', 'kiriman tanpa judul, nama pengirim, desa, telepon, tanggal atau isi berita', 'lengkapi isian yang disebut; tanpa telepon redaksi tidak dapat memverifikasi'),
  'kiriman-isian-tidak-sah': e('kiriman', 'isian kiriman yang tidak sah: nomor telepon, tanggal, rubrik, kecamatan, atau teks terlalu panjang', 'tulis isian seperti yang disebut pesan'),
  'kiriman-desa': e('kiriman', 'desa/kelurahan pengirim yang tidak ada di Kabupaten Balangan, atau yang namanya ada di dua kecamatan', 'tulis nama resmi desa (lihat "maksud Anda") atau kode wilayahnya, mis. 63.11.07.2008; untuk nama kembar tambahkan Kecamatan:'),
  'kiriman-foto-tidak-ada': e('kiriman', 'foto yang disebut di kiriman tetapi tidak ikut dikirim', 'kirim fotonya bersama naskah dalam satu folder, atau hapus baris Foto: itu'),
  'kiriman-foto-kecil': e('kiriman', 'foto kiriman yang terlalu kecil untuk dicetak', 'kirim foto asli dari kamera; di WhatsApp kirim sebagai Dokumen agar tidak diperkecil'),
  'kiriman-foto-lebih': w('kiriman', 'foto di folder kiriman yang tidak disebut naskah mana pun; tidak diimpor', 'sebut fotonya dengan baris Foto: di naskah, atau abaikan'),
  'kiriman-sudah-diimpor': e('kiriman', 'kiriman yang sama (isi berkas sama) sudah diimpor ke edisi ini', 'tidak perlu diimpor lagi; sunting naskah yang sudah ada'),
  'kiriman-kim-tidak-terdaftar': w('kiriman', 'KIM pengirim yang tidak ada di daftar KIM (distribution/kim.csv)', 'periksa ejaan nama KIM (lihat "maksud Anda"), atau tambahkan KIM itu ke distribution/kim.csv'),
  'kim-desa': e('kiriman', 'baris daftar KIM dengan kode wilayah yang bukan desa/kelurahan atau kecamatan di Balangan, atau nama desa/kecamatan yang tidak cocok dengan kodenya', 'tulis kode wilayah resmi (mis. 63.11.07.2008) dan nama yang sesuai (lihat "maksud Anda")'),
  'kim-isian': e('kiriman', 'baris daftar KIM tanpa nama atau kode wilayah, dengan telepon yang tidak sah, atau kolom contoh yang bukan ya/kosong', 'lengkapi atau perbaiki sel yang ditunjuk'),
  'kim-ganda': e('kiriman', 'dua KIM dengan nama yang sama', 'beri setiap KIM nama sendiri, atau hapus baris gandanya'),
  'kim-kosong': w('kiriman', 'daftar KIM yang belum berisi KIM sungguhan (hanya baris contoh)', 'isi distribution/kim.csv dengan KIM yang terdaftar di Diskominfosan'),
  // Perintah: the command line and its processes.
  'perintah': e('perintah', 'perintah, opsi atau argumen yang salah, atau perintah yang ditolak (mis. kunci sedang dipegang)', 'jalankan "jurnal --help" untuk bantuan'),
  'batas-waktu': e('perintah', 'langkah tata letak yang melewati batas waktu', 'pecah atau potong naskah yang ditunjuk, atau naikkan --batas-waktu'),
  'batas-memori': e('perintah', 'tata letak yang melewati batas memori', 'pecah atau potong naskah yang ditunjuk, atau naikkan --batas-memori'),
  'proses-terhenti': e('perintah', 'proses tata letak yang terhenti oleh sinyal', 'ulangi perintahnya; bila terulang, laporkan ke pengembang'),
  'kesalahan-internal': e('perintah', 'kesalahan internal program', 'laporkan ke pengembang beserta perintah dan keluarannya'),
} as const satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof CATALOGUE;

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `RULE.fotoResolusi === 'foto-resolusi'`; a misspelt name does not compile. */
export const RULE = Object.freeze(Object.fromEntries(Object.keys(CATALOGUE).map((id) => [camel(id), id]))) as { readonly [K in RuleId as Camel<K>]: K };

export const RULE_IDS = Object.keys(CATALOGUE) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(CATALOGUE, id);
}

export function ruleEntry(id: RuleId): RuleEntry {
  return CATALOGUE[id];
}

/** Review rules are the ones an edition may switch off or re-level in edition.yaml `rules:`. */
export const isReviewRule = (id: RuleId): boolean => CATALOGUE[id].stage === 'tinjauan' && !id.startsWith('persetujuan-');

/** "error", or "error / warning" for a rule whose milder case is a warning. */
export const severityText = (entry: RuleEntry): string => (entry.milder ? `${entry.severity} / warning` : entry.severity);
