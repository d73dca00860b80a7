//! Snapshots of every screen of the terminal UI, at 80×24 and 120×40, drawn into a
//! TestBackend from a fixture questionnaire (so the Macau PIA's wording can change freely).

mod tui_support;

use farol::answer::{Answer, Answers};
use farol::tui::Start;
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, LANGS, SIZES, answered, fixture_draft, in_lang, scenarios};

/// Every screen at both sizes in every language: English snapshots keep their names,
/// the others add the language (`home_empty_zh-Hant_80x24`).
fn each_size(name: &str, scenario: impl Fn((u16, u16)) -> Harness) {
    for lang in LANGS {
        for size in SIZES {
            let h = in_lang(lang, || scenario(size));
            let tag = if lang == "en" {
                String::new()
            } else {
                format!("_{lang}")
            };
            insta::assert_snapshot!(format!("{name}{tag}_{}x{}", size.0, size.1), h.render());
        }
    }
}

#[test]
fn home_empty() {
    each_size("home_empty", Harness::empty);
}

#[test]
fn home_with_assessments() {
    each_size("home_list", scenarios::home_list);
}

/// The first frame is drawn before the dossier is listed: it says the dossier is being
/// read; the entries arrive as a message.
#[test]
fn home_loading_then_listed() {
    let drafts = || {
        [fixture_draft(
            "fx1",
            "Attendance app rollout",
            "Lótus Trading (蓮花貿易)",
            answered(),
        )]
    };
    each_size("home_loading", |size| Harness::listing(size, &drafts()));
    each_size("home_listed", |size| {
        let mut h = Harness::listing(size, &drafts());
        h.listed();
        h
    });
}

#[test]
fn new_assessment_form() {
    each_size("form", scenarios::form);
}

#[test]
fn wizard_choice_list() {
    each_size("wizard_categories", scenarios::wizard_multi);
}

#[test]
fn wizard_live_risk_line() {
    each_size("wizard_live_risk", |size| {
        let mut h = scenarios::wizard_yes_no(size);
        h.key(KeyCode::Char('y')); // raises likelihood: a level changes
        h
    });
}

/// The last screening question answered: the verdict shows on the next section's
/// first question, with the criteria behind it.
#[test]
fn wizard_screening_verdict() {
    each_size("wizard_screening_verdict", |size| {
        let mut a = Answers::new();
        a.insert("scr.cats".into(), Answer::Choices(vec!["health".into()]));
        a.insert("scr.abroad".into(), Answer::Yes);
        let mut h = Harness::wizard(size, a);
        assert_eq!(h.current().as_deref(), Some("scr.size"));
        h.key(KeyCode::Enter); // fewer than 50 people; on to the details
        h
    });
}

#[test]
fn wizard_text_with_cjk() {
    each_size("wizard_text_cjk", scenarios::wizard_text);
}

#[test]
fn wizard_number_error() {
    each_size("wizard_number_error", scenarios::wizard_date);
}

#[test]
fn wizard_table_and_row_editor() {
    each_size("wizard_rows", scenarios::wizard_rows);
    // The Macau questionnaire's six columns do not fit in equal shares at 80 columns:
    // each row is stacked, "Column: value", nothing cut.
    each_size("wizard_rows_stacked", |size| {
        let mut a = tui_support::macau_filing_answers();
        let flows = farol::questionnaire::load::ron_options()
            .from_str::<Answer>(
                r#"Rows([
                    {"system": Text("HR PC"), "role": Choice("own"), "categories": Choices(["identity", "hr", "health"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Payroll")},
                    {"system": Text("ZK Cloud attendance"), "role": Choice("processor"), "categories": Choices(["identity"]), "location": Choice("hong_kong"), "place": Text("Identity provider, Hong Kong"), "basis": Choice("contract")},
                ])"#,
            )
            .unwrap();
        a.insert("flows.list".into(), flows);
        let mut h = Harness::macau(size, a);
        h.key(KeyCode::Char('w'));
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("flows.list".into()),
        ));
        h.key(KeyCode::Down);
        h
    });
    each_size("wizard_row_editor", scenarios::wizard_row_editor);
}

