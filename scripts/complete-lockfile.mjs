// Completes package-lock.json with the other platforms' optional packages (workerd, esbuild, biome…).
// Why: the registry mirror on our build machines answers 404 for some platform builds, and npm then
// leaves every sibling platform package out of the lock, which `npm ci` refuses ("Missing … from lock
// file"). Entries added here carry os/cpu, so npm never fetches them on a machine they do not fit.
// Run after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;
let added = 0;

function manifest(name, version) {
  try {
    const out = execFileSync(
      'npm',
      ['view', `${name}@${version}`, '--json', 'os', 'cpu', 'libc', 'dist.integrity', 'license'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return out.trim() ? JSON.parse(out) : {};
  } catch {
    return undefined;
  }
}

/** Platform from the package name, for builds the registry does not serve. */
function guessPlatform(name) {
  const osNames = [
    'android',
    'darwin',
    'freebsd',
    'linux',
    'netbsd',
    'openbsd',
    'sunos',
    'win32',
    'aix',
    'openharmony',
  ];
  const cpus = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x'];
  const parts = name.split('/').pop().split('-');
  const os = osNames.find((o) => parts.includes(o)) ?? (parts.includes('windows') ? 'win32' : undefined);
  const cpu = cpus.find((c) => parts.includes(c)) ?? (parts.includes('64') ? 'x64' : undefined);
  return { os: os ? [os] : ['none'], cpu: cpu ? [cpu] : undefined };
}

for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    const version = range.replace(/^[\^~=]/, '');
    const meta = manifest(dep, version);
    const platform = meta?.os ? { os: meta.os, cpu: meta.cpu, libc: meta.libc } : guessPlatform(dep);
    packages[`node_modules/${dep}`] = {
      version,
      ...(meta?.['dist.integrity'] ? { integrity: meta['dist.integrity'] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(meta?.license ? { license: meta.license } : {}),
      ...Object.fromEntries(Object.entries(platform).filter(([, v]) => v !== undefined)),
    };
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
