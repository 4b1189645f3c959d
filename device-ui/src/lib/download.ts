/** Saves a Blob or text as a file through a temporary link (works in every current browser). */
export function download(name: string, data: Blob | string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(
    typeof data === 'string' ? new Blob([data], { type: 'application/json' }) : data,
  );
  a.download = name;
  a.click();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
