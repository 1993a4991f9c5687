import QRCode from 'qrcode';
import { createPdfDocument, pdfToBuffer } from './fonts.js';
import { placeDateLine } from './vn-format.js';

/** Who issues the form: printed in the agency block at the top left. */
export type IssuingAgency = {
  /** e.g. "UBND TỈNH LÂM ĐỒNG"; empty to leave the line out. */
  governingBody: string;
  /** e.g. "Sở Y tế tỉnh Lâm Đồng" */
  name: string;
  /** The unit that issues it, e.g. "Bộ phận Một cửa"; null to leave the line out. */
  unit: string | null;
  /** Place of the date line, e.g. "Lâm Đồng". */
  place: string;
};

/** What every statutory form has above its body (DOMAIN.md §6). */
export type FormHeading = {
  agency: IssuingAgency;
  /** e.g. "01": printed "Mẫu số 01"; empty for no such line. */
  formNumber: string;
  title: string;
  /** Printed under the title in italics, e.g. "(Về việc …)"; optional. */
  subtitle?: string;
  /** The document's number line ("Số: …") under the agency block; optional. */
  number?: string;
  /** The instant of the date line. Also the PDF's creation date, so the bytes depend on the data only. */
  issuedAt: Date;
};

export type TableColumn = { header: string; width: number; align?: 'left' | 'center' | 'right' };
export type Signer = { role: string; note?: string; name?: string | null };

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_LINE = 'Độc lập - Tự do - Hạnh phúc';
const SIZE = 11;
const SMALL = 9.5;

/**
 * A statutory form on A4: the national motto header, the agency block, the form number, title,
 * place and date line, labelled fields, tables, signature places and page numbers. A form is one
 * small function over this writer (see modules/documents/forms/).
 */
