//! The real `farol` binary in a pseudo-terminal: create an assessment in the form, answer
//! several questions, look at the dashboard and the plan, quit, and check the saved
//! draft; reopen it (resumed at the same question) while a second `farol open` of the
//! same draft is refused; and close the terminal under it without losing an answer.
//! The theme: forced, from `COLORFGBG`, or off with `NO_COLOR`; an unknown one refused.

mod tui_support;

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use farol::answer::Answer;
use farol::dossier::Dossier;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

struct Pty {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
}

impl Pty {
    /// `farol ARGS` in English, whatever the locale of the machine running the tests, with
    /// its settings kept beside the dossier.
    fn spawn(dossier: &std::path::Path, args: &[&str]) -> Pty {
        let config = dossier.join(".farol-config");
        Self::spawn_env(
            dossier,
            args,
            &[
                ("LANG", "C.UTF-8"),
                ("FAROL_CONFIG_DIR", config.to_str().unwrap()),
            ],
        )
    }

    /// `farol ARGS` with `env` set on top of a locale-free environment (no LC_ALL,
    /// LC_MESSAGES, LANG or FAROL_LANG from the machine running the tests).
    fn spawn_env(dossier: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_farol"));
        cmd.args(args);
        cmd.env("FAROL_DOSSIER", dossier);
        cmd.env("NO_COLOR", "1");
        cmd.env("TERM", "xterm-256color");
        for v in ["LC_ALL", "LC_MESSAGES", "LANG", "FAROL_LANG"] {
            cmd.env_remove(v);
        }
        for (k, v) in env {
            // An empty value: not set at all (NO_COLOR, for the theme tests).
            if v.is_empty() {
                cmd.env_remove(k);
            } else {
                cmd.env(k, v);
            }
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let n = |v| NonZeroU16::new(v).unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(n(24), n(80), 0)));
        let s2 = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                s2.lock().unwrap().process(&buf[..n]);
            }
        });
        Pty {
            screen,
            writer,
            child,
            master: Some(pair.master),
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {text:?}; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the app read each burst on its own, so Esc is not taken for a sequence start.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "farol did not exit; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";
const ESC: &str = "\x1b";

#[test]
fn new_answer_quit_reopen_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = tui_support::fixture_path();
    let mut p = Pty::spawn(
        dir.path(),
        &["new", "--questionnaire", fixture.to_str().unwrap()],
    );
    p.wait_for("New assessment");
    p.send("Pty test 測試");
    p.send("\x13"); // Ctrl-S: create
    p.wait_for("Which kinds of personal data");
    p.send(" ");
    p.send(DOWN);
    p.send(" ");
    p.send("\r");
    p.wait_for("stored outside Macau");
    p.send("y");
    p.wait_for("How large");
    p.send(DOWN);
    p.send("\r");
    p.wait_for("in your own words");
    p.send("Clock-in 打卡");
    p.send("\t");
    p.wait_for("How many people");
    p.send("120\r");
    p.wait_for("go live");
    p.send("2026-12-01\r");
    p.wait_for("receives or stores");
    p.send("a");
    p.wait_for("New row");
    p.send("Vendor cloud");
    p.send("\t");
    p.send(" ");
    p.send("\t");
    p.send(DOWN);
    p.send(" ");
    p.send("\r");
    p.wait_for("Mainland China");
    p.send(RIGHT);
    p.wait_for("two factors");
    p.send("n");
    p.wait_for("Before you finish");
    p.send(ESC);
    p.send("d");
    p.wait_for("Data categories");
    p.send("p");
    p.wait_for("Action plan");
    p.send("q");
    assert!(p.wait_exit().success());
    assert!(
        !p.screen.lock().unwrap().screen().alternate_screen(),
        "the terminal is restored"
    );

    let dossier = Dossier::open(dir.path());
    // The id is made from the title, its Chinese transliterated (測試 → ce-shi).
    let (d, _) = dossier.load_draft("pty-test-ce-shi").unwrap();
    assert_eq!(d.title, "Pty test 測試");
    assert_eq!(d.answers.len(), 8, "{:?}", d.answers);
    assert_eq!(
        d.answers.get("det.purpose"),
        Some(&Answer::Text("Clock-in 打卡".into()))
    );
    assert_eq!(d.answers.get("det.people"), Some(&Answer::Number(120)));
    assert_eq!(d.answers.get("sec.mfa"), Some(&Answer::No));
    assert_eq!(d.position.as_deref(), Some("sec.mfa"));
    assert!(
        !dir.path()
            .join("assessments/pty-test-ce-shi/draft.lock")
            .exists(),
        "lock released"
    );

    // Reopen: resumes at the same question.
    let mut p = Pty::spawn(dir.path(), &["open", "pty-test-ce-shi"]);
    p.wait_for("two factors");
    // One editor per draft: a second open is refused, with a clear message.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_farol"))
        .args(["open", "pty-test-ce-shi"])
        .env("FAROL_DOSSIER", dir.path())
        .env("FAROL_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("already open in another Farol"), "{err}");
    // Answer, then the terminal goes away: the answer is kept and the lock released.
    p.send("y");
    p.wait_for("Before you finish");
    // What the kernel sends when a terminal window is closed. (The test's reader thread
    // keeps the pty open, so closing our end alone would not hang it up.)
    let pid = p.child.process_id().unwrap();
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(pid as libc::pid_t, libc::SIGHUP) };
    drop(p.master.take());
    let start = Instant::now();
    while p.child.try_wait().unwrap().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "farol did not exit after hangup"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // The id is made from the title, its Chinese transliterated (測試 → ce-shi).
    let (d, _) = dossier.load_draft("pty-test-ce-shi").unwrap();
    assert_eq!(d.answers.get("sec.mfa"), Some(&Answer::Yes));
    assert!(
        !dir.path()
            .join("assessments/pty-test-ce-shi/draft.lock")
            .exists(),
        "lock released after hangup"
    );
}

