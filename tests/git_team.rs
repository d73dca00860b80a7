//! Three people share one dossier through git, as a team would: assessor A, assessor B
//! and reviewer C, each with a clone of a local bare repository (no network), their own
//! key, keys directory, settings and home. They create, answer, sign, review, trust,
//! `git pull --no-rebase` and `git push` in turn, and the test holds, throughout and at
//! the end:
//!
//! * `git pull` never reports a conflict;
//! * no signed file is ever lost: every signed file any clone wrote is in the final tree,
//!   byte for byte;
//! * nothing local is committed: no lock, temporary file, draft, review in progress or
//!   `.farol/` state (each clone runs `git add -A`, with a live lock and a temporary file
//!   lying about);
//! * `farol verify` passes in every clone at the end.
//!
//! Two people signing the same assessment from the same revision before pulling (a fork,
//! resolved with `farol resolve`) merges without a conflict too, because signed files are
//! named by content (`NNNN-<h12>.ron`).
//!
//! Skipped, saying why, when `git` is not on PATH.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Team {
    tmp: tempfile::TempDir,
    /// Every signed file any clone wrote: path in the dossier → bytes.
    created: BTreeMap<String, Vec<u8>>,
    /// Signed files written under one path with two contents (a lost file, by construction).
    clashes: Vec<String>,
    ops: usize,
}

const PEOPLE: [&str; 3] = ["a", "b", "c"];

fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The signed files of a dossier (revisions, reviews, heads, index entries, trusted keys),
/// relative to it.
fn signed_files(root: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if name == ".git" || name == ".farol" {
                continue;
            }
            if p.is_dir() {
                walk(&p, root, out);
                continue;
            }
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let parent = p.parent().and_then(|d| d.file_name()).unwrap_or_default();
            let signed_dir = ["revisions", "reviews", "heads", "trusted"]
                .iter()
                .any(|d| parent == *d)
                || rel.starts_with("index/");
            if signed_dir && !name.starts_with('.') && name.ends_with(".ron") {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

impl Team {
    fn new() -> Team {
        let tmp = tempfile::tempdir().unwrap();
        let t = Team {
            tmp,
            created: BTreeMap::new(),
            clashes: Vec::new(),
            ops: 0,
        };
        let origin = t.path("origin.git");
        let o = t.git_in(
            t.tmp.path(),
            &["init", "-q", "--bare", "-b", "main", "origin.git"],
        );
        assert!(o.status.success(), "{}", text(&o));
        for who in PEOPLE {
            std::fs::create_dir_all(t.path(&format!("home-{who}"))).unwrap();
            let o = t.git_in(
                t.tmp.path(),
                &["clone", "-q", origin.to_str().unwrap(), who],
            );
            assert!(o.status.success(), "{}", text(&o));
            for (k, v) in [
                ("user.name", who),
                ("user.email", &format!("{who}@example.mo")),
                ("pull.rebase", "false"),
                ("init.defaultBranch", "main"),
            ] {
                t.git(who, &["config", k, v]);
            }
            t.git(who, &["symbolic-ref", "HEAD", "refs/heads/main"]);
        }
        t
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn clone_dir(&self, who: &str) -> PathBuf {
        self.path(who)
    }

    fn git_in(&self, dir: &Path, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", self.path("home-git"))
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .output()
            .unwrap()
    }

    fn git(&self, who: &str, args: &[&str]) -> Output {
        let o = self.git_in(&self.clone_dir(who), args);
        assert!(o.status.success(), "{who}: git {args:?}\n{}", text(&o));
        o
    }

    fn farol_output(&mut self, who: &str, args: &[&str]) -> Output {
        self.ops += 1;
        let o = Command::new(assert_cmd::cargo::cargo_bin("farol"))
            .args(args)
            .current_dir(self.clone_dir(who))
            .env("FAROL_DOSSIER", self.clone_dir(who))
            .env("FAROL_KEYS", self.path(&format!("keys-{who}")))
            .env("FAROL_CONFIG_DIR", self.path(&format!("config-{who}")))
            .env("HOME", self.path(&format!("home-{who}")))
            .env("FAROL_LANG", "en")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .output()
            .unwrap();
        self.collect(who);
        o
    }

    /// Runs farol in `who`'s clone; it must succeed.
    fn farol(&mut self, who: &str, args: &[&str]) -> String {
        let o = self.farol_output(who, args);
        assert!(o.status.success(), "{who}: farol {args:?}\n{}", text(&o));
        text(&o)
    }

    /// Remembers every signed file in `who`'s clone.
    fn collect(&mut self, who: &str) {
        let root = self.clone_dir(who);
        for rel in signed_files(&root) {
            let bytes = std::fs::read(root.join(&rel)).unwrap();
            match self.created.get(&rel) {
                Some(b) if *b != bytes => self.clashes.push(format!("{who}: {rel}")),
                Some(_) => {}
                None => {
                    self.created.insert(rel, bytes);
                }
            }
        }
    }

    /// A new key for `who`, trusted by `who` in their clone; returns its id.
    fn key(&mut self, who: &str, name: &str, role: &str) -> String {
        let out = self.farol(who, &["keys", "new", "--name", name, "--role", role]);
        let id = out
            .split(|c: char| c.is_whitespace() || c == ',' || c == ')' || c == '(')
            .find(|w| w.starts_with("farol:") && w.len() == 22)
            .unwrap_or_else(|| panic!("no key id in {out}"))
            .to_string();
        self.farol(who, &["keys", "trust", &id]);
        id
    }

    /// `git add -A`, commit, `git pull --no-rebase`, `git push`: the pull must report no
    /// conflict.
    fn sync(&mut self, who: &str) {
        self.ops += 1;
        self.git(who, &["add", "-A"]);
        let staged = self.git_in(&self.clone_dir(who), &["diff", "--cached", "--quiet"]);
        if !staged.status.success() {
            self.git(who, &["commit", "-q", "-m", &format!("{who}: work")]);
        }
        let has_remote = self
            .git_in(
                &self.clone_dir(who),
                &["ls-remote", "--exit-code", "origin", "main"],
            )
            .status
            .success();
        if has_remote {
            let o = self.git_in(
                &self.clone_dir(who),
                &["pull", "--no-rebase", "--no-edit", "origin", "main"],
            );
            let said = text(&o);
            assert!(
                o.status.success() && !said.contains("CONFLICT"),
                "{who}: git pull reported a conflict:\n{said}"
            );
        }
        let has_commit = self
            .git_in(&self.clone_dir(who), &["rev-parse", "--verify", "HEAD"])
            .status
            .success();
        if has_commit {
            self.git(who, &["push", "-q", "origin", "HEAD:main"]);
        }
        self.collect(who);
    }

    /// A live editor lock and a temporary file, as a running Farol leaves them, in an
    /// assessment of `who`'s clone: `git add -A` must not pick them up.
    fn leave_local_files(&self, who: &str, id: &str) {
        let dir = self.clone_dir(who).join("assessments").join(id);
        std::fs::write(
            dir.join("draft.lock"),
            format!("{} 0\nhost elsewhere\n", std::process::id()),
        )
        .unwrap();
        std::fs::write(dir.join(".draft.ron.4242.0.tmp"), "half").unwrap();
        std::fs::write(
            dir.join("review.lock"),
            "1 0\nhost laptop-of-someone-else\n",
        )
        .unwrap();
    }

    fn tracked(&self, who: &str) -> Vec<String> {
        let o = self.git(who, &["ls-files"]);
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// The final checks: everyone in sync, nothing lost, nothing local committed, and
    /// `farol verify` passes everywhere.
    fn finish(&mut self) {
        for who in ["a", "b", "c", "a", "b"] {
            self.sync(who);
        }
        assert!(
            self.clashes.is_empty(),
            "signed files written twice with different contents (one is lost in git): {:#?}",
            self.clashes
        );
        let heads: Vec<String> = PEOPLE
            .iter()
            .map(|w| text(&self.git(w, &["rev-parse", "HEAD^{tree}"])))
            .collect();
        assert!(heads.iter().all(|h| *h == heads[0]), "{heads:?}");
        let tracked = self.tracked("a");
        for f in &tracked {
            let name = f.rsplit('/').next().unwrap();
            assert!(
                !(name == "draft.ron"
                    || name.ends_with(".lock")
                    || name.ends_with(".tmp")
                    || name == "review.ron"
                    || name.starts_with("review-of-revision")
                    || f.starts_with(".farol/")),
                "{f} is local and was committed"
            );
        }
        assert!(tracked.iter().any(|f| f == ".gitignore"));
        let root = self.clone_dir("a");
        for (rel, bytes) in &self.created {
            assert!(tracked.contains(rel), "{rel} was lost: not in git");
            assert_eq!(
                &std::fs::read(root.join(rel)).unwrap(),
                bytes,
                "{rel} changed"
            );
        }
        for who in PEOPLE {
            let o = self.farol_output(who, &["verify"]);
            assert!(o.status.success(), "{who}: farol verify\n{}", text(&o));
        }
    }
}

fn names(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default()
}

macro_rules! need_git {
    () => {
        if !git_available() {
            eprintln!("skipped: `git` is not on PATH; this test drives three git clones");
            return;
        }
    };
}

/// The team's first months, with no two people signing the same assessment at once.
/// Everything here holds with today's file names.
fn first_months(t: &mut Team) {
    // A starts the dossier and the first assessment; the dossier's .gitignore comes with it.
    t.key("a", "Ana Lei", "assessor");
    t.farol("a", &["new", "--title", "Chat rollout", "--id", "chat"]);
    t.farol("a", &["answer", "chat", "prj.system", "WorkLink 1"]);
    t.farol("a", &["sign", "chat"]);
    t.leave_local_files("a", "chat");
    t.sync("a");
    // B and C join: each brings a key and trusts it in the shared dossier.
    t.sync("b");
    t.key("b", "Bea Chan", "assessor");
    t.sync("b");
    t.sync("c");
    t.key("c", "Cai Sousa", "reviewer");
    t.sync("c");
    t.sync("a");
    // B signs the next revision of A's assessment: B has no draft of it, only revisions.
    t.farol("b", &["answer", "chat", "prj.system", "WorkLink 2"]);
    t.farol("b", &["sign", "chat"]);
    // Meanwhile A starts another assessment.
    t.farol(
        "a",
        &["new", "--title", "Fingerprint clock", "--id", "clock"],
    );
    t.farol("a", &["answer", "clock", "prj.system", "ClockIn"]);
    t.farol("a", &["sign", "clock"]);
    t.sync("b");
    t.sync("a");
    // C reviews chat (B's revision 2): a review in progress, then countersigned.
    t.sync("c");
    t.farol(
        "c",
        &[
            "review",
            "chat",
            "--comment",
            "prj.system",
            "Which version?",
        ],
    );
    t.sync("c");
    t.farol("c", &["review", "chat", "--opinion", "reject", "--sign"]);
    t.leave_local_files("c", "chat");
    t.sync("c");
    // A answers the review: A's own draft of chat still holds revision 1 only, so it gives
    // way to B's revision 2 before A changes it.
    t.sync("a");
    let listed = t.farol("a", &["list"]);
    assert!(
        listed.contains("chat") && listed.contains("clock"),
        "{listed}"
    );
    t.farol("a", &["answer", "chat", "prj.system", "WorkLink 3"]);
    t.farol("a", &["sign", "chat"]);
    t.sync("a");
    let arrived = t.farol("b", &["verify"]);
    assert!(arrived.contains("No earlier `farol verify`"), "{arrived}");
    t.sync("b");
    let arrived = t.farol("b", &["verify"]);
    assert!(
        arrived.starts_with("Arrived since the last verify here")
            && arrived.contains("revision 3 of chat, signed by Ana Lei (assessor): verifies")
            && arrived.contains("review 1 of chat, signed by Cai Sousa (reviewer): verifies"),
        "{arrived}"
    );
    // B signs clock, C reviews chat again, A checks status.
    t.farol("b", &["answer", "clock", "prj.system", "ClockIn 2"]);
    t.farol("b", &["sign", "clock"]);
    t.leave_local_files("b", "clock");
    t.sync("b");
    t.sync("c");
    t.farol(
        "c",
        &[
            "review",
            "chat",
            "--comment",
            "prj.system",
            "Still unclear.",
            "--opinion",
            "reject",
            "--sign",
        ],
    );
    t.sync("c");
    t.sync("a");
    let status = t.farol("a", &["status", "chat"]);
    assert!(status.contains("chat"), "{status}");
    // A new reviewer key for C (a replacement laptop), trusted and used.
    t.key("c", "Cai Sousa (laptop 2)", "reviewer");
    t.sync("c");
    t.sync("b");
    t.farol("b", &["verify"]);
}

#[test]
fn three_clones_share_a_dossier_through_git_without_conflicts() {
    need_git!();
    let mut t = Team::new();
    first_months(&mut t);
    t.finish();
    assert!(t.ops >= 30, "only {} operations", t.ops);
}

#[test]
fn two_people_signing_from_the_same_revision_fork_and_resolve_without_conflicts() {
    need_git!();
    let mut t = Team::new();
    first_months(&mut t);
    // A and B both sign chat from the same revision before pulling: a fork.
    t.sync("a");
    t.sync("b");
    let mut tips = Vec::new();
    for (who, vendor) in [("a", "Vendor A"), ("b", "Vendor B")] {
        let revisions = t.clone_dir(who).join("assessments/chat/revisions");
        let before = names(&revisions);
        t.farol(who, &["answer", "chat", "prj.vendor", vendor]);
        t.farol(who, &["sign", "chat"]);
        let new: Vec<String> = names(&revisions)
            .into_iter()
            .filter(|n| !before.contains(n))
            .collect();
        assert_eq!(new.len(), 1, "{new:?}");
        tips.extend(new);
    }
    // Both trust the same new key too (each writes its trusted-key file).
    let out = t.farol(
        "c",
        &[
            "keys",
            "new",
            "--name",
            "Cai Sousa (tablet)",
            "--role",
            "reviewer",
        ],
    );
    let id = out
        .split(|c: char| c.is_whitespace() || c == ',' || c == ')' || c == '(')
        .find(|w| w.starts_with("farol:") && w.len() == 22)
        .unwrap()
        .to_string();
    let public = t.farol("c", &["keys", "show", &id]);
    let file = t.path("tablet.pub.ron");
    std::fs::write(&file, public).unwrap();
    for who in ["a", "b"] {
        t.farol(who, &["keys", "trust", file.to_str().unwrap()]);
    }
    t.sync("a");
    t.sync("b");
    let fork = t.farol_output("b", &["verify"]);
    assert!(
        !fork.status.success(),
        "a fork fails verification until resolved"
    );
    let said = text(&fork);
    for tip in &tips {
        assert!(said.contains(tip.as_str()), "the fork names {tip}:\n{said}");
    }
    t.farol("b", &["resolve", "chat"]);
    t.sync("b");
    t.sync("a");
    // C reviews while A signs again from the resolved revision: heads fork and the next
    // head resolves them.
    t.sync("c");
    t.farol(
        "c",
        &[
            "review",
            "chat",
            "--comment",
            "prj.vendor",
            "Which vendor, in the end?",
            "--opinion",
            "reject",
            "--sign",
            "--key",
            &id,
        ],
    );
    t.farol("a", &["answer", "chat", "prj.vendor", "Vendor A2"]);
    t.farol("a", &["sign", "chat"]);
    t.sync("c");
    t.sync("a");
    let fork = t.farol_output("a", &["verify"]);
    if !fork.status.success() {
        t.farol("a", &["resolve", "chat"]);
    }
    t.finish();
}