#[test]
fn wizard_help_panel_toggled_when_narrow() {
    each_size("wizard_help_toggled", |size| {
        let mut h = scenarios::jump(size, "scr.abroad");
        h.key(KeyCode::Char('i'));
        h
    });
}

#[test]
fn wizard_popups() {
    each_size("popup_sections", scenarios::wizard_sections);
    each_size("popup_search", |size| {
        let mut h = scenarios::wizard(size);
        h.key(KeyCode::Char('/')).keys("data");
        h
    });
    each_size("popup_finish", |size| {
        let mut a = answered();
        a.insert("scr.abroad".into(), Answer::Unsure);
        let mut h = Harness::wizard(size, a);
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('f'));
        h
    });
}

#[test]
fn keys_overlay() {
    each_size("keys_overlay", scenarios::wizard_keys);
}

#[test]
fn dashboard_and_explanation() {
    each_size("dashboard", scenarios::dashboard);
    each_size("dashboard_explain", scenarios::dashboard_explain);
}

/// The risk screen with legal conclusions of every kind: the overview, then each legal
/// tab with the focus on it.
#[test]
fn dashboard_legal_panel() {
    use scenarios::dashboard_legal as legal;
    each_size("dashboard_legal", legal);
    // Duties: the one believed not to apply highlighted, with what a lawyer should confirm.
    each_size("dashboard_legal_duties", scenarios::legal_panel);
    each_size("dashboard_legal_filing", |size| {
        let mut h = legal(size);
        h.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Down);
        h
    });
    // Transfers: the one claimed but not in force highlighted.
    each_size("dashboard_legal_transfers", |size| {
        let mut h = legal(size);
        h.key(KeyCode::BackTab)
            .key(KeyCode::Down)
            .key(KeyCode::Down);
        h
    });
}

#[test]
fn action_plan_and_editor() {
    each_size("plan", scenarios::plan);
    each_size("plan_editor", scenarios::plan_editor);
}

/// A plan with an action past its due date: flagged in words on the plan (its long title
/// wrapped, not cut) and above the risk screen; the done one is not.
#[test]
fn overdue_actions() {
    let open = |size| {
        let mut d = fixture_draft(
            "fx1",
            "Attendance app rollout",
            "Lótus Trading (蓮花貿易)",
            answered(),
        );
        d.plan = tui_support::plan_with_overdue();
        let mut h = Harness::start(Start::Open("fx1".into()), size, &[d]);
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h
    };
    each_size("plan_overdue", |size| {
        let mut h = open(size);
        h.key(KeyCode::Char('p'));
        h
    });
    each_size("dashboard_overdue", |size| {
        let mut h = open(size);
        h.key(KeyCode::Char('d'));
        h
    });
}

/// The new-key form from the home screen: the name typed, the role changed, the
/// passphrase left empty and Enter pressed once, so it asks to confirm.
#[test]
fn new_key_form() {
    each_size("keygen_form", |size| {
        let mut h = Harness::empty(size);
        h.key(KeyCode::Char('K')).keys("Ana Lei 李安娜");
        h.key(KeyCode::Tab).key(KeyCode::Right).key(KeyCode::Tab);
        h.key(KeyCode::Enter);
        h
    });
}

#[test]
fn sign_and_report_dialogs() {
    use farol::tui::screens::dialog::{Dialog, ReportInfo, SignedInfo};
    use scenarios::sign_plan as plan;
    each_size("dialog_sign", scenarios::sign_key_prompt);
    let dialogs = [
        (
            "dialog_no_key",
            Dialog::Sign {
                plan: plan(vec![]),
                key: 0,
                unanswered: 0,
                unsure: 0,
                pass: Default::default(),
            },
        ),
        (
            "dialog_signed",
            Dialog::Signed(SignedInfo {
                revision: 3,
                path: "/home/ana/dossier/assessments/fx1/revisions/0003.ron".into(),
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
                key: "farol:99aa00bb11cc22dd".into(),
                signer: "Ana Lei (assessor)".into(),
                trusted: false,
            }),
        ),
        (
            "dialog_report_of_draft",
            Dialog::Reported(ReportInfo {
                filing: false,
                path: "/home/ana/dossier/reports/fx1-draft.pdf".into(),
                pages: 12,
                kb: 96,
                revision: None,
                missing_glyphs: 0,
            }),
        ),
    ];
    for (name, dialog) in dialogs {
        each_size(name, |size| {
            let mut dialog = dialog.clone();
            if let farol::tui::screens::dialog::Dialog::Signed(i) = &mut dialog {
                let l = farol::i18n::AsLang::as_lang(&tui_support::lang());
                i.signer = format!(
                    "Ana Lei ({})",
                    farol::tui::strings::role(l, farol::keys::Role::Assessor)
                );
            }
            scenarios::dialog(size, dialog)
        });
    }
}

