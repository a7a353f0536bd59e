// fs/promises — the promise API of fs.
'use strict';

module.exports = require('fs').promises;
