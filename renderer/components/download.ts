// Saves bytes the API returned (base64) as a file: a download in the browser, the save dialog in
// Electron (main.ts asks where on `will-download`).
export function downloadBase64(
  fileName: string,
  dataBase64: string,
  mime = 'application/octet-stream',
): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