export class FormWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(
    private readonly heading: FormHeading,
    options: { landscape?: boolean } = {},
  ) {
    this.doc = createPdfDocument({
      layout: options.landscape ? 'landscape' : 'portrait',
      bufferPages: true,
      margins: { top: 42, bottom: 56, left: 56, right: 48 },
      info: {
        Title: heading.title,
        Author: heading.agency.name,
        Creator: 'MotCua',
        CreationDate: heading.issuedAt,
      },
    });
    this.doc.fontSize(SIZE);
    this.writeHeading();
  }

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private writeHeading(): void {
    const { doc } = this;
    const h = this.heading;
    const top = doc.page.margins.top;
    // A paper that is not one of the numbered forms (e.g. the hand-over record) has no "Mẫu số" line.
    if (h.formNumber)
      doc.font('italic').fontSize(SMALL).text(`Mẫu số ${h.formNumber}`, this.left, top, {
        width: this.width,
        align: 'right',
      });
    const y = top + 16;
    const leftWidth = this.width * 0.42;
    const rightX = this.left + leftWidth;
    const rightWidth = this.width - leftWidth;
    // Agency block, centred in the left column.
    doc.y = y;
    if (h.agency.governingBody) {
      doc
        .font('regular')
        .fontSize(10)
        .text(h.agency.governingBody, this.left, doc.y, { width: leftWidth, align: 'center' });
    }
    doc.font('bold').fontSize(10).text(h.agency.name, this.left, doc.y, { width: leftWidth, align: 'center' });
    if (h.agency.unit)
      doc.font('bold').fontSize(9).text(h.agency.unit, this.left, doc.y, { width: leftWidth, align: 'center' });
    this.rule(this.left + leftWidth * 0.3, leftWidth * 0.4, doc.y + 2);
    doc.y += 6;
    if (h.number)
      doc.font('regular').fontSize(10).text(`Số: ${h.number}`, this.left, doc.y, { width: leftWidth, align: 'center' });
    const leftEnd = doc.y;
    // National motto, centred in the right column.
    doc.font('bold').fontSize(10).text(MOTTO, rightX, y, { width: rightWidth, align: 'center' });
    doc.font('bold').fontSize(10.5).text(MOTTO_LINE, rightX, doc.y, { width: rightWidth, align: 'center' });
    const lineWidth = doc.widthOfString(MOTTO_LINE);
    this.rule(rightX + (rightWidth - lineWidth) / 2, lineWidth, doc.y + 2);
    doc.y += 8;
    doc
      .font('italic')
      .fontSize(10)
      .text(placeDateLine(h.agency.place, h.issuedAt), rightX, doc.y, { width: rightWidth, align: 'center' });
    doc.y = Math.max(doc.y, leftEnd) + 16;
    doc.font('bold').fontSize(13).text(h.title, this.left, doc.y, { width: this.width, align: 'center' });
    if (h.subtitle) doc.font('italic').fontSize(SIZE).text(h.subtitle, { width: this.width, align: 'center' });
    doc.moveDown(0.8);
    doc.font('regular').fontSize(SIZE);
  }

  private rule(x: number, width: number, y: number): void {
    this.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .stroke();
  }

  /** Starts a new page when fewer than `height` points are left. */
  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A plain paragraph. */
  paragraph(
    text: string,
    options: { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'justify' } = {},
  ): this {
    const font = options.bold ? 'bold' : options.italic ? 'italic' : 'regular';
    this.doc
      .font(font)
      .fontSize(options.size ?? SIZE)
      .text(text, this.left, this.doc.y, { width: this.width, align: options.align ?? 'left' });
    this.doc.moveDown(0.25);
    return this;
  }

  /** A section heading inside the body. */
  section(text: string): this {
    this.ensureSpace(40);
    this.doc.moveDown(0.3);
    return this.paragraph(text, { bold: true });
  }

  /** "Label: value" with the label in bold; the value wraps under itself. */
  field(label: string, value: string | number | null | undefined): this {
    const text = value === null || value === undefined || value === '' ? '……………………' : String(value);
    this.ensureSpace(16);
    this.doc
      .font('bold')
      .fontSize(SIZE)
      .text(`${label}: `, this.left, this.doc.y, { continued: true, width: this.width })
      .font('regular')
      .text(text);
    this.doc.moveDown(0.2);
    return this;
  }

  /** Several fields on one line each; null values print as dotted blanks to fill by hand. */
  fields(rows: [string, string | number | null | undefined][]): this {
    for (const [label, value] of rows) this.field(label, value);
    return this;
  }

  /**
   * A bordered table. Widths are relative (they are scaled to the page width); rows that do not
   * fit move to the next page with the header repeated.
   */
  table(columns: TableColumn[], rows: (string | number)[][], options: { size?: number } = {}): this {
    const { doc } = this;
    const size = options.size ?? 10;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 3;
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font).fontSize(size);
      return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: string[], font: string, height: number) => {
      let x = this.left;
      const y = doc.y;
      doc.font(font).fontSize(size);
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        doc.rect(x, y, w, height).lineWidth(0.5).stroke();
        doc.text(cell, x + pad, y + pad, {
          width: w - 2 * pad,
          align: font === 'bold' ? 'center' : (columns[i]?.align ?? 'left'),
        });
        x += w;
      });
      doc.x = this.left;
      doc.y = y + height;
    };
    const header = columns.map((c) => c.header);
    const headerHeight = rowHeight(header, 'bold');
    this.ensureSpace(headerHeight + 20);
    drawRow(header, 'bold', headerHeight);
    for (const row of rows) {
      const cells = row.map(String);
      const h = rowHeight(cells, 'regular');
      if (doc.y + h > this.bottom) {
        doc.addPage();
        drawRow(header, 'bold', headerHeight);
      }
      drawRow(cells, 'regular', h);
    }
    doc.font('regular').fontSize(SIZE);
    doc.moveDown(0.6);
    return this;
  }

  /**
   * Signature places side by side: the role in bold capitals, "(Ký, ghi rõ họ tên)", room to sign,
   * then the signer's name when known.
   */
  signatures(signers: Signer[]): this {
    const { doc } = this;
    this.ensureSpace(110);
    doc.moveDown(0.8);
    const y = doc.y;
    const w = this.width / signers.length;
    let end = y;
    signers.forEach((s, i) => {
      const x = this.left + i * w;
      doc.font('bold').fontSize(SIZE).text(s.role, x, y, { width: w, align: 'center' });
      doc
        .font('italic')
        .fontSize(SMALL)
        .text(s.note ?? '(Ký, ghi rõ họ tên)', x, doc.y, { width: w, align: 'center' });
      doc.y += 52;
      if (s.name) doc.font('bold').fontSize(SIZE).text(s.name, x, doc.y, { width: w, align: 'center' });
      end = Math.max(end, doc.y);
    });
    doc.x = this.left;
    doc.y = end + 10;
    doc.font('regular').fontSize(SIZE);
    return this;
  }

  /**
   * A QR code at the right edge of the current line, with a caption under it. Drawn as vector
   * squares (one filled path) rather than an embedded PNG: sharp at any print resolution, and
   * about 8 ms cheaper per document than encoding a PNG.
   */
  qrCodeRight(content: string, size: number, caption: string): this {
    const { doc } = this;
    this.ensureSpace(size + 24);
    const x = this.left + this.width - size;
    const y = doc.y;
    const qr = QRCode.create(content, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 2; // modules of white margin on each side
    const cell = size / (n + 2 * quiet);
    // In module units (one module = 1 × 1 after the transform), one rectangle per run of dark
    // modules in a row: small integers in half the path operators, a content stream a third as long.
    doc.save();
    doc.translate(x + quiet * cell, y + quiet * cell).scale(cell);
    for (let row = 0; row < n; row++)
      for (let col = 0; col < n; col++) {
        if (!qr.modules.get(row, col)) continue;
        const start = col;
        while (col + 1 < n && qr.modules.get(row, col + 1)) col++;
        doc.rect(start, row, col - start + 1, 1);
      }
    doc.fillColor('black').fill();
    doc.restore();
    doc
      .font('italic')
      .fontSize(8)
      .text(caption, x - 20, y + size + 2, { width: size + 20, align: 'center' });
    doc.font('regular').fontSize(SIZE);
    doc.x = this.left;
    doc.y = y;
    return this;
  }

  /** A field that leaves `besideWidth` points free at the right (next to a QR code). */
  fieldBeside(label: string, value: string, besideWidth: number): this {
    this.doc
      .font('bold')
      .fontSize(SIZE)
      .text(`${label}: `, this.left, this.doc.y, { continued: true, width: this.width - besideWidth })
      .font('regular')
      .text(value);
    this.doc.moveDown(0.2);
    return this;
  }

  /** Moves the cursor below a point (e.g. below an image placed beside text). */
  below(y: number): this {
    this.doc.y = Math.max(this.doc.y, y);
    return this;
  }

  /** Numbers every page "Trang i/n" at the foot, then returns the PDF's bytes. */
  async finish(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      doc.page.margins.bottom = 0;
      doc
        .font('regular')
        .fontSize(8)
        .text(`Trang ${i + 1}/${range.count}`, this.left, doc.page.height - bottom + 20, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
    return pdfToBuffer(doc);
  }
}
