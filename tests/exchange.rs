//! Export and import: the JSON round trip is lossless for any draft, the CSV says what the
//! answers and the plan are, and a bad import is refused with its line and column.

mod common;

use std::path::Path;

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate, Utc};
use farol::assessment::{Attachment, Draft, Meta, PlanItem, PlanStatus, QuestionnaireUse};
use farol::dossier::Dossier;
use farol::exchange::{self, ExchangeError, ImportOptions};
use proptest::prelude::*;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// A draft with everything a draft can hold, varied by the seeds.
fn random_draft(seeds: &[u64]) -> Draft {
    let l = common::macau();
    let mut g = common::Seeds::new(seeds);
    let mut d = Draft::new(
        format!("clinic-portal-{}", g.below(1000)),
        [
            "Clínica São João patient portal 病人入口",
            "A \"quoted\"\ttitle\n",
            "",
        ][g.below(3)]
        .into(),
        QuestionnaireUse::of(&l),
        Meta {
            organisation: "Clínica São João 聖約翰診所".into(),
            system: "Patient portal".into(),
            vendor: ["Ação Cloud", ""][g.below(2)].into(),
            assessor: "Joana Wong".into(),
            created: at("2026-11-22T10:00:00Z"),
            updated: at("2026-11-22T10:00:00.123456789Z")
                + chrono::Duration::seconds(g.below(100_000) as i64),
        },
    );
    d.answers = common::random_answers(&l.questionnaire, seeds);
    let ids: Vec<String> = d.answers.keys().cloned().collect();
    for id in &ids {
        if g.below(4) == 0 {
            d.notes.insert(
                id.clone(),
                "A note, with \"quotes\",\nand a line break 資料".into(),
            );
        }
    }
    for i in 0..g.below(4) {
        d.plan.push(PlanItem {
            id: format!("p{i}"),
            title: format!("Action {i}: sign the DPA"),
            detail: ["", "Legal reviews the terms; no go-live before."][g.below(2)].into(),
            owner: ["", "Ana Lei"][g.below(2)].into(),
            due: NaiveDate::from_ymd_opt(2026, 1 + g.below(12) as u32, 1 + g.below(28) as u32)
                .filter(|_| g.below(2) == 0),
            status: [
                PlanStatus::Todo,
                PlanStatus::InProgress,
                PlanStatus::Done,
                PlanStatus::Dropped,
            ][g.below(4)],
            from: (g.below(2) == 0).then(|| "act.dpa".to_string()),
        });
    }
    if g.below(2) == 0 {
        d.attachments.push(Attachment {
            name: "dpa signed.pdf".into(),
            sha256: "ab".repeat(32),
            bytes: g.next() % 10_000_000,
            added: at("2026-11-20T08:00:00Z"),
        });
    }
    d.position = ids.get(g.below(ids.len().max(1))).cloned();
    d
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_lossless(seeds in proptest::collection::vec(any::<u64>(), 1..32)) {
        let d = random_draft(&seeds);
        let json = exchange::to_json(&d);
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path());
        let imported = exchange::import(&dossier, "export.json", &json, &ImportOptions::default()).unwrap();
        prop_assert_eq!(&imported.draft, &d);
        // As saved and read back from the dossier, too.
        let (loaded, _) = dossier.load_draft(&d.id).unwrap();
        prop_assert_eq!(&loaded, &d);
        prop_assert_eq!(exchange::to_json(&loaded), json);
    }
}

fn demo() -> (Draft, farol::questionnaire::Loaded) {
    let l = common::macau();
    let mut d = farol::demo::draft(&l);
    d.notes.insert(
        "sec.mfa".into(),
        "Only for admins, see \"IT policy\"".into(),
    );
    (d, l)
}