/// The sign dialog with a passphrase-protected key, at 80×24 in each language: eight
/// characters typed (masked), then after a wrong passphrase was refused.
#[test]
fn sign_dialog_with_a_passphrase() {
    for lang in LANGS {
        let tag = if lang == "en" {
            String::new()
        } else {
            format!("_{lang}")
        };
        let mut h = in_lang(lang, || Harness::wizard((80, 24), answered()));
        let key = farol::keys::new_key_protected(
            &h.dir.path().join("keys"),
            "Ana Lei",
            farol::keys::Role::Assessor,
            tui_support::at(2026, 11, 1),
            "the right passphrase",
        )
        .unwrap();
        // A new key's id is random: the snapshots show a fixed one of the same width.
        let render = |h: &Harness| h.render().replace(&key.id, "farol:1a2b3c4d5e6f7a8b");
        h.send(farol::tui::Msg::Go(farol::tui::Go::Dashboard));
        h.key(KeyCode::Char('s')).keys("secret12");
        let screen = render(&h);
        assert!(!screen.contains("secret12"), "{screen}");
        insta::assert_snapshot!(format!("dialog_sign_passphrase{tag}_80x24"), screen);
        h.key(KeyCode::Enter);
        insta::assert_snapshot!(
            format!("dialog_sign_passphrase_wrong{tag}_80x24"),
            render(&h)
        );
    }
}

#[test]
fn review_mode() {
    each_size("review_answers", scenarios::review_answers);
    each_size("review_next_section", |size| {
        let mut h = scenarios::review_answers(size);
        h.key(KeyCode::Tab).key(KeyCode::Char('v'));
        h
    });
    each_size("review_comment_editor", |size| {
        let mut h = scenarios::review_answers(size);
        h.key(KeyCode::Up)
            .key(KeyCode::Char('c'))
            .keys("Is 位置 data kept after people leave?");
        h
    });
    // The risk page: the revision's heat map and categories, as the assessor sees them.
    each_size("review_risk", |size| {
        let mut h = scenarios::review_answers(size);
        h.key(KeyCode::Char('d')).key(KeyCode::Down);
        h
    });
    each_size("review_risk_explain", |size| {
        let mut h = scenarios::review_answers(size);
        h.key(KeyCode::Char('d')).key(KeyCode::Enter);
        h
    });
    each_size("review_opinion", scenarios::review_opinion);
    // The last row: what countersigning needs shows under the beliefs to check.
    each_size("review_opinion_last_row", |size| {
        let mut h = scenarios::review_answers(size);
        h.key(KeyCode::Char('o'));
        for _ in 0..6 {
            h.key(KeyCode::Down);
        }
        h
    });
    each_size("review_keys_overlay", scenarios::review_keys);
}