#[test]
fn farol_review_opens_review_mode_in_a_terminal_and_prints_the_sheet_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let mut answers = farol::answer::Answers::new();
    answers.insert("scr.abroad".into(), Answer::Yes);
    let d = tui_support::fixture_draft("fx1", "Attendance app rollout", "Lótus", answers);
    tui_support::sign(dir.path(), d, tui_support::at(2026, 11, 20));

    let mut p = Pty::spawn(dir.path(), &["review", "fx1"]);
    p.wait_for("Review of revision 1");
    p.wait_for("stored outside Macau");
    p.send("c");
    p.wait_for("Comment on the question");
    p.send("Which region? 哪個地區?");
    p.send(ESC);
    p.wait_for("Your comment: Which region?");
    p.send("v");
    p.wait_for("Sections judged 1/1");
    p.send("q");
    assert!(p.wait_exit().success());
    assert!(!p.screen.lock().unwrap().screen().alternate_screen());
    let dossier = Dossier::open(dir.path());
    let r = farol::review::load_draft(&dossier, "fx1").unwrap().unwrap();
    assert_eq!(
        r.comments.get("scr.abroad").map(String::as_str),
        Some("Which region? 哪個地區?")
    );
    assert_eq!(
        r.verdicts.get("scr").map(|v| v.verdict),
        Some(farol::review::Verdict::Acceptable)
    );
    assert!(!dir.path().join("assessments/fx1/review.lock").exists());

    // Not a terminal: the text sheet, with the comment so far.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_farol"))
        .args(["review", "fx1"])
        .env("FAROL_DOSSIER", dir.path())
        .env("FAROL_LANG", "en")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Which region?"), "{text}");
}

/// The window open, `farol answer` in another process, then a key in the window: the
/// other command's answer survives, and the window says it read the draft again.
#[test]
fn an_answer_given_elsewhere_while_the_window_is_open_survives() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = tui_support::fixture_path();
    let cli = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_farol"))
            .args(args)
            .env("FAROL_DOSSIER", dir.path())
            .env("FAROL_LANG", "en")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    cli(&[
        "new",
        "--title",
        "Both",
        "--questionnaire",
        fixture.to_str().unwrap(),
    ]);
    let mut p = Pty::spawn(dir.path(), &["open", "both"]);
    p.wait_for("Which kinds of personal data");
    p.send(" "); // a first answer from the window
    cli(&["answer", "both", "det.people", "55"]);
    p.wait_for("read again from disk");
    p.send(DOWN);
    p.send(" "); // a second one, after the other command's
    p.send("q");
    assert!(p.wait_exit().success());
    let (d, _) = Dossier::open(dir.path()).load_draft("both").unwrap();
    assert_eq!(d.answers.get("det.people"), Some(&Answer::Number(55)));
    let cats = d.answers.get("scr.cats").expect("the window's answers");
    assert_eq!(cats.choices().len(), 2, "{cats:?}");
}

