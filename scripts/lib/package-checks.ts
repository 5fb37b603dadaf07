import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flattenMessages } from '../../src/i18n/translator';

export interface PackageProblem {
  file: string;
  message: string;
}

const REQUIRED_MANIFEST_KEYS = ['name', 'author', 'frameworkVersion', 'location', 'defaultLocale', 'version'] as const;
const LOGOS = [
  ['logo.png', 320],
  ['logo-small.png', 128],
] as const;
const BAR_LOCATIONS = ['nav_bar', 'top_bar'] as const;

function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function readJson(file: string, problems: PackageProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return null;
  }
}

type Manifest = {
  location?: Record<string, Record<string, string | { url?: string }>>;
  parameters?: { name: string; type: string }[];
  defaultLocale?: string;
  frameworkVersion?: string;
  author?: { name?: string; email?: string };
};

function locationUrls(manifest: Manifest): { location: string; url: string | undefined }[] {
  const urls: { location: string; url: string | undefined }[] = [];
  for (const product of Object.values(manifest.location ?? {})) {
    for (const [location, value] of Object.entries(product)) {
      urls.push({ location, url: typeof value === 'string' ? value : value?.url });
    }
  }
  return urls;
}

/**
 * The checks `zcli apps:validate` would make that we can make offline, on a built package folder:
 * manifest keys, location URLs, parameter labels, locale files with the same keys, logo sizes.
 */
export function checkPackage(dir: string): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return [{ file: manifestPath, message: 'is missing' }];
  const manifest = readJson(manifestPath, problems) as (Manifest & Record<string, unknown>) | null;
  if (!manifest) return problems;

  for (const key of REQUIRED_MANIFEST_KEYS) {
    if (manifest[key] === undefined) problems.push({ file: manifestPath, message: `has no "${key}"` });
  }
  if (manifest.frameworkVersion !== '2.0') problems.push({ file: manifestPath, message: 'frameworkVersion must be "2.0"' });
  if (!manifest.author?.name || !manifest.author?.email) problems.push({ file: manifestPath, message: 'author needs a name and an email' });

  const locations = locationUrls(manifest);
  if (locations.length === 0) problems.push({ file: manifestPath, message: 'declares no location' });
  for (const { location, url } of locations) {
    if (!url) problems.push({ file: manifestPath, message: `location ${location} has no url` });
    else if (!/^https?:\/\//.test(url) && !existsSync(join(dir, url))) {
      problems.push({ file: manifestPath, message: `location ${location} points at ${url}, which is not in the package` });
    }
    if ((BAR_LOCATIONS as readonly string[]).includes(location) && !existsSync(join(dir, 'assets', `icon_${location}.svg`))) {
      problems.push({ file: join(dir, 'assets'), message: `icon_${location}.svg is missing for the ${location} location` });
    }
  }

  for (const [name, size] of LOGOS) {
    const file = join(dir, 'assets', name);
    if (!existsSync(file)) {
      problems.push({ file, message: 'is missing' });
      continue;
    }
    const actual = pngSize(file);
    if (!actual) problems.push({ file, message: 'is not a PNG' });
    else if (actual.width !== size || actual.height !== size) {
      problems.push({ file, message: `must be ${size}x${size}, is ${actual.width}x${actual.height}` });
    }
  }

  const translationsDir = join(dir, 'translations');
  const defaultLocale = manifest.defaultLocale ?? 'en';
  const defaultFile = join(translationsDir, `${defaultLocale}.json`);
  if (!existsSync(defaultFile)) {
    problems.push({ file: defaultFile, message: 'is missing (the default locale)' });
    return problems;
  }
  const defaultMessages = flattenMessages(readJson(defaultFile, problems));
  for (const parameter of manifest.parameters ?? []) {
    if (!defaultMessages[`app.parameters.${parameter.name}.label`]) {
      problems.push({ file: defaultFile, message: `has no app.parameters.${parameter.name}.label` });
    }
  }
  for (const key of ['app.name', 'app.short_description', 'app.long_description', 'app.installation_instructions']) {
    if (!defaultMessages[key]) problems.push({ file: defaultFile, message: `has no ${key}` });
  }
  const allKeys = Object.keys(defaultMessages);
  for (const file of readdirSync(translationsDir).filter((f) => f.endsWith('.json'))) {
    if (`${defaultLocale}.json` === file) continue;
    const path = join(translationsDir, file);
    const messages = flattenMessages(readJson(path, problems));
    const missing = allKeys.filter((k) => messages[k] === undefined);
    const extra = Object.keys(messages).filter((k) => defaultMessages[k] === undefined);
    if (missing.length) problems.push({ file: path, message: `misses ${missing.length} key(s): ${missing.slice(0, 5).join(', ')}` });
    if (extra.length)
      problems.push({ file: path, message: `has ${extra.length} key(s) not in ${defaultLocale}.json: ${extra.slice(0, 5).join(', ')}` });
  }
  return problems;
}
