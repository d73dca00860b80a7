//! Legal conclusions a lawyer would sign, situation by situation: which duties are met
//! (only by evidence of the act), which stay open, awaiting the DSPDP or believed not to
//! apply; what each purpose needs (notify or apply for authorisation); the state of each
//! transfer; the screening verdict. Each case is one situation on the built-in
//! questionnaire, written as the answers a user would give.

mod common;

use farol::answer::Answers;
use farol::questionnaire::{Procedure, TransferState, Verdict};
use farol::risk::{DutyState, Score, score};

/// A Macau SME's staff records system, everything kept in Macau.
const BASE: &str = r#"{
    "scr.sensitive": No, "scr.large_scale": No, "scr.monitoring": No, "scr.new_tech": No,
    "scr.combining": No, "scr.automated": No, "scr.vulnerable": Yes, "scr.blocking": No,
    "scr.transfer": No, "scr.mainland": No, "scr.from_mainland": No,
    "prj.system": Text("HR records on the office PC"),
    "prj.features": Choices(["records"]),
    "inv.categories": Choices(["identity", "hr"]),
    "inv.subjects": Choices(["employees"]),
    "flows.list": Rows([
        {"system": Text("HR PC"), "role": Choice("own"), "categories": Choices(["identity", "hr"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Payroll")},
    ]),
    "leg.purposes": Rows([
        {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
    ]),
    "notif.status": Choice("planned"),
}"#;

/// A clinic's patient portal: health data on consent, a backup in Hong Kong said to be
/// adequate, an exemption believed to cover the notification, no authorisation believed
/// needed. The example of the legal review.
const CLINIC: &str = r#"{
    "scr.sensitive": Yes, "scr.large_scale": No, "scr.monitoring": No, "scr.new_tech": No,
    "scr.combining": No, "scr.automated": No, "scr.vulnerable": Yes, "scr.blocking": No,
    "scr.transfer": Yes, "scr.mainland": No, "scr.from_mainland": No,
    "prj.system": Text("Patient portal: bookings, consultation notes, test results"),
    "prj.features": Choices(["portal", "records"]),
    "inv.categories": Choices(["identity", "health"]),
    "inv.subjects": Choices(["patients"]),
    "flows.list": Rows([
        {"system": Text("Clinic server"), "role": Choice("own"), "categories": Choices(["identity", "health"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Care")},
        {"system": Text("Backup centre"), "role": Choice("processor"), "categories": Choices(["identity", "health"]), "location": Choice("hong_kong"), "place": Text("Hong Kong, BackupCo Ltd."), "basis": Choice("adequacy"), "purpose": Text("Nightly backups")},
    ]),
    "leg.purposes": Rows([
        {"purpose": Text("Patient care and bookings"), "ground": Choice("consent"), "categories": Choices(["identity", "health"]), "subjects": Choices(["patients"]), "retention": Text("10 years")},
    ]),
    "leg.sensitive_exception": Choice("explicit_consent"),
    "leg.sensitive_record": Text("Signed consent forms at reception since 2026-11-02"),
    "notif.status": Choice("exemption"),
    "notif.authorisation": Choice("not_needed"),
    "notif.not_needed_reason": Text("Patients consent to everything"),
}"#;

fn answers(base: &str, changes: &str) -> Answers {
    let mut a: Answers = farol::questionnaire::load::ron_options()
        .from_str(base)
        .expect("base answers parse");
    if !changes.trim().is_empty() {
        let c: Answers = farol::questionnaire::load::ron_options()
            .from_str(changes)
            .expect("changed answers parse");
        for (k, v) in c {
            a.insert(k, v);
        }
    }
    let l = common::macau();
    let problems = farol::assessment::check_answers(&l.questionnaire, &a);
    assert!(
        problems.is_empty(),
        "answers fit the questionnaire: {problems:?}"
    );
    a
}

fn run(base: &str, changes: &str) -> Score {
    let l = common::macau();
    score(&l.questionnaire, &answers(base, changes), "en")
}

fn obligation<'a>(s: &'a Score, id: &str) -> &'a farol::risk::ObligationStatus {
    s.obligations.iter().find(|o| o.id == id).unwrap()
}

fn duty(s: &Score, id: &str) -> DutyState {
    s.obligations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| {
            panic!(
                "duty {id} is not listed; listed: {:?}",
                s.obligations.iter().map(|o| &o.id).collect::<Vec<_>>()
            )
        })
        .state
}

fn listed(s: &Score, id: &str) -> bool {
    s.obligations.iter().any(|o| o.id == id)
}

fn procedures(s: &Score) -> Vec<Procedure> {
    s.decisions.iter().map(|d| d.procedure).collect()
}

fn reasons(s: &Score) -> Vec<String> {
    s.decisions
        .iter()
        .flat_map(|d| d.reasons.iter().map(|r| r.id.clone()))
        .collect()
}

fn transfer(s: &Score, row: usize) -> TransferState {
    s.transfers[row - 1].state
}

struct Case {
    name: &'static str,
    base: &'static str,
    changes: &'static str,
    expect: fn(&Score),
}

const CASES: &[Case] = &[
    Case {
        name: "the clinic: consent, an exemption and 'not needed' leave Arts 21, 22 and 7 open",
        base: CLINIC,
        changes: "",
        expect: |s| {
            assert_eq!(duty(s, "notify.dspdp"), DutyState::Believed);
            assert_eq!(duty(s, "authorise.prior"), DutyState::Believed);
            assert_eq!(duty(s, "sensitive.exception"), DutyState::Believed);
            for id in ["notify.dspdp", "authorise.prior", "sensitive.exception"] {
                let o = obligation(s, id);
                assert!(!o.met, "{id} must not be met");
                assert!(!o.needs.is_empty(), "{id} says what evidence would meet it");
                assert!(
                    o.belief.as_ref().is_some_and(|b| !b.confirm.is_empty()),
                    "{id}: a lawyer should confirm"
                );
            }
            assert_eq!(procedures(s), vec![Procedure::Authorise]);
            assert!(reasons(s).contains(&"art22.sensitive".to_string()));
            assert_eq!(
                transfer(s, 2),
                TransferState::Claimed,
                "adequacy is not for the clinic to declare"
            );
            assert_eq!(duty(s, "transfer.basis"), DutyState::Open);
            assert!(s.actions.iter().any(|a| a.id == "act.adequacy"));
        },
    },
    Case {
        name: "sensitive data with the authorisation's number and date and the consent on record",
        base: CLINIC,
        changes: r#"{"notif.authorisation": Choice("granted"), "notif.auth_number": Text("A/0456/2026"), "notif.auth_date": Date("2026-11-25")}"#,
        expect: |s| {
            assert_eq!(duty(s, "authorise.prior"), DutyState::Met);
            assert_eq!(duty(s, "sensitive.exception"), DutyState::Met);
            let o = obligation(s, "authorise.prior");
            assert!(o.evidence.iter().any(|e| e.answer == "A/0456/2026"));
        },
    },
    Case {
        name: "an authorisation said to be granted without its number stays open",
        base: CLINIC,
        changes: r#"{"notif.authorisation": Choice("granted"), "notif.auth_date": Date("2026-11-25")}"#,
        expect: |s| {
            assert_eq!(duty(s, "authorise.prior"), DutyState::Open);
            let o = obligation(s, "authorise.prior");
            assert_eq!(o.missing, vec!["The authorisation's number?".to_string()]);
            assert_eq!(duty(s, "sensitive.exception"), DutyState::Open);
        },
    },
    Case {
        name: "consent alone never meets Article 7: the authorisation is also needed",
        base: CLINIC,
        changes: r#"{"notif.authorisation": Choice("not_yet")}"#,
        expect: |s| {
            assert_eq!(duty(s, "sensitive.exception"), DutyState::Open);
            assert_eq!(duty(s, "authorise.prior"), DutyState::Open);
            assert!(s.actions.iter().any(|a| a.id == "act.authorise"));
        },
    },
    Case {
        name: "an authorisation applied for is awaiting the DSPDP, not met",
        base: CLINIC,
        changes: r#"{"notif.authorisation": Choice("applied"), "notif.auth_applied_on": Date("2026-11-22")}"#,
        expect: |s| {
            assert_eq!(duty(s, "authorise.prior"), DutyState::Awaiting);
            assert_eq!(duty(s, "sensitive.exception"), DutyState::Awaiting);
        },
    },
    Case {
        name: "an exemption named with its source meets the notification duty",
        base: BASE,
        changes: r#"{"notif.status": Choice("exemption"), "notif.exemption": Text("DSPDP authorisation of exemption E/12/2023 of 2023-03-15 (payroll)")}"#,
        expect: |s| {
            assert_eq!(procedures(s), vec![Procedure::Notify]);
            assert_eq!(duty(s, "notify.dspdp"), DutyState::Met);
        },
    },
    Case {
        name: "an exemption not named is a belief, and the notification stays open",
        base: BASE,
        changes: r#"{"notif.status": Choice("exemption")}"#,
        expect: |s| assert_eq!(duty(s, "notify.dspdp"), DutyState::Believed),
    },
    Case {
        name: "a notification filed without its date stays open; with it, it is met",
        base: BASE,
        changes: r#"{"notif.status": Choice("filed")}"#,
        expect: |s| {
            assert_eq!(duty(s, "notify.dspdp"), DutyState::Open);
            let with_date = run(
                BASE,
                r#"{"notif.status": Choice("filed"), "notif.filed_on": Date("2026-11-20")}"#,
            );
            assert_eq!(duty(&with_date, "notify.dspdp"), DutyState::Met);
        },
    },
    Case {
        name: "a transfer whose authorisation is applied for is awaiting the DSPDP",
        base: BASE,
        changes: r#"{"scr.transfer": Yes, "flows.list": Rows([
            {"system": Text("Vendor cloud"), "role": Choice("processor"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland"), "place": Text("Beijing, CloudCo"), "basis": Choice("permission"), "status": Choice("applied"), "purpose": Text("Hosting")},
        ])}"#,
        expect: |s| {
            assert_eq!(transfer(s, 1), TransferState::Applied);
            assert_eq!(duty(s, "transfer.basis"), DutyState::Awaiting);
            assert_eq!(procedures(s), vec![Procedure::Authorise]);
            assert!(reasons(s).contains(&"art20-2.transfer".to_string()));
        },
    },
    Case {
        name: "a transfer authorised with its number and date is in force",
        base: BASE,
        changes: r#"{"scr.transfer": Yes, "flows.list": Rows([
            {"system": Text("Vendor cloud"), "role": Choice("processor"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland"), "place": Text("Beijing, CloudCo"), "basis": Choice("permission"), "status": Choice("granted"), "date": Text("2026-11-25"), "reference": Text("A/0456/2026"), "purpose": Text("Hosting")},
        ])}"#,
        expect: |s| {
            assert_eq!(transfer(s, 1), TransferState::InForce);
            assert_eq!(duty(s, "transfer.basis"), DutyState::Met);
        },
    },
    Case {
        name: "staff consent that staff cannot refuse does not carry a transfer",
        base: BASE,
        changes: r#"{"scr.transfer": Yes, "flows.list": Rows([
            {"system": Text("Group HR in Singapore"), "role": Choice("recipient"), "categories": Choices(["identity", "hr"]), "location": Choice("other"), "place": Text("Singapore, Group HQ"), "basis": Choice("agreed"), "status": Choice("filed"), "date": Text("2026-11-20"), "purpose": Text("Group reporting")},
        ]), "xfer.consent": Choice("signed_form"), "xfer.consent_record": Text("HR files, since 2026-11-15"), "xfer.consent_free": No}"#,
        expect: |s| {
            assert_eq!(duty(s, "transfer.consent"), DutyState::Open);
            assert_eq!(
                transfer(s, 1),
                TransferState::Claimed,
                "consent staff cannot refuse"
            );
            let free = run(
                BASE,
                r#"{"scr.transfer": Yes, "flows.list": Rows([
                    {"system": Text("Group HR in Singapore"), "role": Choice("recipient"), "categories": Choices(["identity", "hr"]), "location": Choice("other"), "place": Text("Singapore, Group HQ"), "basis": Choice("agreed"), "status": Choice("filed"), "date": Text("2026-11-20"), "purpose": Text("Group reporting")},
                ]), "xfer.consent": Choice("signed_form"), "xfer.consent_record": Text("HR files, since 2026-11-15"), "xfer.consent_free": Yes}"#,
            );
            assert_eq!(duty(&free, "transfer.consent"), DutyState::Met);
            assert_eq!(
                transfer(&free, 1),
                TransferState::InForce,
                "notified under Art 20(1), dated"
            );
            assert_eq!(procedures(&free), vec![Procedure::Notify]);
        },
    },
    Case {
        name: "a transfer notified on consent is not in force while the consents are not obtained",
        base: BASE,
        changes: r#"{"scr.transfer": Yes, "inv.subjects": Choices(["customers"]), "flows.list": Rows([
            {"system": Text("Booking partner"), "role": Choice("recipient"), "categories": Choices(["identity"]), "location": Choice("hong_kong"), "place": Text("Hong Kong, TravelCo"), "basis": Choice("agreed"), "status": Choice("filed"), "date": Text("2026-11-20"), "purpose": Text("Bookings")},
        ]), "xfer.consent": Choice("not_obtained")}"#,
        expect: |s| {
            assert_eq!(
                transfer(s, 1),
                TransferState::Claimed,
                "notified, but nobody has agreed yet"
            );
            assert_eq!(duty(s, "transfer.basis"), DutyState::Open);
            let obtained = run(
                BASE,
                r#"{"scr.transfer": Yes, "inv.subjects": Choices(["customers"]), "flows.list": Rows([
                    {"system": Text("Booking partner"), "role": Choice("recipient"), "categories": Choices(["identity"]), "location": Choice("hong_kong"), "place": Text("Hong Kong, TravelCo"), "basis": Choice("agreed"), "status": Choice("filed"), "date": Text("2026-11-20"), "purpose": Text("Bookings")},
                ]), "xfer.consent": Choice("electronic"), "xfer.consent_record": Text("In the booking app, per guest, since 2026-11-01")}"#,
            );
            assert_eq!(transfer(&obtained, 1), TransferState::InForce);
        },
    },
    Case {
        name: "PIPL does not follow residence: mainland workers whose data stays in Macau",
        base: BASE,
        changes: r#"{"inv.subjects": Choices(["employees", "mainland_residents"])}"#,
        expect: |s| {
            for id in ["pipl.pipia", "pipl.route", "pipl.consent"] {
                assert!(!listed(s, id), "{id} must not follow residence");
            }
        },
    },
    Case {
        name: "PIPL follows the purpose: serving people in the mainland requires a PIPIA first",
        base: CLINIC,
        changes: r#"{"scr.mainland": Yes}"#,
        expect: |s| {
            assert_eq!(duty(s, "pipl.pipia"), DutyState::Open);
            assert_eq!(s.screening.as_ref().unwrap().verdict, Verdict::Needed);
        },
    },
    Case {
        name: "cross-border HR management: no separate consent demanded",
        base: BASE,
        changes: r#"{"scr.from_mainland": Yes, "xfer.pipl_route": Choice("exempt_hr"), "xfer.pipl_route_ref": Text("Staff files of the Zhuhai branch sent for payroll under the employment contracts")}"#,
        expect: |s| {
            assert_eq!(duty(s, "pipl.route"), DutyState::Met);
            assert!(!listed(s, "pipl.consent"));
        },
    },
    Case {
        name: "the small-volume exemption does not meet the export route when the volume is larger",
        base: BASE,
        changes: r#"{"scr.from_mainland": Yes, "xfer.mainland_volume": Choice("100k_1m"), "xfer.pipl_route": Choice("exempt_small"), "xfer.pipl_route_ref": Text("We send little")}"#,
        expect: |s| {
            assert_eq!(duty(s, "pipl.route"), DutyState::Open);
            let small = run(
                BASE,
                r#"{"scr.from_mainland": Yes, "xfer.mainland_volume": Choice("under_100k"), "xfer.pipl_route": Choice("exempt_small"), "xfer.pipl_route_ref": Text("About 3,000 guests a year, no sensitive data")}"#,
            );
            assert_eq!(duty(&small, "pipl.route"), DutyState::Met);
        },
    },
    Case {
        name: "the GBA contract for data received from a GBA city",
        base: BASE,
        changes: r#"{"scr.from_mainland": Yes, "xfer.pipl_route": Choice("gba_contract"), "xfer.pipl_route_ref": Text("Filed with the DSPDP, GBA-2026-0142"), "xfer.gba": Yes, "xfer.gba_filed_on": Date("2026-10-05")}"#,
        expect: |s| {
            assert_eq!(duty(s, "gba.contract"), DutyState::Met);
            assert_eq!(duty(s, "pipl.route"), DutyState::Met);
        },
    },
    Case {
        name: "the GBA contract for data sent from Macau to a GBA city keeps the Macau duty open",
        base: BASE,
        changes: r#"{"scr.transfer": Yes, "flows.list": Rows([
            {"system": Text("Zhuhai branch"), "role": Choice("recipient"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland_gba"), "place": Text("Zhuhai, Lotus Zhuhai Ltd."), "basis": Choice("gba_contract"), "status": Choice("filed"), "date": Text("2026-10-05"), "purpose": Text("Shared services")},
        ]), "xfer.gba": Yes, "xfer.gba_filed_on": Date("2026-10-05")}"#,
        expect: |s| {
            assert_eq!(duty(s, "gba.contract"), DutyState::Met);
            assert_eq!(
                transfer(s, 1),
                TransferState::Claimed,
                "until the DSPDP's position is recorded"
            );
            assert_eq!(duty(s, "transfer.basis"), DutyState::Open);
            assert_eq!(procedures(s), vec![Procedure::Authorise]);
        },
    },
    Case {
        name: "credit data: the purpose using it needs authorisation, the others are notified",
        base: BASE,
        changes: r#"{"inv.categories": Choices(["identity", "hr", "financial"]), "leg.credit": Yes, "leg.purposes": Rows([
            {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
            {"purpose": Text("Salary advances"), "ground": Choice("contract"), "categories": Choices(["identity", "financial"]), "subjects": Choices(["employees"]), "retention": Text("Until repaid, then 2 years")},
        ])}"#,
        expect: |s| {
            assert_eq!(procedures(s), vec![Procedure::Notify, Procedure::Authorise]);
            assert_eq!(s.decisions[1].reasons[0].id, "art22.credit");
            assert!(listed(s, "notify.dspdp") && listed(s, "authorise.prior"));
        },
    },
    Case {
        name: "a screening with no criterion met: not needed, and the screening alone is recorded",
        base: BASE,
        changes: r#"{"scr.vulnerable": No, "scr.scope": Choice("screening_only"), "scr.reason": Text("Newsletter to staff who opted in")}"#,
        expect: |s| {
            assert_eq!(s.screening.as_ref().unwrap().verdict, Verdict::NotNeeded);
            assert!(
                s.obligations.is_empty(),
                "nothing past the screening is asked or concluded"
            );
            assert!(s.decisions.is_empty());
            assert!(
                s.progress.unanswered.is_empty(),
                "{:?}",
                s.progress.unanswered
            );
        },
    },
    Case {
        name: "one criterion: an assessment may be needed, and the full path stays open",
        base: BASE,
        changes: "",
        expect: |s| {
            let sc = s.screening.as_ref().unwrap();
            assert_eq!(sc.verdict, Verdict::MayBeNeeded);
            assert_eq!(sc.criteria.len(), 1);
            assert!(listed(s, "notify.dspdp"));
        },
    },
    Case {
        name: "two WP248 criteria: likely needed",
        base: BASE,
        changes: r#"{"scr.monitoring": Yes}"#,
        expect: |s| assert_eq!(s.screening.as_ref().unwrap().verdict, Verdict::LikelyNeeded),
    },
    Case {
        name: "interconnection marked on one purpose needs authorisation for that purpose",
        base: BASE,
        changes: r#"{"scr.combining": Yes, "leg.interconnection": Yes, "leg.interconnection_what": Text("Attendance linked to payroll"), "leg.purposes": Rows([
            {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
            {"purpose": Text("Attendance"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("2 years"), "links": Choices(["linked"])},
        ])}"#,
        expect: |s| {
            assert_eq!(procedures(s), vec![Procedure::Notify, Procedure::Authorise]);
            assert_eq!(s.decisions[1].reasons[0].id, "art22.interconnection");
        },
    },
];

#[test]
fn every_situation_reaches_the_conclusion_a_lawyer_would_sign() {
    assert!(CASES.len() >= 15);
    for c in CASES {
        let s = run(c.base, c.changes);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (c.expect)(&s)));
        if let Err(e) = outcome {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!(
                "situation \"{}\": {msg}\n{}",
                c.name,
                farol::present::score_text("case", &s)
            );
        }
    }
}

#[test]
fn the_demo_names_per_purpose_whether_to_notify_or_apply() {
    let l = common::macau();
    let s = score(&l.questionnaire, &farol::demo::answers(), "en");
    assert_eq!(s.decisions.len(), 5);
    assert!(
        s.decisions
            .iter()
            .all(|d| d.row > 0 && !d.purpose.is_empty())
    );
    assert!(procedures(&s).contains(&Procedure::Notify));
    assert!(procedures(&s).contains(&Procedure::Authorise));
    let text = farol::present::score_text("demo", &s);
    assert!(text.contains("Notify or apply for authorisation, purpose by purpose"));
    assert!(text.contains("→ NOTIFY the DSPDP (Art 21)"));
    assert!(text.contains("→ APPLY FOR AUTHORISATION"));
}
