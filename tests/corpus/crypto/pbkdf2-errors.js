// pbkdf2 argument validation errors (codes and messages).
const crypto = require('crypto');
const tries = [
  () => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256'),
  () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'),
  () => crypto.pbkdf2Sync('p', 's', 1, 32, 'nope'),
  () => crypto.pbkdf2Sync(1, 's', 1, 32, 'sha256'),
  () => crypto.pbkdf2('p', 's', 1, 32, 'sha256'),
  () => crypto.pbkdf2Sync('p', 's', 1.5, 32, 'sha256'),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
