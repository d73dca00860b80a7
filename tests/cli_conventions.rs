//! The conventions every `farol` command keeps: `--json` in one scheme (a `schema` id,
//! snake_case enum values, RFC 3339 times), `-` for standard input and output, results
//! on standard output and messages on standard error, exit 2 when output cannot be
//! written, help that fits the terminal and names every environment variable.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const ID: &str = "demo-worklink-rollout";

/// A dossier, key and settings directories, and a working directory, all empty.
struct Sandbox {
    _tmp: tempfile::TempDir,
    base: PathBuf,
}

impl Sandbox {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().to_path_buf();
        std::fs::create_dir(base.join("work")).unwrap();
        Sandbox { _tmp: tmp, base }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(assert_cmd::cargo::cargo_bin("farol"));
        c.args(args)
            .current_dir(self.base.join("work"))
            .env("FAROL_DOSSIER", self.base.join("dossier"))
            .env("FAROL_KEYS", self.base.join("keys"))
            .env("FAROL_CONFIG_DIR", self.base.join("config"))
            .env("HOME", self.base.join("work"))
            .env_remove("FAROL_LANG")
            .env_remove("FAROL_PASSPHRASE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs with `input` on standard input.
    fn run_with(&self, args: &[&str], input: &[u8]) -> Output {
        use std::io::Write as _;
        let mut child = self
            .cmd(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap()
    }

    /// Runs, expecting success; its standard output.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "farol {args:?}: {}", text(&out));
        String::from_utf8(out.stdout).unwrap()
    }

    fn work(&self, name: &str) -> PathBuf {
        self.base.join("work").join(name)
    }

    /// The demo signed twice by Ana Lei (trusted), and Rui Sousa's reviewer key, trusted.
    fn signed_twice() -> Self {
        let s = Sandbox::new();
        s.ok(&["demo"]);
        s.ok(&["keys", "new", "--name", "Ana Lei"]);
        std::fs::write(s.work("ana.pub"), s.ok(&["keys", "show", "Ana Lei"])).unwrap();
        s.ok(&["keys", "trust", "ana.pub"]);
        s.ok(&["sign", ID]);
        s.ok(&["answer", ID, "sec.mfa", "yes"]);
        s.ok(&["sign", ID]);
        s
    }
}

fn text(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Every string under a key that holds an enum value is snake_case; no string anywhere is
/// a CamelCase identifier; every time is RFC 3339 with an offset.
fn check_style(v: &serde_json::Value, at: &str, problems: &mut Vec<String>) {
    const ENUM_KEYS: &[&str] = &[
        "level",
        "state",
        "role",
        "opinion",
        "procedure",
        "inherent",
        "residual",
        "verdict",
        "kind",
        "type",
        "draft",
    ];
    let camel = |s: &str| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && s.chars().all(|c| c.is_ascii_alphanumeric())
            && s.chars().skip(1).any(|c| c.is_ascii_uppercase())
            && s.chars().any(|c| c.is_ascii_lowercase())
    };
    let snake = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if camel(k) {
                    problems.push(format!("{at}.{k}: a CamelCase key"));
                }
                if let serde_json::Value::String(s) = x {
                    if ENUM_KEYS.contains(&k.as_str()) && !snake(s) {
                        problems.push(format!("{at}.{k} = {s:?}: not snake_case"));
                    }
                    let timey = ["at", "created", "added", "updated", "signed_at", "since"];
                    if timey.contains(&k.as_str())
                        && chrono::DateTime::parse_from_rfc3339(s).is_err()
                    {
                        problems.push(format!("{at}.{k} = {s:?}: not RFC 3339"));
                    }
                }
                check_style(x, &format!("{at}.{k}"), problems);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_style(x, &format!("{at}[{i}]"), problems);
            }
        }
        serde_json::Value::String(s) if camel(s) => {
            problems.push(format!("{at} = {s:?}: a CamelCase value"));
        }
        _ => {}
    }
}

