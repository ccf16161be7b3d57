import 'server-only';
// The registry's printed documents (certificates, the council's minutes): pdfkit with the
// full Noto Serif faces (Latin and Vietnamese in one file; the web subsets split them), read
// from node_modules at run time like the OG image fonts (lib/newsroom/og-fonts.ts).
import path from 'node:path';
import PDFDocument from 'pdfkit';

const fontDir = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-serif');
const FONTS = {
  regular: path.join(fontDir, '400Regular/NotoSerif_400Regular.ttf'),
  italic: path.join(fontDir, '400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
  bold: path.join(fontDir, '700Bold/NotoSerif_700Bold.ttf'),
};

/** A document with the faces registered as 'regular', 'italic' and 'bold', and its bytes once ended. */
export function newPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('italic', FONTS.italic);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
