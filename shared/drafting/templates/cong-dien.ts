import { upperVi } from '../model';
import type { KindTemplate } from './common';
import { paragraph } from './common';

/** Công điện (Mẫu 1.6): "<HEAD> <AGENCY> điện:" and the recipients, then the urgent instructions. */
export const congDienTemplate: KindTemplate = {
  kind: 'Công điện',
  build: ({ options, agency, headTitle }) => {
    const recipients = options.recipients ?? [];
    return {
      recipients: { lead: `${headTitle} ${upperVi(agency.name)} điện:`, items: recipients },
      body: [paragraph('')],
      distribution: recipients.length > 0 ? ['Như trên'] : [],
    };
  },
};
