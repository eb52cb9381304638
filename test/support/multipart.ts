/** multipart/form-data bodies for upload tests, with optional plain fields before the files. */
export const testBoundary = '----closeloopTestBoundary';

/** The smallest body that sniffs as a PNG. */
export const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);

export function multipart(
  files: { name: string; type: string; data: Buffer }[],
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const parts = [
    ...Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${testBoundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ),
    ...files.map((f) =>
      Buffer.concat([
        Buffer.from(
          `--${testBoundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
        ),
        f.data,
        Buffer.from('\r\n'),
      ]),
    ),
  ];
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${testBoundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${testBoundary}` },
  };
}
