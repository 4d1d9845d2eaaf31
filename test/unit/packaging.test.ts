import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { main: string; dependencies: Record<string, string> };
const config = yaml.load(read('electron-builder.yml')) as {
  files: string[];
  extraResources: { from: string; to: string; filter?: string[] }[];
  asarUnpack: string[];
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

/** Bare package names imported at run time (type-only imports vanish from the bundle). */
function runtimePackages(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const match of read(file).matchAll(/^import (?!type )[^;]*? from '([^.'][^']*)';/gm)) {
      const spec = match[1] ?? '';
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? '');
      names.add(name);
    }
  }
  return names;
}

describe('desktop packaging configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('ships the migrations where the main process looks for them', () => {
    const migrations = config.extraResources.find((r) => r.from === 'db/migrations');
    expect(migrations?.to).toBe('migrations');
    expect(read('electron/main/index.ts')).toContain("path.join(process.resourcesPath, 'migrations')");
    expect(fs.existsSync(path.join(ROOT, 'db/migrations/meta/_journal.json'))).toBe(true);
  });

  it('packs the bundle the package.json points at, and unpacks the SQLite addon', () => {
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.files).toContain('out/**/*');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
  });

  it('ships each fallback font the PDF documents name, where core/pdf/fonts.ts looks for it', () => {
    const fonts = config.extraResources.find((r) => r.to === 'resources/fonts');
    expect(fonts?.from).toBe('node_modules/@expo-google-fonts');
    const named = [...read('electron/core/pdf/fonts.ts').matchAll(/file: '([^']+\.ttf)'/g)].map((m) => m[1] ?? '');
    expect(named.length).toBe(4);
    expect(read('electron/core/pdf/fonts.ts')).toContain("path.join(resources, 'resources', 'fonts')");
    for (const file of named) {
      expect(fs.existsSync(path.join(ROOT, 'node_modules/@expo-google-fonts', file)), file).toBe(true);
      expect(
        fonts?.filter?.some((pattern) => pattern === `${path.dirname(file)}/*.ttf`),
        file,
      ).toBe(true);
    }
    expect(config.files).toContain('!node_modules/@expo-google-fonts/**');
  });

  it('lists every package the main process loads at run time as a dependency', () => {
    const files = [...sourceFiles('electron/main'), ...sourceFiles('electron/core'), ...sourceFiles('db')];
    const external = [...runtimePackages(files)].filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });
});
