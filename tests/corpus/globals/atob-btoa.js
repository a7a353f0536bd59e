// Checks global btoa/atob encode and decode base64.
console.log(btoa('hello world'), atob('aGVsbG8gd29ybGQ='));
try { atob('***'); } catch (e) { console.log(e.name); }