/// Parses a command's JSON and checks its schema id and style.
fn check_json(args: &[&str], stdout: &[u8], schema: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "farol {args:?} --json is not JSON ({e}):\n{}",
            String::from_utf8_lossy(stdout)
        )
    });
    assert_eq!(
        v["schema"],
        format!("farol.{schema}/1"),
        "farol {args:?}: schema"
    );
    let first = std::str::from_utf8(stdout).unwrap().lines().nth(1).unwrap();
    assert!(first.trim_start().starts_with("\"schema\""), "{first}");
    let mut problems = Vec::new();
    check_style(&v, "", &mut problems);
    assert!(
        problems.is_empty(),
        "farol {args:?} --json:\n{}",
        problems.join("\n")
    );
    v
}

#[test]
fn every_json_output_has_its_schema_snake_case_enums_and_rfc3339_times() {
    let s = Sandbox::new();
    let json = |args: &[&str], schema: &str| {
        let mut a = args.to_vec();
        a.push("--json");
        let out = s.run(&a);
        assert!(out.status.success(), "farol {a:?}: {}", text(&out));
        check_json(&a, &out.stdout, schema)
    };
    let v = json(&["demo"], "demo");
    assert_eq!(v["written"], true);
    assert_eq!(v["residual"], "very_high");
    let v = json(&["demo"], "demo");
    assert_eq!(v["written"], false);
    json(&["questionnaire", "list"], "questionnaire-list");
    let v = json(&["answer", ID, "sec.encryption_rest", "no"], "answer");
    assert_eq!(v["answer"], "no");
    let v = json(&["new", "--title", "Fingerprint clock"], "new");
    assert_eq!(v["id"], "fingerprint-clock");
    let v = json(&["keys", "new", "--name", "Ana Lei"], "keys-new");
    let ana = v["id"].as_str().unwrap().to_string();
    assert_eq!(v["role"], "assessor");
    std::fs::write(s.work("ana.pub"), s.ok(&["keys", "show", &ana])).unwrap();
    let v = json(&["keys", "trust", "ana.pub"], "keys-trust");
    assert_eq!(v["id"], ana.as_str());
    let v = json(&["sign", ID], "sign");
    assert_eq!(v["revision"], 1);
    assert_eq!(v["signer_trusted"], true);
    s.ok(&["answer", ID, "sec.mfa", "yes"]);
    json(&["sign", ID], "sign");
    json(&["keys", "list"], "keys-list");
    json(&["list"], "list");
    json(&["status"], "status");
    json(&["status", ID], "assessment-status");
    json(&["score", ID], "score");
    json(&["verify"], "verify");
    json(&["diff", ID, "1", "2"], "diff");
    json(&["filing", ID], "filing");
    let v = json(&["report", ID, "-o", "r.pdf"], "report");
    assert_eq!(v["revision"], 2);
    assert!(s.work("r.pdf").is_file());
    let v = json(&["evidence", "-o", "e.zip"], "evidence");
    assert_eq!(v["passed"], true);
    json(&["verify", "e.zip", "--trust", "ana.pub"], "verify-bundle");
    std::fs::write(s.work("d.json"), s.ok(&["export", ID])).unwrap();
    let v = json(&["import", "d.json", "--id", "copy"], "import");
    assert_eq!(v["id"], "copy");
    json(&["review", ID], "review");
    s.ok(&["keys", "new", "--name", "Rui Sousa", "--role", "reviewer"]);
    std::fs::write(s.work("rui.pub"), s.ok(&["keys", "show", "Rui Sousa"])).unwrap();
    s.ok(&["keys", "trust", "rui.pub"]);
    let v = json(
        &[
            "review",
            ID,
            "--opinion",
            "reject",
            "--conditions",
            "No Art 20 basis",
            "--attest",
            "all",
            "--sign",
        ],
        "review-sign",
    );
    assert_eq!(v["opinion"], "reject");
    let v = json(&["status", ID], "assessment-status");
    assert_eq!(v["status"]["state"], "rejected");
    std::fs::write(
        s.work("q.ron"),
        s.ok(&["questionnaire", "export", "-o", "-"]),
    )
    .unwrap();
    json(&["questionnaire", "check", "q.ron"], "questionnaire-check");
}

