// Browser mode has no desktop window to print a PDF: the printable report goes into a hidden frame
// and Chromium's own print dialog (Save as PDF) takes it from there.
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    // Long enough for the dialog to have taken its copy of the page.
    setTimeout(() => frame.remove(), 60_000);
  });
  document.body.append(frame);
}