/// SIGINT, SIGQUIT, SIGTERM and SIGHUP sent to the window: it ends with the terminal as
/// it found it (main screen, cursor shown, no mouse reporting, raw mode off) and the
/// draft's lock released.
#[test]
fn every_ending_signal_restores_the_terminal_and_releases_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = tui_support::fixture_path();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_farol"))
        .args(["new", "--title", "Sig", "--questionnaire"])
        .arg(&fixture)
        .env("FAROL_DOSSIER", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let lock = dir.path().join("assessments/sig/draft.lock");
    for (name, sig) in [
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGTERM", libc::SIGTERM),
        ("SIGHUP", libc::SIGHUP),
    ] {
        let mut p = Pty::spawn(dir.path(), &["open", "sig"]);
        p.wait_for("Which kinds of personal data");
        // The frame's text arrives before the cursor is hidden (after the flush): wait
        // for both, rather than read the screen between two writes.
        let start = Instant::now();
        loop {
            let s = p.screen.lock().unwrap();
            if s.screen().alternate_screen() && s.screen().hide_cursor() {
                break;
            }
            drop(s);
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{name}: the window never took the alternate screen with the cursor hidden"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(lock.exists());
        assert!(!cooked(&p), "{name}: raw mode while open");
        let pid = p.child.process_id().unwrap();
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(pid as libc::pid_t, sig) };
        let status = p.wait_exit();
        assert_eq!(status.exit_code(), 128 + sig as u32, "{name}");
        // Let the reader thread take in the last bytes.
        std::thread::sleep(Duration::from_millis(200));
        let s = p.screen.lock().unwrap();
        let screen = s.screen();
        assert!(!screen.alternate_screen(), "{name}: main screen");
        assert!(!screen.hide_cursor(), "{name}: cursor shown");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "{name}: no mouse reporting"
        );
        drop(s);
        assert!(cooked(&p), "{name}: raw mode off");
        assert!(!lock.exists(), "{name}: lock released");
    }
}

/// Whether the pty is in cooked mode (canonical input and echo), as the shell left it.
fn cooked(p: &Pty) -> bool {
    let fd = p.master.as_ref().unwrap().as_raw_fd().unwrap();
    // SAFETY: tcgetattr fills a termios we own; on Linux the master reports the slave's.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0);
    t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
}

/// A Macau user with a Chinese locale and no flag: Farol starts in Traditional Chinese,
/// the demo is added and walked (questions, the finish list, the risk screen) in Chinese,
/// and quits cleanly.
#[test]
fn the_demo_walked_in_traditional_chinese_from_the_locale_alone() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join(".farol-config");
    let env = [
        ("LANG", "zh_MO.UTF-8"),
        ("FAROL_CONFIG_DIR", config.to_str().unwrap()),
    ];
    let mut p = Pty::spawn_env(dir.path(), &[], &env);
    p.wait_for("卷宗：");
    p.wait_for("還沒有任何評估");
    p.wait_for("L 語言");
    p.send("d");
    p.wait_for("WorkLink");
    p.wait_for("草稿");
    p.send("\r");
    // The wizard: the chrome, the keys and the questionnaire's own texts in Chinese.
    p.wait_for("已儲存");
    p.wait_for("是否需");
    p.wait_for("←→ 問題");
    p.send(RIGHT);
    p.send(RIGHT);
    p.send("\x1b[D"); // back one
    p.send("s");
    p.wait_for("跳到某一部分");
    p.send(ESC);
    p.send("f");
    p.wait_for("完成之前");
    p.send(ESC);
    p.send("d");
    p.wait_for("資料類別");
    p.wait_for("嚴重程度");
    p.send("\t");
    p.wait_for("義務");
    let screen = p.contents();
    for english in ["Data categories", "saved", "Severity", "Duties", "choose"] {
        assert!(!screen.contains(english), "{english:?} on:\n{screen}");
    }
    p.send("q");
    assert!(p.wait_exit().success(), "{}", p.contents());
    // The draft is the demo, untouched in its answers' language-neutral form.
    let d = Dossier::open(dir.path());
    assert!(d.load_draft(farol::demo::ID).is_ok());
}

