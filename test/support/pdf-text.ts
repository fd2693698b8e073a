/** The text of every page of a PDF, as a reader (pdf.js) would extract it. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given: a copy leaves the caller's bytes intact.
  const document = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false })
    .promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: parts.join('\n').replace(/\s+/g, ' ') };
}
