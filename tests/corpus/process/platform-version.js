// Checks process.platform, process.version, process.versions and process.release basics.
console.log(process.platform === 'linux');
console.log(process.version.startsWith('v20'));
console.log(typeof process.versions.node, typeof process.versions.v8, typeof process.versions.uv);
console.log(process.versions.node === process.version.slice(1));
console.log(process.release.name);
console.log(typeof process.arch);
