// dns/promises — the promise API of dns.
'use strict';

module.exports = require('dns').promises;
