// Checks new Function / eval with a syntax error throws a catchable SyntaxError.
try { new Function('return {'); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
try { eval('let = 1 +'); } catch (e) { console.log(e.name); }
try { JSON.parse('{bad json}'); } catch (e) { console.log(e.name); }
console.log(new Function('a', 'b', 'return a + b')(2, 3));