#[test]
fn the_json_export_describes_itself() {
    let (d, l) = demo();
    let v: serde_json::Value = serde_json::from_str(&exchange::to_json(&d)).unwrap();
    assert_eq!(v["farol_export"], 1);
    assert_eq!(v["questionnaire"]["id"], "macau-pdpa");
    assert_eq!(v["questionnaire"]["version"], l.questionnaire.version);
    assert_eq!(v["questionnaire"]["fingerprint"], l.fingerprint);
    assert!(v["about"].as_str().unwrap().contains("farol import"));
    let draft = &v["draft"];
    assert_eq!(draft["id"], farol::demo::ID);
    assert_eq!(draft["meta"]["organisation"], d.meta.organisation);
    assert_eq!(draft["answers"]["sec.mfa"], "No");
    let rows = draft["answers"]["flows.list"]["Rows"].as_array().unwrap();
    assert_eq!(rows.len(), flow_rows(&d), "{rows:?}");
    assert_eq!(draft["plan"][0]["status"], "InProgress");
    assert_eq!(
        draft["notes"]["sec.mfa"],
        "Only for admins, see \"IT policy\""
    );
}

fn flow_rows(d: &Draft) -> usize {
    match &d.answers["flows.list"] {
        farol::answer::Answer::Rows(rows) => rows.len(),
        other => panic!("flows.list is a table: {other:?}"),
    }
}

fn read_csv(text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_answers_csv_has_one_row_per_question_in_order() {
    let (d, l) = demo();
    let text = exchange::answers_csv(&d, &l, "en").unwrap();
    assert!(text.starts_with("section,question,prompt,answer,value,note,citation\n"));
    let rows = read_csv(&text);
    let order: Vec<&str> = l
        .questionnaire
        .questions()
        .map(|(_, q)| q.id.as_str())
        .collect();
    let got: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(got, order);
    let row = |id: &str| rows.iter().find(|r| r[1] == id).unwrap();
    let mfa = row("sec.mfa");
    assert_eq!((mfa[3].as_str(), mfa[4].as_str()), ("No", "no"));
    assert_eq!(mfa[5], "Only for admins, see \"IT policy\"");
    let q = l.questionnaire.question("sec.mfa").unwrap();
    assert_eq!(mfa[2], q.prompt.get("en"));
    assert!(
        !mfa[6].is_empty() && mfa[6].contains("Law 8/2005"),
        "{mfa:?}"
    );
    // A table answer: one line per row, in words and as `farol answer` takes it.
    let flows = row("flows.list");
    assert_eq!(flows[4].lines().count(), flow_rows(&d), "{flows:?}");
    assert_eq!(flows[3].lines().count(), flow_rows(&d), "{flows:?}");
    assert!(flows[4].lines().all(|l| l.contains("system=")), "{flows:?}");
    assert!(flows[3].lines().next().unwrap().contains(": "), "{flows:?}");
    // An unanswered question is listed, empty.
    let unanswered = rows
        .iter()
        .find(|r| !d.answers.contains_key(&r[1]))
        .expect("the demo leaves some questions unanswered");
    assert_eq!((unanswered[3].as_str(), unanswered[4].as_str()), ("", ""));
}

#[test]
fn the_plan_csv_lists_every_action() {
    let (d, _) = demo();
    let rows = read_csv(&exchange::plan_csv(&d).unwrap());
    assert_eq!(rows.len(), d.plan.len());
    assert_eq!(
        rows[0],
        [
            "p1",
            d.plan[0].title.as_str(),
            d.plan[0].detail.as_str(),
            "Ana Lei",
            "2026-11-30",
            "in progress",
            ""
        ]
    );
}

#[test]
fn csv_cells_a_spreadsheet_would_run_as_formulas_are_inert() {
    let (mut d, _) = demo();
    d.plan[0].title = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
    d.plan[0].owner = "@Ana".into();
    d.plan[0].detail = "-12.5".into();
    let rows = read_csv(&exchange::plan_csv(&d).unwrap());
    assert_eq!(rows[0][1], "'=HYPERLINK(\"http://evil.example\",\"click\")");
    assert_eq!(rows[0][3], "'@Ana");
    // A plain number stays a number.
    assert_eq!(rows[0][2], "-12.5");
}

fn farol(dossier: &Path) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    // English, whatever the machine's locale or a saved choice says.
    c.env("FAROL_DOSSIER", dossier)
        .env("FAROL_CONFIG_DIR", dossier.join(".test-config"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

#[test]
fn the_commands_round_trip_and_refuse_an_existing_id() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    farol(&a).arg("demo").assert().success();
    let file = tmp.path().join("demo.json");
    farol(&a)
        .args(["export", farol::demo::ID, "-o"])
        .arg(&file)
        .assert()
        .success();
    let exported = std::fs::read_to_string(&file).unwrap();
    farol(&b).arg("import").arg(&file).assert().success();
    let out = farol(&b)
        .args(["export", farol::demo::ID])
        .assert()
        .success();
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        exported
    );

    // A second import of the same id is refused, and the draft is left as it was.
    let draft = b
        .join("assessments")
        .join(farol::demo::ID)
        .join("draft.ron");
    let before = std::fs::read(&draft).unwrap();
    let out = farol(&b).arg("import").arg(&file).assert().code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("already has an assessment") && err.contains("--id"),
        "{err}"
    );
    assert_eq!(std::fs::read(&draft).unwrap(), before);
    farol(&b)
        .arg("import")
        .arg(&file)
        .arg("--force")
        .assert()
        .success();
    farol(&b)
        .args(["import", "--id", "copy-of-demo"])
        .arg(&file)
        .assert()
        .success();
    let (copy, _) = Dossier::open(&b).load_draft("copy-of-demo").unwrap();
    assert_eq!(copy.answers, farol::demo::answers());

    // --plan is for CSV.
    farol(&a)
        .args(["export", farol::demo::ID, "--plan"])
        .assert()
        .code(2);
    let out = farol(&a)
        .args(["export", farol::demo::ID, "--format", "csv", "--plan"])
        .assert()
        .success();
    let plan = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        plan.starts_with("id,title,detail,owner,due,status,from\np1,"),
        "{plan}"
    );
}

