import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildCatalogueFiles } from './lib/catalogue/generate';
import type { BureauConsumer } from './lib/catalogue/nats-authorization';

const root = path.resolve(__dirname, '../../..');
const bureaus = (JSON.parse(fs.readFileSync(path.join(root, 'deploy/nats/bureaus.json'), 'utf8')) as { consumers?: BureauConsumer[] }).consumers ?? [];

describe('generated catalogue', () => {
  it.each(Object.entries(buildCatalogueFiles(bureaus)))('should match the checked-in %s (run `npm run events:generate`)', (file, content) => {
    const onDisk = fs.readFileSync(path.join(root, file), 'utf8');
    expect(onDisk).toBe(content);
  });

  it('should describe every event with its JSON Schema in the AsyncAPI document', () => {
    const asyncapi = JSON.parse(buildCatalogueFiles()['docs/asyncapi.json']!) as {
      asyncapi: string;
      channels: Record<string, { address: string }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(asyncapi.asyncapi).toBe('3.0.0');
    expect(Object.values(asyncapi.channels).map((c) => c.address)).toContain('registry.enterprise.registered');
    expect(asyncapi.components.schemas).toHaveProperty('EnterpriseRegisteredEvent');
    expect(asyncapi.components.schemas).toHaveProperty('AnnualFacts');
  });

  it('should publish the enterprise profile schema with its annual facts', () => {
    const schema = JSON.parse(buildCatalogueFiles()['docs/enterprise-profile.schema.json']!) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs['AnnualDataRecord']!.properties ?? {})).toEqual(
      expect.arrayContaining(['year', 'employees', 'operatingRevenue', 'rdExpense', 'ip', 'rdInstitutionLevel', 'marketShareBp']),
    );
    expect(JSON.stringify(schema)).not.toContain('#/components/schemas/');
  });
});
