//! Shrinks the embedded JavaScript for the binary (the wasm size budget): removes comments and
//! each line's indentation, and nothing else. Line breaks stay where they were, so line numbers
//! in stack traces and error positions still point at the source files.
//!
//! It only ever removes text outside strings, template literals and regular expressions. When
//! it cannot tell a regular expression from a division it assumes a regular expression and
//! copies verbatim, which is always safe.

/// Keywords after which `/` starts a regular expression.
const REGEX_AFTER_WORD: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// Comments and indentation removed; see the module docs.
pub fn strip_js(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    // Brace depths at which an enclosing template literal's `${` expression ends.
    let mut templates: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    // Last significant character emitted in code, and the word it ended, if any.
    let mut last: Option<char> = None;
    let mut word = String::new();
    let mut in_word = false;
    let mut line_start = true;

    // Copies a template literal's text from `i` (just after the backtick or the closing `}`
    // of a substitution) until its end or the next `${`.
    fn template_text(chars: &[char], i: &mut usize, out: &mut String) -> bool {
        while *i < chars.len() {
            let c = chars[*i];
            out.push(c);
            *i += 1;
            match c {
                '\\' if *i < chars.len() => {
                    out.push(chars[*i]);
                    *i += 1;
                }
                '`' => return false,
                '$' if chars.get(*i) == Some(&'{') => {
                    out.push('{');
                    *i += 1;
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    while i < chars.len() {
        let c = chars[i];
        if line_start {
            if c == ' ' || c == '\t' {
                i += 1;
                continue;
            }
            line_start = false;
        }
        if !is_ident(c) {
            in_word = false;
        }
        match c {
            '\n' => {
                out.push('\n');
                i += 1;
                line_start = true;
            }
            '\'' | '"' => {
                out.push(c);
                i += 1;
                while i < chars.len() {
                    let d = chars[i];
                    out.push(d);
                    i += 1;
                    if d == '\\' {
                        if i < chars.len() {
                            out.push(chars[i]);
                            i += 1;
                        }
                    } else if d == c || d == '\n' {
                        break;
                    }
                }
                last = Some(c);
                word.clear();
            }
            '`' => {
                out.push(c);
                i += 1;
                if template_text(&chars, &mut i, &mut out) {
                    templates.push(depth);
                    depth += 1;
                    last = Some('{');
                } else {
                    last = Some('`');
                }
                word.clear();
            }
            '{' => {
                depth += 1;
                out.push(c);
                i += 1;
                last = Some(c);
                word.clear();
            }
            '}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
                i += 1;
                if templates.last() == Some(&depth) {
                    templates.pop();
                    if template_text(&chars, &mut i, &mut out) {
                        templates.push(depth);
                        depth += 1;
                        last = Some('{');
                    } else {
                        last = Some('`');
                    }
                } else {
                    last = Some('}');
                }
                word.clear();
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                let mut newlines = 0;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    if chars[i] == '\n' {
                        newlines += 1;
                    }
                    i += 1;
                }
                i = (i + 2).min(chars.len());
                if newlines == 0 {
                    out.push(' ');
                } else {
                    for _ in 0..newlines {
                        out.push('\n');
                    }
                    line_start = true;
                }
            }
            '/' => {
                let division = match last {
                    Some(')') | Some(']') | Some('`') | Some('\'') | Some('"') => true,
                    Some(l) if is_ident(l) => !REGEX_AFTER_WORD.contains(&word.as_str()),
                    _ => false,
                };
                out.push(c);
                i += 1;
                if division {
                    last = Some('/');
                    word.clear();
                    continue;
                }
                // A regular expression: copy it verbatim, classes and escapes included.
                let mut class = false;
                while i < chars.len() {
                    let d = chars[i];
                    if d == '\n' {
                        break;
                    }
                    out.push(d);
                    i += 1;
                    match d {
                        '\\' if i < chars.len() && chars[i] != '\n' => {
                            out.push(chars[i]);
                            i += 1;
                        }
                        '[' => class = true,
                        ']' => class = false,
                        '/' if !class => break,
                        _ => {}
                    }
                }
                last = Some(')');
                word.clear();
            }
            _ => {
                out.push(c);
                i += 1;
                if c.is_whitespace() {
                    in_word = false;
                    continue;
                }
                if is_ident(c) {
                    if !in_word {
                        word.clear();
                    }
                    in_word = true;
                    word.push(c);
                } else {
                    in_word = false;
                    word.clear();
                }
                last = Some(c);
            }
        }
    }
    out
}
