// pdfkit (react-pdf's writer) ships no types; the layout adapter only constructs a document and hands
// it to @react-pdf/render, which writes into it and ends it.
declare module 'pdfkit' {
  export default class PDFDocument {
    constructor(options: { compress: boolean; displayTitle: boolean; autoFirstPage: boolean; info: Record<string, unknown> });
  }
}
