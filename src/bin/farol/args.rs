//! The command line, as clap types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "farol",
    version,
    about = "Privacy impact assessments under Macau's Personal Data Protection Act (Law 8/2005)",
    long_about = "Farol guides you through a privacy impact assessment (PIA) under Macau's Personal Data \
Protection Act (Law 8/2005), scores the risk for each category of personal data and explains it.\n\n\
Assessments live in a dossier directory: --dossier DIR, or FAROL_DOSSIER, or a per-user default.\n\
Farol never connects to the network."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The dossier directory holding the assessments
    #[arg(long, global = true, env = "FAROL_DOSSIER", value_name = "DIR")]
    pub dossier: Option<PathBuf>,
    /// Language of screens, messages, reports and questionnaire texts: en, zh-Hant or pt
    /// (also FAROL_LANG; else the language chosen in the terminal UI, else the locale)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new assessment: the form in the terminal UI, or headless with --title
    New(NewArgs),
    /// Resume an assessment in the terminal UI, at the question you were at
    Open {
        /// The assessment id (see `farol list`)
        id: String,
    },
    /// Answer one question of a draft (for scripts; the terminal UI is the usual way)
    Answer(AnswerArgs),
    /// List the assessments in the dossier
    List {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Write a filled-in example assessment to explore
    Demo {
        /// Replace the demo if it is already in the dossier
        #[arg(long)]
        force: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Score a draft or an answers file: risk per data category, with the reasons
    Score(ScoreArgs),
    /// Create, show, trust and list signing keys
    #[command(subcommand)]
    Keys(crate::records::KeysCommand),
    /// Freeze the draft into the next signed revision
    Sign(crate::records::SignArgs),
    /// End a fork: sign a revision that follows one latest revision and merges the others
    Resolve(crate::records::ResolveArgs),
    /// Check signatures, trust, the revision chain and the stored risk; exit 0 only if all verify
    Verify(crate::records::VerifyArgs),
    /// What changed between two revisions: answers, risk, action plan
    Diff(crate::records::DiffArgs),
    /// Review a signed revision: comment, give verdicts and an opinion, attest, countersign
    /// (in a terminal with no flags: review mode, full screen)
    Review(crate::review_cmd::ReviewArgs),
    /// Where assessments stand: draft, signed, in review, approved, rejected; review due
    Status(crate::review_cmd::StatusArgs),
    /// Write the PDF report for the compliance file
    Report(crate::report_cmd::ReportArgs),
    /// The DSPDP filing pack: the decision and Art 23 content for each purpose, as text
    Filing(crate::filing_cmd::FilingArgs),
    /// Bundle the signed records, reports, keys and a signed manifest for an inspection
    Evidence(crate::evidence_cmd::EvidenceArgs),
    /// Write a draft as JSON (to import elsewhere) or CSV (answers or action plan)
    Export(crate::exchange_cmd::ExportArgs),
    /// Create a draft from a JSON export
    Import(crate::exchange_cmd::ImportArgs),
    /// Work with questionnaires
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
    /// Print the completion script for a shell, to install where the shell reads them
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `farol man > farol.1 && man -l farol.1`
    Man,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// A short title, e.g. "Fingerprint clock rollout". Without it, the terminal UI asks
    #[arg(long)]
    pub title: Option<String>,
    /// The assessment's id: lower-case letters, digits and inner hyphens, e.g.
    /// fingerprint-clock-2026 (default: made from the title, Chinese in pinyin)
    #[arg(long)]
    pub id: Option<String>,
    /// A built-in questionnaire id or a questionnaire file (default: macau-pdpa)
    #[arg(long, value_name = "ID|FILE")]
    pub questionnaire: Option<String>,
    /// Start from the answers in this RON file ({"question.id": Yes, …})
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    #[arg(long, default_value = "")]
    pub organisation: String,
    /// The system being assessed
    #[arg(long, default_value = "")]
    pub system: String,
    #[arg(long, default_value = "")]
    pub vendor: String,
    /// Who carries out the assessment
    #[arg(long, default_value = "")]
    pub assessor: String,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AnswerArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    /// The question id, e.g. sec.mfa
    pub question: String,
    /// The answer: yes/no/unsure, a choice id, ids separated by commas, text, a number,
    /// a date YYYY-MM-DD, or for a table one row as "column=value; column=a,b" (appended)
    #[arg(required_unless_present = "clear", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Remove the answer instead (with --row: remove that row of the table)
    #[arg(long, conflicts_with = "value")]
    pub clear: bool,
    /// For a table: change row N (from 1) instead of adding one; the cells given replace
    /// that row's, the others are kept
    #[arg(long, value_name = "N")]
    pub row: Option<usize>,
    /// A note to keep with the answer
    #[arg(long)]
    pub note: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// An assessment id, a draft file, or an answers file
    pub target: String,
    /// The questionnaire for an answers file (default: macau-pdpa)
    #[arg(long, value_name = "ID|FILE")]
    pub questionnaire: Option<String>,
    /// Machine-readable output; the same inputs always give the same bytes
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    /// Validate a questionnaire file; every problem with file, line and column
    Check {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// List the built-in questionnaires
    List {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Every question of the built-in questionnaire with its id, or one question whole
    Show {
        /// A question id, e.g. sec.mfa; without it, every question
        question: Option<String>,
        /// List every question (the same as giving none)
        #[arg(long, conflicts_with = "question")]
        list: bool,
    },
    /// Write a built-in questionnaire's file, byte for byte, to adapt or check it
    Export {
        /// The questionnaire id (default: macau-pdpa)
        id: Option<String>,
        /// The file to write; - or none for standard output
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}