#[test]
fn countersign_dialogs() {
    use farol::tui::screens::dialog::KeyChoice;
    use farol::tui::screens::review::{CountersignPlan, Countersigned, Dialog};
    let plan = |keys: Vec<KeyChoice>, refused: Option<&str>| CountersignPlan {
        number: 2,
        revision: 3,
        keys,
        keys_dir: "/home/leong/.config/farol/keys".into(),
        refused: refused.map(String::from),
    };
    let keys = vec![
        KeyChoice {
            signed_it: false,
            protected: false,
            fingerprint: String::new(),
            id: "farol:1a2b3c4d5e6f7a8b".into(),
            name: "Ana Lei".into(),
            role: "assessor".into(),
            trusted: true,
        },
        KeyChoice {
            signed_it: false,
            protected: false,
            fingerprint: String::new(),
            id: "farol:77ee88ff99aa00bb".into(),
            name: "Dr. Leong".into(),
            role: "reviewer".into(),
            trusted: false,
        },
    ];
    // The reviewer's key protected: six characters of its passphrase typed (masked).
    let mut protected = keys.clone();
    protected[1].protected = true;
    let dialogs = [
        (
            "countersign",
            Dialog::Countersign {
                plan: plan(keys.clone(), None),
                key: 1,
                refused_key: None,
                pass: Default::default(),
            },
        ),
        (
            "countersign_passphrase",
            Dialog::Countersign {
                plan: plan(protected, None),
                key: 1,
                refused_key: None,
                pass: farol::tui::screens::dialog::PassField {
                    text: farol::tui::msg::Secret::new("hunter".into()),
                    ..Default::default()
                },
            },
        ),
        (
            "countersign_assessor_key",
            Dialog::Countersign {
                plan: plan(keys.clone(), None),
                key: 0,
                refused_key: Some(farol::tui::strings::review_assessor_key(
                    farol::i18n::Lang::En,
                    "Ana Lei",
                    "farol:1a2b3c4d5e6f7a8b",
                )),
                pass: Default::default(),
            },
        ),
        (
            "countersign_refused",
            Dialog::Countersign {
                plan: plan(
                    keys.clone(),
                    Some(
                        "the review approves 'fx1' but marks section 'scr' to correct\n  hint: approve with conditions (saying what must be corrected), reject, or change the verdict once the section is right",
                    ),
                ),
                key: 1,
                refused_key: None,
                pass: Default::default(),
            },
        ),
        (
            "countersign_no_reviewer_key",
            Dialog::Countersign {
                plan: plan(keys[..1].to_vec(), None),
                key: 0,
                refused_key: None,
                pass: Default::default(),
            },
        ),
        (
            "countersigned",
            Dialog::Done(Countersigned {
                number: 2,
                revision: 3,
                revision_sha256: "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce"
                    .into(),
                path: "/home/leong/dossier/assessments/fx1/reviews/0002.ron".into(),
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
                opinion: "approve with conditions".into(),
                review_due: chrono::NaiveDate::from_ymd_opt(2027, 5, 22),
                key: "farol:77ee88ff99aa00bb".into(),
                signer: "Dr. Leong (reviewer)".into(),
                trusted: false,
            }),
        ),
    ];
    for (name, dialog) in dialogs {
        each_size(name, |size| {
            let mut h = scenarios::review_answers(size);
            h.model.review.as_mut().unwrap().dialog = Some(in_screen_lang(dialog.clone()));
            h
        });
    }
}

/// The dialog as the runtime words it in the screens' language: the opinion, the
/// signer's role and a refused key's reason.
fn in_screen_lang(d: farol::tui::screens::review::Dialog) -> farol::tui::screens::review::Dialog {
    use farol::tui::screens::review::Dialog;
    use farol::tui::strings as S;
    let l = farol::i18n::AsLang::as_lang(&tui_support::lang());
    match d {
        Dialog::Done(mut c) => {
            c.opinion = S::opinion_label(l, farol::review::Opinion::ApproveWithConditions);
            c.signer = format!("Dr. Leong ({})", S::role(l, farol::keys::Role::Reviewer));
            Dialog::Done(c)
        }
        Dialog::Countersign {
            plan,
            key,
            refused_key: Some(_),
            pass,
        } => Dialog::Countersign {
            plan,
            key,
            refused_key: Some(S::review_assessor_key(
                l,
                "Ana Lei",
                "farol:1a2b3c4d5e6f7a8b",
            )),
            pass,
        },
        d => d,
    }
}

