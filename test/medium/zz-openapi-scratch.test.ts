import { it, expect } from 'vitest';
import { createTestApp } from '../support/test-app.js';
it('openapi', async () => {
  const t = await createTestApp();
  const res = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json();
  const paths = Object.keys(doc.paths).filter((p: string) => /task|matrix|facts|reject|suggest/.test(p));
  console.log(paths, JSON.stringify(doc.paths['/api/v1/remedy-matrix'].put.requestBody).slice(0, 600));
  await t.close();
});
