//! `farol demo`: a complete, realistic example to explore. A Macau SME rolls out a cloud
//! chat, approval and attendance platform hosted in mainland China: GPS clock-in, health
//! declarations in group chats, AI meeting summaries on by default, a bot syncing customer
//! contacts through a mainland node. The answers are data (`answers.ron`), checked against
//! the questionnaire by the tests like any other answers file.

use chrono::{NaiveDate, TimeZone, Utc};

use crate::answer::Answers;
use crate::assessment::{Draft, Meta, PlanItem, PlanStatus, QuestionnaireUse};
use crate::questionnaire::{Loaded, load};

pub const ID: &str = "demo-worklink-rollout";
pub const ANSWERS: &str = include_str!("answers.ron");

pub fn answers() -> Answers {
    load::ron_options()
        .from_str(ANSWERS)
        .expect("the demo answers parse: checked by tests")
}

/// The demo draft, answering `questionnaire` (the built-in Macau PIA).
pub fn draft(questionnaire: &Loaded) -> Draft {
    let created = Utc
        .with_ymd_and_hms(2026, 11, 2, 9, 30, 0)
        .single()
        .expect("valid date");
    let updated = Utc
        .with_ymd_and_hms(2026, 11, 9, 17, 45, 0)
        .single()
        .expect("valid date");
    let mut d = Draft::new(
        ID.to_string(),
        "WorkLink chat, approval and attendance platform rollout".to_string(),
        QuestionnaireUse::of(questionnaire),
        Meta {
            organisation: "Lótus Trading, Lda. (蓮花貿易有限公司)".into(),
            system: "WorkLink cloud workspace: chat, approvals, GPS attendance".into(),
            vendor: "WorkLink Technology Co. (data centres in mainland China)".into(),
            assessor: "Ana Lei, HR and IT manager".into(),
            created,
            updated,
        },
    );
    d.answers = answers();
    let due = |m, day| NaiveDate::from_ymd_opt(2026, m, day);
    d.plan = vec![
        PlanItem {
            id: "p1".into(),
            title: "Ask WorkLink for a data processing agreement and its list of sub-processors".into(),
            detail: "Legal to review the vendor's standard terms; no go-live without a signed agreement.".into(),
            owner: "Ana Lei".into(),
            due: due(11, 30),
            status: PlanStatus::InProgress,
            from: None,
        },
        PlanItem {
            id: "p2".into(),
            title: "Move staff health declarations out of group chats".into(),
            detail: "Use a restricted form that only HR can read.".into(),
            owner: "HR".into(),
            due: due(12, 15),
            status: PlanStatus::Todo,
            from: None,
        },
    ];
    d
}
