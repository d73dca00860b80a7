//! The README's tour, run as a reader would paste it: every command of its `sh` blocks
//! (but the one marked as needing a terminal), in order, in an empty dossier, with empty
//! key and settings directories. A command that fails names itself.

use std::path::Path;
use std::process::Command;

/// The tour's commands, in order: each a shell command line (continuation lines joined).
fn tour_commands(readme: &str) -> Vec<String> {
    let start = readme
        .find("\n## A tour\n")
        .expect("README.md has a section \"## A tour\"");
    let body = &readme[start + 1..];
    let end = body[3..]
        .find("\n## ")
        .into_iter()
        .chain(body[3..].find("\n### "))
        .min()
        .map_or(body.len(), |e| e + 3);
    let section = &body[..end];
    let mut commands = Vec::new();
    let mut lines = section.lines().peekable();
    let mut skip_next_block = false;
    while let Some(line) = lines.next() {
        if line.starts_with("<!-- tour: needs a terminal") {
            skip_next_block = true;
            continue;
        }
        if line.trim() != "```sh" {
            continue;
        }
        let mut current = String::new();
        for l in lines.by_ref() {
            if l.trim() == "```" {
                break;
            }
            if skip_next_block {
                continue;
            }
            current.push_str(l);
            if l.trim_end().ends_with('\\') {
                current.push('\n');
                continue;
            }
            let code = current.trim();
            if !code.is_empty() && !code.starts_with('#') {
                commands.push(code.to_string());
            }
            current.clear();
        }
        skip_next_block = false;
    }
    commands
}

fn run(cmd: &str, dir: &Path, bin: &Path) -> std::process::Output {
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .current_dir(dir.join("work"))
        .env("PATH", path)
        .env("HOME", dir.join("home"))
        .env("FAROL_DOSSIER", dir.join("dossier"))
        .env("FAROL_KEYS", dir.join("keys"))
        .env("FAROL_CONFIG_DIR", dir.join("config"))
        .env("XDG_CONFIG_HOME", dir.join("home/.config"))
        .env("XDG_DATA_HOME", dir.join("home/.local/share"))
        .env_remove("FAROL_LANG")
        .env_remove("FAROL_PASSPHRASE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("sh runs")
}

#[test]
fn the_readme_tour_runs_top_to_bottom_in_a_fresh_dossier() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let commands = tour_commands(&readme);
    assert!(
        commands.len() >= 30,
        "the tour's commands were not all found: {commands:#?}"
    );
    let tmp = tempfile::tempdir().unwrap();
    for d in ["work", "home"] {
        std::fs::create_dir(tmp.path().join(d)).unwrap();
    }
    let farol = assert_cmd::cargo::cargo_bin("farol");
    let bin = farol.parent().unwrap();
    for (n, cmd) in commands.iter().enumerate() {
        let out = run(cmd, tmp.path(), bin);
        assert!(
            out.status.success(),
            "tour command {} failed ({}):\n  {cmd}\nstdout:\n{}\nstderr:\n{}",
            n + 1,
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // What the tour says it made is there.
    let work = tmp.path().join("work");
    for f in [
        "macau-pdpa.ron",
        "ana-lei.pub",
        "demo-r1.pdf",
        "inspection.zip",
        "demo.json",
    ] {
        assert!(work.join(f).is_file(), "the tour made no {f}");
    }
    let status = run("farol status demo-worklink-rollout --json", tmp.path(), bin);
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(v["status"]["state"], "approved_with_conditions", "{v}");
    assert_eq!(v["status"]["revision"], 2, "{v}");
}

#[test]
fn the_tour_is_read_whole_and_the_terminal_block_is_left_out() {
    let readme = "intro\n## A tour\n<!-- tour: needs a terminal -->\n```sh\nfarol\n```\n\
text\n```sh\nfarol demo   # a comment\n\n# only a comment\nfarol review x \\\n    --sign\n```\n\
### Next\n```sh\nfarol never\n```\n";
    assert_eq!(
        tour_commands(readme),
        ["farol demo   # a comment", "farol review x \\\n    --sign"]
    );
}