#[test]
fn a_dash_reads_standard_input_and_writes_standard_output() {
    let s = Sandbox::signed_twice();
    // A record on standard input verifies as the file would, and is named "-".
    let revisions = s
        .base
        .join("dossier/assessments")
        .join(ID)
        .join("revisions");
    let first = std::fs::read_dir(&revisions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .min()
        .unwrap();
    let out = s.run_with(&["verify", "-"], &std::fs::read(&first).unwrap());
    assert!(out.status.success(), "{}", text(&out));
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.starts_with("-  verified"), "{shown}");
    // A changed record does not.
    let mut bad = std::fs::read(&first).unwrap();
    let i = bad.iter().position(|b| *b == b'"').unwrap() + 1;
    bad[i] ^= 0x01;
    let out = s.run_with(&["verify", "-"], &bad);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));

    // The evidence bundle written to standard output, verified from standard input.
    let out = s.run(&["evidence", "-o", "-"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "a zip on stdout");
    assert!(!s.work("-").exists());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(ID), "the summary is on stderr: {err}");
    let back = s.run_with(
        &["verify", "-", "--trust", "ana.pub", "--json"],
        &out.stdout,
    );
    assert!(back.status.success(), "{}", text(&back));
    let v = check_json(&["verify", "-"], &back.stdout, "verify-bundle");
    assert_eq!(v["passed"], true);

    // A questionnaire checked from standard input.
    let q = s.ok(&["questionnaire", "export", "-o", "-"]);
    let out = s.run_with(&["questionnaire", "check", "-"], q.as_bytes());
    assert!(out.status.success(), "{}", text(&out));
    let out = s.run_with(&["questionnaire", "check", "-"], b"Questionnaire(");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("-:1:"));

    // Every -o - writes standard output and no file named "-".
    for (args, starts) in [
        (vec!["export", ID, "-o", "-"], &b"{"[..]),
        (vec!["export", ID, "--format", "csv", "-o", "-"], b""),
        (vec!["report", ID, "-o", "-"], b"%PDF-"),
        (vec!["filing", ID, "-o", "-"], b""),
        (vec!["questionnaire", "export", "-o", "-"], b""),
    ] {
        let out = s.run(&args);
        assert!(out.status.success(), "farol {args:?}: {}", text(&out));
        assert!(
            out.stdout.starts_with(starts) && !out.stdout.is_empty(),
            "farol {args:?}: {}",
            text(&out)
        );
        assert!(!s.work("-").exists(), "farol {args:?} wrote a file named -");
    }
    // An export read back from standard input.
    let exported = s.ok(&["export", ID]);
    let out = s.run_with(&["import", "-", "--id", "from-stdin"], exported.as_bytes());
    assert!(out.status.success(), "{}", text(&out));
    // A public key file from standard input.
    let key = s.ok(&["keys", "show", "Ana Lei"]);
    let out = s.run_with(&["keys", "trust", "-", "--json"], key.as_bytes());
    assert!(out.status.success(), "{}", text(&out));
    let v = check_json(&["keys", "trust", "-"], &out.stdout, "keys-trust");
    assert_eq!(v["name"], "Ana Lei");
    // Two standard inputs cannot be.
    let out = s.run_with(&["verify", "-", "-"], b"");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