fn import_err(text: &str) -> ExchangeError {
    let tmp = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(tmp.path());
    let e = exchange::import(&dossier, "demo.json", text, &ImportOptions::default()).unwrap_err();
    assert!(
        !tmp.path().join("assessments").exists(),
        "nothing is written for a bad import"
    );
    e
}

/// The 1-based line and column of the first `needle` in `text`.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    let i = text.find(needle).unwrap();
    let line = text[..i].matches('\n').count() + 1;
    let col = text[..i].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

#[test]
fn a_broken_json_is_reported_with_line_and_column() {
    let (d, _) = demo();
    let json = exchange::to_json(&d);
    // A comma lost in the middle of the file.
    let broken = json.replacen("\"title\": \"WorkLink", "\"title\" \"WorkLink", 1);
    let (line, col) = line_col(&broken, "\"title\" \"WorkLink");
    let msg = import_err(&broken).to_string();
    assert!(
        msg.starts_with(&format!("demo.json:{line}:{}", col + 8)),
        "{msg}"
    );
    assert!(msg.contains("hint:"), "{msg}");

    let cut = import_err(&json[..json.len() / 2]).to_string();
    assert!(
        cut.contains("demo.json:") && cut.contains("cut off"),
        "{cut}"
    );

    let unknown = json.replacen("\"position\"", "\"positon\"", 1);
    let (line, _) = line_col(&unknown, "\"positon\"");
    let msg = import_err(&unknown).to_string();
    assert!(msg.starts_with(&format!("demo.json:{line}:")), "{msg}");
    assert!(msg.contains("unknown field `positon`"), "{msg}");
}

#[test]
fn a_wrong_answer_is_reported_where_it_is_written() {
    let (d, _) = demo();
    let json = exchange::to_json(&d);
    let broken = json.replacen(
        "\"sec.mfa\": \"No\"",
        "\"sec.mfa\": {\"Choice\": \"maybe\"}",
        1,
    );
    let (line, col) = line_col(&broken, "\"sec.mfa\": {");
    let msg = import_err(&broken).to_string();
    assert!(
        msg.starts_with(&format!("demo.json:{line}:{col}:")),
        "{msg}"
    );
    assert!(msg.contains("sec.mfa"), "{msg}");

    let newer = json.replacen("\"farol_export\": 1", "\"farol_export\": 7", 1);
    assert!(import_err(&newer).to_string().contains("newer Farol"));
    let not_export = import_err("{\"schema\": 1}").to_string();
    assert!(not_export.contains("not a Farol export"), "{not_export}");
    let escape = json.replacen(
        &format!("\"id\": \"{}\"", farol::demo::ID),
        "\"id\": \"../../outside\"",
        1,
    );
    let msg = import_err(&escape).to_string();
    assert!(msg.contains("cannot be an assessment id"), "{msg}");
}
