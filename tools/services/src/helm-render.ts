/**
 * Renders the chart's templates without Helm, for the tests (Helm is not installed on every machine). Supports
 * exactly the subset the generated templates use, and fails on anything else, so a template Helm would render
 * differently cannot pass unnoticed:
 *   {{ .Values.a.b }}  {{ .Values.a.b | quote }}  {{ .Release.Name }}  {{ .Release.Name | quote }}
 *   {{ .Chart.Version }}  {{ .Chart.AppVersion }}  {{- if .Values.a.b }} … {{- end }}   ({{- / -}} trim spaces)
 */
import { parse } from 'yaml';

export interface RenderContext {
  readonly values: Record<string, unknown>;
  readonly release: { readonly name: string; readonly namespace: string };
  readonly chart: { readonly version: string; readonly appVersion: string };
}

function lookup(ctx: RenderContext, ref: string): unknown {
  const [root, ...keys] = ref.replace(/^\./, '').split('.');
  let value: unknown =
    root === 'Values'
      ? ctx.values
      : root === 'Release'
        ? { Name: ctx.release.name, Namespace: ctx.release.namespace }
        : root === 'Chart'
          ? { Version: ctx.chart.version, AppVersion: ctx.chart.appVersion }
          : undefined;
  if (value === undefined) throw new Error(`unsupported reference ${ref}`);
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !(key in value)) throw new Error(`${ref}: no value (${key})`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const truthy = (v: unknown): boolean => !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && v.length === 0));

/** One template file → text. */
export function renderTemplate(template: string, ctx: RenderContext): string {
  let out = '';
  const skipping: boolean[] = [];
  const active = (): boolean => skipping.every((s) => !s);
  const re = /\{\{(-?)\s*(.*?)\s*(-?)\}\}/g;
  let last = 0;
  let trimNext = false;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    let text = template.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1] === '-') text = text.replace(/\s+$/, '');
    if (active()) out += text;
    trimNext = m[3] === '-';
    last = m.index + m[0].length;
    const action = m[2]!;
    let found: RegExpMatchArray | null;
    if ((found = action.match(/^if\s+(\.[A-Za-z][\w.]*)$/))) {
      skipping.push(!truthy(lookup(ctx, found[1]!)));
    } else if (action === 'end') {
      if (skipping.length === 0) throw new Error('{{ end }} without {{ if }}');
      skipping.pop();
    } else if ((found = action.match(/^(\.[A-Za-z][\w.]*)(\s*\|\s*quote)?$/))) {
      if (!active()) continue;
      const value = lookup(ctx, found[1]!);
      if (value !== null && typeof value === 'object') throw new Error(`${found[1]} is not a scalar`);
      out += found[2] ? JSON.stringify(String(value)) : String(value);
    } else {
      throw new Error(`unsupported template action {{ ${action} }}`);
    }
  }
  if (skipping.length > 0) throw new Error('{{ if }} without {{ end }}');
  let rest = template.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  return out + rest;
}

/**
 * The chart's files (path → content, as helmFiles gives them) rendered as `helm template` would: every template
 * in name order, values from values.yaml with `overrides` merged over them (objects deeply).
 */
export function renderChart(files: Record<string, string>, chartDir: string, overrides: Record<string, unknown> = {}, release = 'ladder'): string {
  const chart = parse(files[`${chartDir}/Chart.yaml`] ?? '') as { version: string; appVersion: string };
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
      const prev = out[k];
      out[k] = v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object' ? merge(prev as Record<string, unknown>, v as Record<string, unknown>) : v;
    }
    return out;
  };
  const values = merge(parse(files[`${chartDir}/values.yaml`] ?? '') as Record<string, unknown>, overrides);
  const ctx: RenderContext = { values, release: { name: release, namespace: 'default' }, chart: { version: chart.version, appVersion: chart.appVersion } };
  return Object.keys(files)
    .filter((f) => f.startsWith(`${chartDir}/templates/`) && f.endsWith('.yaml'))
    .sort()
    .map((f) => `---\n# Source: ${f.slice(chartDir.length + 1)}\n${renderTemplate(files[f]!, ctx)}`)
    .join('\n');
}