#[test]
fn questionnaire_and_trust_take_a_dash_and_only_one_option_reads_standard_input() {
    let s = Sandbox::signed_twice();
    // `new --questionnaire -`: the questionnaire's text on standard input.
    let q = s.ok(&["questionnaire", "export", "-o", "-"]);
    let out = s.run_with(
        &[
            "new",
            "--title",
            "From stdin",
            "--questionnaire",
            "-",
            "--json",
        ],
        q.as_bytes(),
    );
    assert!(out.status.success(), "{}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["questionnaire"], "macau-pdpa", "{v}");
    let out = s.run_with(
        &["new", "--title", "Broken", "--questionnaire", "-"],
        b"Questionnaire(",
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(!s.base.join("dossier/assessments/broken").exists());

    // `score FILE --questionnaire -`: the answers from a file, the questionnaire piped.
    std::fs::write(s.work("answers.ron"), "{\"sec.mfa\": Yes}").unwrap();
    let out = s.run_with(
        &["score", "answers.ron", "--questionnaire", "-", "--json"],
        q.as_bytes(),
    );
    assert!(out.status.success(), "{}", text(&out));
    let piped = out.stdout;
    let by_id = s.ok(&[
        "score",
        "answers.ron",
        "--questionnaire",
        "macau-pdpa",
        "--json",
    ]);
    assert_eq!(String::from_utf8(piped).unwrap(), by_id);

    // `verify --trust -`: the public key file on standard input.
    let key = s.ok(&["keys", "show", "Ana Lei"]);
    let out = s.run_with(&["verify", "--trust", "-", "--json"], key.as_bytes());
    assert!(out.status.success(), "{}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["verified"], 2, "{v}");
    assert_eq!(v["summary"]["failed"], 0, "{v}");
    // Another key than the signer's on standard input: nothing is trusted, it fails.
    s.ok(&["keys", "new", "--name", "Eve Lo"]);
    let eve = s.ok(&["keys", "show", "Eve Lo"]);
    let out = s.run_with(&["verify", "--trust", "-"], eve.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));

    // Two options asking for standard input: refused, naming both, nothing read.
    for (args, first, second) in [
        (
            vec![
                "new",
                "--title",
                "T",
                "--questionnaire",
                "-",
                "--answers",
                "-",
            ],
            "--questionnaire",
            "--answers",
        ),
        (
            vec!["score", "-", "--questionnaire", "-"],
            "TARGET",
            "--questionnaire",
        ),
        (vec!["verify", "-", "--trust", "-"], "PATHS", "--trust"),
    ] {
        let out = s.run_with(&args, b"");
        assert_eq!(out.status.code(), Some(2), "farol {args:?}: {}", text(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!(
                "{first} and {second} both ask to read standard input"
            )),
            "farol {args:?}: {err}"
        );
    }
    let out = s.run_with(&["verify", "--trust", "-", "--trust", "-"], b"");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("once"));
    assert!(!s.base.join("dossier/assessments/t").exists());
}

#[test]
fn commands_that_write_a_file_keep_standard_output_for_results() {
    let s = Sandbox::signed_twice();
    for args in [
        vec!["report", ID, "-o", "r.pdf"],
        vec!["report", ID, "--revision", "1"],
        vec!["export", ID, "-o", "d.json"],
        vec!["export", ID, "--format", "csv", "--plan", "-o", "plan.csv"],
        vec!["filing", ID, "-o", "filing.txt"],
        vec!["questionnaire", "export", "-o", "q.ron"],
        vec!["evidence", "-o", "e.zip"],
        vec!["evidence", "-o", "e-dir"],
    ] {
        let out = s.run(&args);
        assert!(out.status.success(), "farol {args:?}: {}", text(&out));
        assert!(
            out.stdout.is_empty(),
            "farol {args:?} printed on stdout: {}",
            text(&out)
        );
        assert!(
            !out.stderr.is_empty(),
            "farol {args:?} says on stderr what it wrote"
        );
    }
    // No progress line where standard error is not a terminal.
    let out = s.run(&["evidence", "-o", "quiet.zip"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\r') && !err.contains("Rendering"), "{err}");
    for f in [
        "r.pdf",
        "d.json",
        "plan.csv",
        "filing.txt",
        "q.ron",
        "e.zip",
    ] {
        assert!(s.work(f).is_file(), "{f}");
    }
    // --json: the one result on stdout, the message still on stderr.
    let out = s.run(&["report", ID, "-o", "j.pdf", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    check_json(&["report"], &out.stdout, "report");
    // --json and -o - would mix: refused, nothing written.
    for args in [
        vec!["report", ID, "-o", "-", "--json"],
        vec!["evidence", "-o", "-", "--json"],
    ] {
        let out = s.run(&args);
        assert_eq!(out.status.code(), Some(2), "farol {args:?}: {}", text(&out));
        assert!(out.stdout.is_empty(), "farol {args:?}");
    }
}

#[test]
fn a_full_disk_is_exit_2_for_every_command_that_prints_results() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let s = Sandbox::signed_twice();
    std::fs::write(s.work("d.json"), s.ok(&["export", ID])).unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec![],
        vec!["list"],
        vec!["list", "--json"],
        vec!["status"],
        vec!["status", ID, "--json"],
        vec!["score", ID],
        vec!["score", ID, "--json"],
        vec!["keys", "list"],
        vec!["keys", "list", "--json"],
        vec!["keys", "show", "Ana Lei"],
        vec!["verify"],
        vec!["verify", "--json"],
        vec!["diff", ID, "1", "2"],
        vec!["diff", ID, "1", "2", "--json"],
        vec!["review", ID],
        vec!["review", ID, "--json"],
        vec!["filing", ID],
        vec!["filing", ID, "--json"],
        vec!["export", ID],
        vec!["report", ID, "-o", "-"],
        vec!["evidence", "-o", "-"],
        vec!["questionnaire", "list"],
        vec!["questionnaire", "show", "sec.mfa"],
        vec!["questionnaire", "export"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["--help"],
        vec!["demo"],
        vec!["answer", ID, "sec.mfa", "yes"],
        vec!["new", "--title", "Full disk", "--json"],
        vec!["import", "d.json", "--id", "full-disk", "--force"],
    ];
    for args in commands {
        let full = std::fs::File::create("/dev/full").unwrap();
        let out = s.cmd(&args).stdout(full).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "farol {args:?}: {err}");
        assert!(!err.contains("panicked"), "farol {args:?}: {err}");
    }
}

#[test]
fn exit_codes_for_a_missing_dossier_a_language_an_output_directory() {
    let s = Sandbox::new();
    let missing = s.base.join("no-such-dossier");
    for args in [vec!["list"], vec!["status"], vec!["list", "--json"]] {
        let out = s
            .cmd(&args)
            .env("FAROL_DOSSIER", &missing)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "farol {args:?}: {}", text(&out));
        assert!(out.stdout.is_empty());
    }
    assert!(!missing.exists(), "nothing made");
    for args in [vec!["--lang", "xx", "list"], vec!["--lang", "xx", "--help"]] {
        assert_eq!(s.run(&args).status.code(), Some(2), "farol {args:?}");
    }
    let out = s
        .cmd(&["list"])
        .env("FAROL_LANG", "klingon")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    s.ok(&["demo"]);
    for args in [
        vec!["report", ID, "-o", "no-dir/r.pdf"],
        vec!["export", ID, "-o", "no-dir/d.json"],
        vec!["filing", ID, "-o", "no-dir/f.txt"],
        vec!["questionnaire", "export", "-o", "no-dir/q.ron"],
    ] {
        let out = s.run(&args);
        assert_eq!(out.status.code(), Some(2), "farol {args:?}: {}", text(&out));
        assert!(
            !s.work("no-dir").exists(),
            "farol {args:?} made the directory"
        );
    }
}

/// Every command's path, from `farol --help` and each command's own help.
fn command_paths(s: &Sandbox) -> Vec<Vec<String>> {
    fn subcommands(help: &str) -> Vec<String> {
        let Some(start) = help.find("\nCommands:\n") else {
            return Vec::new();
        };
        help[start + 11..]
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|n| *n != "help")
            .map(str::to_string)
            .collect()
    }
    let mut paths = vec![Vec::new()];
    let mut i = 0;
    while i < paths.len() {
        let mut args: Vec<&str> = paths[i].iter().map(String::as_str).collect();
        args.push("--help");
        let help = s.ok(&args);
        for name in subcommands(&help) {
            let mut p = paths[i].clone();
            p.push(name);
            paths.push(p);
        }
        i += 1;
    }
    paths
}

#[test]
fn help_fits_100_columns_and_names_every_environment_variable() {
    let s = Sandbox::new();
    let paths = command_paths(&s);
    assert!(paths.len() > 25, "{paths:?}");
    for lang in ["en", "pt", "zh-Hant"] {
        for p in &paths {
            let mut args = vec!["--lang", lang];
            args.extend(p.iter().map(String::as_str));
            args.push("--help");
            let out = s.cmd(&args).env("COLUMNS", "100").output().unwrap();
            assert!(out.status.success(), "farol {args:?}: {}", text(&out));
            let help = String::from_utf8(out.stdout).unwrap();
            assert!(!help.contains('\x1b'), "farol {args:?}: plain when piped");
            for line in help.lines() {
                assert!(
                    farol::present::width(line) <= 100,
                    "farol {args:?}: a line of {} columns:\n{line}",
                    farol::present::width(line)
                );
            }
        }
    }
    let help = s.ok(&["--help"]);
    let man = s.ok(&["man"]);
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for var in [
        "FAROL_DOSSIER",
        "FAROL_LANG",
        "FAROL_KEYS",
        "FAROL_PASSPHRASE",
        "FAROL_CONFIG_DIR",
        "FAROL_THEME",
        "NO_COLOR",
    ] {
        assert!(help.contains(var), "farol --help does not name {var}");
        assert!(man.contains(var), "farol man does not name {var}");
        assert!(readme.contains(var), "README.md does not name {var}");
    }
}

#[test]
fn evidence_shows_its_progress_on_a_terminal() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read as _;
    let s = Sandbox::signed_twice();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("farol"));
    cmd.args(["evidence", "-o", "tty.zip"]);
    cmd.cwd(s.base.join("work"));
    cmd.env_clear();
    for (k, v) in [
        ("FAROL_DOSSIER", s.base.join("dossier")),
        ("FAROL_KEYS", s.base.join("keys")),
        ("FAROL_CONFIG_DIR", s.base.join("config")),
        ("HOME", s.base.join("work")),
    ] {
        cmd.env(k, v);
    }
    cmd.env("LANG", "C.UTF-8");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        // The master reads an error (EIO) once the child has gone: the end.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        all
    });
    let status = child.wait().unwrap();
    drop(pair.master);
    let shown = String::from_utf8_lossy(&reading.join().unwrap()).into_owned();
    assert!(status.success(), "{shown}");
    assert!(shown.contains("Rendering the reports: 1/1"), "{shown:?}");
    assert!(
        shown.contains("\r\u{1b}[K"),
        "the line is cleared: {shown:?}"
    );
    assert!(s.work("tty.zip").is_file());
}