/// The fixture signed, reviewed (rejected: a section to correct, one to improve, two
/// comments) and opened again by its assessor.
fn with_feedback(size: (u16, u16)) -> Harness {
    let d = fixture_draft(
        "fx1",
        "Attendance app rollout",
        "Lótus Trading (蓮花貿易)",
        answered(),
    );
    Harness::start_with(Start::Open("fx1".into()), size, &[], |root| {
        tui_support::sign(root, d, tui_support::at(2026, 11, 20));
        tui_support::countersign(root, "fx1", tui_support::at(2026, 11, 21), |r| {
            use farol::review::{Opinion, Verdict};
            r.comment("scr.abroad", "Which cloud region? The contract says 深圳.");
            r.comment("det.purpose", "Say who reads the GPS positions.");
            r.judge(
                "scr",
                Verdict::ToCorrect,
                Some("The transfer abroad needs its legal basis."),
            );
            r.judge("det", Verdict::ToImprove, None);
            r.opinion = Some(Opinion::Reject);
            r.conditions = "Correct the screening, then sign again.".into();
        });
    })
}

#[test]
fn wizard_with_the_reviewers_feedback() {
    each_size("feedback_wizard", |size| {
        let mut h = with_feedback(size);
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("scr.abroad".into()),
        ));
        if size.0 < 100 {
            h.key(KeyCode::Char('i'));
        }
        h
    });
    each_size("feedback_finish", |size| {
        let mut h = with_feedback(size);
        h.key(KeyCode::Esc).key(KeyCode::Char('f'));
        h
    });
    each_size("feedback_dashboard", |size| {
        let mut h = with_feedback(size);
        h.key(KeyCode::Esc).key(KeyCode::Char('d'));
        h
    });
}

#[test]
fn home_with_statuses_and_an_overdue_review() {
    each_size("home_statuses", |size| {
        let draft = |id: &str, title: &str| fixture_draft(id, title, "Lótus Trading", answered());
        let unsigned = draft("fx0", "Visitor log (never signed)");
        Harness::start_with(Start::Home, size, &[unsigned], |root| {
            use farol::review::{Opinion, Verdict};
            use tui_support::{at, countersign, sign};
            sign(
                root,
                draft("fx1", "Payroll export (signed)"),
                at(2026, 11, 20),
            );
            sign(
                root,
                draft("fx2", "CCTV upgrade (in review)"),
                at(2026, 11, 20),
            );
            let dossier = farol::dossier::Dossier::open(root);
            let mut r = farol::review::start(&dossier, "fx2").unwrap().draft;
            r.comment("scr.abroad", "Which region?");
            farol::review::save_draft(&dossier, &r).unwrap();
            sign(
                root,
                draft("fx3", "Attendance app (approved)"),
                at(2026, 1, 5),
            );
            countersign(root, "fx3", at(2026, 1, 10), |r| {
                r.opinion = Some(Opinion::Approve);
                r.attestations = farol::review::Attestations::everything();
                r.review_due = chrono::NaiveDate::from_ymd_opt(2026, 7, 10);
            });
            sign(
                root,
                draft("fx4", "Clinic booking (conditions)"),
                at(2026, 11, 20),
            );
            countersign(root, "fx4", at(2026, 11, 21), |r| {
                r.opinion = Some(Opinion::ApproveWithConditions);
                r.conditions = "Delete GPS positions after 30 days.".into();
                r.attestations = farol::review::Attestations::everything();
                r.review_due = chrono::NaiveDate::from_ymd_opt(2027, 5, 21);
            });
            sign(
                root,
                draft("fx5", "Fingerprint clock (rejected)"),
                at(2026, 11, 20),
            );
            countersign(root, "fx5", at(2026, 11, 21), |r| {
                r.judge("scr", Verdict::ToCorrect, None);
                r.opinion = Some(Opinion::Reject);
            });
        })
    });
}

/// The home screen's keys (with the note on translations) and its language menu.
#[test]
fn home_keys_and_language_menu() {
    each_size("home_keys_overlay", scenarios::home_keys);
    each_size("home_language_menu", scenarios::home_language_menu);
}

/// The filing pack of the open draft (`f` on the risk screen): the preview's head and the
/// first form; then scrolled to a gap (Tab), highlighted; and the `?` list of its keys.
#[test]
fn filing_pack() {
    let open = scenarios::filing;
    each_size("filing", open);
    each_size("filing_gap", |size| {
        let mut h = open(size);
        h.key(KeyCode::Tab);
        h
    });
    each_size("filing_keys", |size| {
        let mut h = open(size);
        h.key(KeyCode::Char('?'));
        h
    });
}
