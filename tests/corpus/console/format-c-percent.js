// Checks %c (CSS consumed, prints nothing) and %% escape, and unknown specifiers left as-is.
console.log('%cstyled%c text', 'color: red', 'font-weight: bold');
console.log('100%% sure');
console.log('%% %s', 'x');
console.log('%x %y', 1);
console.log('%');
console.log('a%');
console.log('%%');