/// `args` run on a terminal of 100 columns with `env`: what the terminal shows.
fn on_terminal(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read as _;
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 50,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("farol"));
    cmd.args(args);
    cmd.cwd(s.base.join("work"));
    cmd.env_clear();
    cmd.env("FAROL_DOSSIER", s.base.join("dossier"));
    cmd.env("FAROL_CONFIG_DIR", s.base.join("config"));
    cmd.env("HOME", s.base.join("work"));
    cmd.env("LANG", "C.UTF-8");
    cmd.env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        all
    });
    let status = child.wait().unwrap();
    drop(pair.master);
    let shown = String::from_utf8_lossy(&reading.join().unwrap()).into_owned();
    assert!(status.success(), "{shown}");
    shown
}

/// `s` without its CSI escape sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
        } else if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('\x40'..='\x7e').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

#[test]
fn help_is_styled_on_a_terminal_unless_no_color_and_still_wrapped() {
    let s = Sandbox::new();
    for lang in ["en", "zh-Hant"] {
        let shown = on_terminal(&s, &["--lang", lang, "verify", "--help"], &[]);
        let heading = if lang == "en" {
            "Options:"
        } else {
            "選項："
        };
        assert!(
            shown.contains(&format!("\x1b[1m\x1b[4m{heading}"))
                || shown.contains(&format!("\x1b[1;4m{heading}")),
            "{lang}: the heading in clap's header style: {shown:?}"
        );
        assert!(shown.contains("\x1b[1m--trust"), "{lang}: {shown:?}");
        let plain = strip_ansi(&shown);
        for line in plain.lines() {
            let line = line.trim_end_matches('\r');
            assert!(
                farol::present::width(line) <= 100,
                "{lang}: a line of {} columns:\n{line}",
                farol::present::width(line)
            );
        }
        assert!(plain.contains(heading));
    }
    let shown = on_terminal(&s, &["verify", "--help"], &[("NO_COLOR", "1")]);
    assert!(!shown.contains('\x1b'), "NO_COLOR: {shown:?}");
    assert!(shown.contains("Options:"));
}