/// The language chosen on the home screen is remembered for the user: the settings file
/// is written, and the next start (still with an English locale) is in that language.
#[test]
fn the_language_chosen_on_the_home_screen_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join(".farol-config");
    let env = [
        ("LANG", "en_GB.UTF-8"),
        ("FAROL_CONFIG_DIR", config.to_str().unwrap()),
    ];
    let mut p = Pty::spawn_env(dir.path(), &[], &env);
    p.wait_for("There are no assessments");
    p.send("L");
    p.wait_for("Language");
    p.wait_for("Português");
    p.send("3");
    p.wait_for("Este dossier ainda não tem avaliações");
    p.send("q");
    assert!(p.wait_exit().success(), "{}", p.contents());
    let saved = std::fs::read_to_string(config.join("settings.ron")).unwrap();
    assert!(saved.contains("\"pt\""), "{saved}");

    let mut p = Pty::spawn_env(dir.path(), &[], &env);
    p.wait_for("Este dossier ainda não tem avaliações");
    p.send("L");
    p.wait_for("繁體中文");
    p.send("2");
    p.wait_for("這個卷宗還沒有任何評估");
    p.send("q");
    assert!(p.wait_exit().success(), "{}", p.contents());
    let saved = std::fs::read_to_string(config.join("settings.ron")).unwrap();
    assert!(saved.contains("\"zh-Hant\""), "{saved}");
}

/// The colour of the home screen's title in a terminal that does not answer a question
/// about its background (as vt100 does not): `FAROL_THEME` forces a palette, `auto`
/// falls back on `COLORFGBG`, then dark; `NO_COLOR` wins over all; an unknown theme is
/// refused with exit code 2 before anything is drawn.
#[test]
fn the_theme_follows_farol_theme_colorfgbg_and_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join(".farol-config");
    let title = |env: &[(&str, &str)]| {
        let mut all = vec![
            ("LANG", "C.UTF-8"),
            ("FAROL_CONFIG_DIR", config.to_str().unwrap()),
            ("NO_COLOR", ""),
            ("COLORFGBG", ""),
            ("FAROL_THEME", ""),
        ];
        all.retain(|(k, _)| !env.iter().any(|(e, _)| e == k));
        all.extend_from_slice(env);
        let mut p = Pty::spawn_env(dir.path(), &[], &all);
        p.wait_for("privacy impact assessments");
        let color = p
            .screen
            .lock()
            .unwrap()
            .screen()
            .cell(0, 0)
            .unwrap()
            .fgcolor();
        p.send("q");
        p.wait_exit();
        color
    };
    use vt100::Color::{Default, Idx};
    assert_eq!(title(&[("FAROL_THEME", "light")]), Idx(24));
    assert_eq!(title(&[("FAROL_THEME", "dark")]), Idx(81));
    assert_eq!(title(&[("COLORFGBG", "0;15")]), Idx(24));
    assert_eq!(title(&[("COLORFGBG", "15;0")]), Idx(81));
    assert_eq!(title(&[]), Idx(81));
    assert_eq!(
        title(&[("FAROL_THEME", "light"), ("NO_COLOR", "1")]),
        Default
    );

    let mut p = Pty::spawn_env(
        dir.path(),
        &[],
        &[("FAROL_THEME", "solarized"), ("LANG", "C.UTF-8")],
    );
    p.wait_for("FAROL_THEME=solarized is not a theme");
    assert!(
        p.contents().contains("FAROL_THEME=light"),
        "{}",
        p.contents()
    );
    assert_eq!(p.wait_exit().exit_code(), 2);
}
