import { SERVICE_LIST } from '@ladder/contracts';
import { parseAllDocuments } from 'yaml';

import { CHART_DIR, helmFiles, valuesKey } from './helm';
import { renderChart, renderTemplate } from './helm-render';

const ctx = { values: { a: { b: 'x y', on: true, off: false } }, release: { name: 'r', namespace: 'n' }, chart: { version: '1', appVersion: '2' } };

describe('helm chart', () => {
  it('should render the template subset as Helm does and refuse anything else', () => {
    expect(renderTemplate('v: {{ .Values.a.b | quote }} {{ .Release.Name }}', ctx)).toBe('v: "x y" r');
    expect(renderTemplate('a\n{{- if .Values.a.off }}\nhidden\n{{- end }}\nb', ctx)).toBe('a\nb');
    expect(renderTemplate('{{- if .Values.a.on }}\nshown\n{{- end }}\n', ctx)).toBe('\nshown\n');
    expect(() => renderTemplate('{{ toYaml .Values.a }}', ctx)).toThrow('unsupported template action');
    expect(() => renderTemplate('{{ .Values.a.missing }}', ctx)).toThrow('no value');
  });

  it('should give a new service (hyphenated name) its Deployment, migration Job and PDB', () => {
    const extra = { ...SERVICE_LIST[0], name: 'fixture-desk', title: '测试服务', envPrefix: 'FIXTURE_DESK', secrets: [] };
    const list = [...SERVICE_LIST.slice(0, -1), extra, SERVICE_LIST[SERVICE_LIST.length - 1]!];
    const files = helmFiles(list);
    expect(valuesKey('fixture-desk')).toBe('fixtureDesk');
    const docs = parseAllDocuments(renderChart(files, CHART_DIR)).map((d) => d.toJS() as { kind: string; metadata: { name: string } } | null).filter((d) => d !== null);
    expect(docs.filter((d) => d.metadata.name.startsWith('ladder-fixture-desk')).map((d) => `${d.kind} ${d.metadata.name}`).sort()).toEqual([
      'Deployment ladder-fixture-desk',
      'Job ladder-fixture-desk-migrate',
      'PodDisruptionBudget ladder-fixture-desk',
    ]);
  });
});
