// Checks require of a missing module throws MODULE_NOT_FOUND with a first message line free of paths.
try {
  require('nope-not-a-module');
} catch (e) {
  console.log(e.code, e instanceof Error);
  console.log(e.message.split('\n')[0]);
}
try { require('node:nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
