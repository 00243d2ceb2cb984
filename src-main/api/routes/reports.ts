import type { reportMethods } from '../contract/reports.js';
import type { AreaRoutes } from '../route.js';

export const reportsRoutes: AreaRoutes<typeof reportMethods> = {
  'reports.printer': { access: 'owner', handle: (s) => s.reports.printer() },
  'reports.html': { access: 'owner', handle: (s, input) => s.reports.document(input) },
  'reports.pdf': {
    access: 'owner',
    handle: async (s, input) => {
      const { pdf, baseName } = await s.reports.pdf(input);
      return { fileName: `${baseName}.pdf`, base64: Buffer.from(pdf).toString('base64') };
    },
  },
};
