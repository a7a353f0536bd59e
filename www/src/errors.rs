//! Finds where a program failed from what the runtime printed on stderr, in Node's format
//! (`FILE:LINE`, the source line, a `^` marker, then the error), so the editor can underline
//! syntax errors and uncaught exceptions at their line and column.

/// An error located in the user's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
    /// The error's first line (`SyntaxError: …`).
    pub message: String,
}

fn is_error_line(l: &str) -> bool {
    let head = l.split(':').next().unwrap_or_default();
    !head.is_empty()
        && !head.contains(' ')
        && (head.ends_with("Error") || head == "Uncaught" || head.ends_with("Exception"))
}

/// Locates the first error that `stderr` reports in `file`.
pub fn locate(stderr: &str, file: &str) -> Option<Located> {
    let lines: Vec<&str> = stderr.lines().collect();
    let prefix = format!("{file}:");
    for (i, l) in lines.iter().enumerate() {
        let Some(rest) = l.strip_prefix(&prefix) else {
            continue;
        };
        let Ok(line) = rest.trim().parse::<u32>() else {
            continue;
        };
        let col = lines
            .get(i + 2)
            .and_then(|caret| caret.find('^'))
            .map_or(1, |c| c as u32 + 1);
        let message = lines[i + 1..]
            .iter()
            .find(|l| is_error_line(l))
            .or_else(|| {
                lines[i + 1..]
                    .iter()
                    .skip_while(|l| !l.trim().is_empty())
                    .find(|l| !l.trim().is_empty())
            })
            .map_or_else(String::new, |m| m.trim().to_owned());
        // The stack's first frame in the file has the exact column.
        let col = stack_col(&lines[i..], file, line).unwrap_or(col);
        return Some(Located { line, col, message });
    }
    None
}

fn stack_col(lines: &[&str], file: &str, line: u32) -> Option<u32> {
    let needle = format!("{file}:{line}:");
    lines.iter().find_map(|l| {
        let at = l.find(&needle)?;
        let rest = &l[at + needle.len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "/home/loopscope/main.js";

    fn stderr_of(code: &str) -> String {
        let opts = loopscope_core::RunOptions::default();
        loopscope_core::run_captured(FILE, code, opts)
            .expect("runs")
            .stderr
    }

    #[test]
    fn a_syntax_error_is_located_from_the_runtimes_output() {
        let err = stderr_of("const a = 1;\nsetTimeout(() => {\n  console.log(a;\n}, 0);\n");
        let loc = locate(&err, FILE).unwrap_or_else(|| panic!("not located in {err:?}"));
        assert_eq!(loc.line, 3, "{err}");
        assert!(loc.message.starts_with("SyntaxError"), "{loc:?} in {err}");
    }

    #[test]
    fn an_uncaught_exception_is_located_with_its_column() {
        let err = stderr_of("console.log('ok');\nsetImmediate(() => {\n    null.x;\n});\n");
        let loc = locate(&err, FILE).unwrap_or_else(|| panic!("not located in {err:?}"));
        // The column is the stack frame's (where the property access fails), as node's is.
        assert_eq!((loc.line, loc.col), (3, 10), "{err}");
        assert!(loc.message.starts_with("TypeError"), "{loc:?}");
    }

    #[test]
    fn clean_output_locates_nothing() {
        assert_eq!(locate("", FILE), None);
        assert_eq!(locate("(node:1) Warning: something\n", FILE), None);
    }
}
