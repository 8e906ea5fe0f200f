//! Status lines for a task run, on stderr: `› build` when a task starts,
//! `✓ build 1.24s` / `✗ test 0.31s` when it ends, and a summary.

use std::time::{Duration, Instant};

/// How status lines look.
#[derive(Debug, Clone, Copy)]
pub struct StatusStyle {
    pub color: bool,
    pub quiet: bool,
}

/// How a task ended, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Succeeded,
    Failed,
    Cancelled,
    Skipped,
}

#[derive(Debug)]
pub struct StatusLines {
    style: StatusStyle,
    started: Vec<(String, Instant)>,
    ended: Vec<(String, Ending, Option<Duration>)>,
}

impl StatusLines {
    pub fn new(style: StatusStyle) -> Self {
        Self {
            style,
            started: Vec::new(),
            ended: Vec::new(),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.style.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// The line for a task that starts, or `None` when quiet.
    pub fn start(&mut self, name: &str) -> Option<String> {
        self.started.push((name.to_string(), Instant::now()));
        (!self.style.quiet).then(|| format!("{} {name}\n", self.paint("2", "›")))
    }

    /// The line for a task that ended.
    pub fn end(&mut self, name: &str, ending: Ending) -> Option<String> {
        let elapsed = self
            .started
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, at)| at.elapsed());
        self.ended.push((name.to_string(), ending, elapsed));
        if self.style.quiet && ending != Ending::Failed {
            return None;
        }
        Some(format!("{}\n", self.describe(name, ending, elapsed, 0)))
    }

    pub fn has_ended(&self, name: &str) -> bool {
        self.ended.iter().any(|(n, _, _)| n == name)
    }

    /// Records a task that never started (its dep failed, or a failure elsewhere stopped the run).
    pub fn not_run(&mut self, name: &str, ending: Ending) {
        self.ended.push((name.to_string(), ending, None));
    }

    fn describe(
        &self,
        name: &str,
        ending: Ending,
        elapsed: Option<Duration>,
        width: usize,
    ) -> String {
        let time = elapsed.map(format_duration).unwrap_or_default();
        let (mark, word) = match ending {
            Ending::Succeeded => (self.paint("32", "✓"), None),
            Ending::Failed => (self.paint("31", "✗"), None),
            Ending::Cancelled => (self.paint("33", "⊘"), Some("cancelled")),
            Ending::Skipped => (self.paint("2", "-"), Some("skipped")),
        };
        let padded = format!("{name:width$}");
        match (word, elapsed) {
            (Some(word), Some(_)) => format!("{mark} {padded} {word} after {time}"),
            (Some(word), None) => format!("{mark} {padded} {word}"),
            (None, _) => format!("{mark} {padded} {time}"),
        }
        .trim_end()
        .to_string()
    }

    /// The summary: every task with its ending and time, then the counts.
    /// Printed when more than one task ran or one failed; `None` otherwise.
    pub fn summary(&self) -> Option<String> {
        let failed = self.ended.iter().any(|(_, e, _)| *e == Ending::Failed);
        if self.ended.len() < 2 && !failed {
            return None;
        }
        if self.style.quiet && !failed {
            return None;
        }
        let width = self
            .ended
            .iter()
            .map(|(n, _, _)| n.chars().count())
            .max()
            .unwrap_or(0);
        let mut out = String::from("summary:\n");
        for (name, ending, elapsed) in &self.ended {
            out.push_str("  ");
            out.push_str(&self.describe(name, *ending, *elapsed, width));
            out.push('\n');
        }
        let count = |e: Ending| self.ended.iter().filter(|(_, x, _)| *x == e).count();
        let mut parts = vec![format!("{} succeeded", count(Ending::Succeeded))];
        for (e, word) in [
            (Ending::Failed, "failed"),
            (Ending::Cancelled, "cancelled"),
            (Ending::Skipped, "skipped"),
        ] {
            if count(e) > 0 {
                parts.push(format!("{} {word}", count(e)));
            }
        }
        out.push_str(&format!("  {}\n", parts.join(", ")));
        Some(out)
    }
}

/// `1.24s`, `0.01s`, `1m 05s`.
pub fn format_duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.2}s")
    } else {
        let whole = d.as_secs();
        format!("{}m {:02}s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> StatusLines {
        StatusLines::new(StatusStyle {
            color: false,
            quiet: false,
        })
    }

    #[test]
    fn start_and_end_lines() {
        let mut s = plain();
        assert_eq!(s.start("build").as_deref(), Some("› build\n"));
        let line = s.end("build", Ending::Succeeded).unwrap_or_default();
        assert!(line.starts_with("✓ build 0.0"), "{line}");
        assert!(line.ends_with("s\n"), "{line}");
    }

    #[test]
    fn no_summary_for_one_success() {
        let mut s = plain();
        s.start("a");
        s.end("a", Ending::Succeeded);
        assert_eq!(s.summary(), None);
    }

    #[test]
    fn summary_lists_every_task_aligned() {
        let mut s = plain();
        s.start("gen");
        s.end("gen", Ending::Succeeded);
        s.start("test");
        s.end("test", Ending::Failed);
        s.not_run("deploy", Ending::Cancelled);
        let text = s.summary().unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "summary:");
        assert!(lines[1].starts_with("  ✓ gen    0.0"), "{text}");
        assert!(lines[2].starts_with("  ✗ test   0.0"), "{text}");
        assert_eq!(lines[3], "  ⊘ deploy cancelled");
        assert_eq!(lines[4], "  1 succeeded, 1 failed, 1 cancelled");
    }

    #[test]
    fn durations() {
        assert_eq!(format_duration(Duration::from_millis(1240)), "1.24s");
        assert_eq!(format_duration(Duration::from_secs(65)), "1m 05s");
    }
}
