/**
 * The site's one stylesheet: the print edition's faces (Source Serif 4 for text, Inter for
 * headlines and labels, from the same npm packages), one column on a phone, two on a desk. Colours
 * meet WCAG AA contrast on white (the darkest red of the masthead is #8a1c1c, 7.6 : 1).
 */
export const FONT_FILES = [
  ['@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', 'serif-400.woff2'],
  ['@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2', 'serif-400-italic.woff2'],
  ['@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2', 'serif-700.woff2'],
  ['@fontsource/inter/files/inter-latin-700-normal.woff2', 'inter-700.woff2'],
] as const;

/** The site icon: the masthead's red with "JB". */
export const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#8a1c1c"/><text x="16" y="22" font-family="Arial,sans-serif" font-size="15" font-weight="700" fill="#fff" text-anchor="middle">JB</text></svg>\n';

export const STYLESHEET = `@font-face{font-family:"Source Serif 4";font-style:normal;font-weight:400;font-display:swap;src:url(serif-400.woff2) format("woff2")}
@font-face{font-family:"Source Serif 4";font-style:italic;font-weight:400;font-display:swap;src:url(serif-400-italic.woff2) format("woff2")}
@font-face{font-family:"Source Serif 4";font-style:normal;font-weight:700;font-display:swap;src:url(serif-700.woff2) format("woff2")}
@font-face{font-family:Inter;font-style:normal;font-weight:700;font-display:swap;src:url(inter-700.woff2) format("woff2")}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1a1a1a;font:1.0625rem/1.6 "Source Serif 4",Georgia,"Times New Roman",serif;overflow-wrap:break-word}
a{color:#0b4f8a}
a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
img{max-width:100%;height:auto;display:block;background:#e8e6e1}
.lewati{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.lewati:focus{left:.5rem}
.kepala{border-bottom:3px solid #8a1c1c;padding:.75rem max(1rem,calc((100% - 70rem) / 2)) .5rem}
.nama-h1{margin:0;font-size:inherit}
.nama{font:700 1.75rem/1.1 Inter,Arial,sans-serif;color:#8a1c1c;text-decoration:none;letter-spacing:-.01em}
.nama-edisi{margin:.25rem 0 .5rem;font:.875rem/1.4 Inter,Arial,sans-serif;color:#4a4a4a}
.rubrik-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font:700 .875rem/1.8 Inter,Arial,sans-serif}
.rubrik-nav a{color:#1a1a1a;text-decoration:none;display:inline-block;padding:.25rem 0}
.rubrik-nav a:hover,.rubrik-nav a[aria-current]{color:#8a1c1c;text-decoration:underline}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1,h2,h3{font-family:Inter,Arial,sans-serif;line-height:1.2;letter-spacing:-.01em;margin:0 0 .5rem}
h1{font-size:1.75rem}
h2{font-size:1.375rem}
h3{font-size:1.125rem}
.label{font:700 .8125rem/1.4 Inter,Arial,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#8a1c1c;margin:0 0 .25rem}
.dek{font-size:1.1875rem;color:#333;margin:0 0 .75rem}
.byline,.meta{font:.875rem/1.5 Inter,Arial,sans-serif;color:#4a4a4a;margin:0 0 1rem}
figure{margin:0 0 1rem}
figcaption{font-size:.875rem;line-height:1.45;color:#4a4a4a;padding-top:.375rem}
.kredit{font-style:italic}
article{max-width:44rem}
article figure img{width:100%}
.label a{color:inherit;text-decoration:none}
.label a:hover{text-decoration:underline}
.isi{max-width:38rem}
.isi p{margin:0 0 1rem}
.isi blockquote{margin:0 0 1rem;padding-left:1rem;border-left:3px solid #8a1c1c;font-style:italic}
.isi table{border-collapse:collapse;display:block;overflow-x:auto;margin:0 0 1rem;font-size:.9375rem}
.isi th,.isi td{border:1px solid #c9c6bf;padding:.25rem .5rem;text-align:left;vertical-align:top}
.isi .rata-kanan{text-align:right}
.isi .rata-tengah{text-align:center}
.sumber{font:.875rem/1.5 Inter,Arial,sans-serif;color:#4a4a4a;border-top:1px solid #c9c6bf;padding-top:.5rem}
.utama{border-bottom:1px solid #c9c6bf;padding-bottom:1rem;margin-bottom:1.5rem}
.utama h2{font-size:1.75rem}
.utama h2 a,.kartu h3 a,.kartu h2 a{color:#1a1a1a;text-decoration:none}
.utama h2 a:hover,.kartu h3 a:hover,.kartu h2 a:hover{text-decoration:underline}
.rubrik{margin-bottom:1.5rem}
.rubrik>h2{border-top:2px solid #1a1a1a;padding-top:.5rem}
.rubrik>h2 a{color:#1a1a1a;text-decoration:none}
.rubrik>h2 a:hover{text-decoration:underline}
.kartu-daftar{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem}
.kartu p{margin:.25rem 0 0;font-size:.9375rem}
.kartu img{margin-bottom:.5rem}
.unduh{display:inline-block;font:700 .9375rem/1.4 Inter,Arial,sans-serif;background:#8a1c1c;color:#fff;padding:.5rem .875rem;border-radius:3px;text-decoration:none}
.unduh:hover{background:#6d1515}
.arsip-daftar{list-style:none;padding:0}
.arsip-daftar li{border-bottom:1px solid #c9c6bf;padding:.5rem 0}
.kaki{border-top:1px solid #c9c6bf;margin-top:2rem;padding:1rem;font:.875rem/1.6 Inter,Arial,sans-serif;color:#4a4a4a;max-width:72rem;margin-left:auto;margin-right:auto}
.kaki ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
@media (min-width:48rem){
.kartu-daftar{grid-template-columns:repeat(2,minmax(0,1fr))}
.utama{display:grid;grid-template-columns:3fr 2fr;gap:1.5rem;align-items:start}
h1{font-size:2.25rem}
.utama h2{font-size:2rem}
}
@media (min-width:64rem){.kartu-daftar{grid-template-columns:repeat(3,minmax(0,1fr))}}
`;
